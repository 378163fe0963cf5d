package mentoring

import (
	"encoding/json"
	"errors"
	"math"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// mustJSON marshals v for a fuzz seed.
func mustJSON(f *testing.F, v any) []byte {
	f.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		f.Fatal(err)
	}
	return b
}

// checkJoined fails unless err is nil or every joined error is a
// *FieldError that unwraps to a sentinel.
func checkJoined(t *testing.T, err error) {
	t.Helper()
	if err == nil {
		return
	}
	list := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		list = j.Unwrap()
	}
	for _, e := range list {
		var fe *FieldError
		if !errors.As(e, &fe) || fe.Err == nil || !errors.Is(e, fe.Err) || fe.Field == "" {
			t.Fatalf("joined error %v (%T) is not a well-formed *FieldError", e, e)
		}
	}
}

// fuzzRoundTrip decodes data into a T; when that succeeds it checks that
// encoding and decoding again gives the same value, then runs check.
func fuzzRoundTrip[T any](t *testing.T, data []byte, check func(t *testing.T, v T)) {
	var v T
	if err := json.Unmarshal(data, &v); err != nil {
		return
	}
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("decoded value does not encode: %v", err)
	}
	var w T
	if err := json.Unmarshal(b, &w); err != nil {
		t.Fatalf("re-decoding %s: %v", b, err)
	}
	if diff := cmp.Diff(v, w, cmpopts.EquateEmpty(), cmpopts.EquateNaNs()); diff != "" {
		t.Fatalf("round trip (-first +second):\n%s", diff)
	}
	check(t, v)
}

func FuzzPersonJSON(f *testing.F) {
	p := testPerson("p1", LevelSenior, 10)
	p.Personality = &Personality{0.1, 0.2, 0.3, 0.4, 0.5}
	p.Attributes = map[string]string{"team": "blue"}
	f.Add(mustJSON(f, p))
	f.Add([]byte(`{"id":" ","seniority":{"level":"junior","years":-1},"skills":[{"name":"Go","level":9},{"name":"go"}]}`))
	f.Add([]byte(`{"id":"a","name":"A","seniority":{"level":"junior","years":1},"timeZone":"Europe/Amsterdam","availability":[{"day":1,"start":"09:00","end":"12:00"},{"day":1,"start":"11:00","end":"24:00"},{"day":9,"start":"22:00","end":"02:00"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRoundTrip(t, data, func(t *testing.T, p Person) {
			checkJoined(t, p.Validate())
			if p.Personality != nil {
				checkJoined(t, p.Personality.Validate())
			}
		})
	})
}

func FuzzParticipantJSON(f *testing.F) {
	q := testParticipant("r", RoleReverseMentor, LevelJunior, 2)
	q.Offers = []string{"AI tools"}
	f.Add(mustJSON(f, q))
	f.Add([]byte(`{"person":{"id":"a"},"role":"mentee","capacity":-3,"hoursPerMonth":1e300}`))
	f.Add([]byte(`{"person":{"id":"a","name":"A","seniority":{"level":"junior","years":1}},"role":"mentee","preferences":{"ranked":["b","a","b"],"dismissed":["b"," c",""]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRoundTrip(t, data, func(t *testing.T, q Participant) {
			checkJoined(t, q.Validate())
		})
	})
}

func FuzzProgrammeJSON(f *testing.F) {
	f.Add(mustJSON(f, testProgramme()))
	f.Add([]byte(`{"id":"p","format":"group","groupSize":{"min":7},"guidelines":[{"role":"mentor"},{"role":"mentor"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRoundTrip(t, data, func(t *testing.T, p Programme) {
			before := p.Clone()
			checkJoined(t, p.Validate())
			r := p.Review()
			if r.Ready != (r.Blockers() == 0) {
				t.Fatalf("Ready = %v with %d blockers", r.Ready, r.Blockers())
			}
			if _, err := json.Marshal(r); err != nil {
				t.Fatalf("Readiness does not encode: %v", err)
			}
			if diff := cmp.Diff(before, p); diff != "" {
				t.Fatalf("programme modified (-before +after):\n%s", diff)
			}
		})
	})
}

func FuzzRelationshipJSON(f *testing.F) {
	r, err := Propose(Relationship{ID: "r1", ProgrammeID: "p", MentorID: "m", MenteeIDs: []string{"e"}}, day)
	if err != nil {
		f.Fatal(err)
	}
	a, _ := r.Activate(day.Add(time.Hour))
	e, _ := a.End(day.Add(2*time.Hour), ReasonLeftOrganisation)
	f.Add(mustJSON(f, e), uint8(StateActive), int64(3600))
	f.Add(mustJSON(f, a), uint8(StatePaused), int64(-5))
	f.Fuzz(func(t *testing.T, data []byte, to uint8, offsetSec int64) {
		fuzzRoundTrip(t, data, func(t *testing.T, r Relationship) {
			checkJoined(t, r.Validate())
			before := r.Clone()
			at := r.Since().Add(time.Duration(offsetSec) * time.Second)
			next, err := r.Transition(State(to), at, EndReason(to%7))
			if diff := cmp.Diff(before, r); diff != "" {
				t.Fatalf("Transition modified its receiver (-before +after):\n%s", diff)
			}
			var te *TransitionError
			switch {
			case errors.As(err, &te):
				if CanTransition(r.State, State(to)) {
					t.Fatalf("TransitionError for a legal move: %v", err)
				}
			case err != nil:
				checkJoined(t, err)
			default:
				if next.State != State(to) || len(next.Transitions) != len(r.Transitions)+1 {
					t.Fatalf("Transition result %+v", next)
				}
				if r.Validate() == nil && next.Validate() != nil {
					t.Fatalf("a legal move from a valid relationship gave an invalid one: %v", next.Validate())
				}
			}
		})
	})
}

func FuzzSessionJSON(f *testing.F) {
	s := testSession("s1", day)
	s.MentorTalkShare = TalkShare(0.3)
	f.Add(mustJSON(f, s))
	f.Add([]byte(`{"id":"s","techniques":["guidance","guidance",""],"mentorTalkShare":2,"duration":-1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRoundTrip(t, data, func(t *testing.T, s Session) {
			checkJoined(t, s.Validate())
		})
	})
}

// healthInput is what FuzzAssessHealth decodes.
type healthInput struct {
	Relationship Relationship  `json:"relationship"`
	Sessions     []Session     `json:"sessions"`
	Cadence      time.Duration `json:"cadence"`
	Now          time.Time     `json:"now"`
	Config       HealthConfig  `json:"config"`
}

func FuzzAssessHealth(f *testing.F) {
	r := inStateF(f)
	s := []Session{testSession("s1", days(2)), testSession("s2", days(16))}
	s[1].InitiatedBy, s[1].MentorTalkShare = "m1", TalkShare(0.8)
	f.Add(mustJSON(f, healthInput{Relationship: r, Sessions: s, Cadence: fortnight, Now: days(40)}))
	f.Add(mustJSON(f, healthInput{Relationship: r, Cadence: -1, Now: days(-40), Config: HealthConfig{OverdueAfter: 0.1}}))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRoundTrip(t, data, func(t *testing.T, in healthInput) {
			checkJoined(t, in.Config.Validate())
			h, err := AssessHealth(in.Relationship, in.Sessions, in.Cadence, in.Now, in.Config)
			if err != nil {
				checkJoined(t, err)
				if !cmp.Equal(Health{}, h) {
					t.Fatalf("Health on error = %+v, want zero", h)
				}
				return
			}
			for _, x := range []float64{h.MenteeInitiativeShare, h.MentorInitiativeShare, h.MentorTalkShare} {
				if math.IsNaN(x) || x < 0 || x > 1 {
					t.Fatalf("share out of [0, 1]: %+v", h)
				}
			}
			if h.Sessions > 0 && math.Abs(h.MenteeInitiativeShare+h.MentorInitiativeShare-1) > 1e-12 {
				t.Fatalf("initiative shares do not add up to 1: %+v", h)
			}
			if h.Stalled && !h.Overdue {
				t.Fatalf("stalled but not overdue: %+v", h)
			}
			if math.IsNaN(h.DaysSinceLastSession) || h.DaysSinceLastSession < 0 ||
				math.IsNaN(h.DaysWithoutSession) || h.DaysWithoutSession < 0 {
				t.Fatalf("days out of range: %+v", h)
			}
			if h.State != StateActive && (h.Overdue || h.DaysWithoutSession != 0) {
				t.Fatalf("a %v relationship is overdue or counts days without session: %+v", h.State, h)
			}
			if _, err := json.Marshal(h); err != nil {
				t.Fatalf("Health does not encode: %v", err)
			}
		})
	})
}

// relationshipsInput is what FuzzValidateRelationships decodes.
type relationshipsInput struct {
	Programme     Programme      `json:"programme"`
	Relationships []Relationship `json:"relationships"`
	Sessions      []Session      `json:"sessions"`
}

func FuzzValidateRelationshipsAndSessions(f *testing.F) {
	p := reverseProgramme()
	r, err := Propose(Relationship{ID: "r1", ProgrammeID: "rev", MentorID: "jr", MenteeIDs: []string{"exec"}, Topic: "AI tools"}, day)
	if err != nil {
		f.Fatal(err)
	}
	q, _ := Propose(Relationship{ID: "r2", ProgrammeID: "rev", MentorID: "exec", MenteeIDs: []string{"jr"}, Topic: "ai-tools"}, day)
	f.Add(mustJSON(f, relationshipsInput{Programme: p, Relationships: []Relationship{r, q}}))
	pp := peerProgramme()
	a, _ := Propose(Relationship{ID: "p1", ProgrammeID: "peer", MentorID: "a", MenteeIDs: []string{"b"}, Topic: "Excel"}, day)
	b, _ := Propose(Relationship{ID: "p2", ProgrammeID: "peer", MentorID: "b", MenteeIDs: []string{"a"}, Topic: "excel"}, day)
	c, _ := Propose(Relationship{ID: "p3", ProgrammeID: "peer", MentorID: "a", MenteeIDs: []string{"d", "c"}}, day)
	f.Add(mustJSON(f, relationshipsInput{Programme: pp, Relationships: []Relationship{a, b, c}}))
	g := testProgramme()
	g.Format, g.GroupSize = FormatGroup, GroupSize{Min: 1, Max: 2}
	d, _ := Propose(Relationship{ID: "g1", ProgrammeID: "prog", MentorID: "m1", MenteeIDs: []string{"e1", "e2"}}, day)
	f.Add(mustJSON(f, relationshipsInput{Programme: g, Relationships: []Relationship{d, d}}))
	fl := testProgramme()
	fl.Format = FormatFlash
	s1, s2 := testSession("s1", days(1)), testSession("s2", days(2))
	s1.RelationshipID, s2.RelationshipID = "g1", "g1"
	f.Add(mustJSON(f, relationshipsInput{Programme: fl, Relationships: []Relationship{d}, Sessions: []Session{s1, s2}}))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRoundTrip(t, data, func(t *testing.T, in relationshipsInput) {
			checkJoined(t, in.Programme.ValidateRelationships(in.Relationships))
			checkJoined(t, in.Programme.ValidateSessions(in.Relationships, in.Sessions))
		})
	})
}

// inStateF returns an active relationship r1 (m1 → e1) activated at
// day + 1h, for fuzz seeds.
func inStateF(f *testing.F) Relationship {
	r, err := Propose(Relationship{ID: "r1", ProgrammeID: "prog", MentorID: "m1", MenteeIDs: []string{"e1"}}, day)
	if err == nil {
		r, err = r.Activate(day.Add(time.Hour))
	}
	if err != nil {
		f.Fatal(err)
	}
	return r
}
