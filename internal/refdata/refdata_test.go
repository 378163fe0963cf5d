package refdata

import (
	"encoding/json"
	"math"
	"testing"
)

func nan() float64 { return math.NaN() }

func TestLoad(t *testing.T) {
	cs := Load[json.RawMessage, map[string]float64](t, "sample.json")
	if len(cs) != 2 || cs[0].Name != "first" || cs[1].Expected["mean"] != 2.5 || cs[1].Tolerance != (Tolerance{Rel: 1e-12, Abs: 1e-15}) || string(cs[0].Input) != "[1,2]" || cs[1].Source != "hand" {
		t.Errorf("cases %+v", cs)
	}
}

// recorder is a testing.TB that records errors instead of failing.
type recorder struct {
	testing.TB
	errs int
}

func (r *recorder) Helper()               {}
func (r *recorder) Errorf(string, ...any) { r.errs++ }

func TestWithin(t *testing.T) {
	c := Case[int, int]{Name: "c", Tolerance: Tolerance{Rel: 1e-3, Abs: 1e-6}}
	for _, tc := range []struct {
		want, got float64
		fails     bool
	}{
		{1000, 1000.9, false}, // within 1e-3 relative
		{1000, 1001.1, true},
		{0, 5e-7, false}, // within the absolute 1e-6
		{0, 2e-6, true},
		{1, nan(), true},
	} {
		r := &recorder{TB: t}
		c.Within(r, "x", tc.want, tc.got)
		if (r.errs > 0) != tc.fails {
			t.Errorf("want %v got %v: failed %v", tc.want, tc.got, r.errs > 0)
		}
	}
}
