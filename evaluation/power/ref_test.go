package power

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// The reference files in testdata/ are copied unchanged from the shared
// reference set (schema version 1): power_t.json (R 4.2.2
// power.t.test with tol = 1e-10), power_prop.json (R power.prop.test and
// pwr 1.3.0 pwr.2p.test, roots converged) and power_logrank.json
// (Schoenfeld's and Freedman's formulas with R's qnorm, checked with
// scipy). A case passes if |got - want| <= max(rel·|want|, abs).

// opt is a number that may be null (missing).
type opt struct {
	V   float64
	Set bool
}

func (o *opt) UnmarshalJSON(b []byte) error {
	if bytes.Equal(b, []byte("null")) {
		*o = opt{V: math.NaN()}
		return nil
	}
	o.Set = true
	return json.Unmarshal(b, &o.V)
}

type tol struct{ Rel, Abs float64 }

type refCase[I, E any] struct {
	Name      string
	Input     I
	Expected  E
	Tolerance tol
}

func load[I, E any](t *testing.T, name string) []refCase[I, E] {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name+".json"))
	require.NoError(t, err)
	var f struct {
		Statistic string
		Cases     []refCase[I, E]
	}
	require.NoError(t, json.Unmarshal(b, &f))
	require.Equal(t, name, f.Statistic)
	require.NotEmpty(t, f.Cases)
	return f.Cases
}

func requireClose(t *testing.T, tl tol, want, got any) {
	t.Helper()
	c := cmp.Comparer(func(a, b float64) bool {
		if math.IsNaN(a) || math.IsNaN(b) {
			return math.IsNaN(a) && math.IsNaN(b)
		}
		return a == b || math.Abs(a-b) <= max(tl.Rel*math.Abs(a), tl.Abs)
	})
	if d := cmp.Diff(want, got, c); d != "" {
		t.Errorf("mismatch (-want +got):\n%s", d)
	}
}
