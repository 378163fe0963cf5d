package mentoring

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/mentorkit/mentorkit/internal/jsontest"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/internal/fault"
)

func TestProgrammeJSONRoundTrip(t *testing.T) {
	p := testProgramme()
	p.Participants[0].Offers = []string{"negotiation"}
	p.Participants[0].WantsToDevelop = []string{"coaching"}
	p.Participants[0].MinCapacity = 1
	p.Participants[1].Person.Personality = &Personality{0.1, 0.2, 0.3, 0.4, 0.5}
	p.Participants[1].Person.Attributes = map[string]string{"b": "2", "a": "1"}
	p.Participants[1].Person.ManagerID = "m1"
	p.Participants[1].Person.Organisation = "Acme"
	p.Participants[1].Person.Interests = []string{"ai"}
	p.Participants[1].Person.CareerGoals = []string{"team lead"}
	p.Participants[1].Person.Location = "Utrecht"
	p.Participants[1].Person.UTCOffsetMinutes = 330
	text := jsontest.RoundTrip(t, p)
	// lowerCamel names and string enums, as the issue asks.
	for _, s := range []string{
		`"format":"oneToOne"`, `"hoursPerMonth":3`, `"feedbackMoments":[`, `"role":"mentor"`,
		`"managerId":"m1"`, `"utcOffsetMinutes":330`, `"careerGoals":["team lead"]`,
		`"wantsToDevelop":["coaching"]`, `"seniority":{"level":"junior","years":1}`,
		`"attributes":{"a":"1","b":"2"}`, `"cadence":1209600000000000`,
	} {
		if !strings.Contains(text, s) {
			t.Errorf("JSON lacks %s:\n%s", s, text)
		}
	}
}

func TestZeroValuesRoundTrip(t *testing.T) {
	jsontest.RoundTrip(t, Programme{})
	jsontest.RoundTrip(t, Participant{})
	jsontest.RoundTrip(t, Person{})
}

func TestUnknownEnumInNestedJSON(t *testing.T) {
	var p Programme
	err := json.Unmarshal([]byte(`{"id":"p","participants":[{"person":{"id":"a"},"role":"boss"}]}`), &p)
	require.ErrorIs(t, err, ErrUnknownEnum)
}

func TestRelationshipSessionHealthJSON(t *testing.T) {
	r := inState(t, StatePaused)
	r, err := r.End(r.Since().Add(time.Hour), ReasonNotAGoodFit)
	require.NoError(t, err)
	text := jsontest.RoundTrip(t, r)
	for _, s := range []string{`"programmeId":"prog"`, `"mentorId":"m1"`, `"menteeIds":["e1"]`, `"state":"ended"`,
		`{"from":"","to":"proposed","at":"2026-03-02T09:00:00+01:00"}`, `"reason":"notAGoodFit"`} {
		if !strings.Contains(text, s) {
			t.Errorf("Relationship JSON lacks %s:\n%s", s, text)
		}
	}

	s := testSession("s1", day)
	s.MentorTalkShare = TalkShare(0)
	s.ExpectationsDiscussed = true
	text = jsontest.RoundTrip(t, s)
	for _, w := range []string{`"relationshipId":"r1"`, `"initiatedBy":"e1"`, `"mentorTalkShare":0`,
		`"techniques":["openQuestions","reflection"]`, `"expectationsDiscussed":true`, `"goalIds":["g1"]`, `"duration":3600000000000`} {
		if !strings.Contains(text, w) {
			t.Errorf("Session JSON lacks %s:\n%s", w, text)
		}
	}

	rel, sessions := healthScenario(t)
	h, err := AssessHealth(rel, sessions, fortnight, days(66), HealthConfig{})
	require.NoError(t, err)
	text = jsontest.RoundTrip(t, h)
	for _, w := range []string{`"daysSinceLastSession":22`, `"menteeInitiativeShare":0.25`, `"mentorTalksMore":true`, `"overdue":true`} {
		if !strings.Contains(text, w) {
			t.Errorf("Health JSON lacks %s:\n%s", w, text)
		}
	}

	cfg := HealthConfig{OverdueAfter: 2, StalledAfter: 4, MinSessions: 5, MinMenteeInitiative: 0.3, MaxMentorTalkShare: 0.6}
	if text = jsontest.RoundTrip(t, cfg); text != `{"overdueAfter":2,"stalledAfter":4,"minSessions":5,"minMenteeInitiative":0.3,"maxMentorTalkShare":0.6}` {
		t.Errorf("HealthConfig JSON = %s", text)
	}
}

func TestUnknownEnumsInRelationshipAndSession(t *testing.T) {
	var r Relationship
	require.ErrorIs(t, json.Unmarshal([]byte(`{"transitions":[{"to":"finished"}]}`), &r), ErrUnknownEnum)
	require.ErrorIs(t, json.Unmarshal([]byte(`{"transitions":[{"to":"ended","reason":"fired"}]}`), &r), ErrUnknownEnum)
	var s Session
	require.ErrorIs(t, json.Unmarshal([]byte(`{"techniques":["coaching"]}`), &s), ErrUnknownEnum)
}

// jsonEqual marshals v, decodes it into a fresh T and compares the two with
// NaNs equal; it returns the JSON text.
func jsonEqual[T any](t *testing.T, name string, v T) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("%s: Marshal: %v", name, err)
	}
	var got T
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("%s: Unmarshal %s: %v", name, b, err)
	}
	if diff := cmp.Diff(v, got, cmpopts.EquateNaNs(), cmpopts.IgnoreUnexported(FieldError{}),
		cmpopts.IgnoreFields(FieldError{}, "Err")); diff != "" {
		t.Errorf("%s: round trip via %s (-want +got):\n%s", name, b, diff)
	}
	return string(b)
}

// TestJSONRoundTripDegenerate builds every exported result, config and
// domain type from degenerate inputs (nothing held, zero durations, a
// relationship never active, values Validate rejects such as NaN shares)
// and checks that each survives a JSON round trip unchanged.
func TestJSONRoundTripDegenerate(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)

	// Health of a proposed relationship with no sessions and no cadence:
	// every day count and share is zero.
	r := proposed(t)
	h, err := AssessHealth(r, nil, 0, day, HealthConfig{})
	require.NoError(t, err)
	jsonEqual(t, "Health, no sessions", h)
	jsonEqual(t, "Health{}", Health{})
	jsonEqual(t, "HealthConfig{}", HealthConfig{})
	jsonEqual(t, "HealthConfig NaN", HealthConfig{OverdueAfter: nan, StalledAfter: inf, MinMenteeInitiative: -inf})

	// Readiness of an empty programme (every blocker) and of a ready one
	// (no findings).
	empty := Programme{}.Review()
	require.NotEmpty(t, empty.Findings)
	jsonEqual(t, "Readiness, empty programme", empty)
	ready := testProgramme().Review()
	require.True(t, ready.Ready)
	jsonEqual(t, "Readiness, ready", ready)
	jsonEqual(t, "Finding{}", Finding{})

	// Domain values, empty and with non-finite numbers that only Validate
	// rejects.
	jsonEqual(t, "Programme{}", Programme{})
	jsonEqual(t, "Participant{}", Participant{})
	jsonEqual(t, "Person{}", Person{})
	jsonEqual(t, "Relationship{}", Relationship{})
	jsonEqual(t, "Session{}", Session{})
	jsonEqual(t, "Transition{}", Transition{})
	jsonEqual(t, "Seniority NaN", Seniority{Years: nan})
	jsonEqual(t, "Skill{}", Skill{})
	jsonEqual(t, "Objective{}", Objective{})
	jsonEqual(t, "Guideline{}", Guideline{})
	jsonEqual(t, "GroupSize{}", GroupSize{})
	text := jsonEqual(t, "Personality non-finite", Personality{Openness: nan, Conscientiousness: inf, Extraversion: -inf})
	require.Contains(t, text, `"openness":"NaN","conscientiousness":"Infinity","extraversion":"-Infinity"`)
	s := testSession("s1", day)
	s.Duration = 0
	s.MentorTalkShare = TalkShare(nan)
	text = jsonEqual(t, "Session, NaN talk share", s)
	require.Contains(t, text, `"mentorTalkShare":"NaN"`)
	q := testParticipant("p1", RoleMentor, LevelSenior, nan)
	q.HoursPerMonth = inf
	jsonEqual(t, "Participant non-finite", q)
	p := testProgramme()
	p.HoursPerMonth, p.PeerBandYears = nan, inf
	jsonEqual(t, "Programme non-finite", p)

	// The validation errors themselves, with a non-finite value.
	err = Personality{Openness: nan}.Validate()
	list, ok := fault.List(err)
	require.True(t, ok)
	require.Len(t, list, 1)
	text = jsonEqual(t, "FieldError", list[0])
	require.Contains(t, text, `"value":"NaN","code":"outOfRange"`)
}
