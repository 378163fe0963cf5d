package fair

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/mentoring"
)

// tableScorer scores a pair by the mentee's attribute "s:" + mentor ID.
type tableScorer struct{}

func (tableScorer) Name() string { return "table" }
func (tableScorer) Score(mentor, mentee *mentoring.Participant) float64 {
	v, err := strconv.ParseFloat(mentee.Person.Attributes["s:"+mentor.Person.ID], 64)
	if err != nil {
		return 0
	}
	return v
}

// handProgramme is two mentors of one place and three mentees, a woman and
// two men, whose scores the caller states (mentee → mentor → score); only
// the custom criterion scores, and no rule forbids a pair.
func handProgramme(t testing.TB, scores [3][2]float64) (mentoring.Programme, pairing.Config, []string, []string) {
	t.Helper()
	rng := rand.New(rand.NewPCG(17, 5))
	prog, pcfg := testProgramme(t, rng, 2, 3, 1)
	var mentors, mentees []string
	for _, q := range prog.Participants {
		if q.Role == mentoring.RoleMentor {
			mentors = append(mentors, q.Person.ID)
		}
	}
	for i := range prog.Participants {
		q := &prog.Participants[i]
		if q.Role != mentoring.RoleMentee {
			continue
		}
		e := len(mentees)
		mentees = append(mentees, q.Person.ID)
		q.Person.Attributes = map[string]string{"gender": map[bool]string{true: "f", false: "m"}[e == 0]}
		for m, id := range mentors {
			q.Person.Attributes["s:"+id] = strconv.FormatFloat(scores[e][m], 'g', -1, 64)
		}
	}
	pcfg.Weights = &pairing.Weights{}
	pcfg.Custom = []pairing.CustomCriterion{{Scorer: tableScorer{}, Weight: 1}}
	pcfg.Rules.ReportingLevels = -1
	return prog, pcfg, mentors, mentees
}

// TestHandWorked: the woman a and the men b, c; mentors M1, M2 with one
// place each; scores a: .5/.35, b: .9/.3, c: .2/.8.
// Unconstrained: b–M1 + c–M2 = 0.9 + 0.8 = 1.7 (a stays unmatched).
// At least one matched woman: a–M1 + c–M2 = 1.3 beats a–M2 + b–M1 = 1.25,
// so the price of the bound is 1.7 − 1.3 = 0.4.
func TestHandWorked(t *testing.T) {
	prog, pcfg, mentors, mentees := handProgramme(t, [3][2]float64{{.5, .35}, {.9, .3}, {.2, .8}})
	cfg := Config{Mentees: []Grouping{{Attribute: "gender", Bounds: []Bound{{Value: "f", Min: 1}}}}, Prices: true}
	res, err := Solve(prog, pcfg, cfg)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, p := range res.Pairs {
		got[p.MenteeID] = p.MentorID
	}
	want := map[string]string{mentees[0]: mentors[0], mentees[2]: mentors[1]}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("pairs (-want +got):\n%s", d)
	}
	if math.Abs(res.TotalScore-1.3) > 1e-12 || res.Gap != 0 {
		t.Errorf("total %v gap %v, want 1.3, 0", res.TotalScore, res.Gap)
	}
	if res.Prices == nil || len(res.Prices.Bounds) != 1 {
		t.Fatalf("prices %+v", res.Prices)
	}
	if u := res.Prices.Unconstrained; u.Matched != 2 || math.Abs(u.TotalScore-1.7) > 1e-12 {
		t.Errorf("unconstrained %+v, want 2 matched, 1.7", u)
	}
	if p := res.Prices.Bounds[0]; math.Abs(p.Price-0.4) > 1e-12 || p.Value != "f" {
		t.Errorf("price %+v, want 0.4 for f", p)
	}
	// A maximum of no matched men leaves only a: 0.5 (a–M1).
	cfg.Mentees[0].Bounds = append(cfg.Mentees[0].Bounds, Bound{Value: "m", Max: intp(0)})
	res, err = Solve(prog, pcfg, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if res.Matched != 1 || math.Abs(res.TotalScore-0.5) > 1e-12 {
		t.Errorf("with no men: %d matched, total %v; want 1, 0.5", res.Matched, res.TotalScore)
	}
	// Locking b to M2 under "no men" is a lock the bound leaves no room for.
	pcfg.Rules.Locks = []pairing.PairRef{{MentorID: mentors[1], MenteeID: mentees[1]}}
	if _, err := Solve(prog, pcfg, cfg); err == nil {
		t.Error("lock against a maximum: no error")
	}
}
