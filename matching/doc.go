// Package matching solves linear assignment problems on plain matrices and,
// on top of them, pairs mentors with mentees.
//
// # Dense linear assignment
//
// Assign takes an r×c matrix (any mat.Matrix) and an Objective and returns
// an Assignment: for every row of the smaller side, a distinct line of the
// other side, so that the total of the picked entries is the smallest
// (Minimize) or the largest (Maximize) possible. Rectangular matrices are
// fine: when r <= c every row is assigned and c-r columns stay unassigned
// (-1 in ColToRow); when r > c every column is assigned. Forbidden pairs are
// +Inf when minimising and -Inf when maximising.
//
//	a, err := matching.Assign(cost, matching.Minimize)
//	// a.RowToCol[i] is row i's column, a.Total the optimal total.
//
// A Solver does the same and keeps its buffers: with a warm Solver and a
// reused destination Assignment, Solver.Assign allocates nothing. A
// *mat.Dense is read in place (no copy) when r <= c; any other matrix, or
// a *mat.Dense with r > c, is copied once into a buffer of r×c float64s.
//
// Every Assignment carries its optimality certificate, the dual potentials
// U and V, and Verify checks it: dual feasibility, complementary slackness
// on the assigned pairs and, for rectangular problems, the sign condition
// on the larger side. See Verify for the exact conditions and tolerance.
//
// # Algorithm and complexity
//
// The solver is the shortest augmenting path algorithm of Jonker and
// Volgenant (Computing 38, 1987) on the smaller side's lines. A square
// problem starts with column reduction and reduction transfer; a
// rectangular one with all potentials 0 and one row-reduction pass that
// gives each row its cheapest column. Two passes of augmenting row
// reduction follow (capped at three row scans per row and pass), then,
// for each row still free, one Dijkstra search on reduced costs that stops
// at the first free column it reaches, a price update and an augmentation.
// Every step reads whole rows in storage order: entries are checked while
// the first pass reads them, and the row loops handle four entries per
// step without bounds checks. For an r×c problem with n = min(r, c) and
// N = max(r, c) the worst case is O(n²·N) time and the initialisation is
// O(n·N); memory is O(N) besides the optional copy of the matrix. On
// random dense problems most rows are assigned by the initialisation and
// the searches are short, which makes it several times faster than the
// plain shortest augmenting path method (see BenchmarkSolverAssign and
// ../shared/bench/lap).
//
// # Ties
//
// Among several optimal assignments the solver returns the one its steps
// reach when every choice between equal values goes to the lowest index:
// a column's minimum goes to the first row attaining it, a row that is
// the minimum of several columns keeps the lowest-index one among those
// with the smallest minimum, a row's cheapest column is the first one, and
// each search takes the columns at its current smallest distance in
// ascending index order and ends at the first free column it reaches. The
// result therefore depends only on the matrix. Permuting rows or columns
// permutes an optimal assignment with the same total, but among equal
// optima it may pick another one.
//
// # Errors
//
// Errors wrap the package's sentinels, so test them with errors.Is:
// ErrObjective (neither Minimize nor Maximize), ErrShape (nil matrix or
// destination, impossible dimensions), ErrNaN, ErrForbiddenSign (-Inf when
// minimising, +Inf when maximising) and ErrRange (a finite entry beyond
// MaxMagnitude) as *EntryError values naming row, column and value (up to
// eight of them, joined with errors.Join, in row-major order), ErrInfeasible
// as an *InfeasibleError naming a Hall violator (rows that together may
// take fewer columns than they are, or columns when the columns are the
// smaller side), and ErrCertificate from Verify as a *CertificateError
// naming the condition that fails. Nothing panics on bad input. An empty
// matrix (r or c zero) gives an empty assignment, not an error.
//
// # Determinism
//
// The solver is sequential and uses no randomness: the same matrix and
// objective give the same Assignment, bit for bit, on any machine and any
// GOMAXPROCS. The input is never modified and the result never aliases it.
//
// # Numerics
//
// The solver minimises sgn·m (sgn = -1 for Maximize; multiplying by ±1 is
// exact) and never adds an infinity: forbidden pairs are only compared,
// potentials stay finite, and no large "big M" stands in for them. All
// arithmetic is additions and subtractions of entries and potentials, so
// integer-valued matrices with entries below 2^50 (about 1.1e15) in
// magnitude are solved exactly, certificate included. Large offsets
// (1e15), tiny differences (1e-12) and negative values are handled without
// loss beyond ordinary rounding, which Verify's tolerance, scaled to the
// largest magnitude in the problem, absorbs. Total is a compensated
// (Neumaier) sum of the assigned entries.
package matching
