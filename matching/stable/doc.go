// Package stable computes stable matchings of mentees and mentors and
// measures them, on preference lists or plain score matrices (mentees ×
// mentors, -Inf forbidden; [pairing.ScoreTable] turns a programme into
// one).
//
//   - [Match]: Gale–Shapley deferred acceptance, mentee- or
//     mentor-proposing ([Side]), with capacities (hospitals and residents),
//     incomplete lists and ties ([Preferences.MenteeRanks], broken by
//     index as [Preferences.BreakTies] shows; the result is weakly
//     stable). O(nE·nM) time.
//   - [Roommates]: stable roommates for peer programmes (one side,
//     anyone may pair with anyone it lists) by Irving's algorithm, with
//     strict complete or incomplete lists; a stable matching, or
//     [ErrNoStableMatching] with the rotation that shows none exists;
//     [PeerBlockingPairs] lists the blocking pairs of any peer matching.
//     O(n² + L) time and 2n² bytes of rank table for dense lists,
//     O(n + L) and 4L bytes for sparse ones (L entries in all).
//   - [PreferencesFromScores] derives the lists from scores;
//     [BlockingPairs] lists every blocking pair; [CheckMatching] validates
//     a matching; [PriceOfStability] compares a matching with the optimal
//     assignment on the same scores. When both sides rank by one mutual
//     score, the stable matching is the greedy one (best pair first).
//
// A typical use:
//
//	p, err := stable.PreferencesFromScores(scores, nil, capacity)
//	m, err := stable.Match(p, stable.SideMentee)
//	price, err := stable.PriceOfStability(scores, capacity, m.MenteeToMentor)
//
// People are indices: mentee e is row e of the scores and list
// Preferences.Mentees[e], mentor m column m and list Preferences.Mentors[m];
// in a peer programme person i is lists[i] (Roommates).
//
// # Errors
//
// Score matrices are checked as [matching.Assign] checks them, with its
// sentinels, under Maximize's rules (-Inf forbidden, +Inf an error).
// Every other problem is a [*FieldError] (the module's one field error:
// JSON path, value, stable code, message in English and Dutch) that
// unwraps to a sentinel: [ErrPreferences] for malformed preferences,
// [ErrInvalidMatching] for an invalid matching, [ErrConfig] for a setting
// (a capacity of the wrong length or below zero, an undeclared proposer),
// [ErrNoStableMatching] when a peer programme has no stable matching (an
// answer, not bad input: the *FieldError names the person left with
// nobody).
// Several problems are joined with errors.Join. Unknown Side text in JSON
// wraps [ErrUnknownEnum].
//
// # Determinism and ties
//
// The same input gives the same output. Preference lists may hold ties
// (MenteeRanks, MentorRanks: equal ranks); Match breaks each tie group by
// index, lowest first, whatever order the list gives the group, and
// returns the proposer-optimal stable matching of that strict instance.
// That matching is weakly stable (no mutually acceptable pair strictly
// prefers each other to what they have); super- and strong stability,
// which ties can make impossible, are not promised, nor the largest
// weakly stable matching. [BlockingPairs] and [CheckMatching] judge weak
// stability on the ties as given. Unlisted people are unacceptable on
// either side: a pair is matched only when both list each other, and a
// pair where one does not list the other never blocks.
// [PreferencesFromScores] breaks equal scores by the lower index (strict
// lists), and [BlockingPairs] lists pairs by mentee, then mentor index.
// Inputs are never modified and results never alias them.
//
// # JSON
//
// Every result ([Matching], [Price], [Preferences], [Pair],
// [PeerMatching], [PeerPair]) has lowerCamel
// JSON names and survives a round trip; non-finite numbers (a Ratio of
// +Inf) follow the module's rule ("Infinity"), and [Side] is its name
// ("mentee", "mentor", "" when unset).
//
// [pairing.ScoreTable]: https://pkg.go.dev/github.com/mentorkit/mentorkit/matching/pairing#ScoreTable
package stable
