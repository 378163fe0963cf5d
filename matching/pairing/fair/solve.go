package fair

import (
	"errors"
	"math"
	"slices"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching/internal/flow"
	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/matching/stable"
	"github.com/mentorkit/mentorkit/mentoring"
)

// problem is a pairing's score table with its groupings, ready to solve.
type problem struct {
	t      pairing.ScoreTable
	prio   bool // PriorityParticipation
	lockOf []int
	mentee *grouping
	mentor *grouping
	// extra are the mentee groupings after the first (overlapping),
	// handled by Lagrangian relaxation (overlap.go).
	extra []*grouping
	// bonus, when set, is added to every pair score of each mentee (the
	// extra groupings' multipliers).
	bonus []float64
}

// Solve forms the best pairs of the programme under the pairing settings
// pcfg and the fairness bounds of cfg: every rule, capacity and lock of
// pcfg holds, every bound holds, and the Priority is optimised exactly
// (see the package documentation for the method).
//
// Errors: those of [pairing.New] and [pairing.Pairing.ScoreTable]; joined
// *FieldError values for fairness settings out of range or not supported
// (ErrConfig) and for attributes or values nobody has (ErrUnknownGroup);
// and, when the bounds cannot be met, one *FieldError (ErrInfeasible) per
// bound that falls short or lock it blocks, saying how many members and
// allowed partners the group has and how many it could reach.
func Solve(prog mentoring.Programme, pcfg pairing.Config, cfg Config) (Result, error) {
	var errs fault.Collector
	checkSupported(prog, pcfg, &errs)
	if errs.Len() > 0 {
		return Result{}, errs.Err()
	}
	p, err := pairing.New(prog, pcfg)
	if err != nil {
		return Result{}, err
	}
	if pcfg.Directory != nil {
		if prog, err = prog.Resolve(pcfg.Directory); err != nil {
			return Result{}, err
		}
	}
	pr, err := newProblem(p, prog, pcfg, cfg)
	if err != nil {
		return Result{}, err
	}
	o, err := pr.run(drop{})
	if err != nil {
		return Result{}, err
	}
	res, err := pr.result(p, prog, pcfg, o.x, o.counts)
	if err != nil {
		return Result{}, err
	}
	if pr.relaxed() {
		res.Exact, res.Bound = false, o.bound
		res.Gap = math.Max(res.Bound-res.TotalScore, 0)
	}
	if cfg.Prices {
		res.Prices = pr.prices(cfg, res)
	}
	return res, nil
}

// newProblem scores the programme and compiles the groupings.
func newProblem(p *pairing.Pairing, prog mentoring.Programme, pcfg pairing.Config, cfg Config) (*problem, error) {
	t, err := p.ScoreTable()
	if err != nil {
		return nil, err
	}
	pr := &problem{t: t, prio: pcfg.Priority == pairing.PriorityParticipation, lockOf: make([]int, len(t.MenteeIDs))}
	for e := range pr.lockOf {
		pr.lockOf[e] = -1
	}
	for _, l := range t.Locks {
		pr.lockOf[l.Row] = l.Col
	}
	nE, nM := len(t.MenteeIDs), len(t.MentorIDs)
	menteeOK, mentorOK := make([]bool, nE), make([]bool, nM)
	if nE > 0 && nM > 0 {
		for e := range nE {
			row := t.Scores.RawRowView(e)
			for m, s := range row {
				if !math.IsInf(s, -1) && t.Capacity[m] > 0 {
					menteeOK[e], mentorOK[m] = true, true
				}
			}
		}
	}
	ma, mo := attributes(prog)
	var errs fault.Collector
	if me := compile(stable.SideMentee, "mentees", cfg.Mentees, t.MenteeIDs, ma, func(i int) bool { return menteeOK[i] }, nil, &errs); len(me) > 0 {
		pr.mentee, pr.extra = me[0], me[1:]
	}
	if mo := compile(stable.SideMentor, "mentors", cfg.Mentors, t.MentorIDs, mo, func(i int) bool { return mentorOK[i] }, t.Capacity, &errs); len(mo) > 0 {
		pr.mentor = mo[0]
	}
	if pr.relaxed() && pr.prio {
		errs.Add(msgNotSupported.New("mentees", "", len(cfg.Mentees), "overlapping groupings and rate ratios under PriorityParticipation"))
	}
	if errs.Len() > 0 {
		return nil, errs.Err()
	}
	return pr, nil
}

// run solves exactly, or by Lagrangian relaxation when mentee groupings
// overlap.
func (pr *problem) run(d drop) (overlapResult, error) {
	if pr.relaxed() {
		return pr.solveOverlap(d)
	}
	x, counts, err := pr.solve(d)
	return overlapResult{x: x, counts: counts}, err
}

// drop names bounds solve ignores: every bound (all), or the group of
// one side (side unset: none).
type drop struct {
	all   bool
	side  stable.Side
	group int
}

// candidatesPerMentee is how many best allowed mentors each mentee starts
// with (24: fewer pairs priced back in, each of which costs a search;
// 5,000 × 1,000 ran fastest with it); pricing adds back every other pair
// that could improve the flow.
// A variable so that tests can make pricing do the work.
var candidatesPerMentee = 24

// pairScore is the flow's value of pair (e, m): its score plus the
// mentee's bonus.
func (pr *problem) pairScore(e, m int) float64 {
	s := pr.t.Scores.At(e, m)
	if pr.bonus != nil {
		s += pr.bonus[e]
	}
	return s
}

// allowedPair reports whether the flow may use pair (e, m).
func (pr *problem) allowedPair(e, m int, s float64) bool {
	return !math.IsInf(s, -1) && pr.t.Capacity[m] > 0 && (pr.lockOf[e] < 0 || pr.lockOf[e] == m)
}

// candidates returns each mentee's best allowed mentors (at most
// candidatesPerMentee, ties by column).
func (pr *problem) candidates() [][]int {
	t := pr.t
	out := make([][]int, len(t.MenteeIDs))
	for e := range out {
		if l := pr.lockOf[e]; l >= 0 {
			out[e] = []int{l}
			continue
		}
		top := make([]int, 0, candidatesPerMentee)
		row := t.Scores.RawRowView(e)
		for m, s := range row {
			if !pr.allowedPair(e, m, s) {
				continue
			}
			if len(top) == candidatesPerMentee {
				if s <= row[top[len(top)-1]] {
					continue
				}
				top = top[:len(top)-1]
			}
			i := len(top)
			for i > 0 && row[top[i-1]] < s {
				i--
			}
			top = slices.Insert(top, i, m)
		}
		out[e] = top
	}
	return out
}

// solve finds the best pairing under the bounds d leaves: a flow on each
// mentee's candidate mentors, then every other allowed pair priced against
// the flow's dual certificate (flow.Flow.Improves) and added back when it
// could gain, until none can — so the optimum is that of all allowed
// pairs. It returns each mentee's mentor column (−1 unmatched) and the
// counts per group (mentee groups, then mentor groups).
func (pr *problem) solve(d drop) ([]int, []int, error) {
	cand := pr.candidates()
	nM := len(pr.t.MentorIDs)
	mark := make([]bool, nM)
	nt := pr.network(d, cand)
	if nt.err != nil {
		return nil, nil, nt.err
	}
	for {
		// Solved again from the last optimum: the flow package keeps it
		// and inserts only the pairs added since (flow.Network.Defer).
		f, err := nt.g.MaxValue(0, nt.sink)
		added := false
		for e := range cand {
			if pr.lockOf[e] >= 0 {
				continue
			}
			for _, m := range cand[e] {
				mark[m] = true
			}
			row := pr.t.Scores.RawRowView(e)
			for m, s := range row {
				if !mark[m] && pr.allowedPair(e, m, s) && f.Improves(nt.eBase+e, nt.mBase+m, 0, pr.pairScore(e, m), 1e-9) {
					cand[e] = append(cand[e], m)
					nt.pairs = append(nt.pairs, pairArc{e, m, nt.arc(nt.eBase+e, nt.mBase+m, 0, 1, 0, pr.pairScore(e, m))})
					added = true
				}
			}
			for _, m := range cand[e] {
				mark[m] = false
			}
		}
		if nt.err != nil {
			return nil, nil, nt.err
		}
		if !added {
			return pr.read(nt, f, err)
		}
	}
}

// net is the flow network of one solve, with the arcs solve reads back.
type net struct {
	*builder
	eBase, mBase, sink int
	sArc, hArc         []int
	lockArc            map[int]int
	pairs              []pairArc
}

type pairArc struct{ e, m, arc int }

// network builds the flow network on the candidate pairs.
func (pr *problem) network(d drop, cand [][]int) *net {
	t := pr.t
	nE, nM := len(t.MenteeIDs), len(t.MentorIDs)
	k1, k2 := 1, 0
	if pr.mentee != nil {
		k1 = len(pr.mentee.values)
	}
	if pr.mentor != nil {
		k2 = len(pr.mentor.values)
	}
	gBase, eBase := 1, 1+k1
	mBase := eBase + nE
	hBase := mBase + nM
	sink := hBase + k2
	b := &builder{g: flow.NewNetwork(sink + 1)}
	nt := &net{builder: b, eBase: eBase, mBase: mBase, sink: sink, lockArc: map[int]int{}}
	bounds := func(gr *grouping, k int) (int, int) {
		if gr == nil || d.all || (gr.side == d.side && k == d.group) {
			return 0, -1
		}
		return gr.lo[k], gr.hi[k]
	}
	nt.sArc = make([]int, k1)
	for k := range k1 {
		lo, hi := bounds(pr.mentee, k)
		if hi < 0 {
			hi = max(nE, lo)
		}
		nt.sArc[k] = b.arc(0, gBase+k, lo, hi, 0, 0)
	}
	var prio int64
	if pr.prio {
		prio = 1
	}
	for _, e := range pr.insertOrder(cand, d) {
		gk := 0
		if pr.mentee != nil {
			gk = pr.mentee.of[e]
		}
		lo := 0
		if pr.lockOf[e] >= 0 {
			lo = 1
		}
		a := b.arc(gBase+gk, eBase+e, lo, 1, prio, 0)
		b.g.Defer(a) // mentees join one at a time (flow.Network.Defer)
		if lo > 0 {
			nt.lockArc[a] = e
		}
		cs := slices.Sorted(slices.Values(cand[e]))
		for _, m := range cs {
			nt.pairs = append(nt.pairs, pairArc{e, m, b.arc(eBase+e, mBase+m, 0, 1, 0, pr.pairScore(e, m))})
		}
	}
	for m := range nM {
		c := t.Capacity[m]
		if c == 0 {
			continue
		}
		if pr.mentor == nil {
			b.arc(mBase+m, sink, 0, c, 0, 0)
			continue
		}
		b.arc(mBase+m, hBase+pr.mentor.of[m], 0, 1, 0, 0)
		if c > 1 {
			b.arc(mBase+m, sink, 0, c-1, 0, 0)
		}
	}
	nt.hArc = make([]int, k2)
	for k := range k2 {
		lo, hi := bounds(pr.mentor, k)
		if hi < 0 {
			hi = max(nM, lo)
		}
		nt.hArc[k] = b.arc(hBase+k, sink, lo, hi, 0, 0)
	}
	return nt
}

// read turns a flow into the assignment and the group counts, and an
// infeasible flow into errors people can act on.
func (pr *problem) read(nt *net, f flow.Flow, err error) ([]int, []int, error) {
	x := make([]int, len(pr.t.MenteeIDs))
	for e := range x {
		x[e] = -1
	}
	for _, pq := range nt.pairs {
		if f.Arc[pq.arc] > 0 {
			x[pq.e] = pq.m
		}
	}
	counts := make([]int, 0, len(nt.sArc)+len(nt.hArc))
	for _, a := range nt.sArc {
		counts = append(counts, f.Arc[a])
	}
	for _, a := range nt.hArc {
		counts = append(counts, f.Arc[a])
	}
	if err != nil {
		var inf *flow.InfeasibleError
		if !errors.As(err, &inf) {
			return nil, nil, err
		}
		return x, counts, pr.explain(inf, nt.sArc, nt.hArc, nt.lockArc, counts, len(nt.sArc))
	}
	return x, counts, nil
}

// builder adds arcs and keeps the first error (none for the arcs solve
// builds: nodes in order, 0 ≤ lo ≤ hi, finite scores).
type builder struct {
	g   *flow.Network
	err error
}

func (b *builder) arc(from, to, lo, hi int, prio int64, score float64) int {
	a, err := b.g.AddArc(from, to, lo, hi, prio, score)
	if err != nil && b.err == nil {
		b.err = err
	}
	return a
}

// explain turns the arcs the flow left short into errors people can act on.
func (pr *problem) explain(inf *flow.InfeasibleError, sArc, hArc []int, lockArc map[int]int, counts []int, k1 int) error {
	var errs fault.Collector
	for _, a := range inf.Arcs {
		for k, sa := range sArc {
			if sa == a && pr.mentee != nil {
				g := pr.mentee
				errs.Add(msgMenteeMin.New(g.boundField(k, "min"), "", g.lo[k], g.lo[k], g.label(k), g.members[k], g.allowed[k], counts[k]))
			}
		}
		for k, ha := range hArc {
			if ha == a && pr.mentor != nil {
				g := pr.mentor
				errs.Add(msgMentorMin.New(g.boundField(k, "min"), "", g.lo[k], g.lo[k], g.label(k), g.members[k], g.allowed[k], counts[k1+k]))
			}
		}
		if e, ok := lockArc[a]; ok {
			id := pr.t.MenteeIDs[e]
			label := "its group"
			if pr.mentee != nil {
				label = pr.mentee.label(pr.mentee.of[e])
			}
			errs.Add(msgLockBlocked.New("pairing.rules.locks", id, pr.t.MentorIDs[pr.lockOf[e]], pr.t.MentorIDs[pr.lockOf[e]], label))
		}
	}
	return errs.Err()
}

func (g *grouping) boundField(k int, name string) string {
	return fault.Path(fault.Index(fault.Path(g.field, "bounds"), max(g.bound[k], 0)), name)
}

// insertOrder is the order the flow inserts the mentees in (their arcs
// are deferred, flow.Network.Defer): members of a group with a minimum
// first, then by best candidate score, lowest first, ties by index. The
// optimum does not depend on it; the time does (measured on
// BenchmarkFairSolve: about 10% faster than index order, while highest
// first was no faster).
func (pr *problem) insertOrder(cand [][]int, d drop) []int {
	n := len(cand)
	order := make([]int, n)
	best := make([]float64, n)
	first := make([]bool, n)
	for e := range n {
		order[e] = e
		best[e] = math.Inf(-1)
		for _, m := range cand[e] {
			best[e] = max(best[e], pr.pairScore(e, m))
		}
		if g := pr.mentee; g != nil && !d.all && !(g.side == d.side && g.of[e] == d.group) {
			first[e] = g.lo[g.of[e]] > 0
		}
	}
	slices.SortStableFunc(order, func(a, b int) int {
		switch {
		case first[a] != first[b]:
			if first[a] {
				return -1
			}
			return 1
		case best[a] < best[b]:
			return -1
		case best[a] > best[b]:
			return 1
		}
		return 0
	})
	return order
}
