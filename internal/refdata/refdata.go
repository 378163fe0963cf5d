package refdata

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// Tolerance is a case's allowed difference: relative to the expected
// value, or absolute, whichever is larger.
type Tolerance struct{ Rel, Abs float64 }

// Case is one reference case, its input and expected values decoded as
// I and E (json.RawMessage to decode them later).
type Case[I, E any] struct {
	Name      string
	Input     I
	Expected  E
	Tolerance Tolerance
	Notes     string
	Source    string
}

// Load reads testdata/file and returns its cases; it fails t when the
// file cannot be read or decoded, or holds no case.
func Load[I, E any](t testing.TB, file string) []Case[I, E] {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	var f struct{ Cases []Case[I, E] }
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	if len(f.Cases) == 0 {
		t.Fatalf("%s holds no case", file)
	}
	return f.Cases
}

// Within reports, as an error of t naming the case and what, a got that
// is NaN or differs from want by more than the case's tolerance (the
// larger of Rel·|want| and Abs).
func (c Case[I, E]) Within(t testing.TB, what string, want, got float64) {
	t.Helper()
	tol := math.Max(c.Tolerance.Rel*math.Abs(want), c.Tolerance.Abs)
	if math.IsNaN(got) || math.Abs(got-want) > tol {
		t.Errorf("%s: %s = %.15g, want %.15g (tolerance %g)", c.Name, what, got, want, tol)
	}
}
