package quality

import (
	"errors"
	"math"
	"slices"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
	"github.com/mentorkit/mentorkit/matching/internal/capmat"
	"github.com/mentorkit/mentorkit/matching/internal/flow"
	"github.com/mentorkit/mentorkit/matching/stable"
	"gonum.org/v1/gonum/mat"
)

// TwoSided holds the measures of a matching under an instance's two views
// (its mentee-side and mentor-side scores) and its mentee groups. With
// neither view set both are Instance.Scores; without groups GroupGap is
// NaN.
type TwoSided struct {
	// MenteeMean and MentorMean are the mean of the matched pairs' scores
	// in the mentee-side and in the mentor-side view (NaN without pairs).
	MenteeMean float64 `json:"menteeMean"`
	MentorMean float64 `json:"mentorMean"`
	// MenteeRank is the mean rank (1 = first choice) of each matched
	// mentee's mentor in that mentee's list; MentorRank the mean rank of
	// each matched mentee in its mentor's list. Lists are ordered by the
	// side's view, equal scores to the lower index (as
	// [stable.PreferencesFromScores]); NaN without pairs.
	MenteeRank float64 `json:"menteeRank"`
	MentorRank float64 `json:"mentorRank"`
	// BlockingPairs counts the blocking pairs when mentees rank by their
	// view and mentors by theirs ([stable.BlockingPairs]); it equals
	// Quality.BlockingPairs when the instance has no views.
	BlockingPairs int `json:"blockingPairs"`
	// GroupGap is the largest minus the smallest match rate of the mentee
	// groups (Instance.Groups); NaN with fewer than two groups.
	GroupGap float64 `json:"groupGap"`
}

// MarshalJSON writes t with the module's JSON rule (NaN as "NaN").
func (t TwoSided) MarshalJSON() ([]byte, error) { return jsonx.Marshal(t) }

// UnmarshalJSON reads what MarshalJSON writes.
func (t *TwoSided) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, t) }

// FairFloor is the share, of the match rate the unconstrained optimum
// reaches over all mentees, that StrategyFair asks of every mentee group:
// the four-fifths rule of the adverse-impact audits ([AuditGroups]).
const FairFloor = 0.8

// maxWait bounds a waiting time, so the flow's total priority (a sum of
// waits) cannot overflow an int64.
const maxWait = 1 << 30

// sides is an instance's validated two-sided data.
type sides struct {
	mentee, mentor []float64 // the views, row-major (the scores when unset)
	prefs          stable.Preferences
	groups         []int // group index per mentee; nil without groups
	nGroups        int
	waits          []int // nil: all 0
}

// checkSides validates the views, groups and waits of an instance against
// its scores (val, r × c) and builds the two-sided preferences.
func checkSides(in Instance, val []float64, r, c int, capa []int) (sides, error) {
	var pr fault.Collector
	s := sides{mentee: val, mentor: val}
	view := func(m mat.Matrix, name string) []float64 {
		if m == nil {
			return val
		}
		v, vr, vc, _, err := capmat.Input(m, nil, ErrConfig)
		if err != nil {
			pr.Add(err)
			return nil
		}
		if vr != r || vc != c {
			pr.Add(msgViewShape.At(name, nil, vr, vc, r, c))
			return nil
		}
		for i := range v {
			if math.IsInf(v[i], -1) != math.IsInf(val[i], -1) {
				pr.Add(msgViewForbidden.At(fault.Index(fault.Index(name, i/c), i%c), v[i]))
				return nil
			}
		}
		return v
	}
	s.mentee = view(in.MenteeView, "menteeView")
	s.mentor = view(in.MentorView, "mentorView")
	if in.Groups != nil && len(in.Groups) != r {
		pr.Add(msgLength.At("groups", len(in.Groups), len(in.Groups), r, "the scores' rows"))
	}
	if in.Waits != nil && len(in.Waits) != r {
		pr.Add(msgLength.At("waits", len(in.Waits), len(in.Waits), r, "the scores' rows"))
	}
	for i, w := range in.Waits {
		if w < 0 || w > maxWait {
			pr.Add(msgWait.At(fault.Index("waits", i), w, 0, maxWait))
		}
	}
	if err := pr.Err(); err != nil {
		return sides{}, err
	}
	s.waits = in.Waits
	if in.Groups != nil {
		names := slices.Clone(in.Groups)
		slices.Sort(names)
		names = slices.Compact(names)
		s.nGroups = len(names)
		s.groups = make([]int, r)
		for e, g := range in.Groups {
			s.groups[e], _ = slices.BinarySearch(names, g)
		}
	}
	p, err := stable.PreferencesFromScores(mat.NewDense(max(r, 1), max(c, 1), pad(s.mentee, r, c)), mat.NewDense(max(r, 1), max(c, 1), pad(s.mentor, r, c)), capa)
	if err != nil {
		return sides{}, err
	}
	if r == 0 || c == 0 {
		p = stable.Preferences{Mentees: make([][]int, r), Mentors: make([][]int, c), Capacity: capa}
	}
	s.prefs = p
	return s, nil
}

// pad returns v, or one forbidden cell for an empty matrix (gonum has no
// empty dense matrix; the caller replaces the preferences then).
func pad(v []float64, r, c int) []float64 {
	if r == 0 || c == 0 {
		return []float64{math.Inf(-1)}
	}
	return slices.Clone(v)
}

// measureSides computes the two-sided measures of mm.
func (s sides) measure(c int, mm []int) (TwoSided, error) {
	t := TwoSided{MenteeMean: math.NaN(), MentorMean: math.NaN(), MenteeRank: math.NaN(), MentorRank: math.NaN(), GroupGap: math.NaN()}
	var n, sumE, sumM, rankE, rankM float64
	for e, m := range mm {
		if m < 0 {
			continue
		}
		n++
		sumE += s.mentee[e*c+m]
		sumM += s.mentor[e*c+m]
		rankE += float64(slices.Index(s.prefs.Mentees[e], m) + 1)
		rankM += float64(slices.Index(s.prefs.Mentors[m], e) + 1)
	}
	if n > 0 {
		t.MenteeMean, t.MentorMean, t.MenteeRank, t.MentorRank = sumE/n, sumM/n, rankE/n, rankM/n
	}
	bp, err := stable.BlockingPairs(s.prefs, mm)
	if err != nil {
		return TwoSided{}, err
	}
	t.BlockingPairs = len(bp)
	if s.nGroups >= 2 {
		members, matched := make([]float64, s.nGroups), make([]float64, s.nGroups)
		for e, g := range s.groups {
			members[g]++
			if mm[e] >= 0 {
				matched[g]++
			}
		}
		lo, hi := math.Inf(1), math.Inf(-1)
		for g := range members {
			rate := matched[g] / members[g]
			lo, hi = min(lo, rate), max(hi, rate)
		}
		t.GroupGap = hi - lo
	}
	return t, nil
}

// blend is the preference-weighted score: the mean of the two views.
func (s sides) blend() []float64 {
	b := make([]float64, len(s.mentee))
	for i, x := range s.mentee {
		if math.IsInf(x, -1) {
			b[i] = x
		} else {
			b[i] = (x + s.mentor[i]) / 2
		}
	}
	return b
}

// flowMatching maximises, over matchings of r mentees to c mentors within
// capa, first the lower-bound units of each group (lo[g] matched mentees
// of group g, as many as can be met), then the total priority (prio[e]
// per matched mentee; nil: none), then the total score — exactly, by one
// min-cost flow with lower bounds. Without groups lo is nil.
func flowMatching(val []float64, r, c int, capa []int, groups []int, lo []int, prio []int) ([]int, error) {
	nG := len(lo)
	// Nodes: source 0, groups 1..nG, mentees, mentors, sink.
	src, me, mo := 0, 1+nG, 1+nG+r
	sink := mo + c
	g := flow.NewNetwork(sink + 1)
	if nG > 0 {
		size := make([]int, nG)
		for _, x := range groups {
			size[x]++
		}
		for k := range nG {
			if _, err := g.AddArc(src, 1+k, lo[k], size[k], 0, 0); err != nil {
				return nil, err
			}
		}
	}
	for e := range r {
		from := src
		if nG > 0 {
			from = 1 + groups[e]
		}
		var p int64
		if prio != nil {
			p = int64(prio[e])
		}
		if _, err := g.AddArc(from, me+e, 0, 1, p, 0); err != nil {
			return nil, err
		}
	}
	type arc struct{ id, e, m int }
	var pairs []arc
	for e := range r {
		for m := range c {
			if x := val[e*c+m]; !math.IsInf(x, -1) && capa[m] > 0 {
				id, err := g.AddArc(me+e, mo+m, 0, 1, 0, x)
				if err != nil {
					return nil, err
				}
				pairs = append(pairs, arc{id, e, m})
			}
		}
	}
	for m := range c {
		if _, err := g.AddArc(mo+m, sink, 0, capa[m], 0, 0); err != nil {
			return nil, err
		}
	}
	f, err := g.MaxValue(src, sink)
	if err != nil && !errors.Is(err, flow.ErrInfeasible) {
		return nil, err
	}
	mm := make([]int, r)
	for e := range mm {
		mm[e] = -1
	}
	for _, a := range pairs {
		if f.Arc[a.id] > 0 {
			mm[a.e] = a.m
		}
	}
	return mm, nil
}

// fairMatching is StrategyFair: the best total score such that each
// mentee group g of n_g members has at least ⌈FairFloor·ρ·n_g⌉ matched,
// ρ being the share of mentees the unconstrained optimum matches; bounds
// that cannot all be met are met as far as possible (most lower-bound
// units first). Without groups it is the optimum.
func (s sides) fairMatching(val []float64, r, c int, capa []int) ([]int, error) {
	if s.nGroups == 0 {
		return flowMatching(val, r, c, capa, nil, nil, nil)
	}
	opt, _, err := capmat.Optimum(val, r, c, capa)
	if err != nil {
		return nil, err
	}
	matched := 0
	for _, m := range opt {
		if m >= 0 {
			matched++
		}
	}
	rho := float64(matched) / float64(r)
	size := make([]int, s.nGroups)
	for _, g := range s.groups {
		size[g]++
	}
	lo := make([]int, s.nGroups)
	for g, n := range size {
		lo[g] = int(math.Ceil(FairFloor*rho*float64(n) - 1e-9))
	}
	return flowMatching(val, r, c, capa, s.groups, lo, nil)
}
