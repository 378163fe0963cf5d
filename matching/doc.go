// Package matching solves linear assignment problems on plain matrices:
// dense and sparse exact solvers with their optimality certificates, the k
// best assignments, the bottleneck and the lexicographic max-min
// assignment. It speaks of rows and columns only and imports nothing of
// the mentoring domain; mentor–mentee pairing is in [pairing], stable
// matching in [stable], quality measures and experiments in [quality].
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
// step with one bounds check per step, none per entry. For an r×c problem with n = min(r, c) and
// N = max(r, c) the worst case is O(n²·N) time and the initialisation is
// O(n·N); memory is O(N) besides the optional copy of the matrix. On
// random dense problems most rows are assigned by the initialisation and
// the searches are short, which makes it several times faster than the
// plain shortest augmenting path method (see BenchmarkSolverAssign).
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
// # Sparse problems
//
// In a large programme each mentee has a short list of candidate mentors,
// and a dense matrix wastes memory and time (20,000² float64s are 3.2 GB).
// Candidates holds such a problem in compressed sparse row form: row i may
// take the columns Col[RowStart[i]:RowStart[i+1]] at the matching Value
// entries, and every pair not listed is forbidden. AssignSparse, or a
// reusable SparseSolver, returns the same Assignment and certificate as
// Assign on the densified matrix, and VerifySparse checks it with Verify's
// conditions and tolerance over the candidates.
//
//	c := matching.Candidates{Rows: 2, Cols: 3, RowStart: []int{0, 2, 3},
//		Col: []int{0, 2, 2}, Value: []float64{4, 1, 3}}
//	a, err := matching.AssignSparse(c, matching.Minimize) // a.RowToCol = [0 2]
//
// The sparse solver is a shortest augmenting path method of the
// LAPJVsp/LAPMOD family (Volgenant 1996): JV's initialisation, then
// Dijkstra searches over rows grouped by reduced cost. Memory is
// O(Rows + Cols + candidates), never Rows×Cols, and the result does not
// depend on the order of a row's candidates. Malformed CSR input (lengths,
// a RowStart that is not monotone, a column out of range or listed twice
// in a row) gives *CandidatesError values wrapping ErrCandidates that name
// field, index and row; values get the dense solver's *EntryError checks.
// Prefer it when fewer than about a quarter of the pairs are allowed or the
// dense matrix would not fit in memory; on dense data Assign is faster.
//
// # K best, bottleneck and lexicographic max-min
//
// KBest (Murty 1968 with the Miller–Stone–Cox improvements: inherited
// duals, one augmentation and a lazy bound per subproblem) lists the k
// best assignments under capacities, locks and bans. Bottleneck
// optimises the worst assigned entry and LexMaxMin the worst, then the
// second worst, and so on (Burkard and Rendl 1991). They share an
// incremental shortest augmenting path engine (O(N²) per augmentation on
// a square of N lines), kept apart from the dense solver so that the
// solver's zero-allocation path is untouched.
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
// smaller side), ErrCertificate from Verify as a *CertificateError
// naming the condition that fails, and ErrCandidates as *CandidatesError
// values for malformed CSR input. Each typed error has a stable Code and
// its message in English and Dutch (Message). KBest's settings (k,
// capacities, locks, bans) give *[FieldError] values wrapping ErrConfig,
// joined. Nothing panics on bad input. An empty matrix (r or c zero) gives
// an empty assignment, not an error. Every function that takes a matrix
// checks it as Assign does ([CheckMatrix]).
//
// # JSON
//
// Assignment, Candidates, Ranked, Fair and the options marshal with
// lowerCamel keys; a non-finite number is written as "NaN", "Infinity" or
// "-Infinity" and read back, so every result survives a round trip.
// Objective is written as "minimize" or "maximize".
//
// # Determinism
//
// Nothing in the package uses global randomness, the clock or map
// iteration order for a result: the same input gives the same output,
// bit for bit, on any machine and any GOMAXPROCS. The solvers are
// sequential and break ties by index (see Ties); KBest lists equal totals
// in the order its search creates them. Inputs are never modified and
// results never alias them.
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
//
// [pairing]: https://pkg.go.dev/github.com/mentorkit/mentorkit/matching/pairing
// [stable]: https://pkg.go.dev/github.com/mentorkit/mentorkit/matching/stable
// [quality]: https://pkg.go.dev/github.com/mentorkit/mentorkit/matching/quality
package matching
