package feedback

import (
	"fmt"
	"math"
	"slices"

	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// Groupings of the report behind Build360.
const (
	Grouping360RaterGroup = "raterGroup"
	Grouping360SelfOther  = "selfOther"
)

// Report360 is a 360-degree report on one subject: the mean of every rater
// group and the gap between the self-rating and everyone else, per item and
// per subscale. Every number comes from one confidential [Report] (Source),
// so they are safe together.
type Report360 struct {
	Subject   string     `json:"subject"`
	Items     []Score360 `json:"items"`
	Subscales []Score360 `json:"subscales"`
	Source    Report     `json:"source"`
}

// Score360 is one item or subscale of a Report360. A mean that could not be
// released (suppressed cell, or no answers) is NaN.
type Score360 struct {
	Name   string       `json:"name"`
	Self   float64      `json:"self"`
	Others float64      `json:"others"`
	Gap    float64      `json:"gap"` // Self − Others; positive: the subject rates themselves higher
	Groups []GroupScore `json:"groups"`
}

// GroupScore is the mean of one rater group in a Report360.
type GroupScore struct {
	Group      RaterGroup `json:"group"`
	Suppressed bool       `json:"suppressed"`
	N          int        `json:"n"` // answers; 0 when suppressed
	Mean       float64    `json:"mean"`
}

// MarshalJSON writes the report by the module's number rule (NaN as "NaN").
func (r Report360) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *Report360) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, r) }

// MarshalJSON writes the score by the module's number rule (NaN as "NaN").
func (s Score360) MarshalJSON() ([]byte, error) { return jsonx.Marshal(s) }

// UnmarshalJSON reads what MarshalJSON writes.
func (s *Score360) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, s) }

// MarshalJSON writes the score by the module's number rule (NaN as "NaN").
func (g GroupScore) MarshalJSON() ([]byte, error) { return jsonx.Marshal(g) }

// UnmarshalJSON reads what MarshalJSON writes.
func (g *GroupScore) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, g) }

// Build360 builds the 360-degree report on subject from the responses about
// it (responses about other subjects are ignored). It is one BuildReport
// over two groupings, by rater group and by self versus others, under the
// policy: exempt Self (Policy.ExemptGroups) to show the self-rating, and
// Manager only when the manager rates under their name. Peers,
// direct reports, mentors and mentees stay anonymous: a group below the
// minimum is suppressed, and so is whatever would let it be computed (all
// others minus the peers giving away the manager). Errors are those of
// [BuildReport]; a subject without responses is [ErrTooFew], with the
// subject as the error's ID.
func Build360(inst *Instrument, responses []Response, subject string, policy Policy) (Report360, error) {
	var about []Response
	for i := range responses {
		if responses[i].Subject == subject {
			about = append(about, responses[i])
		}
	}
	if len(about) == 0 {
		return Report360{}, msgNoResponsesAbout.New("subject", subject, subject)
	}
	rep, err := BuildReport(inst, about, ReportSpec{
		Policy:     policy,
		Dimensions: []Dimension{RaterGroupDimension(), SelfOtherDimension()},
		Groupings: []Grouping{
			{Name: Grouping360RaterGroup, By: []string{"raterGroup"}},
			{Name: Grouping360SelfOther, By: []string{"selfOther"}},
		},
	})
	if err != nil {
		return Report360{}, err
	}
	out := Report360{Subject: subject, Source: rep}
	self, _ := rep.Find(Grouping360SelfOther, "self")
	others, _ := rep.Find(Grouping360SelfOther, "others")
	for j, it := range inst.Items {
		s := Score360{Name: it.ID}
		get := func(c *Cell) (float64, int, Suppression) {
			return c.Items[j].Mean, c.Items[j].N, c.Items[j].Suppression
		}
		s.Self = cellMean(self, get)
		s.Others = cellMean(others, get)
		s.Gap = s.Self - s.Others
		s.Groups = groupScores(&rep, get)
		out.Items = append(out.Items, s)
	}
	for k, name := range inst.Subscales() {
		s := Score360{Name: name}
		get := func(c *Cell) (float64, int, Suppression) {
			return c.Subscales[k].Mean, c.Subscales[k].N, c.Subscales[k].Suppression
		}
		s.Self = cellMean(self, get)
		s.Others = cellMean(others, get)
		s.Gap = s.Self - s.Others
		s.Groups = groupScores(&rep, get)
		out.Subscales = append(out.Subscales, s)
	}
	return out, nil
}

func cellMean(c *Cell, get func(*Cell) (float64, int, Suppression)) float64 {
	if c == nil || c.Suppressed {
		return math.NaN()
	}
	m, _, _ := get(c) // a suppressed item's mean is NaN
	return m
}

// groupScores lists the rater groups present: the declared ones in their
// order, then the caller's own by name.
func groupScores(rep *Report, get func(*Cell) (float64, int, Suppression)) []GroupScore {
	var out []GroupScore
	groups := slices.Clone(declaredGroups)
	var own []RaterGroup
	for i := range rep.Cells {
		if c := &rep.Cells[i]; c.Grouping == Grouping360RaterGroup && len(c.Key) == 1 && !slices.Contains(groups, RaterGroup(c.Key[0])) {
			own = append(own, RaterGroup(c.Key[0]))
		}
	}
	slices.Sort(own)
	for _, g := range append(groups, own...) {
		c, ok := rep.Find(Grouping360RaterGroup, g.String())
		if !ok {
			continue
		}
		gs := GroupScore{Group: g, Suppressed: c.Suppressed, Mean: math.NaN()}
		if !c.Suppressed {
			var why Suppression
			gs.Mean, gs.N, why = get(c)
			gs.Suppressed = why != 0
		}
		out = append(out, gs)
	}
	return out
}

// String renders the score as "name: self 4.00, others 3.50, gap +0.50".
func (s Score360) String() string {
	return fmt.Sprintf("%s: self %.2f, others %.2f, gap %+.2f", s.Name, s.Self, s.Others, s.Gap)
}
