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
// # Pairing
//
// Pair (or NewPairing, then Pairing.Solve) turns a mentoring.Programme into
// proposed pairs: mentors (mentor, reverse mentor, peer mentor roles) take
// mentees up to their Capacity, no hard rule is broken, and the Priority
// is optimised exactly: PriorityScore maximises the total score,
// PriorityParticipation the number of mentees matched and then the score.
//
//	res, err := matching.Pair(prog, matching.Config{Rules: matching.Rules{SharedLanguage: true}})
//	// res.Pairs with Score and Breakdown, res.Unmatched with a Reason
//	rels, err := res.Relationships(now) // proposed mentoring.Relationships
//
// A pair's score is the weighted mean of criteria in [0, 1] (Criterion:
// skill coverage, interests, career goals, personality, languages, working
// hours, experience gap, location; formulas on the constants) and of the
// caller's Scorers; terms match as whole words, ignoring case and accents
// (internal/words). Rules forbid pairs: reporting lines, department,
// language, time-zone gap, previous pairs, bans, reverse and peer validity,
// a minimum score; locks force pairs. Capacity is column duplication: a
// mentor with c places is c identical columns of the dense solver, with
// forbidden pairs and "unmatched" both worth 0 so every instance is
// feasible, and lexicographic objectives as bonuses (see capacity.go).
// BenchmarkCapacity compares it with a min-cost flow. Group programmes form
// circles (Result.Circles). WhyNot explains a missing pair by its rules or
// by what forcing it costs: a bound from the duals (reduced cost) and the
// exact loss from a second solve. Suggester ranks mentors for self-service
// with load balancing.
//
// Large organisations: above Config.DenseLimit (DefaultDenseLimit = 16
// million mentee×place entries, 128 MB) each mentee keeps its Candidates
// best allowed mentors and the sparse solver finds the optimum over them;
// Result.Exact says whether a mentee's allowed mentor was left out. At
// 5,000 mentees × 1,000 mentors of capacity 3 (15 million entries) both
// paths cost the same CPU time (BenchmarkPairingPaths); beyond it the
// dense matrix's memory and time grow faster.
//
// Pairing errors are *InputError values naming field and value (ErrWeight,
// ErrConfig, ErrUnknownID, ErrDuplicateID, ErrLock), the programme's own
// mentoring validation errors, and *CriterionError (ErrCriterion) for a
// custom criterion out of range; an unknown enum name in JSON wraps
// ErrUnknownName. Participants are sorted by person ID
// before anything else, so the same programme in any order gives the same
// result. Under PriorityParticipation and in groups the bonuses (of the
// order of n and n² for n mentees) share the float64 mantissa with the
// scores: totals within about 1e-16·n² of each other may be taken as ties.
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
