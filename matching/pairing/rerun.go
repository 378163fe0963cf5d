package pairing

import (
	"cmp"
	"slices"
	"time"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
	"github.com/mentorkit/mentorkit/matching/pairing/internal/colgen"
	"github.com/mentorkit/mentorkit/mentoring"
)

// rematchCandidates is how many best mentors each free mentee starts with
// in Rematch's column generation (colgen.Solve's Initial; a variable for
// tests).
var rematchCandidates = 40

// Rematching is the outcome of [Rematch]: the new pairing of a running
// programme, what changed, and the state to store for the next run.
type Rematching struct {
	// Result is the new pairing. It is explained by the Pairing
	// New(Programme, Config) gives ([Pairing.WhyNot], [Pairing.Reasons]).
	Result Result `json:"result"`
	// Diff compares the active pairs before the events with Result; its
	// ScoreChange counts the old pairs as the new programme scores them,
	// leaving out those of people who left.
	Diff ResultDiff `json:"diff"`
	// Broken are the active pairs that now break a rule (Rules, in Rule
	// order): they end and their mentees are re-matched (no penalty).
	Broken []Explanation `json:"broken,omitempty"`
	// Kept is the number of active pairs kept.
	Kept int `json:"kept"`
	// ScoreGivenUp is the score given up for stability: the total score
	// of the free optimum (Penalty 0) minus Result.TotalScore; 0 up to
	// rounding when Penalty is 0.
	ScoreGivenUp float64 `json:"scoreGivenUp"`
	// State is the programme's state after the run: store it and pass it
	// to the next Rematch.
	State State `json:"state"`
	// Programme is the programme after the events, and Config the
	// settings with the state's ended pairs added as previous pairs and
	// bans: the next run starts from these.
	Programme mentoring.Programme `json:"programme"`
	Config    Config              `json:"config"`
}

// MarshalJSON writes r by the module's number rule.
func (r Rematching) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *Rematching) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, r) }

// Rematch re-matches a running programme: prog and cfg as of
// the last run, st its stored state (the zero State for the first run),
// events what happened since, in order, all at time now.
//
// The new pairing keeps every active pair unless an event ends it, a rule
// now forbids it (reported in Broken), or moving it gains more than
// penalty: it maximises the objective of [Pairing.Solve] (the total
// score, after the number matched under PriorityParticipation and the
// mentors given one under AtLeastOne) plus penalty for every active pair
// kept, so each pair changed costs penalty score units. penalty 0
// re-optimises freely (the optimum of Solve); a penalty above the number
// of mentees keeps every active pair that stays allowed and has its
// place (no change can raise the total score by more), except that under
// PriorityParticipation a change that matches one more mentee is always
// made. The objective is solved exactly: each mentee starts with its 40
// best allowed mentors and the sparse solver's duals price every other
// allowed pair back in until none could improve the optimum (column
// generation; the duals then certify it over every allowed pair); the
// free optimum for ScoreGivenUp is Solve's. BenchmarkRematchProgramme
// (60 events, one run on a loaded 2-core machine): 1,000 mentees × 300
// mentors in 0.07 s, 4,000 × 1,000 in 0.7 s.
//
// A manager or department change comes as an event (EventPersonChanged)
// or as an updated Config.Directory: participants with a profile of
// their own take their manager and department from the directory where
// it knows them. Active pairs that then break a rule are in Broken.
//
// Ended pairs (from st and the events) become previous pairs of the new
// Config, and those that ended as mentoring.ReasonNotAGoodFit bans, so
// they are never formed again. New pairs start at now, mentees left
// without a mentor wait (from when they first waited).
//
// Errors, joined: *FieldError for a state of another programme or with
// active pairs of unknown people (ErrOtherProgramme, ErrUnknownID); an
// event with an unknown ID, for a relationship that is not active or
// already ended, of no declared kind or with a capacity out of range,
// each naming the event by index ("events[2].menteeId") and the person
// or pair by ID; a penalty that is negative, NaN or infinite (ErrConfig);
// then New's errors for the programme after the events, and
// ErrMinCapacity when no pairing reaches every mentor's MinCapacity.
// Minimums, Config.AtLeastOne and the priority come before the penalty,
// as in Solve. A group programme forms circles as Solve does (the group
// minimum's places first, circles below it dissolved one at a time: a
// heuristic, so ScoreGivenUp compares two heuristic formations and can
// be slightly negative) and then meets Rules.CircleMix as Solve does,
// the mix before the penalty: a kept circle that an event left short of
// the mix takes, gives or swaps mentees, or is dissolved
// (ReasonCircleMix). The inputs are not modified.
func Rematch(prog mentoring.Programme, cfg Config, st State, events []Event, penalty float64, now time.Time) (Rematching, error) {
	var errs fault.Collector
	if !finiteNonNegative(penalty) {
		errs.Add(msgPenalty.At("penalty", penalty))
	}
	prog = prog.Clone()
	if err := resolve(&prog, cfg.Directory); err != nil {
		return Rematching{}, err
	}
	r := &running{prog: prog, peer: prog.Format == mentoring.FormatPeer, waiting: map[string]time.Time{}, now: now}
	before := map[string]string{}
	r.checkState(st, &errs)
	for _, a := range r.active {
		before[a.MenteeID] = a.MentorID
	}
	if errs.Len() == 0 {
		for i, ev := range events {
			r.apply(i, ev, &errs)
		}
	}
	if err := errs.Err(); err != nil {
		return Rematching{}, err
	}
	r.followDirectory(cfg.Directory)
	cfg2 := r.config(cfg)
	p, err := New(r.prog, cfg2)
	if err != nil {
		return Rematching{}, err
	}
	return p.rematch(r, before, cfg2, penalty)
}

// config returns cfg with the ended pairs of people still in the
// programme as previous pairs, and bans for those not a good fit.
func (r *running) config(cfg Config) Config {
	out := cfg
	out.Rules.Previous = slices.Clone(cfg.Rules.Previous)
	out.Rules.Bans = slices.Clone(cfg.Rules.Bans)
	prev, bans := map[PairRef]bool{}, map[PairRef]bool{}
	for _, ref := range out.Rules.Previous {
		prev[ref] = true
	}
	for _, ref := range out.Rules.Bans {
		bans[ref] = true
	}
	for _, t := range r.ended {
		ref := PairRef{MentorID: t.MentorID, MenteeID: t.MenteeID}
		if r.find(t.MentorID, true) < 0 || r.find(t.MenteeID, false) < 0 {
			continue
		}
		if !prev[ref] {
			prev[ref] = true
			out.Rules.Previous = append(out.Rules.Previous, ref)
		}
		if t.Outcome == mentoring.ReasonNotAGoodFit && !bans[ref] {
			bans[ref] = true
			out.Rules.Bans = append(out.Rules.Bans, ref)
		}
	}
	return out
}

// rematch pairs the programme after the events, keeping what it can.
func (p *Pairing) rematch(r *running, before map[string]string, cfg Config, penalty float64) (Rematching, error) {
	out := Rematching{Programme: r.prog, Config: cfg}
	keep := make([]int32, len(p.mentees))
	for e := range keep {
		keep[e] = -1
	}
	for _, a := range r.active {
		e, m := p.menteeIdx[a.MenteeID], p.mentorIdx[a.MentorID]
		rule, _, err := p.forbidden(e, m, true)
		if err != nil {
			return Rematching{}, err
		}
		if l := p.lockOf[e]; rule == RuleNone && l >= 0 && int(l) != m {
			rule = RuleLockedElsewhere
		}
		if rule == RuleNone {
			keep[e] = int32(m)
			continue
		}
		x, err := p.explain(e, m)
		if err != nil {
			return Rematching{}, err
		}
		if len(x.Rules) == 0 {
			x.Rules = []Rule{rule}
		}
		out.Broken = append(out.Broken, x)
	}
	var assign []int32
	var dropped, mixDropped []bool
	var err error
	if p.format == mentoring.FormatGroup {
		assign, dropped, mixDropped, err = p.circlesKeeping(keep, penalty)
	} else {
		assign, err = p.solveKeeping(keep, penalty, nil)
	}
	if err != nil {
		return Rematching{}, err
	}
	free, err := p.solveProgramme() // the free optimum: Solve's
	if err != nil {
		return Rematching{}, err
	}
	st := &pairState{owner: p, assign: assign, dropped: dropped, mixDropped: mixDropped, locked: make([]bool, len(assign)), lineOfE: make([]int32, len(assign)), dense: true}
	for e := range assign {
		st.locked[e], st.lineOfE[e] = p.lockOf[e] >= 0, -1
	}
	if err := p.checkMinimums(st); err != nil {
		return Rematching{}, err
	}
	res, err := p.result(st)
	if err != nil {
		return Rematching{}, err
	}
	res.st = nil // not an optimum in general: WhyNot rebuilds it by content
	out.Result = res
	_, freeScore, _, err := p.objective(free)
	if err != nil {
		return Rematching{}, err
	}
	out.ScoreGivenUp = freeScore - res.TotalScore
	for e, m := range keep {
		if m >= 0 && assign[e] == m {
			out.Kept++
		}
	}
	oldScore := 0.0
	for e, m := range before {
		ei, okE := p.menteeIdx[e]
		mi, okM := p.mentorIdx[m]
		if okE && okM {
			s, err := p.score(ei, mi)
			if err != nil {
				return Rematching{}, err
			}
			oldScore += s
		}
	}
	out.Diff = diffPairs(before, mentorOf(res.Pairs), res.TotalScore-oldScore)
	out.State = p.nextState(r, assign)
	return out, nil
}

// nextState is the state after the run: pairs kept keep their start,
// new pairs start now, pairs moved away end (mentoring.ReasonOther), and
// the unmatched mentees wait.
func (p *Pairing) nextState(r *running, assign []int32) State {
	st := State{ProgrammeID: p.programmeID, Ended: r.ended, Fingerprint: p.Fingerprint()}
	since := map[PairRef]time.Time{}
	for _, a := range r.active {
		since[PairRef{MentorID: a.MentorID, MenteeID: a.MenteeID}] = a.Since
	}
	for e, m := range assign {
		id := p.menteeID(e)
		if m < 0 {
			st.Waiting = append(st.Waiting, Tenure{MenteeID: id, Since: cmpTime(r.waiting[id], r.now)})
			continue
		}
		ref := PairRef{MentorID: p.mentorID(int(m)), MenteeID: id}
		t, ok := since[ref]
		if !ok {
			t = r.now
		}
		delete(since, ref)
		st.Active = append(st.Active, Tenure{MentorID: ref.MentorID, MenteeID: id, Since: t})
	}
	for _, a := range r.active {
		if _, gone := since[PairRef{MentorID: a.MentorID, MenteeID: a.MenteeID}]; gone {
			a.Until, a.Outcome = r.now, mentoring.ReasonOther
			st.Ended = append(st.Ended, a)
		}
	}
	slices.SortFunc(st.Ended, func(a, b Tenure) int {
		return cmp.Or(cmp.Compare(a.MenteeID, b.MenteeID), cmp.Compare(a.MentorID, b.MentorID), a.Since.Compare(b.Since))
	})
	st.Ended = slices.Clip(st.Ended)
	return st
}

// cmpTime returns t, or def when t is zero.
func cmpTime(t, def time.Time) time.Time {
	if t.IsZero() {
		return def
	}
	return t
}

// solveKeeping solves the pairing exactly with a bonus of penalty on the
// pair of each mentee with keep[e] (-1: none): mentees locked by the
// configuration keep their lock, the others are one row each of a sparse
// assignment over their allowed mentors' places and a private
// "unmatched" column of value 0. The value of an allowed pair at place k
// of mentor m is
//
//	score + penalty·[keep] + B + (k < min(m) ? H : k < fill(m) ? L : 0)
//
// with B = (n+1)(1+penalty) under PriorityParticipation (one more matched
// mentee outweighs any sum of scores and bonuses, each at most 1+penalty),
// L = (B+1+penalty)(n+1) for AtLeastOne, and H for the places of a hard
// minimum (MinCapacity): L, or (L+1)(n+1) with AtLeastOne, so that a
// minimum comes first, as in Solve; n is the number of mentees. Mentees
// left unmatched with a free allowed place are then given it, as Solve
// does (only pairs that add nothing can be left so).
func (p *Pairing) solveKeeping(keep []int32, penalty float64, dropped []bool) ([]int32, error) {
	nM := len(p.mentors)
	fillMin, bonusB, bonusL, bonusH := p.keepingBonuses(penalty)
	assign := slices.Clone(p.lockOf)
	rem := make([]int, nM)
	slotStart := make([]int, nM+1)
	var slotBonus []float64
	for m := range nM {
		if dropped == nil || !dropped[m] {
			rem[m] = p.capacity[m] - p.lockN[m]
		}
		slotStart[m] = len(slotBonus)
		hard, fill := p.minOf(m)-p.lockN[m], fillMin-p.lockN[m]
		for k := range rem[m] {
			switch {
			case k < hard:
				slotBonus = append(slotBonus, bonusH)
			case k < fill:
				slotBonus = append(slotBonus, bonusL)
			default:
				slotBonus = append(slotBonus, 0)
			}
		}
	}
	slotStart[nM] = len(slotBonus)
	var free []int
	for e, l := range assign {
		if l < 0 {
			free = append(free, e)
		}
	}
	// The allowed pairs of each free mentee with their scores, then the
	// assignment by column generation over them (colgen.Solve; each free
	// mentee starts with its rematchCandidates best pairs).
	var ms []int32
	var ss []float64
	start := make([]int, len(free)+1)
	row := make([]float64, nM)
	for i, e := range free {
		if err := p.scoreRow(e, row); err != nil {
			return nil, err
		}
		for m, s := range row {
			if s >= 0 {
				ms, ss = append(ms, int32(m)), append(ss, s)
			}
		}
		start[i+1] = len(ms)
	}
	val := make([]float64, len(ms)) // each allowed pair's value before the place's bonus
	for i, e := range free {
		for k := start[i]; k < start[i+1]; k++ {
			val[k] = ss[k] + bonusB
			if keep[e] == ms[k] {
				val[k] += penalty
			}
		}
	}
	// Row i may take place j of mentor ms[k] at val[k] + slotBonus[j], or
	// stay unmatched at 0.
	slots, err := colgen.Solve(colgen.Problem{RowStart: start, Mentor: ms, Value: val, PlaceStart: slotStart, PlaceBonus: slotBonus, Initial: rematchCandidates})
	if err != nil {
		return nil, err
	}
	for i, j := range slots {
		if j >= 0 {
			m := placeMentor(slotStart, j)
			assign[free[i]] = int32(m)
			rem[m]--
		}
	}
	for i, e := range free {
		if assign[e] >= 0 {
			continue
		}
		best := -1
		for k := start[i]; k < start[i+1]; k++ {
			if m := ms[k]; rem[m] > 0 && (best < 0 || ss[k] > ss[best]) {
				best = k
			}
		}
		if best >= 0 {
			assign[e] = ms[best]
			rem[ms[best]]--
		}
	}
	return assign, nil
}

// placeMentor returns the mentor m whose places, slotStart[m] to
// slotStart[m+1]-1, hold place j.
func placeMentor(slotStart []int, j int) int {
	m, _ := slices.BinarySearch(slotStart, j+1)
	return m - 1
}

// keepingBonuses returns the places per mentor that earn bonusL and the
// bonuses of solveKeeping's objective (see there): B, L and H scaled so
// that each outweighs every sum of scores and penalties below it.
func (p *Pairing) keepingBonuses(penalty float64) (fillMin int, bonusB, bonusL, bonusH float64) {
	n := float64(len(p.mentees) + 1)
	if p.cfg.Priority == PriorityParticipation {
		bonusB = n * (1 + penalty)
	}
	bonusL = (bonusB + 1 + penalty) * n
	bonusH = bonusL // a hard minimum's place (MinCapacity), as in Solve
	switch {
	case p.format == mentoring.FormatGroup:
		fillMin = p.groupMin // circles fill up to the group minimum first
	case p.cfg.AtLeastOne:
		fillMin = 1
		if p.minCap != nil {
			bonusH = (bonusL + 1) * n
		}
	}
	return fillMin, bonusB, bonusL, bonusH
}

// circlesKeeping is solveKeeping for a group programme: circles formed
// as Solve forms them (Pairing.formCircles), over the keeping solve, with
// Rules.CircleMix met before the penalty (the mix's objective weighs each
// kept pair's penalty as the keeping solve does: the mix is a rule,
// keeping pairs is not). It returns the assignment, the mentors left out
// and those left out for the mix (nil when none).
func (p *Pairing) circlesKeeping(keep []int32, penalty float64) ([]int32, []bool, []bool, error) {
	o := pairSolveOpts{forceE: -1, forceM: -1, keep: keep, penalty: penalty}
	st, err := p.formCircles(o, func(o pairSolveOpts) (*pairState, error) {
		assign, err := p.solveKeeping(keep, penalty, o.dropped)
		if err != nil {
			return nil, err
		}
		st := &pairState{owner: p, assign: assign, dropped: o.dropped, locked: make([]bool, len(assign)), lineOfE: make([]int32, len(assign))}
		for e := range assign {
			st.locked[e], st.lineOfE[e] = p.lockOf[e] >= 0, -1
		}
		return st, nil
	})
	if err != nil {
		return nil, nil, nil, err
	}
	return st.assign, st.dropped, st.mixDropped, nil
}
