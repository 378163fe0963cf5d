package jsontest

import (
	"math"
	"testing"

	"github.com/mentorkit/mentorkit/internal/jsonx"
)

type sample struct {
	P      float64 `json:"p"`
	Lost   int     `json:"-"`
	hidden int
}

func (s sample) MarshalJSON() ([]byte, error)  { return jsonx.Marshal(s) }
func (s *sample) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, s) }

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Helper()               {}
func (r *recorder) Errorf(string, ...any) { r.failed = true }
func (r *recorder) Fatalf(string, ...any) { r.failed = true }

func TestRoundTrip(t *testing.T) {
	if b := RoundTrip(t, sample{P: math.NaN(), hidden: 3}); b != `{"p":"NaN"}` {
		t.Errorf("JSON = %s", b)
	}
	r := &recorder{TB: t}
	RoundTrip[sample](r, sample{P: 1, Lost: 2})
	if !r.failed {
		t.Error("a field JSON drops was not reported")
	}
}
