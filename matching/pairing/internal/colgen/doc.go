// Package colgen solves the sparse assignment problems of package pairing
// (Rematch) and package rounds (Round) by column generation: each row
// starts with a few of its allowed pairs, and the duals of each solve
// price the pairs left out until none could improve the optimum.
//
// # Problem
//
// Row i (a mentee) has the allowed pairs k = RowStart[i] … RowStart[i+1]-1,
// each with a mentor Mentor[k] and a base value Value[k]. Mentor m has the
// places PlaceStart[m] … PlaceStart[m+1]-1 (none is allowed). The value of
// pair k of row i at place j of its mentor is
//
//	Value[k] + RowBonus[i] + PlaceBonus[j]
//
// (a nil bonus slice reads as zeros), and every row also has a private
// "unmatched" column of value 0. [Solve] maximises the total value over
// assignments of rows to places, at most one row per place.
//
// # Method and contract
//
// Each row starts with its [Problem.Initial] best pairs, ranked by their
// value at their best place (Value[k] + the mentor's largest PlaceBonus;
// RowBonus does not change a row's order), ties by lower pair index. The
// restricted problem is solved with [matching.SparseSolver] (Maximize);
// its duals u (rows) and v (places and unmatched columns) price every pair
// left out, and a pair is added when value − u_i − v_j exceeds the
// rounding tolerance at one of its places. The problem is solved again
// until no pair is added. The result is exact: the final duals are
// feasible for every allowed pair (up to the tolerance), so they certify
// that the assignment is optimal over all of them, not only over those
// added. Among equally good assignments the one returned is the sparse
// solver's on the final set of pairs, which depends on Initial; for a
// given Problem the result is always the same.
//
// # Numerics
//
// The tolerance is matching.VerifySparse's formula,
//
//	4·2⁻⁵²·s·(2 + log₂(1 + 2·rows + places)),
//
// with s = max(1, max|Value| + max|RowBonus| + max|PlaceBonus|, max|u|,
// max|v|), the first sum computed once per Solve and the duals' part
// after each solve.
//
// # Errors
//
// Solve never panics on its input. A malformed Problem (inconsistent
// lengths, a start slice that decreases, a mentor out of range or listed
// twice in one row, a value or bonus that is NaN or infinite, or values
// whose sum overflows) gives an error that wraps [ErrProblem]; an error of
// the sparse solver (for example values beyond its range) is returned as
// it is. The input is not modified.
//
// # Complexity
//
// Checking the problem and choosing the starting pairs take
// O(len(Mentor) + places + mentors) time on average. Each round is one
// sparse solve over the pairs taken so far (each at every place of its
// mentor) and one pricing pass over the pairs left out and their places;
// there are at most len(Mentor) rounds and in practice a few, as each
// round adds every pair that could improve the optimum.
package colgen
