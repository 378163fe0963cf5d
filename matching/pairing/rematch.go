package pairing

import (
	"cmp"
	"math"
	"slices"
	"strconv"

	"gonum.org/v1/gonum/mat"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching"
	"github.com/mentorkit/mentorkit/matching/internal/capmat"
	"github.com/mentorkit/mentorkit/matching/internal/lap"
	"github.com/mentorkit/mentorkit/mentoring"
)

// Change is one mentee whose mentor a re-matching changed. From and To
// are mentor IDs, "" for none (a mentee who joined, or who is left
// without a mentor).
type Change struct {
	MenteeID string `json:"menteeId"`
	From     string `json:"from"`
	To       string `json:"to"`
}

// Rematcher keeps a programme's optimal pairing up to date while mentees
// and mentors join and leave mid-programme. Each event is solved warm,
// from the dual potentials of the previous solve: a mentee who joins, or a
// mentor of capacity 1, costs one shortest augmenting path (O(N²) for N =
// mentees + places) instead of a full solve (O(N³)); a mentee who leaves
// costs at most one, a mentor of capacity c at most c.
//
// The objective of every event is the total score minus Penalty for each
// existing pair the event breaks (a mentee moved to another mentor or
// left without one; pairs broken because a person left are not
// penalised): with Penalty 0 the pairing is the optimum a cold solve
// finds, and a larger Penalty keeps more of the running relationships.
// Mentees may stay unmatched (adding 0), as in Solve; mentor m takes at
// most its capacity.
//
// Method: the problem is a square assignment over the mentees plus one
// filler row per place, and the places plus one private "unmatched"
// column per mentee; the penalty is a bonus on each mentee's current
// mentor. NewRematcher solves it with the dense solver, which needs N²
// float64s once (8·N² bytes: 128 MB at N = 4,000); each event keeps
// the dual potentials and the matching, frees what the event touches and
// runs shortest augmenting paths that compute a row's costs only when the
// search scans it (no N×N matrix is kept). Moving the bonus with the
// pairs keeps the duals feasible (lowering the potential of a mentee who
// moved by the bonus keeps its pair tight), so the warm start stays exact
// after every event.
//
// A Rematcher is not safe for concurrent use. Ties between equal totals
// are broken by the order in which mentees and mentors arrived.
type Rematcher struct {
	penalty  float64
	mentees  []*rmMentee
	mentors  []*rmMentor
	serial   int // next mentor serial
	augments int
	eng      lap.Engine
	rows     []*rmLine
	cols     []*rmLine
}

type rmMentee struct {
	id     string
	score  []float64 // by mentor serial; -Inf forbidden or unknown
	mentor *rmMentor // current mentor (the bonus), nil for none
	row    *rmLine
	dummy  *rmLine
}

type rmMentor struct {
	id       string
	serial   int
	capacity int
	slots    []*rmLine
	fillers  []*rmLine
}

// rmLine is a row or column of the square problem, with its potential and
// its mate.
type rmLine struct {
	pot    float64
	mate   *rmLine
	mentee *rmMentee // real row or dummy column
	mentor *rmMentor // slot column or filler row
	idx    int       // position in the current build
}

// NewRematcher solves the initial pairing: menteeIDs (rows of scores) and
// mentorIDs (columns) with the mentors' capacities (nil: 1 each), scores
// with -Inf for forbidden pairs, and the penalty per broken pair (>= 0,
// in score units) used by later events.
//
// Errors: *FieldError for an empty or duplicate ID (ErrDuplicateID,
// ErrConfig), lengths that do not match the matrix (ErrShape), a capacity
// outside [0, mentoring.MaxCapacity] (each place is a line of the square
// problem) or a penalty that is negative or not finite (ErrConfig); the
// entry errors of Assign for Maximize (ErrNaN, ErrForbiddenSign for +Inf,
// ErrRange). Inputs are not retained.
func NewRematcher(menteeIDs, mentorIDs []string, capacity []int, scores mat.Matrix, penalty float64) (*Rematcher, error) {
	var errs fault.Collector
	if !finiteNonNegative(penalty) {
		errs.Add(msgPenalty.At("penalty", penalty))
	}
	if scores == nil {
		errs.Add(msgScoresMissing.At("scores", nil))
		return nil, errs.Err()
	}
	r, c := scores.Dims()
	if r != len(menteeIDs) || c != len(mentorIDs) {
		errs.Add(msgScoresShape.At("scores", strconv.Itoa(r)+"×"+strconv.Itoa(c), len(menteeIDs), len(mentorIDs)))
		return nil, errs.Err()
	}
	rmCheckIDs(&errs, "menteeIds", menteeIDs)
	rmCheckIDs(&errs, "mentorIds", mentorIDs)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	val, _, _, capa, err := capmat.Input(scores, capacity, ErrConfig)
	if err != nil {
		return nil, err
	}
	for j, x := range capa {
		if x > mentoring.MaxCapacity {
			errs.Add(msgRange.New(fault.Index("capacity", j), mentorIDs[j], x, 0, mentoring.MaxCapacity))
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	rm := &Rematcher{penalty: penalty}
	for j, id := range mentorIDs {
		rm.newMentor(id, capa[j])
	}
	for i, id := range menteeIDs {
		e := &rmMentee{id: id, score: slices.Clone(val[i*c : (i+1)*c])}
		e.row = &rmLine{mentee: e}
		e.dummy = &rmLine{mentee: e}
		rm.mentees = append(rm.mentees, e)
	}
	rm.build()
	if err := rm.coldSolve(); err != nil {
		return nil, err // cannot happen: every row has a zero-cost column
	}
	rm.readBack()
	rm.settle()
	return rm, nil
}

// rmCheckIDs reports empty and repeated IDs.
func rmCheckIDs(errs *fault.Collector, field string, ids []string) {
	seen := map[string]int{}
	for i, id := range ids {
		f := fault.Index(field, i)
		if id == "" {
			errs.Add(msgRequired.At(f, id))
		} else if j, dup := seen[id]; dup {
			errs.Add(msgDuplicate.New(f, id, id, fault.Index(field, j)))
		} else {
			seen[id] = i
		}
	}
}

func (rm *Rematcher) newMentor(id string, capacity int) *rmMentor {
	m := &rmMentor{id: id, serial: rm.serial, capacity: capacity}
	rm.serial++
	for range capacity {
		m.slots = append(m.slots, &rmLine{mentor: m})
		m.fillers = append(m.fillers, &rmLine{mentor: m})
	}
	rm.mentors = append(rm.mentors, m)
	return m
}

// entry is the cost of row line a with column line b.
func (rm *Rematcher) entry(a, b *rmLine) float64 {
	if a.mentee == nil {
		return 0 // fillers take anything
	}
	e := a.mentee
	if b.mentee != nil {
		if b.mentee == e {
			return 0
		}
		return math.Inf(1)
	}
	return rm.slotCost(e, b.mentor)
}

// slotCost is the cost of mentee e with any place of mentor m: minus the
// score, minus the penalty bonus on e's current mentor, +Inf when
// forbidden.
func (rm *Rematcher) slotCost(e *rmMentee, m *rmMentor) float64 {
	s := e.score[m.serial]
	if math.IsInf(s, -1) {
		return math.Inf(1)
	}
	if m == e.mentor {
		s += rm.penalty
	}
	return -s
}

// rowCosts writes the costs of row i of the current layout into dst: the
// engine asks only for the rows its search scans.
func (rm *Rematcher) rowCosts(i int, dst []float64) {
	a := rm.rows[i]
	if a.mentee == nil {
		clear(dst)
		return
	}
	e := a.mentee
	pos := 0
	for _, m := range rm.mentors {
		c := rm.slotCost(e, m)
		for range m.slots {
			dst[pos] = c
			pos++
		}
	}
	inf := math.Inf(1)
	for k := pos; k < len(dst); k++ {
		dst[k] = inf
	}
	dst[pos+a.idx] = 0 // the mentee's own dummy (dummies follow mentee order)
}

// build lays the lines out in the engine: rows are the mentees then the
// fillers, columns the places then the dummies, each in arrival order.
// It copies potentials and the matching (O(N)); costs are computed row by
// row when the search needs them.
func (rm *Rematcher) build() {
	rm.rows, rm.cols = rm.rows[:0], rm.cols[:0]
	for _, e := range rm.mentees {
		rm.rows = append(rm.rows, e.row)
	}
	for _, m := range rm.mentors {
		rm.rows = append(rm.rows, m.fillers...)
		rm.cols = append(rm.cols, m.slots...)
	}
	for _, e := range rm.mentees {
		rm.cols = append(rm.cols, e.dummy)
	}
	n := len(rm.rows)
	for i, l := range rm.rows {
		l.idx = i
	}
	for j, l := range rm.cols {
		l.idx = j
	}
	aug := rm.eng.Augments
	rm.eng.Reset(n, nil)
	rm.eng.RowFn = rm.rowCosts
	rm.eng.Augments = aug
	for i, a := range rm.rows {
		rm.eng.U[i] = a.pot
		if a.mate != nil {
			rm.eng.RowCol[i] = a.mate.idx
			rm.eng.ColRow[a.mate.idx] = i
		}
	}
	for j, b := range rm.cols {
		rm.eng.V[j] = b.pot
	}
}

// coldSolve solves the laid-out problem from scratch with the dense
// solver (Jonker–Volgenant) and loads its matching and duals into the
// engine: the duals of a square problem satisfy the engine's invariant.
func (rm *Rematcher) coldSolve() error {
	n := len(rm.rows)
	if n == 0 {
		return nil
	}
	data := make([]float64, n*n)
	for i := range n {
		rm.rowCosts(i, data[i*n:(i+1)*n])
	}
	a, err := matching.Assign(mat.NewDense(n, n, data), matching.Minimize)
	if err != nil {
		return err
	}
	copy(rm.eng.U, a.U)
	copy(rm.eng.V, a.V)
	copy(rm.eng.RowCol, a.RowToCol)
	copy(rm.eng.ColRow, a.ColToRow)
	return nil
}

// readBack copies potentials and mates from the engine to the lines.
func (rm *Rematcher) readBack() {
	for i, a := range rm.rows {
		a.pot = rm.eng.U[i]
		a.mate = nil
		if j := rm.eng.RowCol[i]; j >= 0 {
			a.mate = rm.cols[j]
		}
	}
	for j, b := range rm.cols {
		b.pot = rm.eng.V[j]
		b.mate = nil
		if i := rm.eng.ColRow[j]; i >= 0 {
			b.mate = rm.rows[i]
		}
	}
}

// settle moves the bonus to the new pairs and returns the changes.
func (rm *Rematcher) settle() []Change {
	var ch []Change
	for _, e := range rm.mentees {
		var now *rmMentor
		if e.row.mate != nil {
			now = e.row.mate.mentor
		}
		if now == e.mentor {
			continue
		}
		c := Change{MenteeID: e.id}
		if e.mentor != nil {
			c.From = e.mentor.id
		}
		if now != nil {
			c.To = now.id
			// The new mentor's entries gain the bonus: lower the row's
			// potential by it, keeping feasibility and the pair tight.
			e.row.pot -= rm.penalty
		}
		e.mentor = now
		ch = append(ch, c)
	}
	return sortChanges(ch)
}

// sortChanges orders changes by mentee ID, the order every event returns.
func sortChanges(ch []Change) []Change {
	slices.SortFunc(ch, func(a, b Change) int { return cmp.Compare(a.MenteeID, b.MenteeID) })
	return ch
}

// run builds the problem, augments from every free row and settles.
func (rm *Rematcher) run() []Change {
	rm.build()
	for i := range rm.rows {
		if rm.eng.RowCol[i] < 0 {
			rm.eng.Augment(i) // always succeeds: a row can take its dummy or any place
		}
	}
	rm.readBack()
	rm.augments = rm.eng.Augments
	return rm.settle()
}

// unmate frees a line and its mate.
func unmate(l *rmLine) {
	if l.mate != nil {
		l.mate.mate = nil
		l.mate = nil
	}
}

func (rm *Rematcher) menteeIndex(id string) int {
	return slices.IndexFunc(rm.mentees, func(e *rmMentee) bool { return e.id == id })
}

func (rm *Rematcher) mentorIndex(id string) int {
	return slices.IndexFunc(rm.mentors, func(m *rmMentor) bool { return m.id == id })
}

// checkScores validates the scores of the new person id against the n
// partners listed by partners (the name of the method giving their
// order).
func checkScores(errs *fault.Collector, id string, scores []float64, n int, partners string) {
	if len(scores) != n {
		errs.Add(msgScoresLength.New("scores", id, len(scores), len(scores), n, partners))
		return
	}
	for k, x := range scores {
		f := fault.Index("scores", k)
		switch {
		case math.IsNaN(x):
			errs.Add(msgScoreNaN.New(f, id, x))
		case math.IsInf(x, 1):
			errs.Add(msgScorePosInf.New(f, id, x))
		case !math.IsInf(x, 0) && math.Abs(x) > matching.MaxMagnitude:
			errs.Add(msgScoreRange.New(f, id, x))
		}
	}
}

// AddMentee adds a mentee with its scores for the current mentors (in the
// order of MentorIDs; -Inf forbids a pair) and re-matches: one
// augmentation. It returns the changes, by mentee ID.
//
// Errors: *FieldError for an empty ID (ErrConfig), an ID already present
// (ErrDuplicateID), scores of the wrong length (ErrShape) or with a NaN
// (ErrNaN), +Inf (ErrForbiddenSign) or too large (ErrRange) entry. On
// error nothing changes.
func (rm *Rematcher) AddMentee(id string, scores []float64) ([]Change, error) {
	var errs fault.Collector
	if id == "" {
		errs.Add(msgRequired.At("id", id))
	} else if rm.menteeIndex(id) >= 0 {
		errs.Add(msgAlreadyMentee.New("id", id, id))
	}
	checkScores(&errs, id, scores, len(rm.mentors), "MentorIDs")
	if err := errs.Err(); err != nil {
		return nil, err
	}
	e := &rmMentee{id: id, score: make([]float64, rm.serial)}
	for k := range e.score {
		e.score[k] = math.Inf(-1)
	}
	for k, m := range rm.mentors {
		e.score[m.serial] = scores[k]
	}
	e.row = &rmLine{mentee: e}
	e.dummy = &rmLine{mentee: e}
	// Feasible potentials: the dummy below every filler's, the row below
	// every column's reduced cost.
	d := 0.0
	first := true
	for _, m := range rm.mentors {
		for _, f := range m.fillers {
			if first || -f.pot < d {
				d, first = -f.pot, false
			}
		}
	}
	e.dummy.pot = d
	u := -d
	for _, m := range rm.mentors {
		for _, s := range m.slots {
			u = min(u, rm.entry(e.row, s)-s.pot)
		}
	}
	e.row.pot = u
	rm.mentees = append(rm.mentees, e)
	return rm.run(), nil
}

// RemoveMentee removes a mentee (who left the programme) and re-matches:
// at most one augmentation, giving the mentee's place to whoever gains
// most. The mentee's own pair ending is reported as a change to "",
// among the other changes by mentee ID.
//
// Errors: *FieldError (ErrUnknownID) for an ID that is not a mentee.
func (rm *Rematcher) RemoveMentee(id string) ([]Change, error) {
	k := rm.menteeIndex(id)
	if k < 0 {
		return nil, msgNotMentee.New("id", id, id)
	}
	e := rm.mentees[k]
	var gone []Change
	if e.mentor != nil {
		gone = []Change{{MenteeID: id, From: e.mentor.id}}
	}
	unmate(e.row)
	unmate(e.dummy)
	rm.mentees = slices.Delete(rm.mentees, k, k+1)
	return sortChanges(append(gone, rm.run()...)), nil
}

// AddMentor adds a mentor with its capacity (0 to mentoring.MaxCapacity)
// and its scores for the
// current mentees (in the order of MenteeIDs; -Inf forbids a pair) and
// re-matches: one augmentation per place.
//
// Errors: as AddMentee, and ErrConfig for a capacity outside [0,
// mentoring.MaxCapacity].
func (rm *Rematcher) AddMentor(id string, capacity int, scores []float64) ([]Change, error) {
	var errs fault.Collector
	if id == "" {
		errs.Add(msgRequired.At("id", id))
	} else if rm.mentorIndex(id) >= 0 {
		errs.Add(msgAlreadyMentor.New("id", id, id))
	}
	if capacity < 0 || capacity > mentoring.MaxCapacity {
		errs.Add(msgRange.New("capacity", id, capacity, 0, mentoring.MaxCapacity))
	}
	checkScores(&errs, id, scores, len(rm.mentees), "MenteeIDs")
	if err := errs.Err(); err != nil {
		return nil, err
	}
	m := rm.newMentor(id, capacity)
	for k, e := range rm.mentees {
		e.score = append(e.score, scores[k])
	}
	// Feasible potentials: each new place below every row's reduced cost
	// (fillers included), each new filler below every column's.
	for _, s := range m.slots {
		v := math.Inf(1)
		for _, e := range rm.mentees {
			v = min(v, rm.entry(e.row, s)-e.row.pot)
		}
		for _, o := range rm.mentors {
			if o == m {
				continue
			}
			for _, f := range o.fillers {
				v = min(v, -f.pot)
			}
		}
		if math.IsInf(v, 1) {
			v = 0
		}
		s.pot = v
	}
	for _, f := range m.fillers {
		u := math.Inf(1)
		for _, o := range rm.mentors {
			for _, s := range o.slots {
				u = min(u, -s.pot)
			}
		}
		for _, e := range rm.mentees {
			u = min(u, -e.dummy.pot)
		}
		f.pot = u
	}
	return rm.run(), nil
}

// RemoveMentor removes a mentor (who left) and re-matches its mentees
// (and anyone else who then gains): at most one augmentation per place.
// The mentor's own pairs ending are reported as changes (to another
// mentor or to "").
//
// Errors: *FieldError (ErrUnknownID) for an ID that is not a mentor.
func (rm *Rematcher) RemoveMentor(id string) ([]Change, error) {
	k := rm.mentorIndex(id)
	if k < 0 {
		return nil, msgNotMentor.New("id", id, id)
	}
	m := rm.mentors[k]
	for _, s := range m.slots {
		unmate(s)
	}
	for _, f := range m.fillers {
		unmate(f)
	}
	rm.mentors = slices.Delete(rm.mentors, k, k+1)
	return rm.run(), nil
}

// Pairs returns the current pairs, by mentor ID then mentee ID.
func (rm *Rematcher) Pairs() []PairRef {
	var out []PairRef
	for _, e := range rm.mentees {
		if e.mentor != nil {
			out = append(out, PairRef{MentorID: e.mentor.id, MenteeID: e.id})
		}
	}
	slices.SortFunc(out, func(a, b PairRef) int {
		return cmp.Or(cmp.Compare(a.MentorID, b.MentorID), cmp.Compare(a.MenteeID, b.MenteeID))
	})
	return out
}

// Total returns the total score of the current pairs.
func (rm *Rematcher) Total() float64 {
	var t float64
	for _, e := range rm.mentees {
		if e.mentor != nil {
			t += e.score[e.mentor.serial]
		}
	}
	return t
}

// MenteeIDs returns the current mentees in arrival order: the order
// AddMentor expects its scores in.
func (rm *Rematcher) MenteeIDs() []string {
	out := make([]string, len(rm.mentees))
	for k, e := range rm.mentees {
		out[k] = e.id
	}
	return out
}

// MentorIDs returns the current mentors in arrival order: the order
// AddMentee expects its scores in.
func (rm *Rematcher) MentorIDs() []string {
	out := make([]string, len(rm.mentors))
	for k, m := range rm.mentors {
		out[k] = m.id
	}
	return out
}

// Augmentations returns the number of shortest augmenting paths run by
// the events so far (the initial solve, done by the dense solver, counts
// none): the measure of a warm start's work.
func (rm *Rematcher) Augmentations() int { return rm.augments }
