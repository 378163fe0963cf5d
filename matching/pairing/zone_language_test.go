package pairing

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/mentoring"
)

// explainPair builds a one-to-one programme of mentor m and mentee e and
// explains their pair under cfg.
func explainPair(t *testing.T, prog mentoring.Programme, cfg Config) Explanation {
	t.Helper()
	p, err := New(prog, cfg)
	require.NoError(t, err)
	x, err := p.Explain("m", "e")
	require.NoError(t, err)
	return x
}

// criterionScore returns the score of the named criterion in x.
func criterionScore(t *testing.T, x Explanation, c Criterion) float64 {
	t.Helper()
	for _, b := range x.Breakdown {
		if b.Criterion == c.String() {
			return b.Score
		}
	}
	t.Fatalf("no %s in the breakdown", c)
	return 0
}

// TestLanguagesByBaseLanguage: names, tags and regional forms of one
// language are one language for the rule and the criterion.
func TestLanguagesByBaseLanguage(t *testing.T) {
	for _, c := range []struct {
		mentor, mentee []string
		want           []Rule
		score          float64 // overlap coefficient |A ∩ B| / min(|A|, |B|)
	}{
		{[]string{"Nederlands"}, []string{"nl-BE"}, nil, 1},
		{[]string{"Dutch", "English"}, []string{"NL"}, nil, 1},         // 1 / min(2, 1)
		{[]string{"Vlaams", "Engels"}, []string{"nl", "fr"}, nil, 0.5}, // 1 / min(2, 2)
		{[]string{"Dutch"}, []string{"English"}, []Rule{RuleNoSharedLanguage}, 0},
	} {
		m := pairMentor(pairPerson("m", 10, mentoring.LevelSenior), 1)
		e := pairMentee(pairPerson("e", 2, mentoring.LevelJunior))
		m.Person.Languages, e.Person.Languages = c.mentor, c.mentee
		x := explainPair(t, pairProg(mentoring.FormatOneToOne, m, e), Config{Rules: Rules{SharedLanguage: true}})
		if d := cmp.Diff(c.want, x.Rules); d != "" {
			t.Errorf("%v / %v: rules (-want +got):\n%s", c.mentor, c.mentee, d)
		}
		if got := criterionScore(t, x, CriterionLanguages); got != c.score {
			t.Errorf("%v / %v: languages %v, want %v", c.mentor, c.mentee, got, c.score)
		}
	}
	// An unknown language stops New with the person's ID.
	m := pairMentor(pairPerson("m", 10, mentoring.LevelSenior), 1)
	e := pairMentee(pairPerson("e", 2, mentoring.LevelJunior))
	e.Person.Languages = []string{"klingon"}
	_, err := New(pairProg(mentoring.FormatOneToOne, m, e), Config{})
	require.ErrorIs(t, err, mentoring.ErrUnknownLanguage)
	require.Contains(t, err.Error(), "klingon")
}

// TestTimeZonesOverTheProgramme: a pair one hour apart in winter and two
// in summer (Amsterdam and UTC; EU summer time 29 March – 25 October
// 2026) is judged on two hours when the programme runs into summer, on
// one when it stays in winter. The working-hours criterion is then
// max(0, 480 − gap) / 480: 360/480 = 0.75 and 420/480 = 0.875.
func TestTimeZonesOverTheProgramme(t *testing.T) {
	winterStart := time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name       string
		start, end time.Time
		want       []Rule
		hours      float64
	}{
		{"into summer", winterStart, time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC), []Rule{RuleTimeZoneGap}, 0.75},
		{"winter only", winterStart, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), nil, 0.875},
		// No dates: the calendar year of the zone table, which has summer.
		{"no dates", time.Time{}, time.Time{}, []Rule{RuleTimeZoneGap}, 0.75},
	} {
		m := pairMentor(pairPerson("m", 10, mentoring.LevelSenior), 1)
		e := pairMentee(pairPerson("e", 2, mentoring.LevelJunior))
		m.Person.TimeZone = "Europe/Amsterdam"
		e.Person.UTCOffsetMinutes = 0 // no TimeZone: the fixed offset
		prog := pairProg(mentoring.FormatOneToOne, m, e)
		prog.Start, prog.End = c.start, c.end
		x := explainPair(t, prog, Config{Rules: Rules{MaxTimeZoneGap: 60}})
		if d := cmp.Diff(c.want, x.Rules); d != "" {
			t.Errorf("%s: rules (-want +got):\n%s", c.name, d)
		}
		if got := criterionScore(t, x, CriterionWorkingHours); got != c.hours {
			t.Errorf("%s: working hours %v, want %v", c.name, got, c.hours)
		}
	}
	// An unknown zone stops New with the person's ID.
	m := pairMentor(pairPerson("m", 10, mentoring.LevelSenior), 1)
	e := pairMentee(pairPerson("e", 2, mentoring.LevelJunior))
	e.Person.TimeZone = "Europe/Amsterdamm"
	_, err := New(pairProg(mentoring.FormatOneToOne, m, e), Config{})
	require.ErrorIs(t, err, mentoring.ErrUnknownZone)
	var fe *FieldError
	require.ErrorAs(t, err, &fe)
	require.Equal(t, "e", fe.ID)
}

// TestZoneGapMatrix: the merged step functions give what mentoring's
// Zone.Gap gives for every two zones of a spread of rules (northern and
// southern summer time, none, half hours, a fixed offset), over a
// programme year and a short winter period.
func TestZoneGapMatrix(t *testing.T) {
	var zones []mentoring.Zone
	for _, s := range []string{"Europe/Amsterdam", "Europe/London", "America/New_York", "Australia/Sydney",
		"Asia/Kolkata", "Pacific/Chatham", "America/Sao_Paulo", "UTC+05:45", "UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago"} {
		z, err := mentoring.ParseZone(s)
		require.NoError(t, err)
		zones = append(zones, z)
	}
	for _, period := range [][2]time.Time{
		{time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC), time.Date(2027, 2, 1, 0, 0, 0, 0, time.UTC)},
		{time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC), time.Date(2026, 1, 20, 0, 0, 0, 0, time.UTC)},
		{},
	} {
		gap := pairZoneGaps(zones, period[0], period[1])
		n := len(zones)
		for i := range zones {
			for j := range zones {
				want := zones[i].Gap(zones[j], period[0], period[1]).Most
				if got := int(gap[i*n+j]); got != want {
					t.Errorf("%v–%v over %v: %d, want %d", zones[i], zones[j], period, got, want)
				}
			}
		}
	}
}

// TestPruneAgreesWithScoreRow: the mentors the partitioning rules leave
// (shared language, time-zone gap, department, organisation) hold every
// allowed mentor, so the
// pruned scoring equals the full row on random programmes with random
// zones, languages and gaps, and allowedMentors lists exactly the
// mentors with a score.
func TestPruneAgreesWithScoreRow(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 16))
	for it := range 300 {
		prog, cfg := pairRandomProgramme(rng, rng.IntN(12), rng.IntN(12))
		for i := range prog.Participants {
			if rng.IntN(4) == 0 {
				prog.Participants[i].Person.TimeZone = []string{"Europe/Amsterdam", "America/New_York", "Asia/Kolkata", "Australia/Adelaide"}[rng.IntN(4)]
			}
		}
		cfg.Rules.SharedLanguage = rng.IntN(2) == 0
		cfg.Rules.MaxTimeZoneGap = []int{0, 60, 240, 360, 600}[rng.IntN(5)]
		if rng.IntN(3) == 0 { // two organisations, some people of none
			prog.Format = mentoring.FormatCrossOrganisation
			for i := range prog.Participants {
				prog.Participants[i].Person.Organisation = []string{"", "Acme", "Globex"}[rng.IntN(3)]
			}
		}
		cfg.Rules.Locks = nil
		p, err := New(prog, cfg)
		require.NoError(t, err, "instance %d", it)
		full := make([]float64, len(p.mentors))
		pruned := make([]float64, len(p.mentors))
		var sc pairScratch
		for e := range p.mentees {
			if cand := p.allowedCandidates(e, nil); cfg.Rules.SharedLanguage || cfg.Rules.MaxTimeZoneGap > 0 || cfg.Rules.DifferentDepartment || prog.Format == mentoring.FormatCrossOrganisation {
				require.NotNil(t, cand, "an empty list is not every mentor")
			}
			require.NoError(t, p.scoreRow(e, full))
			require.NoError(t, p.scoreRowPruned(e, pruned, &sc))
			require.Equal(t, full, pruned, "instance %d mentee %d", it, e)
			ms, scores, err := p.allowedMentors(e, nil, nil)
			require.NoError(t, err)
			var wantM []int32
			var wantS []float64
			for m, s := range full {
				if s >= 0 {
					wantM, wantS = append(wantM, int32(m)), append(wantS, s)
				}
			}
			require.Equal(t, len(wantM), len(ms), "instance %d mentee %d", it, e)
			if len(ms) > 0 {
				require.Equal(t, wantM, ms, "instance %d mentee %d", it, e)
				require.Equal(t, wantS, scores, "instance %d mentee %d", it, e)
			}
		}
	}
}
