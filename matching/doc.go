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
// step with one bounds check per step, none per entry. For an r×c problem with n = min(r, c) and
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
// feasible, and the lexicographic objectives as bonuses (see capacity.go);
// BenchmarkCapacity finds it 2.5 to 4.5 times faster than a min-cost flow
// by successive shortest paths. Group programmes form circles
// (Result.Circles). WhyNot explains a missing pair by its rules or by what
// forcing it costs: a bound from the duals (reduced cost) and the exact
// loss from a second solve. Suggester ranks mentors for self-service with
// load balancing.
//
// Large organisations: above Config.DenseLimit (DefaultDenseLimit = 16
// million mentee×place entries, 128 MB) each mentee keeps its Candidates
// best allowed mentors and the sparse solver finds the optimum over them;
// Result.Exact says whether a mentee's allowed mentor was left out. The
// limit is set by memory (BenchmarkPairingPaths): at 5,000 mentees × 1,000
// mentors of capacity 3 (15 million entries) the dense path takes about
// 0.7 s of CPU and 124 MB, the sparse one 0.8 s and 69 MB for a total
// within 0.1%; at 20,000 × 4,000 (1.9 GB dense) the sparse path takes
// about 11 s and 270 MB (BenchmarkPairingLarge).
//
// Pairing errors are *InputError values naming field and value (ErrWeight,
// ErrConfig, ErrUnknownID, ErrDuplicateID, ErrLock), the programme's own
// mentoring validation errors, and *CriterionError (ErrCriterion) for a
// custom criterion out of range; an unknown enum name in JSON wraps
// ErrUnknownName. Participants are sorted by person ID before anything
// else, so the same programme in any order gives the same result. Under
// PriorityParticipation, AtLeastOne and in groups the bonuses (of the
// order of n and n² for n mentees) share the float64 mantissa with the
// scores: totals within about 1e-16·n² of each other may be taken as ties.
//
// # Stable matching, alternatives and fairness
//
// Beside the optimum, the package offers what matching research and
// programme administrators ask for, on plain score matrices (mentees ×
// mentors, -Inf forbidden; Pairing.ScoreTable turns a programme into one):
//
//   - Stable: Gale–Shapley deferred acceptance, mentee- or mentor-proposing,
//     with capacities (hospitals and residents) and incomplete lists;
//     PreferencesFromScores derives the lists (ties by index),
//     BlockingPairs lists every blocking pair, CheckMatching validates,
//     PriceOfStability compares with the optimum. When both sides rank by
//     one mutual score, the stable matching is the greedy one (best pair
//     first), as examples/experiment shows.
//   - KBest (Murty 1968 with the Miller–Stone–Cox improvements: inherited
//     duals, one augmentation and a lazy bound per subproblem) lists the k
//     best assignments under capacities, locks and bans;
//     Pairing.Alternatives does it for a programme ("keep this pair, ban
//     that one, show me the next five").
//   - Bottleneck maximises the worst pair; LexMaxMin the worst, then the
//     second worst, and so on (Burkard and Rendl 1991); AuditGroups and
//     AuditResult compare match rates and mean scores between groups with
//     four-fifths-rule ratios.
//   - Rematcher re-matches warm when people join or leave: a joining
//     mentee costs one shortest augmenting path (Augmentations counts
//     them), a penalty per broken pair keeps running relationships, and
//     each event reports exactly which mentees change mentor.
//   - Measure computes total, mean, minimum and Gini of the pair scores,
//     ranks and their distribution, top-k hit rate, blocking pairs, envy
//     and unmatched counts; RunExperiment runs the optimal, greedy, stable
//     and random strategies over many instances into a tidy table
//     (ExperimentRow.Record), with instances from mentoring/synthetic
//     (Organisation, Programme, Costs).
//
// These tools share an incremental shortest augmenting path engine
// (O(N²) per augmentation on a square of N lines, kept separate from the
// dense solver so that the solver's zero-allocation path is untouched).
// Their inputs are validated like Assign's; malformed preferences wrap
// ErrPreferences and invalid matchings ErrInvalidMatching.
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
// Every other function that takes a matrix (Bottleneck, LexMaxMin, KBest,
// PreferencesFromScores, PriceOfStability, Measure, RunExperiment,
// NewRematcher) checks it as Assign does, with the same sentinels; score
// matrices follow Maximize's rules (-Inf forbidden, +Inf an error). The
// other problems are *InputError values naming field, index and value
// and wrapping one sentinel: ErrConfig (a setting out of range, from
// Config to KBest's k and Measure's TopK), ErrPreferences and
// ErrInvalidMatching (stable matching), the pairing sentinels of the
// Pairing section; malformed CSR input gives *CandidatesError values
// wrapping ErrCandidates. Several problems are joined with errors.Join.
//
// # Determinism
//
// Nothing in the package uses global randomness, the clock or map
// iteration order for a result: the same input gives the same output,
// bit for bit, on any machine and any GOMAXPROCS. The solvers are
// sequential and break ties by index (see Ties); Pair sorts participants
// by person ID first, so the same programme in any order gives the same
// pairs; KBest lists equal totals in the order its search creates them;
// RunExperiment's random strategy draws only from the *rand.Rand it is
// given; a Rematcher breaks ties by arrival order. Inputs are never
// modified and results never alias them.
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
