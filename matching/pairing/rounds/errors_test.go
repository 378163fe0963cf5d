package rounds

import (
	"errors"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/mentoring"
)

// small is a programme of two mentors (one place each) and three
// mentees, scored on skills.
func small() (mentoring.Programme, pairing.Config) {
	p := func(id string, lvl mentoring.Level, skills ...mentoring.Skill) mentoring.Person {
		return mentoring.Person{ID: id, Name: id, Seniority: mentoring.Seniority{Level: lvl, Years: float64(lvl) * 3}, Skills: skills, Languages: []string{"nl"}}
	}
	w := pairing.Weights{Skills: 1}
	return mentoring.Programme{ID: "pilot", Name: "Pilot", Format: mentoring.FormatOneToOne, Participants: []mentoring.Participant{
		{Person: p("m1", mentoring.LevelLead, mentoring.Skill{Name: "Go", Level: 5}), Role: mentoring.RoleMentor, Capacity: 1, Offers: []string{"Go"}},
		{Person: p("m2", mentoring.LevelSenior, mentoring.Skill{Name: "SQL", Level: 5}), Role: mentoring.RoleMentor, Capacity: 1, Offers: []string{"SQL"}},
		{Person: p("e1", mentoring.LevelJunior), Role: mentoring.RoleMentee, WantsToDevelop: []string{"Go"}},
		{Person: p("e2", mentoring.LevelJunior), Role: mentoring.RoleMentee, WantsToDevelop: []string{"SQL"}},
		{Person: p("e3", mentoring.LevelJunior), Role: mentoring.RoleMentee, WantsToDevelop: []string{"Go", "SQL"}},
	}}, pairing.Config{Weights: &w}
}

var now0 = time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)

// TestBadInput: each bad input is a *FieldError naming the field and the
// person, in English and Dutch, with its sentinel.
func TestBadInput(t *testing.T) {
	prog, cfg := small()
	cases := []struct {
		name      string
		st        pairing.State
		rc        Config
		field, id string
		code      string
		sentinel  error
	}{
		{"cutoff above 1", pairing.State{}, Config{Cutoff: 1.5}, "cutoff", "", "outOfRange", ErrConfig},
		{"cutoff below 0", pairing.State{}, Config{Cutoff: -0.1}, "cutoff", "", "outOfRange", ErrConfig},
		{"cutoff NaN", pairing.State{}, Config{Cutoff: math.NaN()}, "cutoff", "", "outOfRange", ErrConfig},
		{"week weight", pairing.State{}, Config{Wait: WaitWeight, WeekWeight: math.Inf(1)}, "weekWeight", "", "notFinite", ErrConfig},
		{"huge week weight", pairing.State{}, Config{Wait: WaitWeight, WeekWeight: 1e250}, "weekWeight", "", "outOfRange", ErrConfig},
		{"negative week weight", pairing.State{}, Config{WeekWeight: -1}, "weekWeight", "", "negative", ErrConfig},
		{"wait mode", pairing.State{}, Config{Wait: 9}, "wait", "", "undeclaredWaitMode", ErrConfig},
		{"other programme", pairing.State{ProgrammeID: "autumn"}, Config{}, "state.programmeId", "autumn", "otherProgramme", ErrOtherProgramme},
		{"unknown waiting", pairing.State{ProgrammeID: "pilot", Waiting: []pairing.Tenure{{MenteeID: "zoe", Since: now0}}}, Config{}, "state.waiting[0].menteeId", "zoe", "unknownMentee", ErrUnknownID},
		{"unknown mentor", pairing.State{ProgrammeID: "pilot", Active: []pairing.Tenure{{MentorID: "m9", MenteeID: "e1", Since: now0}}}, Config{}, "state.active[0].mentorId", "m9", "unknownMentor", ErrUnknownID},
		{"mentor as mentee", pairing.State{ProgrammeID: "pilot", Active: []pairing.Tenure{{MentorID: "m1", MenteeID: "m2", Since: now0}}}, Config{}, "state.active[0].menteeId", "m2", "unknownMentee", ErrUnknownID},
		{"waiting after now", pairing.State{ProgrammeID: "pilot", Waiting: []pairing.Tenure{{MenteeID: "e2", Since: now0.Add(time.Hour)}}}, Config{}, "state.waiting[0].since", "e2", "afterNow", ErrTime},
		{"active after now", pairing.State{ProgrammeID: "pilot", Active: []pairing.Tenure{{MentorID: "m1", MenteeID: "e2", Since: now0.AddDate(0, 0, 1)}}}, Config{}, "state.active[0].since", "e2", "afterNow", ErrTime},
		{"waits twice", pairing.State{ProgrammeID: "pilot", Waiting: []pairing.Tenure{{MenteeID: "e2", Since: now0}, {MenteeID: "e2", Since: now0}}}, Config{}, "state.waiting[1].menteeId", "e2", "duplicate", ErrConfig},
		{"paired and waiting", pairing.State{ProgrammeID: "pilot", Active: []pairing.Tenure{{MentorID: "m1", MenteeID: "e2", Since: now0}}, Waiting: []pairing.Tenure{{MenteeID: "e2", Since: now0}}}, Config{}, "state.waiting[0].menteeId", "e2", "activeAndWaiting", ErrConfig},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Round(prog, cfg, c.st, c.rc, now0)
			checkErr(t, err, c.field, c.id, c.code, c.sentinel)
		})
	}
	_, err := Circle([]string{"a", "b"}, 0)
	checkErr(t, err, "rounds", "", "roundsOutOfRange", ErrConfig)
	_, err = Circle([]string{"a", "a"}, 1)
	checkErr(t, err, "ids[1]", "a", "duplicate", ErrConfig)
	_, err = Latin([]string{"a"}, []string{""}, 1)
	checkErr(t, err, "mentors[0]", "", "required", ErrConfig)
	_, err = Latin([]string{"a"}, []string{"b"}, MaxRounds+1)
	checkErr(t, err, "rounds", "", "roundsOutOfRange", ErrConfig)
	_, err = Rotate(prog, cfg, -2)
	checkErr(t, err, "rounds", "", "roundsOutOfRange", ErrConfig)
	_, err = Simulate(prog, cfg, pairing.State{}, SimConfig{Rounds: 0}, now0, nil)
	checkErr(t, err, "rounds", "", "roundsOutOfRange", ErrConfig)
	_, err = Simulate(prog, cfg, pairing.State{}, SimConfig{Rounds: 2, EndProbability: 0.5}, now0, nil)
	checkErr(t, err, "rng", "", "required", ErrConfig)
	_, err = Simulate(prog, cfg, pairing.State{}, SimConfig{Rounds: 2, Round: Config{Cutoff: 2}}, now0, nil)
	checkErr(t, err, "round.cutoff", "", "outOfRange", ErrConfig)
	_, err = Simulate(prog, cfg, pairing.State{}, SimConfig{Rounds: 2, EndProbability: 1.5}, now0, rand.New(rand.NewPCG(1, 1)))
	checkErr(t, err, "endProbability", "", "outOfRange", ErrConfig)
	_, err = Simulate(prog, cfg, pairing.State{}, SimConfig{Rounds: 2, LeaveProbability: 0.5}, now0, nil)
	checkErr(t, err, "rng", "", "required", ErrConfig)
	_, err = Simulate(prog, cfg, pairing.State{}, SimConfig{Rounds: 2, LeaveProbability: math.NaN()}, now0, nil)
	checkErr(t, err, "leaveProbability", "", "outOfRange", ErrConfig)
}

func checkErr(t *testing.T, err error, field, id, code string, sentinel error) {
	t.Helper()
	list, ok := fault.List(err)
	if !ok || len(list) == 0 {
		t.Fatalf("error %v is not a FieldError", err)
	}
	for _, e := range list {
		if e.Field == field && e.ID == id && e.Code == code {
			if !errors.Is(e, sentinel) {
				t.Fatalf("%v does not unwrap to %v", e, sentinel)
			}
			if e.Text.EN == "" || e.Text.NL == "" || e.Text.EN == e.Text.NL {
				t.Fatalf("%v: texts %q / %q", e, e.Text.EN, e.Text.NL)
			}
			if id != "" && !strings.Contains(e.Error(), id) {
				t.Fatalf("%q does not name %q", e.Error(), id)
			}
			return
		}
	}
	t.Fatalf("no error at %s (%s, %s) in %v", field, id, code, err)
}

// TestCircleMixRefused: rounds form no circles, so a circle mix in the
// pairing config is refused by Round, Rotate and Simulate, not dropped.
func TestCircleMixRefused(t *testing.T) {
	prog, cfg := small()
	cfg.Rules.CircleMix = []pairing.CircleMix{{Attribute: "site", Min: 2}}
	check := func(name string, err error) {
		t.Helper()
		var fe *FieldError
		if !errors.As(err, &fe) || !errors.Is(err, ErrConfig) || fe.Code != "circleMixInRounds" || fe.Field != "rules.circleMix" || fe.Text.NL == "" {
			t.Errorf("%s: %v", name, err)
		}
	}
	_, err := Round(prog, cfg, pairing.State{}, Config{}, now0)
	check("Round", err)
	_, err = Rotate(prog, cfg, 2)
	check("Rotate", err)
	_, err = Simulate(prog, cfg, pairing.State{}, SimConfig{Rounds: 2}, now0, nil)
	check("Simulate", err)
}
