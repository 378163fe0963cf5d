package mentoring

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// codes reduces findings to "code@field/severity" for compact comparison.
func codes(r Readiness) []string {
	var out []string
	for _, f := range r.Findings {
		out = append(out, string(f.Code)+"@"+f.Field+"/"+f.Severity.String())
	}
	return out
}

func TestReview(t *testing.T) {
	tests := []struct {
		name      string
		modify    func(p *Programme)
		wantReady bool
		want      []string
	}{
		{"ready", func(*Programme) {}, true, nil},
		{"empty draft", func(p *Programme) { *p = Programme{ID: "d", Name: "Draft", Format: FormatOneToOne} }, false, []string{
			"objectivesMissing@objectives/blocker",
			"durationMissing@start/blocker",
			"cadenceMissing@cadence/blocker",
			"commitmentMissing@hoursPerMonth/blocker",
			"guidelinesMissing@guidelines/blocker",
			"feedbackMomentsMissing@feedbackMoments/blocker",
			"mentorsMissing@participants/warning",
		}},
		{"flash needs no cadence", func(p *Programme) { p.Format = FormatFlash; p.Cadence = 0 }, true, nil},
		{"unmeasurable objective", func(p *Programme) {
			p.Objectives = append(p.Objectives, Objective{Statement: "More fun"}, Objective{Statement: "x", Measure: " - "})
		}, false, []string{
			"objectiveNotMeasurable@objectives[1].measure/blocker", "objectiveNotMeasurable@objectives[2].measure/blocker",
		}},
		{"end missing", func(p *Programme) { p.End = time.Time{} }, false, []string{"durationMissing@end/blocker"}},
		{"start missing", func(p *Programme) { p.Start = time.Time{} }, false, []string{"durationMissing@start/blocker"}},
		{"role without guideline, untrained mentor, short on time", func(p *Programme) {
			p.Guidelines = p.Guidelines[:1]
			p.Participants[0].Trained = false
			p.Participants[2].HoursPerMonth = 2.5
		}, false, []string{
			"roleWithoutGuideline@guidelines/warning",
			"mentorUntrained@participants[0].trained/blocker",
			"participantTimeShort@participants[2].hoursPerMonth/warning",
		}},
		{"warnings alone keep it ready", func(p *Programme) { p.Participants[1].HoursPerMonth = 1 }, true, []string{
			"participantTimeShort@participants[1].hoursPerMonth/warning",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := testProgramme()
			tt.modify(&p)
			before := p.Clone()
			got := p.Review()
			if got.Ready != tt.wantReady {
				t.Errorf("Ready = %v, want %v", got.Ready, tt.wantReady)
			}
			if diff := cmp.Diff(tt.want, codes(got)); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(before, p); diff != "" {
				t.Errorf("Review modified the programme (-before +after):\n%s", diff)
			}
			for _, f := range got.Findings {
				if f.Message == "" {
					t.Errorf("finding %s has no message", f.Code)
				}
			}
		})
	}
}

func TestReviewMessages(t *testing.T) {
	p := testProgramme()
	p.Participants[0].Trained = false
	p.Participants[0].Person.Name = "Anna de Vries"
	got := p.Review()
	want := Readiness{Ready: false, Findings: []Finding{{
		Code: FindingMentorUntrained, Severity: SeverityBlocker, Field: "participants[0].trained",
		Message: "Anna de Vries (m1) has not been trained as a mentor.",
		Text:    fault.Text{EN: "Anna de Vries (m1) has not been trained as a mentor.", NL: "Anna de Vries (m1) is niet getraind als mentor."},
	}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("Review (-want +got):\n%s", diff)
	}
	require.Equal(t, 1, got.Blockers())
	b, err := json.Marshal(got)
	require.NoError(t, err)
	require.JSONEq(t, `{"ready":false,"findings":[{"code":"mentorUntrained","severity":"blocker","field":"participants[0].trained","message":"Anna de Vries (m1) has not been trained as a mentor.","text":{"en":"Anna de Vries (m1) has not been trained as a mentor.","nl":"Anna de Vries (m1) is niet getraind als mentor."}}]}`, string(b))
	var back Readiness
	require.NoError(t, json.Unmarshal(b, &back))
	if diff := cmp.Diff(got, back); diff != "" {
		t.Fatalf("round trip (-want +got):\n%s", diff)
	}
	require.ErrorIs(t, json.Unmarshal([]byte(`{"findings":[{"code":"tooBoring"}]}`), &back), ErrUnknownEnum)
	require.ErrorIs(t, json.Unmarshal([]byte(`{"findings":[{"severity":"fatal"}]}`), &back), ErrUnknownEnum)
	_, err = json.Marshal(Finding{Code: "nope", Severity: SeverityWarning})
	require.ErrorIs(t, err, ErrUnknownEnum)
}
