package rounds

import (
	"cmp"
	"math"
	"slices"
	"time"

	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/matching/pairing/internal/colgen"
	"github.com/mentorkit/mentorkit/mentoring"
)

// Week is the unit of waiting time: 7 × 24 hours.
const Week = 7 * 24 * time.Hour

// MaxWeekWeight is the largest Config.WeekWeight: a million score units
// per week, far beyond any wait a score could balance, and small enough
// that the longest wait a time.Duration holds (about 15,000 weeks) keeps
// every value well inside the solver's range.
const MaxWeekWeight = 1e6

// WaitMode is how waiting time counts in a round. The zero value is unset
// and reads as WaitFirst.
type WaitMode uint8

// The wait modes, from 1: 0 is unset.
const (
	// WaitFirst is a lexicographic priority: the mentees who have waited
	// the most whole weeks are matched first (as many of them as can be),
	// then those of the next-longest wait, and so on; among the pairings
	// that do so, the total score is maximised.
	WaitFirst WaitMode = iota + 1
	// WaitWeight adds Config.WeekWeight score units per week waited (a
	// real number of weeks) to each pair's score and maximises the sum.
	WaitWeight
)

var waitTable = enum.New[WaitMode]("wait mode", "", "first", "weight")

// String returns the mode's name ("first", "weight"), "unset" for the
// zero value, or "wait mode(n)" for an undeclared value.
func (w WaitMode) String() string { return waitTable.String(w) }

// MarshalText writes the mode's name; an undeclared value is an error
// wrapping pairing.ErrUnknownEnum.
func (w WaitMode) MarshalText() ([]byte, error) { return waitTable.Marshal(w) }

// UnmarshalText reads a mode's name, ignoring case.
func (w *WaitMode) UnmarshalText(b []byte) error { return waitTable.Unmarshal(b, w) }

// Config are a round's settings. The zero value is a lexicographic wait
// priority, no cutoff, and pairs that last beyond the round.
type Config struct {
	// Wait is how waiting counts; unset reads as WaitFirst.
	Wait WaitMode `json:"wait,omitempty"`
	// WeekWeight is the score units a week of waiting adds to a pair
	// under WaitWeight (0.05: four weeks of waiting outweigh a score
	// difference of 0.2). 0 ranks by score alone. From 0 to
	// MaxWeekWeight.
	WeekWeight float64 `json:"weekWeight,omitempty"`
	// Cutoff is the least score of a pair formed this round, in [0, 1]:
	// a mentee whose allowed pairs with a free place all score below it
	// waits. 0 forms every allowed pair.
	Cutoff float64 `json:"cutoff,omitempty"`
	// Rotate ends every active pair at the start of the round (outcome
	// mentoring.ReasonOther), as flash and roulette formats do: each
	// round is one meeting. Their mentees then wait from now.
	Rotate bool `json:"rotate,omitempty"`
}

// MarshalJSON writes c by the module's number rule.
func (c Config) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads what MarshalJSON writes.
func (c *Config) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, c) }

// Pair is one pair formed in a round.
type Pair struct {
	MentorID string  `json:"mentorId"`
	MenteeID string  `json:"menteeId"`
	Score    float64 `json:"score"`
	// Waited is how long the mentee had waited, in weeks.
	Waited float64 `json:"waited"`
	// Repeat is true when the two met before: the mentee has met every
	// mentor the rules allow (see Result.Exhausted).
	Repeat bool `json:"repeat,omitempty"`
}

// MarshalJSON writes p by the module's number rule.
func (p Pair) MarshalJSON() ([]byte, error) { return jsonx.Marshal(p) }

// UnmarshalJSON reads what MarshalJSON writes.
func (p *Pair) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, p) }

// WaitReason says why a mentee still waits after a round. The zero value
// is unset.
type WaitReason uint8

// The wait reasons, from 1: 0 is unset.
const (
	// WaitNoPartner: the rules allow no mentor this mentee has not met
	// (and the mentee has unmet ones elsewhere: never; see
	// Result.Exhausted), or none at all.
	WaitNoPartner WaitReason = iota + 1
	// WaitNoPlace: every allowed mentor is full.
	WaitNoPlace
	// WaitBelowCutoff: every allowed mentor with a free place scores
	// below Config.Cutoff with this mentee.
	WaitBelowCutoff
	// WaitNotChosen: an allowed pair with a free place exists, but the
	// places went to mentees who waited longer or scored higher.
	WaitNotChosen
)

var reasonTable = enum.New[WaitReason]("wait reason", "", "noPartner", "noPlace", "belowCutoff", "notChosen")

// String returns the reason's name, "unset" for the zero value.
func (r WaitReason) String() string { return reasonTable.String(r) }

// MarshalText writes the reason's name.
func (r WaitReason) MarshalText() ([]byte, error) { return reasonTable.Marshal(r) }

// UnmarshalText reads a reason's name, ignoring case.
func (r *WaitReason) UnmarshalText(b []byte) error { return reasonTable.Unmarshal(b, r) }

// Waiter is a mentee on the waiting list after a round.
type Waiter struct {
	MenteeID string    `json:"menteeId"`
	Since    time.Time `json:"since"`
	// Waited is the wait so far, in weeks, at the round's time.
	Waited float64    `json:"waited"`
	Reason WaitReason `json:"reason"`
}

// MarshalJSON writes w by the module's number rule.
func (w Waiter) MarshalJSON() ([]byte, error) { return jsonx.Marshal(w) }

// UnmarshalJSON reads what MarshalJSON writes.
func (w *Waiter) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, w) }

// Result is the outcome of a round.
type Result struct {
	ProgrammeID string    `json:"programmeId"`
	At          time.Time `json:"at"`
	// Pairs are the pairs formed, by mentor ID, then mentee ID.
	Pairs []Pair `json:"pairs,omitempty"`
	// Waiting is the waiting list after the round, longest wait first
	// (then by mentee ID).
	Waiting []Waiter `json:"waiting,omitempty"`
	// Exhausted are the waiting mentees who had met every mentor the
	// rules allow them: for them, and only them, a previous pair may be
	// formed again (Pair.Repeat). By ID.
	Exhausted []string `json:"exhausted,omitempty"`
	// TotalScore is the sum of the new pairs' scores.
	TotalScore float64 `json:"totalScore"`
	// State is the programme state after the round: the new pairs active
	// from At, the waiting list, and (with Config.Rotate) the pairs ended
	// at the start of the round.
	State pairing.State `json:"state"`
}

// MarshalJSON writes r by the module's number rule.
func (r Result) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *Result) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, r) }

// Round runs one round of a rolling programme at time now: prog and cfg
// as for [pairing.New], st the programme's state (the zero State for the
// first round: then every mentee waits from now). The mentees without
// an active pair wait (from their Since in st.Waiting, or from now when
// st does not list them); each mentor has its Capacity less its active
// pairs free. The waiting mentees are paired with the free places
// exactly, under rc's wait mode:
//
//   - WaitFirst maximises, lexicographically, the number matched of the
//     longest wait (in whole weeks), then of the next, …, then the total
//     score. Since the sets of mentees that can be matched together form
//     a matroid, giving a mentee of the c-th longest of C waits the bonus
//     (C−c+1)·(n+1) (n mentees) and maximising score plus bonus reaches
//     it in one assignment: every prefix of waits gets its largest
//     matchable number, and bonuses differ by more than any score sum.
//   - WaitWeight maximises the sum of score + WeekWeight·weeks waited.
//
// The assignment starts each mentee with its 40 best mentors and prices
// every other allowed pair with the sparse solver's duals, adding those
// that could improve the optimum until none is left (column generation),
// so the duals certify it over every allowed pair. Under WaitFirst the
// values reach C·(n+1) for C distinct waits, so scores that differ by
// less than about C·n·1e-16 count as equal. BenchmarkRound (a
// loaded 2-core machine): 500 mentees × 100 mentors in 0.05 s, 2,000 ×
// 500 in 0.8 s, pairing.New and the score table included.
//
// A pair is formed only if the rules allow it (pairing's scores, with
// cfg's rules, bans, previous pairs and MinScore), it scores at least
// rc.Cutoff, and the two have not met (st.Ended) — unless the mentee has
// met every mentor the rules allow: then previous pairs are allowed for
// that mentee, listed in Result.Exhausted and marked Pair.Repeat. Repeats
// come second: the round is first solved over the pairs that have not
// met, then the exhausted mentees still waiting are paired, by the same
// objective, with the places left, so a repeat never takes a place a new
// pair could have had. Rounds
// are one-to-one or one mentor to many (mentor capacities; a group
// mentor's places are its group maximum); MinCapacity, AtLeastOne,
// Priority, locks and the group minimum of cfg do not apply to a round.
// In a peer programme every peer waits as a mentee and offers its places
// as a mentor, as in pairing; for one-to-one peer meetings use [Rotate].
// Ties between equally good pairings are broken by the sparse solver,
// deterministically.
//
// The state is advanced and returned in Result.State: with rc.Rotate the
// active pairs first end (mentoring.ReasonOther) and their mentees
// wait from now; new pairs are active from now; the waiting list keeps
// each mentee's first waiting time. The inputs are not modified.
//
// Errors, joined, each a *FieldError naming the person: rc out of range
// (ErrConfig); a state of another programme (ErrOtherProgramme); active
// pairs or waiting mentees of people who are not participants on that
// side (ErrUnknownID); a mentee paired twice or paired and waiting; a
// Since after now (ErrTime); then pairing.New's errors.
func Round(prog mentoring.Programme, cfg pairing.Config, st pairing.State, rc Config, now time.Time) (Result, error) {
	var errs fault.Collector
	rc.check(&errs, "")
	checkNoMix(cfg, &errs, "rules.circleMix")
	if err := errs.Err(); err != nil {
		return Result{}, err
	}
	p, err := pairing.New(prog, cfg)
	if err != nil {
		return Result{}, err
	}
	t, err := p.ScoreTable()
	if err != nil {
		return Result{}, err
	}
	g := newGraph(prog.ID, t)
	if err := g.read(st, now); err != nil {
		return Result{}, err
	}
	out, err := g.round(rc, now)
	if err != nil {
		return Result{}, err
	}
	out.State.Fingerprint = p.Fingerprint()
	return out, nil
}

// check adds c's errors, under prefix.
func (c Config) check(errs *fault.Collector, prefix string) {
	f := func(name string) string { return fault.Path(prefix, name) }
	if c.Wait > WaitWeight {
		errs.Add(msgWait.At(f("wait"), int(c.Wait)))
	}
	switch {
	case math.IsNaN(c.WeekWeight) || math.IsInf(c.WeekWeight, 0):
		errs.Add(msgNotFin.At(f("weekWeight"), c.WeekWeight))
	case c.WeekWeight < 0:
		errs.Add(msgNegative.At(f("weekWeight"), c.WeekWeight))
	case c.WeekWeight > MaxWeekWeight:
		errs.Add(msgRange.At(f("weekWeight"), c.WeekWeight, 0, MaxWeekWeight))
	}
	if !(c.Cutoff >= 0 && c.Cutoff <= 1) {
		errs.Add(msgRange.At(f("cutoff"), c.Cutoff, 0, 1))
	}
}

// graph is a programme's allowed pairs and its running state.
type graph struct {
	id      string
	t       pairing.ScoreTable
	nE, nM  int
	mentee  map[string]int
	mentor  map[string]int
	score   [][]float64 // score[e][m], -Inf when forbidden
	partner []int       // allowed partners per mentee
	met     []map[int]bool
	active  []pairing.Tenure
	activeE []int // mentor index per mentee, -1
	since   []time.Time
	waits   []bool
	ended   []pairing.Tenure
	gone    []bool // mentees who left (Simulate), nil when none
}

func newGraph(id string, t pairing.ScoreTable) *graph {
	g := &graph{id: id, t: t, nE: len(t.MenteeIDs), nM: len(t.MentorIDs), mentee: map[string]int{}, mentor: map[string]int{}}
	for i, s := range t.MenteeIDs {
		g.mentee[s] = i
	}
	for j, s := range t.MentorIDs {
		g.mentor[s] = j
	}
	g.score = make([][]float64, g.nE)
	g.partner = make([]int, g.nE)
	g.met = make([]map[int]bool, g.nE)
	g.activeE = make([]int, g.nE)
	g.since = make([]time.Time, g.nE)
	g.waits = make([]bool, g.nE)
	for e := range g.nE {
		g.score[e] = make([]float64, g.nM)
		for m := range g.nM {
			s := math.Inf(-1)
			if r, c := t.Scores.Dims(); e < r && m < c {
				s = t.Scores.At(e, m)
			}
			g.score[e][m] = s
			if !math.IsInf(s, -1) {
				g.partner[e]++
			}
		}
		g.met[e] = map[int]bool{}
		g.activeE[e] = -1
	}
	return g
}

// read loads st, checking it against the programme.
func (g *graph) read(st pairing.State, now time.Time) error {
	var errs fault.Collector
	zero := st.ProgrammeID == "" && len(st.Active) == 0 && len(st.Ended) == 0 && len(st.Waiting) == 0
	if !zero && st.ProgrammeID != g.id {
		errs.Add(msgOther.New("state.programmeId", st.ProgrammeID, st.ProgrammeID, st.ProgrammeID, g.id))
		return errs.Err()
	}
	late := func(f, id string, t time.Time) {
		if t.After(now) {
			errs.Add(msgFuture.New(f, id, t.Format(time.RFC3339), now.Format(time.RFC3339)))
		}
	}
	where := map[string]string{}
	for i, a := range st.Active {
		f := fault.Index("state.active", i)
		e, okE := g.mentee[a.MenteeID]
		m, okM := g.mentor[a.MentorID]
		if !okE {
			errs.Add(msgMentee.New(fault.Path(f, "menteeId"), a.MenteeID, a.MenteeID, a.MenteeID, g.id))
		}
		if !okM {
			errs.Add(msgMentor.New(fault.Path(f, "mentorId"), a.MentorID, a.MentorID, a.MentorID, g.id))
		}
		late(fault.Path(f, "since"), a.MenteeID, a.Since)
		if w, dup := where[a.MenteeID]; dup {
			errs.Add(msgDup.New(fault.Path(f, "menteeId"), a.MenteeID, a.MenteeID, w))
			continue
		}
		where[a.MenteeID] = f
		if okE && okM {
			g.activeE[e] = m
			g.active = append(g.active, a)
		}
	}
	for i, w := range st.Waiting {
		f := fault.Index("state.waiting", i)
		e, ok := g.mentee[w.MenteeID]
		if !ok {
			errs.Add(msgMentee.New(fault.Path(f, "menteeId"), w.MenteeID, w.MenteeID, w.MenteeID, g.id))
			continue
		}
		late(fault.Path(f, "since"), w.MenteeID, w.Since)
		if at, dup := where[w.MenteeID]; dup {
			if g.activeE[e] >= 0 {
				errs.Add(msgBoth.New(fault.Path(f, "menteeId"), w.MenteeID, w.MenteeID, at))
			} else {
				errs.Add(msgDup.New(fault.Path(f, "menteeId"), w.MenteeID, w.MenteeID, at))
			}
			continue
		}
		where[w.MenteeID] = f
		g.since[e] = w.Since
	}
	g.ended = slices.Clone(st.Ended)
	for _, t := range st.Ended {
		e, okE := g.mentee[t.MenteeID]
		m, okM := g.mentor[t.MentorID]
		if okE && okM {
			g.met[e][m] = true
		}
	}
	if err := errs.Err(); err != nil {
		return err
	}
	for e := range g.nE {
		if g.activeE[e] < 0 {
			g.waits[e] = true
			if g.since[e].IsZero() {
				g.since[e] = now
			}
		}
	}
	return nil
}

// round runs the round on g (advancing it) and returns its result.
func (g *graph) round(rc Config, now time.Time) (Result, error) {
	out := Result{ProgrammeID: g.id, At: now}
	if rc.Rotate {
		for _, a := range g.active {
			a.Until, a.Outcome = now, mentoring.ReasonOther
			g.ended = append(g.ended, a)
			e, m := g.mentee[a.MenteeID], g.mentor[a.MentorID]
			g.met[e][m] = true
			g.activeE[e], g.waits[e], g.since[e] = -1, true, now
		}
		g.active = nil
	}
	free := slices.Clone(g.t.Capacity)
	for _, m := range g.activeE {
		if m >= 0 && free[m] > 0 {
			free[m]--
		}
	}
	var rows []int
	for e := range g.nE {
		if g.waits[e] {
			rows = append(rows, e)
		}
	}
	weeks := make([]float64, len(rows))
	for i, e := range rows {
		weeks[i] = float64(now.Sub(g.since[e])) / float64(Week)
	}
	exhausted := make([]bool, g.nE)
	for _, e := range rows {
		exhausted[e] = g.partner[e] > 0 && len(g.met[e]) >= g.partner[e] && g.allMet(e)
		if exhausted[e] {
			out.Exhausted = append(out.Exhausted, g.t.MenteeIDs[e])
		}
	}
	ok := func(e, m int) bool {
		s := g.score[e][m]
		return !math.IsInf(s, -1) && s >= rc.Cutoff && (!g.met[e][m] || exhausted[e])
	}
	assign, err := g.twoStages(rows, weeks, free, rc, ok)
	if err != nil {
		return Result{}, err
	}
	for i, e := range rows {
		m := assign[i]
		if m < 0 {
			continue
		}
		out.Pairs = append(out.Pairs, Pair{MentorID: g.t.MentorIDs[m], MenteeID: g.t.MenteeIDs[e], Score: g.score[e][m], Waited: weeks[i], Repeat: g.met[e][m]})
		out.TotalScore += g.score[e][m]
		g.active = append(g.active, pairing.Tenure{MentorID: g.t.MentorIDs[m], MenteeID: g.t.MenteeIDs[e], Since: now})
		g.activeE[e], g.waits[e] = m, false
	}
	slices.SortFunc(out.Pairs, func(a, b Pair) int {
		return cmp.Or(cmp.Compare(a.MentorID, b.MentorID), cmp.Compare(a.MenteeID, b.MenteeID))
	})
	for i, e := range rows {
		if assign[i] >= 0 {
			continue
		}
		out.Waiting = append(out.Waiting, Waiter{MenteeID: g.t.MenteeIDs[e], Since: g.since[e], Waited: weeks[i], Reason: g.reason(e, free, rc.Cutoff, ok)})
	}
	slices.SortStableFunc(out.Waiting, func(a, b Waiter) int { return a.Since.Compare(b.Since) })
	out.State = g.state()
	return out, nil
}

// allMet reports whether mentee e met every allowed mentor.
func (g *graph) allMet(e int) bool {
	for m, s := range g.score[e] {
		if !math.IsInf(s, -1) && !g.met[e][m] {
			return false
		}
	}
	return true
}

// reason says why waiting mentee e was not paired; free are the places
// free before the round's pairs, ok the pairs the round may form.
func (g *graph) reason(e int, free []int, cutoff float64, ok func(e, m int) bool) WaitReason {
	out := WaitNoPartner
	for m := range g.nM {
		s := g.score[e][m]
		switch {
		case s < cutoff && !math.IsInf(s, -1) && free[m] > 0 && !ok(e, m) && !g.met[e][m]:
			out = WaitBelowCutoff
		case !ok(e, m):
		case free[m] > 0:
			return WaitNotChosen
		case out == WaitNoPartner:
			out = WaitNoPlace
		}
	}
	return out
}

// state is g's programme state.
func (g *graph) state() pairing.State {
	st := pairing.State{ProgrammeID: g.id, Active: slices.Clone(g.active), Ended: slices.Clone(g.ended)}
	slices.SortFunc(st.Active, func(a, b pairing.Tenure) int { return cmp.Compare(a.MenteeID, b.MenteeID) })
	for e := range g.nE {
		if g.waits[e] {
			st.Waiting = append(st.Waiting, pairing.Tenure{MenteeID: g.t.MenteeIDs[e], Since: g.since[e]})
		}
	}
	return st
}

// twoStages pairs the waiting mentees (rows, waits in weeks) with the
// free places: first by pairs that have not met, then, with the places
// left, the exhausted mentees still waiting by previous pairs, so that a
// repeat never takes a place a new pair could have had.
func (g *graph) twoStages(rows []int, weeks []float64, free []int, rc Config, ok func(e, m int) bool) ([]int, error) {
	assign, err := solveRound(g, rows, weeks, free, rc, func(e, m int) bool { return ok(e, m) && !g.met[e][m] })
	if err != nil {
		return nil, err
	}
	left := slices.Clone(free)
	var rows2 []int
	var weeks2 []float64
	var at []int
	for i, m := range assign {
		if m >= 0 {
			left[m]--
		} else {
			rows2, weeks2, at = append(rows2, rows[i]), append(weeks2, weeks[i]), append(at, i)
		}
	}
	again, err := solveRound(g, rows2, weeks2, left, rc, func(e, m int) bool { return ok(e, m) && g.met[e][m] })
	if err != nil {
		return nil, err
	}
	for k, m := range again {
		assign[at[k]] = m
	}
	return assign, nil
}

// solveRound pairs the waiting mentees rows (waits in weeks) with the free
// places exactly; ok says which pairs may form. It returns each row's
// mentor, or -1.
func solveRound(g *graph, rows []int, weeks []float64, free []int, rc Config, ok func(e, m int) bool) ([]int, error) {
	n := float64(len(rows) + 1)
	bonus := make([]float64, len(rows))
	if rc.Wait != WaitWeight {
		// Classes of whole weeks, longest first: class c of C gets (C−c+1)·n.
		whole := make([]int64, len(rows))
		for i, w := range weeks {
			whole[i] = int64(math.Floor(w))
		}
		classes := slices.Clone(whole)
		slices.Sort(classes)
		classes = slices.Compact(classes)
		for i, w := range whole {
			k, _ := slices.BinarySearch(classes, w) // 0 = shortest wait
			bonus[i] = float64(k+1) * n
		}
	} else {
		for i, w := range weeks {
			bonus[i] = rc.WeekWeight * w
		}
	}
	start := make([]int, g.nM+1)
	for m := range g.nM {
		start[m+1] = start[m] + max(free[m], 0)
	}
	out := make([]int, len(rows))
	for i := range out {
		out[i] = -1
	}
	if len(rows) == 0 {
		return out, nil
	}
	// Each row's allowed mentors with a free place, at value score + the
	// row's bonus at each of the mentor's places.
	p := colgen.Problem{RowStart: make([]int, 1, len(rows)+1), PlaceStart: start, RowBonus: bonus, Initial: roundCandidates}
	for _, e := range rows {
		for m := range g.nM {
			if free[m] > 0 && ok(e, m) {
				p.Mentor, p.Value = append(p.Mentor, int32(m)), append(p.Value, g.score[e][m])
			}
		}
		p.RowStart = append(p.RowStart, len(p.Mentor))
	}
	place, err := colgen.Solve(p)
	if err != nil {
		return nil, err // not expected: every row has its own column
	}
	left := slices.Clone(free)
	for i, j := range place {
		if j >= 0 {
			m, _ := slices.BinarySearch(start, j+1)
			out[i] = m - 1
			left[m-1]--
		}
	}
	// A row left out where a pair adds nothing but a place is free (a
	// tie with "unmatched") takes its best free allowed mentor.
	for i, e := range rows {
		if out[i] >= 0 {
			continue
		}
		best := -1
		for m := range g.nM {
			if left[m] > 0 && ok(e, m) && (best < 0 || g.score[e][m] > g.score[e][best]) {
				best = m
			}
		}
		if best >= 0 {
			out[i] = best
			left[best]--
		}
	}
	return out, nil
}

// roundCandidates is how many best mentors each row starts with in
// solveRound's column generation (a variable for tests).
var roundCandidates = 40
