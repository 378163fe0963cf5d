package fair

import (
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/matching/stable"
	"github.com/mentorkit/mentorkit/mentoring"
)

// grouping is one side's partition, compiled against the participants.
type grouping struct {
	side             stable.Side
	field            string // "mentees[0]"
	attr             string
	values           []string // sorted distinct values ("" = without the attribute)
	of               []int    // person (table row or column) → group
	lo, hi           []int    // per group; hi −1 = no maximum
	bound            []int    // per group: index into the grouping's Bounds, −1 none
	members, allowed []int
	ratio            float64   // MinRateRatio (0: none)
	share            []float64 // per group: Bound.MinShare (0: none)
}

func (g *grouping) label(k int) string {
	if g.values[k] == "" {
		return g.attr + " (unset)"
	}
	return g.attr + " = " + strconv.Quote(g.values[k])
}

func sideName(s stable.Side) string {
	if s == stable.SideMentor {
		return "mentor"
	}
	return "mentee"
}

// attributes returns each mentee's and mentor's attributes by ID, read
// from the (resolved) programme as pairing reads its sides.
func attributes(prog mentoring.Programme) (mentees, mentors map[string]map[string]string) {
	mentees, mentors = map[string]map[string]string{}, map[string]map[string]string{}
	peer := prog.Format == mentoring.FormatPeer
	for _, q := range prog.Participants {
		switch q.Role {
		case mentoring.RoleMentor, mentoring.RoleReverseMentor:
			mentors[q.Person.ID] = q.Person.Attributes
		case mentoring.RolePeerMentor:
			mentors[q.Person.ID] = q.Person.Attributes
			if peer {
				mentees[q.Person.ID] = q.Person.Attributes
			}
		case mentoring.RoleMentee:
			mentees[q.Person.ID] = q.Person.Attributes
		}
	}
	return mentees, mentors
}

// compile checks one side's groupings and compiles each (nil for one with
// errors). ids are the side's people in table order; allowed says whether
// person i has an allowed partner; capacity is the mentors' places (nil
// for mentees). Mentors take one grouping.
func compile(side stable.Side, base string, gs []Grouping, ids []string, attrs map[string]map[string]string, allowed func(int) bool, capacity []int, errs *fault.Collector) []*grouping {
	if side == stable.SideMentor && len(gs) > 1 {
		errs.Add(msgTooManyGroupings.New(base, "", len(gs), len(gs)))
		return nil
	}
	out := make([]*grouping, len(gs))
	for i, gc := range gs {
		out[i] = compileOne(side, fault.Index(base, i), gc, ids, attrs, allowed, capacity, errs)
	}
	return out
}

// compileOne compiles one grouping; nil when it has errors.
func compileOne(side stable.Side, field string, gc Grouping, ids []string, attrs map[string]map[string]string, allowed func(int) bool, capacity []int, errs *fault.Collector) *grouping {
	if gc.Attribute == "" {
		errs.Add(msgRequired.New(fault.Path(field, "attribute"), "", gc.Attribute))
		return nil
	}
	if r := gc.MinRateRatio; !(r >= 0 && r <= 1) {
		errs.Add(msgBetween.New(fault.Path(field, "minRateRatio"), "", r, 0, 1))
		return nil
	} else if r > 0 && side == stable.SideMentor {
		errs.Add(msgNotSupported.New(fault.Path(field, "minRateRatio"), "", r, "match-rate ratios of mentors"))
		return nil
	}
	g := &grouping{side: side, field: field, attr: gc.Attribute, of: make([]int, len(ids)), ratio: gc.MinRateRatio}
	has := false
	vals := make([]string, len(ids))
	for i, id := range ids {
		v, ok := attrs[id][gc.Attribute]
		has = has || ok
		vals[i] = v
	}
	if !has {
		errs.Add(msgUnknownAttribute.New(fault.Path(field, "attribute"), "", gc.Attribute, sideName(side)))
		return nil
	}
	g.values = slices.Compact(slices.Sorted(slices.Values(vals)))
	for i, v := range vals {
		g.of[i], _ = slices.BinarySearch(g.values, v)
	}
	k := len(g.values)
	g.lo, g.hi, g.bound = make([]int, k), make([]int, k), make([]int, k)
	g.share = make([]float64, k)
	g.members, g.allowed = make([]int, k), make([]int, k)
	for i := range g.hi {
		g.hi[i], g.bound[i] = -1, -1
	}
	for i, gi := range g.of {
		g.members[gi]++
		if allowed(i) {
			g.allowed[gi]++
		}
	}
	n0 := errs.Len()
	for j, b := range gc.Bounds {
		bf := fault.Index(fault.Path(field, "bounds"), j)
		gi, found := slices.BinarySearch(g.values, b.Value)
		switch {
		case !found:
			errs.Add(msgUnknownValue.New(fault.Path(bf, "value"), "", b.Value, gc.Attribute, sideName(side)))
			continue
		case g.bound[gi] >= 0:
			errs.Add(msgDuplicate.New(fault.Path(bf, "value"), "", b.Value, fmt.Sprintf("bounds[%d]", g.bound[gi])))
			continue
		}
		g.bound[gi] = j
		checkBound(b, bf, errs)
		if b.MinShare > 0 && b.MinShare <= 1 {
			if side == stable.SideMentor {
				errs.Add(msgNotSupported.New(fault.Path(bf, "minShare"), "", b.MinShare, "shares of mentors"))
			}
			g.share[gi] = b.MinShare
		}
		lo := b.Min
		if r := b.MinRate; r > 0 && r <= 1 {
			lo = max(lo, int(math.Ceil(r*float64(g.members[gi])-1e-9)))
		}
		g.lo[gi] = lo
		if b.Max != nil {
			g.hi[gi] = *b.Max
			if side == stable.SideMentor {
				for i, gi2 := range g.of {
					if gi2 == gi && capacity[i] > 1 {
						errs.Add(msgMentorMax.New(fault.Path(bf, "max"), ids[i], *b.Max, ids[i], capacity[i]))
						break
					}
				}
			}
			if *b.Max >= 0 && b.Min <= *b.Max && lo > *b.Max {
				errs.Add(msgMinAboveMax.New(fault.Path(bf, "minRate"), "", b.MinRate, lo, *b.Max))
			}
		}
	}
	if errs.Len() > n0 {
		return nil
	}
	return g
}

// checkBound reports a bound's own range problems.
func checkBound(b Bound, bf string, errs *fault.Collector) {
	if b.Min < 0 {
		errs.Add(msgNegative.New(fault.Path(bf, "min"), "", b.Min))
	}
	if b.Max != nil && *b.Max < 0 {
		errs.Add(msgNegative.New(fault.Path(bf, "max"), "", *b.Max))
	}
	if b.Max != nil && *b.Max >= 0 && b.Min > *b.Max {
		errs.Add(msgMinAboveMax.New(fault.Path(bf, "min"), "", b.Min, b.Min, *b.Max))
	}
	if !(b.MinRate >= 0 && b.MinRate <= 1) {
		errs.Add(msgBetween.New(fault.Path(bf, "minRate"), "", b.MinRate, 0, 1))
	}
	if !(b.MinShare >= 0 && b.MinShare <= 1) {
		errs.Add(msgBetween.New(fault.Path(bf, "minShare"), "", b.MinShare, 0, 1))
	}
}

// checkSupported refuses the settings fair pairing does not handle.
func checkSupported(prog mentoring.Programme, pcfg pairing.Config, errs *fault.Collector) {
	if prog.Format == mentoring.FormatGroup {
		errs.Add(msgNotSupported.New("programme.format", "", prog.Format.String(), "group programmes form circles"))
	}
	if pcfg.AtLeastOne {
		errs.Add(msgNotSupported.New("pairing.atLeastOne", "", true, "a mentee for every mentor"))
	}
	for i, q := range prog.Participants {
		if q.MinCapacity > 0 {
			errs.Add(msgNotSupported.New(fault.Path(fault.Index("programme.participants", i), "minCapacity"), q.Person.ID, q.MinCapacity, "minimum capacities"))
		}
	}
}
