// Package stable computes stable matchings of mentees and mentors and
// measures them, on preference lists or plain score matrices (mentees ×
// mentors, -Inf forbidden; [pairing.Pairing.ScoreTable] turns a programme
// into one).
//
//   - [Match]: Gale–Shapley deferred acceptance, mentee- or
//     mentor-proposing ([Side]), with capacities (hospitals and residents)
//     and incomplete lists. O(nE·nM) time.
//
//   - [PreferencesFromScores] derives the lists from scores (ties by
//     index); [BlockingPairs] lists every blocking pair; [CheckMatching]
//     validates a matching; [PriceOfStability] compares a matching with
//     the optimal assignment on the same scores. When both sides rank by
//     one mutual score, the stable matching is the greedy one (best pair
//     first).
//
//     p, err := stable.PreferencesFromScores(scores, nil, capacity)
//     m, err := stable.Match(p, stable.SideMentee)
//     price, err := stable.PriceOfStability(scores, capacity, m.MenteeToMentor)
//
// # Errors
//
// Score matrices are checked as [matching.Assign] checks them, with its
// sentinels, under Maximize's rules (-Inf forbidden, +Inf an error).
// Malformed preferences wrap ErrPreferences, invalid matchings
// ErrInvalidMatching, settings (a capacity of the wrong length or below
// zero, an undeclared proposer) ErrConfig; an unknown Side name in JSON
// wraps ErrUnknownName. Several problems are joined with errors.Join.
//
// # Determinism
//
// The same input gives the same output; ties break by index. Inputs are
// never modified and results never alias them.
//
// [pairing.Pairing.ScoreTable]: https://pkg.go.dev/github.com/mentorkit/mentorkit/matching/pairing#Pairing.ScoreTable
package stable
