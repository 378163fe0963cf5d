package mentoring

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"
)

const fortnight = 14 * 24 * time.Hour

// days returns day plus n 24-hour days.
func days(n float64) time.Time { return day.Add(time.Duration(n * float64(24*time.Hour))) }

// healthScenario is an active relationship (activated day+1h) with four
// fortnightly sessions, three of them started by the mentor.
func healthScenario(t *testing.T) (Relationship, []Session) {
	t.Helper()
	r := inState(t, StateActive)
	s := []Session{
		testSession("s1", days(2)), testSession("s2", days(16)),
		testSession("s3", days(30)), testSession("s4", days(44)),
	}
	s[0].MentorTalkShare, s[0].ExpectationsDiscussed = TalkShare(0.6), true
	s[1].InitiatedBy, s[1].MentorTalkShare = "m1", TalkShare(0.7)
	s[2].InitiatedBy = "m1"
	s[3].InitiatedBy, s[3].MentorTalkShare = "m1", TalkShare(0.5)
	return r, s
}

func TestAssessHealth(t *testing.T) {
	r, sessions := healthScenario(t)
	tests := []struct {
		name     string
		rel      func() Relationship
		sessions []Session
		cadence  time.Duration
		now      time.Time
		cfg      HealthConfig
		want     Health
		concerns []string
	}{
		{
			// Hand calculation: last session at day 44, now day 66, so 22
			// days; overdue after 1.5 × 14 = 21 days (22 > 21), stalled
			// after 3 × 14 = 42 (no). Mentor started 3 of 4 sessions:
			// mentor share 0.75, mentee 0.25 < 0.5 over 4 ≥ 3 sessions.
			// Talk share mean of 0.6, 0.7, 0.5 = 1.8 / 3 = 0.6 > 0.5 over
			// 3 ≥ 3 sessions. Next session due one fortnight after day 44:
			// day 58.
			name: "overdue, mentor drives and talks", rel: func() Relationship { return r },
			sessions: sessions, cadence: fortnight, now: days(66),
			want: Health{
				RelationshipID: "r1", State: StateActive, At: days(66), Sessions: 4, LastSession: days(44),
				DaysSinceLastSession: 22, DaysWithoutSession: 22, CadenceDays: 14, Overdue: true, NextSessionDue: days(58),
				MenteeInitiativeShare: 0.25, MentorInitiativeShare: 0.75, MentorDrivesInitiative: true,
				TalkShareSessions: 3, MentorTalkShare: 0.6, MentorTalksMore: true, ExpectationsDiscussed: true,
			},
			concerns: []string{ConcernOverdue, ConcernMentorDrivesInitiative, ConcernMentorTalksMore},
		},
		{
			// Exactly 21 days is not yet overdue: the thresholds are strict.
			name: "boundary", rel: func() Relationship { return r },
			sessions: sessions, cadence: fortnight, now: days(65),
			want: Health{
				RelationshipID: "r1", State: StateActive, At: days(65), Sessions: 4, LastSession: days(44),
				DaysSinceLastSession: 21, DaysWithoutSession: 21, CadenceDays: 14, NextSessionDue: days(58),
				MenteeInitiativeShare: 0.25, MentorInitiativeShare: 0.75, MentorDrivesInitiative: true,
				TalkShareSessions: 3, MentorTalkShare: 0.6, MentorTalksMore: true, ExpectationsDiscussed: true,
			},
			concerns: []string{ConcernMentorDrivesInitiative, ConcernMentorTalksMore},
		},
		{
			// Custom thresholds: overdue after 2 × 14 = 28 days (22 is not),
			// mentees should start 20% (25% is enough), talk up to 0.65
			// (0.6 is fine).
			name: "custom config", rel: func() Relationship { return r },
			sessions: sessions, cadence: fortnight, now: days(66),
			cfg: HealthConfig{OverdueAfter: 2, MinMenteeInitiative: 0.2, MaxMentorTalkShare: 0.65},
			want: Health{
				RelationshipID: "r1", State: StateActive, At: days(66), Sessions: 4, LastSession: days(44),
				DaysSinceLastSession: 22, DaysWithoutSession: 22, CadenceDays: 14, NextSessionDue: days(58),
				MenteeInitiativeShare: 0.25, MentorInitiativeShare: 0.75,
				TalkShareSessions: 3, MentorTalkShare: 0.6, ExpectationsDiscussed: true,
			},
		},
		{
			// Two sessions, both by the mentor, with high talk share: below
			// the default MinSessions of 3 nothing is flagged yet.
			name: "too few sessions to judge", rel: func() Relationship { return r },
			sessions: sessions[1:3], cadence: fortnight, now: days(31),
			want: Health{
				RelationshipID: "r1", State: StateActive, At: days(31), Sessions: 2, LastSession: days(30),
				DaysSinceLastSession: 1, DaysWithoutSession: 1, CadenceDays: 14, NextSessionDue: days(44),
				MentorInitiativeShare: 1, TalkShareSessions: 1, MentorTalkShare: 0.7,
			},
			concerns: []string{ConcernExpectationsNotDiscussed},
		},
		{
			// No session yet: counted from activation at day + 1h. Now is
			// day + 1h + 43 days: 43 > 42, stalled (and so overdue).
			name: "stalled without sessions", rel: func() Relationship { return r },
			cadence: fortnight, now: day.Add(time.Hour).Add(43 * 24 * time.Hour),
			want: Health{
				RelationshipID: "r1", State: StateActive, At: day.Add(time.Hour).Add(43 * 24 * time.Hour),
				DaysSinceLastSession: 43, DaysWithoutSession: 43, CadenceDays: 14, Overdue: true, Stalled: true,
				NextSessionDue: day.Add(time.Hour).Add(fortnight),
			},
			concerns: []string{ConcernStalled},
		},
		{
			// Paused on purpose: never overdue however long.
			name: "paused", rel: func() Relationship { return inState(t, StatePaused) },
			cadence: fortnight, now: days(100),
			want: Health{
				RelationshipID: "r1", State: StatePaused, At: days(100),
				DaysSinceLastSession: 100 - 1.0/24, CadenceDays: 14,
			},
		},
		{
			// Session on day 2, paused on day 10, resumed on day 60, now day
			// 65: 63 days since the session, but only 5 active days
			// without one, so not overdue (1.5 × 14 = 21); the next is due
			// a fortnight after the resumption, day 74.
			name: "resumed after a pause", rel: func() Relationship {
				r := inState(t, StateActive)
				r, err := r.Pause(days(10))
				require.NoError(t, err)
				r, err = r.Activate(days(60))
				require.NoError(t, err)
				return r
			},
			sessions: sessions[:1], cadence: fortnight, now: days(65),
			want: Health{
				RelationshipID: "r1", State: StateActive, At: days(65), Sessions: 1, LastSession: days(2),
				DaysSinceLastSession: 63, DaysWithoutSession: 5, CadenceDays: 14, NextSessionDue: days(74), MenteeInitiativeShare: 1,
				TalkShareSessions: 1, MentorTalkShare: 0.6, ExpectationsDiscussed: true,
			},
		},
		{
			// As of day 31, from records that run to day 50: the session
			// of day 44 and the pause of day 50 have not happened yet.
			// Sessions on days 2, 16 and 30; the mentor started 2 of 3
			// (s2, s3): mentee share 1/3 < 0.5 over 3 ≥ 3 sessions. Talk
			// shares 0.6 and 0.7 recorded: mean 0.65 over 2 < 3 sessions,
			// not judged. Next due day 30 + 14 = 44.
			name: "as of an earlier date", rel: func() Relationship {
				r, err := inState(t, StateActive).Pause(days(50))
				require.NoError(t, err)
				return r
			},
			sessions: sessions, cadence: fortnight, now: days(31),
			want: Health{
				RelationshipID: "r1", State: StateActive, At: days(31), Sessions: 3, LaterSessions: 1, LastSession: days(30),
				DaysSinceLastSession: 1, DaysWithoutSession: 1, CadenceDays: 14, NextSessionDue: days(44),
				MenteeInitiativeShare: 1.0 / 3, MentorInitiativeShare: 2.0 / 3, MentorDrivesInitiative: true,
				TalkShareSessions: 2, MentorTalkShare: 0.65, ExpectationsDiscussed: true,
			},
			concerns: []string{ConcernMentorDrivesInitiative},
		},
		{
			// As of the proposal itself, before the activation an hour
			// later: proposed, nothing due.
			name: "as of the proposal", rel: func() Relationship { return r },
			sessions: sessions, cadence: fortnight, now: day,
			want: Health{RelationshipID: "r1", State: StateProposed, At: day, LaterSessions: 4, CadenceDays: 14},
		},
		{
			name: "proposed, never active", rel: func() Relationship { return proposed(t) },
			cadence: fortnight, now: days(100),
			want: Health{RelationshipID: "r1", State: StateProposed, At: days(100), CadenceDays: 14},
		},
		{
			// A flash programme has no cadence: nothing is ever overdue.
			name: "no cadence", rel: func() Relationship { return r },
			sessions: sessions[:1], now: days(400),
			want: Health{
				RelationshipID: "r1", State: StateActive, At: days(400), Sessions: 1, LastSession: days(2),
				DaysSinceLastSession: 398, DaysWithoutSession: 398, MenteeInitiativeShare: 1,
				TalkShareSessions: 1, MentorTalkShare: 0.6, ExpectationsDiscussed: true,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rel := tt.rel()
			relBefore := rel.Clone()
			before := make([]Session, len(tt.sessions))
			for i, s := range tt.sessions {
				before[i] = s.Clone()
			}
			got, err := AssessHealth(rel, tt.sessions, tt.cadence, tt.now, tt.cfg)
			require.NoError(t, err)
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateApprox(0, 1e-9)); diff != "" {
				t.Errorf("Health (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.concerns, got.Concerns()); diff != "" {
				t.Errorf("Concerns (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(before, tt.sessions, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("sessions modified (-before +after):\n%s", diff)
			}
			if diff := cmp.Diff(relBefore, rel); diff != "" {
				t.Errorf("relationship modified (-before +after):\n%s", diff)
			}
		})
	}
}

func TestAssessHealthOrderIndependent(t *testing.T) {
	r, sessions := healthScenario(t)
	want, err := AssessHealth(r, sessions, fortnight, days(66), HealthConfig{})
	require.NoError(t, err)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 50 {
		s := append([]Session(nil), sessions...)
		rng.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
		got, err := AssessHealth(r, s, fortnight, days(66), HealthConfig{})
		require.NoError(t, err)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("order changed the result (-want +got):\n%s", diff)
		}
	}
}

func TestAssessHealthErrors(t *testing.T) {
	r, sessions := healthScenario(t)
	other := testSession("s9", days(3))
	other.RelationshipID = "r2"
	outsider := testSession("s8", days(4))
	outsider.InitiatedBy = "stranger"
	future := testSession("s7", days(70))
	early := testSession("s6", days(-1))
	dup := testSession("s1", days(5))
	bad := testSession("s5", days(6))
	bad.Duration = 0
	list := append(append([]Session(nil), sessions...), other, outsider, future, early, dup, bad)
	_, err := AssessHealth(r, list, fortnight, days(66), HealthConfig{})
	want := []problem{
		{"sessions[4].relationshipId", ErrUnknownReference},
		{"sessions[5].initiatedBy", ErrUnknownReference},
		{"sessions[7].start", ErrTimeOrder}, // before the proposal; sessions[6] is later than now: ignored
		{"sessions[8].id", ErrDuplicate},
		{"sessions[9].duration", ErrOutOfRange},
	}
	if diff := cmp.Diff(want, problemsOf(t, err), cmp.Comparer(cmpErrs)); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}

	_, err = AssessHealth(r, nil, -time.Second, day, HealthConfig{OverdueAfter: 0.5, StalledAfter: math.NaN(), MinSessions: -1, MinMenteeInitiative: 2, MaxMentorTalkShare: -1})
	want = []problem{
		{"config.overdueAfter", ErrOutOfRange}, {"config.stalledAfter", ErrOutOfRange},
		{"config.minSessions", ErrOutOfRange}, {"config.minMenteeInitiative", ErrOutOfRange},
		{"config.maxMentorTalkShare", ErrOutOfRange},
		{"cadence", ErrOutOfRange},
	}
	if diff := cmp.Diff(want, problemsOf(t, err), cmp.Comparer(cmpErrs)); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}

	_, err = AssessHealth(r, nil, fortnight, day.Add(-time.Hour), HealthConfig{})
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Field != "now" || fe.Code != "nowBeforeProposal" || fe.ID != "r1" || !errors.Is(err, ErrTimeOrder) {
		t.Errorf("now before the proposal: %v", err)
	}

	bad2 := r.Clone()
	bad2.MenteeIDs = nil
	_, err = AssessHealth(bad2, nil, fortnight, time.Time{}, HealthConfig{StalledAfter: 1.2})
	want = []problem{
		{"relationship.menteeIds", ErrMissing},
		{"config.stalledAfter", ErrOutOfRange}, // below the default OverdueAfter of 1.5
		{"now", ErrMissing},
	}
	if diff := cmp.Diff(want, problemsOf(t, err), cmp.Comparer(cmpErrs)); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

func TestHealthConfigWithDefaults(t *testing.T) {
	want := HealthConfig{OverdueAfter: 1.5, StalledAfter: 3, MinSessions: 3, MinMenteeInitiative: 0.5, MaxMentorTalkShare: 0.5}
	if got := (HealthConfig{}).WithDefaults(); got != want {
		t.Errorf("HealthConfig{}.WithDefaults() = %+v, want %+v", got, want)
	}
	set := HealthConfig{OverdueAfter: 2, MinSessions: 1, MaxMentorTalkShare: 0.7}
	want = HealthConfig{OverdueAfter: 2, StalledAfter: 3, MinSessions: 1, MinMenteeInitiative: 0.5, MaxMentorTalkShare: 0.7}
	if got := set.WithDefaults(); got != want {
		t.Errorf("WithDefaults() = %+v, want %+v", got, want)
	}
}

func TestHealthConfigValidate(t *testing.T) {
	require.NoError(t, HealthConfig{}.Validate())
	require.NoError(t, HealthConfig{OverdueAfter: 1, StalledAfter: 1, MinSessions: 1, MinMenteeInitiative: 1, MaxMentorTalkShare: 1}.Validate())
	require.ErrorIs(t, HealthConfig{OverdueAfter: math.Inf(1)}.Validate(), ErrOutOfRange)
}

func TestDaysBetweenBeyondDurationRange(t *testing.T) {
	a := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC)
	// 2000 Gregorian years hold 5 × 400-year cycles of 146097 days.
	if got := daysBetween(a, b); got != 5*146097 {
		t.Fatalf("daysBetween = %v, want %v", got, 5*146097)
	}
}

// TestDaysBetweenExtremeTimes: times ±2^62 seconds from 1970 are valid
// time.Time values, but the difference of their Unix seconds overflows an
// int64 (2^63). The days between them are 2^63 / 86400 and positive.
func TestDaysBetweenExtremeTimes(t *testing.T) {
	a, b := time.Unix(-1<<62, 0), time.Unix(1<<62, 0)
	want := math.Ldexp(1, 63) / 86400
	if got := daysBetween(a, b); math.Abs(got-want) > 1e-12*want {
		t.Fatalf("daysBetween = %v, want %v", got, want)
	}
	if got := daysBetween(b, a); math.Abs(got+want) > 1e-12*want {
		t.Fatalf("daysBetween reversed = %v, want %v", got, -want)
	}
}

// TestAssessHealthBeforeYearOne guards against treating the zero time.Time
// as "no session": times before year 1 are valid (found by
// FuzzAssessHealth, testdata/fuzz/FuzzAssessHealth/868548eb9dad77bd).
func TestAssessHealthBeforeYearOne(t *testing.T) {
	t0 := time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC) // year 0, before time.Time{}
	r, err := Propose(Relationship{ID: "r", ProgrammeID: "p", MentorID: "m", MenteeIDs: []string{"e"}}, t0)
	require.NoError(t, err)
	r, err = r.Activate(t0.Add(10 * time.Hour))
	require.NoError(t, err)
	s := Session{ID: "s", RelationshipID: "r", Start: t0.Add(48 * time.Hour), Duration: time.Hour, InitiatedBy: "e"}
	now := t0.Add(9 * 24 * time.Hour)
	h, err := AssessHealth(r, []Session{s}, fortnight, now, HealthConfig{})
	require.NoError(t, err)
	// Session at day 2, now day 9: 7 days either way.
	if !h.LastSession.Equal(s.Start) || h.DaysSinceLastSession != 7 || h.DaysWithoutSession != 7 {
		t.Fatalf("Health = %+v", h)
	}
	h, err = AssessHealth(r, nil, fortnight, now, HealthConfig{})
	require.NoError(t, err)
	// No session: from activation at 10:00 on day 0 to day 9 is 8 days 14 h.
	if want := 8 + 14.0/24; math.Abs(h.DaysSinceLastSession-want) > 1e-12 || math.Abs(h.DaysWithoutSession-want) > 1e-12 {
		t.Fatalf("Health = %+v, want %v days", h, want)
	}
}
