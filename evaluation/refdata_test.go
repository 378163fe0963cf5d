package evaluation_test

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
// refdata set (scipy 1.10.1, statsmodels 0.13.5, R 4.2.2 with survival
// 3.5.3); testdata/README.md says which file holds which statistic. Each
// case passes if |got - want| <= max(rel·|want|, abs) with the case's own
// tolerance; NaN matches NaN and null (R's NA) is represented as NaN.

// num is a number of a reference file: a JSON number, "NaN", "Infinity",
// "-Infinity" or null (Null set, value NaN).
type num struct {
	V    float64
	Null bool
}

func (n *num) UnmarshalJSON(b []byte) error {
	switch {
	case bytes.Equal(b, []byte("null")):
		*n = num{V: math.NaN(), Null: true}
		return nil
	case b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		switch s {
		case "NaN":
			n.V = math.NaN()
		case "Infinity":
			n.V = math.Inf(1)
		case "-Infinity":
			n.V = math.Inf(-1)
		default:
			return &json.UnsupportedValueError{Str: s}
		}
		return nil
	}
	return json.Unmarshal(b, &n.V)
}

func vals(ns []num) []float64 {
	out := make([]float64, len(ns))
	for i, n := range ns {
		out[i] = n.V
	}
	return out
}

type tolerance struct{ Rel, Abs float64 }

type refCase[I, E any] struct {
	Name      string
	Input     I
	Expected  E
	Tolerance tolerance
	Notes     string
	Source    string
}

type refFile[I, E any] struct {
	SchemaVersion int    `json:"schema_version"`
	Statistic     string `json:"statistic"`
	Cases         []refCase[I, E]
}

// loadRef reads testdata/NAME.json.
func loadRef[I, E any](t *testing.T, name string) []refCase[I, E] {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name+".json"))
	require.NoError(t, err)
	var f refFile[I, E]
	require.NoError(t, json.Unmarshal(b, &f))
	require.Equal(t, name, f.Statistic)
	require.NotEmpty(t, f.Cases)
	return f.Cases
}

// approx compares floats with the case's tolerance, symmetrically; NaN
// equals NaN and infinities equal themselves.
func (tol tolerance) approx() cmp.Option {
	return cmp.Comparer(func(a, b float64) bool {
		if math.IsNaN(a) || math.IsNaN(b) {
			return math.IsNaN(a) && math.IsNaN(b)
		}
		if a == b {
			return true
		}
		return math.Abs(a-b) <= max(tol.Rel*max(math.Abs(a), math.Abs(b)), tol.Abs)
	})
}

// requireClose fails the test with a (-want +got) diff unless want and got
// agree to the tolerance.
func requireClose(t *testing.T, tol tolerance, want, got any) {
	t.Helper()
	if d := cmp.Diff(want, got, tol.approx()); d != "" {
		t.Errorf("mismatch (-want +got):\n%s", d)
	}
}
