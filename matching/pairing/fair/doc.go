// Package fair pairs mentors and mentees under group fairness bounds:
// lower and upper bounds on how many matched mentees come from each group,
// and on how many mentors with at least one mentee come from each group,
// where a group is the value of a person attribute
// ([mentoring.Person.Attributes], "gender", "site"). The settings
// ([Config]) serialise; the result ([Result]) carries the pairs with their
// breakdowns ([pairing.Pairing.Explain]), each group's count against its
// bounds and, when asked, the price of each bound.
//
//	res, err := fair.Solve(prog, pcfg, fair.Config{
//		Mentees: []fair.Grouping{{Attribute: "gender", Bounds: []fair.Bound{{Value: "f", Min: 4}}}},
//		Prices:  true,
//	})
//
// # Contracts
//
// Solve keeps everything [pairing.Solve] keeps — the rules, the mentors'
// places (after Config.Load), the locks, bans, previous pairs and minimum
// score — and optimises the same [pairing.Priority]: the total score, or
// under PriorityParticipation the number of mentees matched first and then
// the total score. Among the pairings that meet every bound it returns an
// optimum; the bounds come first (a bound is never traded for score).
//
// A mentee's group is its attribute's value; people without the attribute
// form the group "" (a bound may name it). Mentors take one grouping (one
// partition); mentees may take several (overlapping groups, see Overlapping
// groupings), the first of which is exact. A bound's Min may be given as a rate of the group's own
// members (Bound.MinRate: "at least 40% of the women matched"); a share
// of all matched mentees (Bound.MinShare: "at least 40% of the matched
// mentees are women") is a ratio constraint, solved by Lagrangian
// relaxation (see below).
//
// Not supported, each an error with code "notSupported" (ErrConfig): group
// programmes (circles), Config.AtLeastOne and minimum capacities
// (Participant.MinCapacity). A maximum on mentors with a mentee needs every
// mentor of the group to have one place (code
// "mentorMaxNeedsCapacityOne"): with more places, choosing at most k
// mentors to open is a maximum-coverage problem (NP-hard), and a flow
// would let a mentor take mentees without being counted. A mentor minimum
// is exact at any capacity.
//
// # Method
//
// One min-cost flow with lower bounds, solved exactly: source → one node
// per mentee group (the group's [Min, Max] on its arc) → mentees (one unit
// each; a locked mentee must carry it and has only its lock's arc) → the
// mentors it may be paired with (the pair's score) → for a mentor grouping,
// the mentor's first place → its group's node ([Min, Max]) → sink, and the
// other places straight to the sink. Costs are lexicographic — lower-bound
// units first, then mentees matched (under PriorityParticipation), then
// score — and solved by successive shortest paths with potentials
// (matching/internal/flow), so no big-M constant can round a score away.
// The flow starts with each mentee's 24 best allowed mentors; every other
// allowed pair is then priced against the flow's dual certificate (the
// node potentials, with the amount of flow free) and added back when it
// could gain, and the flow resumed from its optimum with the new pairs,
// until no pair can: the result is optimal over all allowed pairs. The
// constraint matrix is a network matrix, so the flow's optimum is the
// linear-programming optimum: Result.Bound equals Result.TotalScore and
// Result.Gap is 0. TestSolveBruteForce checks the optimum against
// enumeration on 300 random programmes with locks and both priorities.
//
// Cost: the score table (8 bytes per pair, as [pairing.Pairing.ScoreTable]),
// then the mentees join the flow one at a time, as rows do in the
// Hungarian method (members of groups with a minimum first, then by best
// score, lowest first): each one's arc is opened by shortest-cycle
// searches that stop at the first distance that cannot gain, and each
// pair priced back in the same way. Prices adds one such solve per bound
// plus one without any bound. On 5,000 mentees × 1,000 mentors with three
// places (BenchmarkFairSolve, -benchtime 20x, loaded 2-core machine)
// 2.04 s and 358 MB a solve against 0.68 s and 176 MB for [pairing.Solve]
// (3.0×; 29–40 s before the insertion method), and on 500 × 100 45 ms
// against 16 ms.
//
// # Overlapping groupings and match-rate ratios
//
// Grouping.MinRateRatio asks every group's match rate to be at least that
// share of every other group's (the four-fifths rule: 0.8), a constraint
// rate_k − r·rate_j ≥ 0 per ordered pair of groups, mentee groupings only.
// Bound.MinShare r asks count_k − r·Σ_j count_j ≥ 0 (a group's share of
// all matched mentees), mentee groupings only.
// With a ratio or share, or with more than one mentee grouping (PriorityScore only; under
// PriorityParticipation it is an error, code "notSupported") the groupings
// after the first are handled by Lagrangian relaxation: their bounds move
// into the objective with multipliers α ≥ 0 (minimum) and β ≥ 0
// (maximum), which add α − β of each of a mentee's groups to that
// mentee's pair scores; the flow solves the rest exactly. Each relaxed
// solve gives L(α, β) = max Σ(score + bonus) − Σα·min + Σβ·max, an upper
// bound on the linear-programming optimum and so on every pairing that
// meets the bounds. The multipliers follow projected subgradient steps
// (Polyak's step towards the best feasible total, halved after five steps
// without a lower L), at most 60 solves. The ratios are relaxed the same
// way. Every relaxed solution is a candidate, after a repair step when it
// breaks a relaxed constraint: mentees are unmatched, lowest score first,
// from the group the constraint counts against (the larger rate of a
// ratio, a group above its maximum), never a locked one nor one whose
// leaving breaks a minimum. Result.Exact is false,
// Result.Bound the smallest L and Result.Gap = Bound − TotalScore. When no
// candidate meets the bounds the error is ErrInfeasible with code
// "overlapNoPairing" (which does not prove that none exists).
// TestOverlapBruteForce: on 200 random programmes with two groupings, 126
// feasible, every result met its bounds and was optimal, Bound ≥ optimum;
// TestRateRatioBruteForce: 200 programmes with the four-fifths rule (half
// with a team minimum too), 134 feasible, all found and optimal;
// TestShareBruteForce: 200 programmes with "at least 60% of the matched
// mentees are women" (half with a team minimum too), 157 feasible, all
// found and optimal (the repair unmatches men, lowest score first).
//
// # Prices
//
// With Config.Prices, Result.Prices holds the pairing without any bound
// and, for each bound, the pairing with every other bound but that one,
// and the score the bound costs (the bounds of the first mentee grouping
// and of the mentor grouping; those of further mentee groupings are not
// priced one by one) (Price.Price ≥ 0 under PriorityScore when exact;
// under PriorityParticipation a bound may instead cost matched mentees,
// so compare Without.Matched first).
//
// # Errors
//
// Settings are checked against the programme: an attribute no participant
// of that side has, or a value nobody has, is ErrUnknownGroup; a negative
// bound, Min above Max, a rate outside [0, 1], a value listed twice, more
// than one grouping per side, ErrConfig. Bounds that cannot be met give one
// *FieldError (ErrInfeasible) per group that falls short: how many it asks,
// how many members the group has, how many of them have an allowed
// partner (and, for mentors, a place), and how many the best flow reaches
// with the capacities, locks and other bounds; a lock the maximum of its
// mentee's group leaves no room for is named with its mentee's ID. Every
// message is in English and Dutch. Nothing panics on caller data.
//
// # Determinism
//
// Same input, same output: people are in ID order (pairing's table),
// groups in value order, and the flow's ties break by node and arc order,
// never by map order.
package fair
