package pairing

import (
	"encoding/json"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/matching/stable"
	"github.com/mentorkit/mentorkit/mentoring"
)

// TestResultJSON: a result round-trips through JSON (its enums as names),
// and unknown names are errors.
func TestResultJSON(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 2))
	prog, cfg := pairRandomProgramme(rng, 2, 5)
	cfg.Rules.Locks = nil
	cfg.Rules.SharedLanguage = true
	res, err := Solve(prog, cfg)
	require.NoError(t, err)
	b, err := json.Marshal(res)
	require.NoError(t, err)
	var back Result
	require.NoError(t, json.Unmarshal(b, &back))
	if d := cmp.Diff(res, back, cmpopts.IgnoreUnexported(Result{})); d != "" {
		t.Errorf("round trip (-want +got):\n%s", d)
	}

	b, err = json.Marshal(Unmatched{ID: "e", Side: stable.SideMentee, Reason: ReasonNoAllowedMentor, Rules: []RuleCount{{RuleReportingLine, 2}}})
	require.NoError(t, err)
	require.JSONEq(t, `{"id":"e","side":"mentee","reason":"noAllowedMentor","rules":[{"rule":"reportingLine","count":2}],"allowed":0}`, string(b))
	b, err = json.Marshal(Config{Priority: PriorityParticipation})
	require.NoError(t, err)
	require.Contains(t, string(b), `"priority":"participation"`)

	for _, bad := range []string{`{"reason":"tired"}`, `{"rules":[{"rule":"astrology"}]}`} {
		var u Unmatched
		require.ErrorIs(t, json.Unmarshal([]byte(bad), &u), ErrUnknownEnum, bad)
	}
	var u Unmatched
	require.ErrorIs(t, json.Unmarshal([]byte(`{"side":"boss"}`), &u), stable.ErrUnknownEnum)
	var p Priority
	require.ErrorIs(t, json.Unmarshal([]byte(`"speed"`), &p), ErrUnknownEnum)
	var c Criterion
	require.NoError(t, json.Unmarshal([]byte(`"workingHours"`), &c))
	require.Equal(t, CriterionWorkingHours, c)
	_, err = json.Marshal(Rule(99))
	require.ErrorIs(t, err, ErrUnknownEnum)
	_ = mentoring.FormatGroup
}

// FuzzPairingJSON decodes fuzzed JSON into a Config and a Result: never a
// panic; whatever decodes encodes again and decodes to the same value.
func FuzzPairingJSON(f *testing.F) {
	f.Add([]byte(`{"priority":"participation","minScore":0.2,"rules":{"locks":[{"mentorId":"a","menteeId":"b"}]}}`))
	f.Add([]byte(`{"pairs":[{"mentorId":"a","menteeId":"b","score":0.5,"breakdown":[{"criterion":"skills","score":1,"share":0.5,"points":0.5}]}],"unmatched":[{"id":"c","side":"mentee","reason":"noAllowedMentor","rules":[{"rule":"banned","count":1}]}],"format":"group"}`))
	f.Add([]byte(`{"side":"mentor","reason":"x"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var cfg Config
		if json.Unmarshal(data, &cfg) == nil {
			b, err := json.Marshal(cfg)
			if err == nil {
				var back Config
				if err := json.Unmarshal(b, &back); err != nil {
					t.Fatalf("re-decoding %s: %v", b, err)
				}
			}
		}
		var res Result
		if json.Unmarshal(data, &res) == nil {
			b, err := json.Marshal(res)
			if err != nil {
				return // e.g. an undeclared format number cannot be written
			}
			var back Result
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatalf("re-decoding %s: %v", b, err)
			}
			if d := cmp.Diff(res, back, cmpopts.IgnoreUnexported(Result{}), cmpopts.EquateEmpty()); d != "" {
				t.Fatalf("round trip (-first +second):\n%s", d)
			}
		}
	})
}
