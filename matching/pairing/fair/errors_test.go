package fair

import (
	"errors"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/mentoring"
)

// TestSolveErrors: each bad setting gives its sentinel and code, with the
// field path.
func TestSolveErrors(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 3))
	prog, pcfg := testProgramme(t, rng, 6, 12, 3)
	g := func(attr string, bs ...Bound) []Grouping { return []Grouping{{Attribute: attr, Bounds: bs}} }
	tests := []struct {
		name  string
		cfg   Config
		pcfg  func(*pairing.Config)
		prog  func(*mentoring.Programme)
		err   error
		code  string
		field string
	}{
		{"attribute nobody has", Config{Mentees: g("shoeSize", Bound{Value: "42", Min: 1})}, nil, nil, ErrUnknownGroup, "unknownAttribute", "mentees[0].attribute"},
		{"mentor attribute on mentees", Config{Mentees: g("site", Bound{Value: "a", Min: 1})}, nil, nil, ErrUnknownGroup, "unknownAttribute", "mentees[0].attribute"},
		{"unknown value", Config{Mentees: g("gender", Bound{Value: "x", Min: 1})}, nil, nil, ErrUnknownGroup, "unknownGroupValue", "mentees[0].bounds[0].value"},
		{"empty attribute", Config{Mentors: g("", Bound{Value: "a"})}, nil, nil, ErrConfig, "required", "mentors[0].attribute"},
		{"min above max", Config{Mentees: g("gender", Bound{Value: "f", Min: 3, Max: intp(2)})}, nil, nil, ErrConfig, "minAboveMax", "mentees[0].bounds[0].min"},
		{"rate above max", Config{Mentees: g("gender", Bound{Value: "f", MinRate: 1, Max: intp(0)})}, nil, nil, ErrConfig, "minAboveMax", "mentees[0].bounds[0].minRate"},
		{"negative min", Config{Mentees: g("gender", Bound{Value: "f", Min: -1})}, nil, nil, ErrConfig, "negative", "mentees[0].bounds[0].min"},
		{"negative max", Config{Mentees: g("gender", Bound{Value: "f", Max: intp(-1)})}, nil, nil, ErrConfig, "negative", "mentees[0].bounds[0].max"},
		{"NaN rate", Config{Mentees: g("gender", Bound{Value: "f", MinRate: math.NaN()})}, nil, nil, ErrConfig, "outOfRange", "mentees[0].bounds[0].minRate"},
		{"value twice", Config{Mentees: g("gender", Bound{Value: "f"}, Bound{Value: "f"})}, nil, nil, ErrConfig, "duplicate", "mentees[0].bounds[1].value"},
		{"two mentor groupings", Config{Mentors: append(g("site"), g("site")...)}, nil, nil, ErrConfig, "overlappingGroupings", "mentors"},
		{"overlap under participation", Config{Mentees: append(g("gender"), g("team")...)}, func(c *pairing.Config) { c.Priority = pairing.PriorityParticipation }, nil, ErrConfig, "notSupported", "mentees"},
		{"mentor max with 3 places", Config{Mentors: g("site", Bound{Value: "a", Max: intp(1)})}, nil, nil, ErrConfig, "mentorMaxNeedsCapacityOne", "mentors[0].bounds[0].max"},
		{"ratio above 1", Config{Mentees: []Grouping{{Attribute: "gender", MinRateRatio: 1.5}}}, nil, nil, ErrConfig, "outOfRange", "mentees[0].minRateRatio"},
		{"mentor ratio", Config{Mentors: []Grouping{{Attribute: "site", MinRateRatio: 0.8}}}, nil, nil, ErrConfig, "notSupported", "mentors[0].minRateRatio"},
		{"share above 1", Config{Mentees: g("gender", Bound{Value: "f", MinShare: 1.5})}, nil, nil, ErrConfig, "outOfRange", "mentees[0].bounds[0].minShare"},
		{"NaN share", Config{Mentees: g("gender", Bound{Value: "f", MinShare: math.NaN()})}, nil, nil, ErrConfig, "outOfRange", "mentees[0].bounds[0].minShare"},
		{"mentor share", Config{Mentors: g("site", Bound{Value: "a", MinShare: 0.5})}, nil, nil, ErrConfig, "notSupported", "mentors[0].bounds[0].minShare"},
		{"at least one", Config{}, func(c *pairing.Config) { c.AtLeastOne = true }, nil, ErrConfig, "notSupported", "pairing.atLeastOne"},
		{"group programme", Config{}, nil, func(p *mentoring.Programme) { p.Format = mentoring.FormatGroup }, ErrConfig, "notSupported", "programme.format"},
		{"mentee min beyond members", Config{Mentees: g("gender", Bound{Value: "f", Min: 99})}, nil, nil, ErrInfeasible, "menteeMinUnreachable", "mentees[0].bounds[0].min"},
		{"mentor min beyond members", Config{Mentors: g("site", Bound{Value: "b", Min: 99})}, nil, nil, ErrInfeasible, "mentorMinUnreachable", "mentors[0].bounds[0].min"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pc, pg := pcfg, prog
			pg.Participants = append([]mentoring.Participant(nil), prog.Participants...)
			if tt.pcfg != nil {
				tt.pcfg(&pc)
			}
			if tt.prog != nil {
				tt.prog(&pg)
			}
			_, err := Solve(pg, pc, tt.cfg)
			if !errors.Is(err, tt.err) {
				t.Fatalf("err %v, want %v", err, tt.err)
			}
			list, _ := fault.List(err)
			for _, fe := range list {
				if fe.Code == tt.code && fe.Field == tt.field {
					if fe.Text.EN == "" || fe.Text.NL == "" {
						t.Errorf("message missing: %+v", fe.Text)
					}
					return
				}
			}
			t.Fatalf("no %s at %s in %v", tt.code, tt.field, err)
		})
	}
}

// TestInfeasibleExplained: a group whose members have no allowed mentor.
// Bans forbid every mentor to both women, so "at least 1 matched woman"
// is unreachable: the message says 2 members, 0 allowed, 0 reachable.
func TestInfeasibleExplained(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 4))
	prog, pcfg := testProgramme(t, rng, 3, 6, 1)
	var women, mentors []string
	for i := range prog.Participants {
		q := &prog.Participants[i]
		switch {
		case q.Role == mentoring.RoleMentor:
			mentors = append(mentors, q.Person.ID)
		case len(women) < 2:
			q.Person.Attributes = map[string]string{"gender": "f"}
			women = append(women, q.Person.ID)
		default:
			q.Person.Attributes = map[string]string{"gender": "m"}
		}
	}
	for _, w := range women {
		for _, m := range mentors {
			pcfg.Rules.Bans = append(pcfg.Rules.Bans, pairing.PairRef{MentorID: m, MenteeID: w})
		}
	}
	_, err := Solve(prog, pcfg, Config{Mentees: []Grouping{{Attribute: "gender", Bounds: []Bound{{Value: "f", Min: 1}}}}})
	list, _ := fault.List(err)
	if !errors.Is(err, ErrInfeasible) || len(list) != 1 {
		t.Fatalf("err %v", err)
	}
	want := `asks for at least 1 matched mentees from gender = "f"; the group has 2 mentees, 0 of whom have an allowed mentor, and at most 0 can be matched`
	if !strings.Contains(list[0].Text.EN, want) {
		t.Errorf("EN %q\nwant %q", list[0].Text.EN, want)
	}
	if !strings.Contains(list[0].Text.NL, "de groep telt 2 mentees, van wie 0 een toegestane mentor hebben") {
		t.Errorf("NL %q", list[0].Text.NL)
	}
}
