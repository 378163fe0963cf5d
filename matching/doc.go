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
// Volgenant (Computing 38, 1987): column reduction with reduction transfer
// (square problems), two passes of augmenting row reduction, then for each
// row still free one Dijkstra search on reduced costs (O(c) per scanned row,
// rows scanned in storage order, no bounds checks in the inner loop) and an
// augmentation. For an r×c problem with n = min(r, c) and N = max(r, c) the
// worst case is O(n²·N) time; the initialisation is O(n·N) (augmenting row
// reduction is capped at three row scans per row and pass). Memory is O(N)
// besides the optional copy of the matrix. On random dense problems most
// rows are assigned by the initialisation and the searches are short,
// which is why it is several times faster than the plain shortest
// augmenting path method.
//
// # Ties
//
// Among several optimal assignments the solver returns the one its steps
// reach when every choice between equal values goes to the lowest index:
// a column's minimum goes to the first row attaining it, a row's minimum
// to the first column, and each shortest-path search takes columns at
// equal distance in ascending order and ends at the first free one. The
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
// Dijkstra searches with a heap over rows sorted by cost. Memory is
// O(Rows + Cols + candidates), never Rows×Cols, and the result does not
// depend on the order of a row's candidates. Malformed CSR input (lengths,
// a RowStart that is not monotone, a column out of range or listed twice
// in a row) gives *CandidatesError values wrapping ErrCandidates that name
// field, index and row; values get the dense solver's *EntryError checks.
// Prefer it when fewer than about a quarter of the pairs are allowed or the
// dense matrix would not fit in memory; on dense data Assign is faster.
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
