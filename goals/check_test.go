package goals

import (
	"errors"
	"math"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// letterCodes summarises a report: per letter, met or not and the codes.
type letterCodes struct {
	Letter    string
	Criterion Criterion
	Met       bool
	Codes     []Code
}

func summarise(r Report) []letterCodes {
	var out []letterCodes
	for _, l := range r.Letters {
		lc := letterCodes{Letter: l.Letter, Criterion: l.Criterion, Met: l.Met}
		for _, f := range l.Findings {
			lc.Codes = append(lc.Codes, f.Code)
		}
		out = append(out, lc)
	}
	return out
}

func TestCheckSMARTGoal(t *testing.T) {
	g := sessionsGoal()
	before := g.Clone()
	r := Check(g, CheckOptions{Now: date(2026, time.February, 1)})
	want := []letterCodes{
		{"S", Specific, true, nil},
		{"M", Measurable, true, nil},
		{"A", Achievable, true, []Code{CodeNoHistory}},
		{"R", Relevant, true, nil},
		{"T", TimeBound, true, nil},
	}
	if diff := cmp.Diff(want, summarise(r)); diff != "" {
		t.Errorf("Check mismatch (-want +got):\n%s", diff)
	}
	require.True(t, r.Met())
	require.NoError(t, r.Invalid)
	require.Equal(t, English, r.Language)
	if diff := cmp.Diff(before, g); diff != "" {
		t.Errorf("Check modified the goal (-before +after):\n%s", diff)
	}
}

func TestCheckVagueDutchGoal(t *testing.T) {
	r := Check(Goal{Title: "Beter worden in presenteren"}, CheckOptions{})
	want := []letterCodes{
		{"S", Specific, false, []Code{CodeVagueVerb, CodeNoNumber}},
		{"M", Measurable, false, []Code{CodeNoMetric, CodeNoUnit, CodeNoDirection, CodeNoBaseline, CodeNoTarget}},
		{"A", Achievable, true, nil},
		{"R", Relevant, false, []Code{CodeNoLink}},
		{"T", TimeBound, false, []Code{CodeNoDue, CodeNoStart}},
	}
	if diff := cmp.Diff(want, summarise(r)); diff != "" {
		t.Errorf("Check mismatch (-want +got):\n%s", diff)
	}
	require.Equal(t, Dutch, r.Language)
	require.Equal(t, Dutch, r.MessageLanguage)
	var names []string
	for _, l := range r.Letters {
		names = append(names, l.Name)
	}
	if diff := cmp.Diff([]string{"Specifiek", "Meetbaar", "Haalbaar", "Relevant", "Tijdgebonden"}, names); diff != "" {
		t.Errorf("letter names mismatch (-want +got):\n%s", diff)
	}
	s := r.Letters[0].Findings[0]
	want0 := Finding{Code: CodeVagueVerb, Severity: Error, Field: "title", Start: 0, End: 5, EndUTF16: 5, Words: "Beter",
		Message: "Titel: ‘Beter’ is niet concreet. Geef aan hoeveel, met een getal en een eenheid (bijvoorbeeld: van 3 naar 5 gesprekken per maand)."}
	if diff := cmp.Diff(want0, s); diff != "" {
		t.Errorf("first finding mismatch (-want +got):\n%s", diff)
	}
	// The same goal with English messages.
	r = Check(Goal{Title: "Beter worden in presenteren"}, CheckOptions{MessageLanguage: English})
	require.Equal(t, "Title: “Beter” is vague. State how much, with a number and a unit (for example: from 3 to 5 sessions a month).",
		r.Letters[0].Findings[0].Message)
	require.Equal(t, "Achievable", r.Letters[2].Name)
}

func TestCheckPace(t *testing.T) {
	now := date(2026, time.April, 1)
	// Current 6 (1 April), target 10: 4 sessions left in 30 days, needed
	// 4/30 per day = 0.9333 per week. Seen: slope 0.05 per day (see
	// TestForecast) = 0.35 per week. Ratio (4/30)/0.05 = 2.667 > 1.5.
	r := Check(sessionsGoal(), CheckOptions{Now: now, CheckIns: sessionsCheckIns()})
	a := r.Letters[2]
	require.False(t, a.Met)
	want := []Finding{{Code: CodeRateTooHigh, Severity: Error, Field: "target",
		Message: "The remaining 4 sessions in 30 days require 0.9333 per week: 2.67 times the pace so far (0.35 per week). The limit is 1.5 times."}}
	if diff := cmp.Diff(want, a.Findings); diff != "" {
		t.Errorf("pace findings mismatch (-want +got):\n%s", diff)
	}
	// A factor of 3 accepts a ratio of 2.667.
	r = Check(sessionsGoal(), CheckOptions{Now: now, CheckIns: sessionsCheckIns(), RateFactor: 3})
	require.True(t, r.Letters[2].Met)
	require.Empty(t, r.Letters[2].Findings)
	// Flat check-ins: no progress.
	flat := []CheckIn{{Time: date(2026, 1, 31), Value: 3}, {Time: date(2026, 3, 2), Value: 3}}
	r = Check(sessionsGoal(), CheckOptions{Now: now, CheckIns: flat})
	require.Equal(t, []letterCodes{{"A", Achievable, false, []Code{CodeNoProgress}}}, summarise(r)[2:3])
	// Check-ins after now are ignored: only the one of 31 January counts.
	r = Check(sessionsGoal(), CheckOptions{Now: date(2026, 2, 1), CheckIns: sessionsCheckIns()})
	require.Equal(t, []Code{CodeNoHistory}, summarise(r)[2].Codes)
	// Malformed check-ins.
	r = Check(sessionsGoal(), CheckOptions{Now: now, CheckIns: []CheckIn{{Time: now, Value: math.Inf(1)}}})
	require.Equal(t, []Code{CodeBadCheckIns}, summarise(r)[2].Codes)
	require.ErrorIs(t, r.Invalid, ErrOutOfRange)
}

func TestCheckReadings(t *testing.T) {
	g := sessionsGoal()
	g.Owner = ""
	g.Commitment = Aspirational
	g.Milestones = []Milestone{{Title: "First session", Due: date(2026, 2, 1)}}
	opts := CheckOptions{Now: date(2026, time.April, 1), CheckIns: sessionsCheckIns()}

	opts.Reading = ReadingDoran
	got := summarise(Check(g, opts))[2:4]
	want := []letterCodes{
		{"A", Assignable, false, []Code{CodeNoOwner, CodeMilestoneNoOwner}},
		{"R", Realistic, false, []Code{CodeRateTooHigh}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Doran reading mismatch (-want +got):\n%s", diff)
	}

	opts.Reading = ReadingDutch
	opts.MessageLanguage = Dutch
	r := Check(g, opts)
	want = []letterCodes{
		{"A", Acceptable, false, []Code{CodeNoOwnerAccepted, CodeAspirational}},
		{"R", Realistic, false, []Code{CodeRateTooHigh}},
	}
	if diff := cmp.Diff(want, summarise(r)[2:4]); diff != "" {
		t.Errorf("Dutch reading mismatch (-want +got):\n%s", diff)
	}
	require.Equal(t, "Acceptabel", r.Letters[2].Name)
	require.Equal(t, "Realistisch", r.Letters[3].Name)
	require.Equal(t, "Voor de resterende 4 sessions in 30 dagen is 0,9333 per week nodig: 2,67 keer het tempo tot nu toe (0,35 per week). De grens is 1,5 keer.",
		r.Letters[3].Findings[0].Message)

	// A reading with fields outside their letters falls back to the common one.
	opts.Reading = Reading{A: Relevant, R: Specific}
	r = Check(g, opts)
	require.Equal(t, Achievable, r.Letters[2].Criterion)
	require.Equal(t, Relevant, r.Letters[3].Criterion)
}

func TestCheckMeasurable(t *testing.T) {
	wrong := sessionsGoal()
	wrong.Target = Float(1)
	inBand := sessionsGoal()
	inBand.Direction, inBand.Target, inBand.Band = Within, nil, &Band{Min: 1, Max: 3}
	nan := sessionsGoal()
	nan.Target = Float(math.NaN())
	bandOnIncrease := sessionsGoal()
	bandOnIncrease.Band = &Band{Min: 1, Max: 3}
	tests := []struct {
		name string
		g    Goal
		want []Code
		met  bool
	}{
		{"increase to a lower target", wrong, []Code{CodeWrongDirection}, false},
		{"baseline in band", inBand, []Code{CodeAlreadyInBand}, true},
		{"NaN target", nan, []Code{CodeBadMeasure}, false},
		{"band on an increase", bandOnIncrease, []Code{CodeBadMeasure}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Check(tt.g, CheckOptions{})
			m := summarise(r)[1]
			if diff := cmp.Diff(letterCodes{"M", Measurable, tt.met, tt.want}, m); diff != "" {
				t.Errorf("M mismatch (-want +got):\n%s", diff)
			}
		})
	}
	r := Check(wrong, CheckOptions{})
	require.Equal(t, "The target (1) is not above the baseline (2), while the metric should rise.", r.Letters[1].Findings[0].Message)
	r = Check(wrong, CheckOptions{MessageLanguage: Dutch})
	require.Equal(t, "De streefwaarde (1) ligt niet boven de nulmeting (2), terwijl de maatstaf moet stijgen.", r.Letters[1].Findings[0].Message)
	r = Check(nan, CheckOptions{})
	require.ErrorIs(t, r.Invalid, ErrOutOfRange)
}

func TestCheckTimeBoundAndRelevant(t *testing.T) {
	g := sessionsGoal()
	g.Milestones = []Milestone{{Title: "Last session", Due: date(2026, 5, 15), Owner: "ana"}}
	g.Links = append(g.Links, Link{Kind: LinkObjective, ID: "obj-unknown"}, Link{Kind: LinkCareerGoal, ID: "cg-1"})
	r := Check(g, CheckOptions{
		Now:            date(2026, time.June, 1),
		CheckIns:       sessionsCheckIns(),
		ProgrammeStart: date(2026, 2, 1),
		ProgrammeEnd:   date(2026, 4, 1),
		Objectives:     []string{"obj-leadership"},
	})
	want := []letterCodes{
		{"R", Relevant, true, []Code{CodeUnknownObjective}},
		{"T", TimeBound, false, []Code{CodePastDue, CodeOutsideProgramme, CodeOutsideProgramme, CodeMilestoneAfterDue}},
	}
	if diff := cmp.Diff(want, summarise(r)[3:]); diff != "" {
		t.Errorf("R and T mismatch (-want +got):\n%s", diff)
	}
	var msgs []string
	for _, f := range r.Letters[4].Findings {
		msgs = append(msgs, f.Field+" | "+f.Message)
	}
	wantMsgs := []string{
		"due | The due date (1 May 2026) has passed and the goal has not been reached (checked on 1 June 2026).",
		"start | The start date (1 January 2026) lies outside the programme period (1 February 2026 to 1 April 2026).",
		"due | The due date (1 May 2026) lies outside the programme period (1 February 2026 to 1 April 2026).",
		"milestones[0].due | Milestone “Last session” is due on 15 May 2026, after the goal's due date (1 May 2026).",
	}
	if diff := cmp.Diff(wantMsgs, msgs); diff != "" {
		t.Errorf("T messages mismatch (-want +got):\n%s", diff)
	}
	// Achieved before the due date: not past due.
	done := append(sessionsCheckIns(), CheckIn{Time: date(2026, 4, 20), Value: 10})
	r = Check(sessionsGoal(), CheckOptions{Now: date(2026, time.June, 1), CheckIns: done})
	require.Empty(t, r.Letters[4].Findings)
	// Due before start.
	rev := sessionsGoal()
	rev.Due = date(2025, 12, 1)
	r = Check(rev, CheckOptions{})
	require.Equal(t, []Code{CodeDueBeforeStart}, summarise(r)[4].Codes)
	var fe *FieldError
	require.True(t, errors.As(r.Invalid, &fe))
	require.Equal(t, "due", fe.Field)
}

// TestCheckRelevantMalformedLinks: a link without a kind or without an ID
// serves nothing, so it does not make a goal relevant (Validate reports it
// in Report.Invalid as well).
func TestCheckRelevantMalformedLinks(t *testing.T) {
	tests := []struct {
		name  string
		links []Link
		want  letterCodes
	}{
		{"blank ID", []Link{{Kind: LinkObjective, ID: " "}}, letterCodes{"R", Relevant, false, []Code{CodeNoLink}}},
		{"no kind", []Link{{ID: "obj-1"}}, letterCodes{"R", Relevant, false, []Code{CodeNoLink}}},
		{"undeclared kind", []Link{{Kind: 9, ID: "obj-1"}}, letterCodes{"R", Relevant, false, []Code{CodeNoLink}}},
		{"one good link among bad", []Link{{ID: "x"}, {Kind: LinkCareerGoal, ID: "cg-1"}}, letterCodes{"R", Relevant, true, nil}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := sessionsGoal()
			g.Links = tt.links
			r := Check(g, CheckOptions{})
			if diff := cmp.Diff(tt.want, summarise(r)[3]); diff != "" {
				t.Errorf("R mismatch (-want +got):\n%s", diff)
			}
			require.Error(t, r.Invalid)
		})
	}
}

// TestCheckPaceHugeValues: from −1e308 to 1e308 with the latest check-in
// at −0.9e308, the remaining 1.9e308 overflows target − current. Over 100
// days that needs 1.9e306 a day; the check-ins (−1e308 ten days earlier)
// show 1e306 a day: a ratio of 1.9, above 1.5 and below 3.
func TestCheckPaceHugeValues(t *testing.T) {
	start := date(2026, 1, 1)
	g := sessionsGoal()
	g.Baseline, g.Target, g.Start, g.Due = Float(-1e308), Float(1e308), start, start.AddDate(0, 0, 100)
	cs := []CheckIn{{Time: start.AddDate(0, 0, -10), Value: -1e308}, {Time: start, Value: -0.9e308}}
	r := Check(g, CheckOptions{Now: start, CheckIns: cs, RateFactor: 3})
	require.Empty(t, r.Letters[2].Findings, "ratio 1.9 is within a factor of 3")
	r = Check(g, CheckOptions{Now: start, CheckIns: cs})
	require.Equal(t, []Code{CodeRateTooHigh}, summarise(r)[2].Codes)
	require.Contains(t, r.Letters[2].Findings[0].Message, "1.9 times")
}
