package pairing

import (
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/mentoring"
)

// CircleMix is one mix requirement on the circles of a group programme
// (Rules.CircleMix), on a mentee attribute (mentoring.Person.Attributes,
// looked up by the exact key; values compared with surrounding spaces
// trimmed and case ignored). Only the mentees of a circle count, not its
// mentor.
//
// With Value set, the circle's mentees with that value number at least
// Min and, when Max > 0, at most Max: {Attribute: "gender", Value:
// "woman", Min: 1} asks at least one woman per circle, {Attribute: "site",
// Value: "Utrecht", Max: 2} at most two from Utrecht.
//
// With Value empty the requirement is on the attribute as a whole: Min is
// the least number of different stated values among the circle's mentees
// (Min 2 on "department": at least two departments per circle) and, when
// Max > 0, no value is shared by more than Max of them ({Attribute: "site",
// Max: 2}: at most two from any one site). A mentee who does not state the
// attribute adds no value and counts towards no value.
//
// With OtherThanMentor set (and Value empty), Min and Max bound the
// circle's mentees who state a value other than the mentor's
// ({Attribute: "department", OtherThanMentor: true, Min: 1}: at least one
// mentee from another department than the mentor's; a mentor who states
// no value differs from every mentee who states one).
type CircleMix struct {
	Attribute       string `json:"attribute"`
	Value           string `json:"value,omitempty"`
	OtherThanMentor bool   `json:"otherThanMentor,omitempty"`
	Min             int    `json:"min,omitempty"`
	Max             int    `json:"max,omitempty"`
}

// CircleMixExactLimit is the largest number of complete circle
// assignments (the product over free mentees of one plus their allowed
// mentors) that circle forming searches exhaustively when the circles
// formed without the mix break it; above it the repair heuristic runs
// (see the package doc).
const CircleMixExactLimit = 1 << 16

// mixExactLimit is CircleMixExactLimit, a variable so tests can force the
// heuristic.
var mixExactLimit = CircleMixExactLimit

// mixReq is one compiled CircleMix: val[e] is mentee e's value (an index
// into the distinct values, -1 when unstated); in value mode val[e] is 1
// for a mentee with the value and -1 otherwise.
type mixReq struct {
	byValue  bool
	relative bool    // OtherThanMentor
	valM     []int32 // mentor's value (relative only), -1 when unstated
	min, max int
	nValues  int
	val      []int32
}

// mixNorm is the form values are compared in.
func mixNorm(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// compileMix checks Rules.CircleMix against the programme and compiles it
// (nil without a requirement or outside a group programme).
func (p *Pairing) compileMix() ([]mixReq, error) {
	mixes := p.cfg.Rules.CircleMix
	if len(mixes) == 0 {
		return nil, nil
	}
	var errs fault.Collector
	out := make([]mixReq, 0, len(mixes))
	for i, c := range mixes {
		f := fault.Index("rules.circleMix", i)
		r, err := p.compileOne(f, c)
		if err != nil {
			errs.Add(err)
			continue
		}
		out = append(out, r)
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// compileOne checks and compiles one requirement.
func (p *Pairing) compileOne(f string, c CircleMix) (mixReq, error) {
	key := c.Attribute
	switch {
	case strings.TrimSpace(key) == "":
		return mixReq{}, fault.Required.With(ErrConfig).New(f+".attribute", "", c.Attribute)
	case c.Min < 0:
		return mixReq{}, fault.Negative.With(ErrConfig).New(f+".min", "", c.Min)
	case c.Max < 0:
		return mixReq{}, fault.Negative.With(ErrConfig).New(f+".max", "", c.Max)
	case c.OtherThanMentor && c.Value != "":
		return mixReq{}, msgMixRelativeValue.New(f+".value", "", c.Value)
	case c.Max > 0 && c.Max < c.Min && (c.Value != "" || c.OtherThanMentor):
		return mixReq{}, msgMixBounds.New(f+".max", "", c.Max, c.Min)
	case c.Min > p.groupMax:
		return mixReq{}, msgMixAboveGroup.New(f+".min", "", c.Min, p.groupMax)
	}
	r := mixReq{byValue: c.Value != "", min: c.Min, max: c.Max, val: make([]int32, len(p.mentees))}
	want := mixNorm(c.Value)
	ids := map[string]int32{}
	stated, with := 0, 0
	for e, q := range p.mentees {
		r.val[e] = -1
		v, ok := q.Person.Attributes[key]
		if !ok || mixNorm(v) == "" {
			continue
		}
		stated++
		v = mixNorm(v)
		if r.byValue {
			if v == want {
				r.val[e] = 1
				with++
			}
			continue
		}
		id, seen := ids[v]
		if !seen {
			id = int32(len(ids))
			ids[v] = id
		}
		r.val[e] = id
	}
	if c.OtherThanMentor {
		r.relative = true
		r.valM = make([]int32, len(p.mentors))
		for m, q := range p.mentors {
			r.valM[m] = -1
			if v := mixNorm(q.Person.Attributes[key]); v != "" {
				id, seen := ids[v]
				if !seen {
					id = int32(len(ids))
					ids[v] = id
				}
				r.valM[m] = id
			}
		}
	}
	r.nValues = len(ids)
	switch {
	case stated == 0 && len(p.mentees) > 0:
		return mixReq{}, msgMixNoAttribute.New(f+".attribute", "", key, key)
	case r.byValue && with < c.Min:
		return mixReq{}, msgMixTooFewValue.New(f+".min", "", c.Min, with, key, c.Value, c.Min)
	case !r.byValue && !r.relative && r.nValues < c.Min:
		return mixReq{}, msgMixTooFewValues.New(f+".min", "", c.Min, r.nValues, key, c.Min)
	}
	return r, nil
}

// counted is the number of members that count towards a requirement on
// a value (byValue: with the value; relative: another than mentor m's).
func (r *mixReq) counted(m int, members []int32) int {
	k := 0
	for _, e := range members {
		if v := r.val[e]; (r.byValue && v == 1) || (r.relative && v >= 0 && v != r.valM[m]) {
			k++
		}
	}
	return k
}

// short is how far the mentees of mentor m's circle are from meeting r
// (0: met).
func (r *mixReq) short(m int, members []int32, counts []int) int {
	if r.byValue || r.relative {
		k := r.counted(m, members)
		d := max(0, r.min-k)
		if r.max > 0 {
			d += max(0, k-r.max)
		}
		return d
	}
	clear(counts)
	distinct := 0
	for _, e := range members {
		if v := r.val[e]; v >= 0 {
			if counts[v] == 0 {
				distinct++
			}
			counts[v]++
		}
	}
	d := max(0, r.min-distinct)
	if r.max > 0 {
		for _, k := range counts {
			d += max(0, k-r.max)
		}
	}
	return d
}

// mixWork holds the circles of one assignment while the mix is applied.
type mixWork struct {
	p       *Pairing
	mix     []mixReq
	assign  []int32
	members [][]int32 // mentees of each mentor, by index
	fixed   []bool    // a mentee that must stay where it is (lock, WhyNot's forced pair)
	held    []bool    // a mentor whose circle a lock holds (exempt from the mix)
	off     []bool    // a mentor dissolved before (no circle in the repair)
	counts  []int
	cache   map[int64]float64 // pair score, NaN when forbidden
	// keep and penalty weigh kept pairs in a re-match (pairSolveOpts);
	// bonusB and bonusL are the objective's bonuses (Solve's, or
	// Rematch's scaled for the penalty).
	keep           []int32
	penalty        float64
	bonusB, bonusL float64
}

func (p *Pairing) newMixWork(mix []mixReq, st *pairState, o pairSolveOpts) *mixWork {
	w := &mixWork{p: p, mix: mix, assign: slices.Clone(st.assign), members: make([][]int32, len(p.mentors)),
		fixed: make([]bool, len(p.mentees)), held: make([]bool, len(p.mentors)), cache: map[int64]float64{},
		keep: o.keep, penalty: o.penalty, bonusB: p.bonusB, bonusL: p.bonusL}
	if o.keep != nil {
		_, w.bonusB, w.bonusL, _ = p.keepingBonuses(o.penalty)
	}
	n := 0
	for _, r := range mix {
		n = max(n, r.nValues)
	}
	w.counts = make([]int, n)
	for e, m := range w.assign {
		w.fixed[e] = st.locked[e] || e == o.forceE
		if m >= 0 {
			w.members[m] = append(w.members[m], int32(e))
		}
	}
	w.off = o.dropped
	for m := range w.held {
		w.held[m] = p.lockN[m] > 0 || m == o.forceM
	}
	return w
}

// shortOf is the total shortfall of a circle (0 for an empty one).
func (w *mixWork) shortOf(m int, members []int32) int {
	if len(members) == 0 {
		return 0
	}
	d := 0
	for i := range w.mix {
		d += w.mix[i].short(m, members, w.counts)
	}
	return d
}

// pairScore is the value of an allowed pair in the objective — its
// score, plus the penalty when a re-match keeps it — or NaN when a rule
// forbids it.
func (w *mixWork) pairScore(e, m int) (float64, error) {
	k := int64(e)*int64(len(w.p.mentors)) + int64(m)
	if s, ok := w.cache[k]; ok {
		return s, nil
	}
	r, s, err := w.p.forbidden(e, m, true)
	if err != nil {
		return 0, err
	}
	switch {
	case r != RuleNone:
		s = math.NaN()
	case w.keep != nil && w.keep[e] == int32(m):
		s += w.penalty
	}
	w.cache[k] = s
	return s, nil
}

// CheckCircleMix checks the circles of res against Rules.CircleMix and
// explains the circles dissolved for it: one *FieldError (ErrCircleMix)
// per requirement a circle breaks (field circles[i], ID the mentor's;
// only a circle a lock holds can break it in a Result of Solve), and one
// per mentor left out with ReasonCircleMix (field unmatched[i]) saying
// which group is short: how many of the mentees the rules allow that
// mentor count towards the requirement, or that the mentees who would
// meet it are needed by the other circles. Nil when every circle meets
// the mix, and always outside a group programme or without a
// requirement. Errors: the *FieldError (ErrConfig) of a requirement
// that is not valid for the programme (as Solve's), ErrUnknownID for a
// circle naming someone not in the programme.
func (p *Pairing) CheckCircleMix(res Result) error {
	if p.format != mentoring.FormatGroup {
		return nil
	}
	mix, err := p.compileMix()
	if err != nil || mix == nil {
		return err
	}
	var errs fault.Collector
	w := &mixWork{p: p, mix: mix, cache: map[int64]float64{}}
	n := 0
	for _, r := range mix {
		n = max(n, r.nValues)
	}
	w.counts = make([]int, n)
	for i, c := range res.Circles {
		base := fault.Index("circles", i)
		members := make([]int32, 0, len(c.MenteeIDs))
		for _, id := range c.MenteeIDs {
			e, _, err := p.lookup(base, c.MentorID, id)
			if err != nil {
				return err
			}
			members = append(members, int32(e))
		}
		if len(members) == 0 {
			continue
		}
		who := p.mentorLabel(p.mentorIdx[c.MentorID])
		for j := range mix {
			for _, fe := range w.broken(j, who, p.mentorIdx[c.MentorID], members) {
				fe.Field, fe.ID = base, c.MentorID
				errs.Add(fe)
			}
		}
	}
	for i, u := range res.Unmatched {
		if u.Reason != ReasonCircleMix {
			continue
		}
		m, ok := p.mentorIdx[u.ID]
		if !ok {
			return msgUnknownMentor.New(fault.Path(fault.Index("unmatched", i), "id"), u.ID, u.ID, p.programmeID)
		}
		fe, err := w.dissolved(m)
		if err != nil {
			return err
		}
		fe.Field, fe.ID = fault.Index("unmatched", i), u.ID
		errs.Add(fe)
	}
	return errs.Err()
}

// mixName is how a requirement is named in a message.
func mixName(c CircleMix) string {
	if c.Value != "" {
		return c.Attribute + " = " + strconv.Quote(c.Value)
	}
	if c.OtherThanMentor {
		return c.Attribute + " ≠ mentor"
	}
	return c.Attribute
}

// broken lists how the circle breaks requirement j (none when it meets it).
func (w *mixWork) broken(j int, who string, m int, members []int32) []*fault.Error {
	r, c := &w.mix[j], w.p.cfg.Rules.CircleMix[j]
	if r.relative {
		k := r.counted(m, members)
		switch {
		case k < r.min:
			return []*fault.Error{msgMixOtherLow.New("", "", k, who, k, c.Attribute, r.min)}
		case r.max > 0 && k > r.max:
			return []*fault.Error{msgMixOtherHigh.New("", "", k, who, k, c.Attribute, r.max)}
		}
		return nil
	}
	if r.byValue {
		k := r.counted(m, members)
		switch {
		case k < r.min:
			return []*fault.Error{msgMixValueLow.New("", "", k, who, k, c.Attribute, c.Value, r.min)}
		case r.max > 0 && k > r.max:
			return []*fault.Error{msgMixValueHigh.New("", "", k, who, k, c.Attribute, c.Value, r.max)}
		}
		return nil
	}
	counts := make(map[string]int)
	for _, e := range members {
		if r.val[e] >= 0 {
			counts[mixNorm(w.p.mentees[e].Person.Attributes[c.Attribute])]++
		}
	}
	var out []*fault.Error
	if len(counts) < r.min {
		out = append(out, msgMixDistinctLow.New("", "", len(counts), who, len(counts), c.Attribute, r.min))
	}
	if r.max > 0 {
		for _, v := range slices.Sorted(maps.Keys(counts)) {
			if counts[v] > r.max {
				out = append(out, msgMixSharedHigh.New("", "", counts[v], who, counts[v], c.Attribute, v, r.max))
			}
		}
	}
	return out
}

// dissolved explains why mentor m's circle could not meet the mix: the
// first requirement that too few of its allowed mentees can meet, else
// the first requirement its allowed mentees alone could meet but the
// other circles needed them for.
func (w *mixWork) dissolved(m int) (*fault.Error, error) {
	p := w.p
	var allowed []int32
	for e := range p.mentees {
		s, err := w.pairScore(e, m)
		if err != nil {
			return nil, err
		}
		if !math.IsNaN(s) {
			allowed = append(allowed, int32(e))
		}
	}
	who := p.mentorLabel(m)
	for j := range w.mix {
		r, c := &w.mix[j], p.cfg.Rules.CircleMix[j]
		k := 0
		if r.byValue || r.relative {
			k = r.counted(m, allowed)
		} else {
			seen := map[int32]bool{}
			for _, e := range allowed {
				if r.val[e] >= 0 {
					seen[r.val[e]] = true
				}
			}
			k = len(seen)
		}
		if k < r.min {
			return msgMixDissolvedFew.New("", "", k, who, len(allowed), k, mixName(c), r.min), nil
		}
	}
	names := make([]string, len(p.cfg.Rules.CircleMix))
	for j, c := range p.cfg.Rules.CircleMix {
		names[j] = mixName(c)
	}
	return msgMixDissolvedTaken.New("", "", nil, who, len(allowed), strings.Join(names, "; ")), nil
}
