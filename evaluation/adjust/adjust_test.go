package adjust

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsontest"
	"github.com/stretchr/testify/require"
)

// num is a reference number: a JSON number or null (R's NA, read as NaN).
type num float64

func (n *num) UnmarshalJSON(b []byte) error {
	if bytes.Equal(b, []byte("null")) {
		*n = num(math.NaN())
		return nil
	}
	return json.Unmarshal(b, (*float64)(n))
}

func floats(ns []num) []float64 {
	out := make([]float64, len(ns))
	for i, v := range ns {
		out[i] = float64(v)
	}
	return out
}

type refCase[I, E any] struct {
	Name      string
	Input     I
	Expected  E
	Tolerance struct{ Rel, Abs float64 }
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

func requireClose(t *testing.T, rel, abs float64, want, got []float64) {
	t.Helper()
	opt := cmp.Comparer(func(a, b float64) bool {
		if math.IsNaN(a) || math.IsNaN(b) {
			return math.IsNaN(a) && math.IsNaN(b)
		}
		return a == b || math.Abs(a-b) <= max(rel*math.Abs(a), abs)
	})
	if d := cmp.Diff(want, got, opt); d != "" {
		t.Errorf("mismatch (-want +got):\n%s", d)
	}
}

// TestRefdataHolmBH checks p_adjust_holm.json and p_adjust_bh.json (R
// p.adjust and statsmodels multipletests, with the rejections at alpha).
func TestRefdataHolmBH(t *testing.T) {
	type in struct {
		Pvalues []float64
		Alpha   float64
	}
	type out struct {
		Adjusted []float64
		Reject   []bool
	}
	for file, m := range map[string]Method{"p_adjust_holm": Holm, "p_adjust_bh": BH} {
		for _, c := range load[in, out](t, file) {
			t.Run(file+"/"+c.Name, func(t *testing.T) {
				before := append([]float64(nil), c.Input.Pvalues...)
				got, err := PValues(c.Input.Pvalues, Config{Method: m, Alpha: c.Input.Alpha})
				require.NoError(t, err)
				requireClose(t, c.Tolerance.Rel, c.Tolerance.Abs, c.Expected.Adjusted, got.P)
				require.Equal(t, c.Expected.Reject, got.Reject)
				require.Equal(t, before, c.Input.Pvalues)
			})
		}
	}
}

// TestRefdataMore checks p_adjust_more.json: R's p.adjust with bonferroni,
// hochberg, hommel and BY, NA as NaN, the n argument, and n < length(p)
// refused.
func TestRefdataMore(t *testing.T) {
	type in struct {
		Pvalues []num
		N       *int
	}
	type out struct {
		Bonferroni, Hochberg, Hommel []num
		BY                           []num `json:"BY"`
		Error                        string
	}
	for _, c := range load[in, out](t, "p_adjust_more") {
		t.Run(c.Name, func(t *testing.T) {
			cfg := Config{}
			if c.Input.N != nil {
				cfg.N = *c.Input.N
			}
			for m, want := range map[Method][]num{Bonferroni: c.Expected.Bonferroni, Hochberg: c.Expected.Hochberg,
				Hommel: c.Expected.Hommel, BY: c.Expected.BY} {
				cfg.Method = m
				got, err := PValues(floats(c.Input.Pvalues), cfg)
				if c.Expected.Error != "" {
					require.ErrorIs(t, err, evaluation.ErrOutOfRange)
					continue
				}
				require.NoError(t, err, m)
				requireClose(t, c.Tolerance.Rel, c.Tolerance.Abs, floats(want), got.P)
			}
		})
	}
}

// TestMissingAndN: NaN is R's NA (kept, not counted); a larger N enters
// the multipliers. Expected values by hand: the given p-values are 0.01
// and 0.04 of m = 2 tests, so Bonferroni gives 0.02, 0.08; with N = 4,
// 0.04, 0.16; Hommel with N = 4 pads p = 1, 1: R p.adjust(c(.01, .04),
// "hommel", n = 4) is 0.04, 0.12 (min over m of the Simes bounds: for
// p_(2), 3·0.04 = 0.12 at m = 3).
func TestMissingAndN(t *testing.T) {
	p := []float64{0.04, math.NaN(), 0.01}
	r, err := PValues(p, Config{Method: Bonferroni})
	require.NoError(t, err)
	requireClose(t, 1e-15, 0, []float64{0.08, math.NaN(), 0.02}, r.P)
	require.Equal(t, []bool{false, false, true}, r.Reject)
	require.Equal(t, 2, r.N)
	r, err = PValues(p, Config{Method: Bonferroni, N: 4})
	require.NoError(t, err)
	requireClose(t, 1e-15, 0, []float64{0.16, math.NaN(), 0.04}, r.P)
	r, err = PValues(p, Config{Method: Hommel, N: 4})
	require.NoError(t, err)
	requireClose(t, 1e-15, 0, []float64{0.12, math.NaN(), 0.04}, r.P)
	jsontest.RoundTrip(t, r)
	jsontest.RoundTrip(t, Config{Method: BY, Alpha: 0.1, N: 7})
}

func TestErrors(t *testing.T) {
	r, err := PValues(nil, Config{})
	require.NoError(t, err)
	require.Empty(t, r.P)
	_, err = PValues([]float64{0.1, 0.2, 1.5, math.Inf(1)}, Config{Alpha: 1, N: 1, Method: 9})
	require.ErrorIs(t, err, evaluation.ErrOutOfRange)
	require.ErrorIs(t, err, evaluation.ErrUnknownEnum)
	list, ok := fault.List(err)
	require.True(t, ok)
	var fields []string
	for _, e := range list {
		fields = append(fields, e.Field)
	}
	require.Equal(t, []string{"pvalues[2]", "pvalues[3]", "cfg.alpha", "cfg.n", "cfg.method"}, fields)
	require.NoError(t, fault.CheckTable(messages))
	var m Method
	require.NoError(t, m.UnmarshalText([]byte("BY")))
	require.Equal(t, BY, m)
	require.Error(t, m.UnmarshalText([]byte("fdr")))
}

// TestProperties: every adjustment lies in [p, 1], keeps the order of the
// p-values, and the methods nest as their definitions imply: Bonferroni >=
// Holm >= Hochberg >= Hommel and BY >= BH.
func TestProperties(t *testing.T) {
	p := []float64{0.01, 0.2, 0.003, 0.04, 0.04, 0.5, 0.0001, 0.9, 0.02}
	got := map[Method][]float64{}
	for m := range Method(6) {
		r, err := PValues(p, Config{Method: m})
		require.NoError(t, err)
		got[m] = r.P
		for i := range p {
			require.GreaterOrEqual(t, r.P[i], p[i], m)
			require.LessOrEqual(t, r.P[i], 1.0)
			for j := range p {
				if p[i] < p[j] {
					require.LessOrEqual(t, r.P[i], r.P[j], m)
				}
			}
		}
	}
	for i := range p {
		require.GreaterOrEqual(t, got[Bonferroni][i], got[Holm][i])
		require.GreaterOrEqual(t, got[Holm][i], got[Hochberg][i])
		require.GreaterOrEqual(t, got[Hochberg][i], got[Hommel][i])
		require.GreaterOrEqual(t, got[BY][i], got[BH][i])
	}
}

func FuzzPValues(f *testing.F) {
	f.Add([]byte{1, 50, 255, 0}, uint8(0), 0.05, 0)
	f.Add([]byte{3, 9, 27, 81, 243}, uint8(2), 0.1, 7)
	f.Fuzz(func(t *testing.T, data []byte, method uint8, alpha float64, n int) {
		if len(data) > 200 {
			return
		}
		p := make([]float64, len(data))
		for i, b := range data {
			p[i] = float64(b) / 250 // above 1 and NaN-free: some invalid
			if b == 251 {
				p[i] = math.NaN()
			}
		}
		r, err := PValues(p, Config{Method: Method(method % 7), Alpha: alpha, N: n % 400})
		if err != nil {
			if !errors.Is(err, evaluation.ErrOutOfRange) && !errors.Is(err, evaluation.ErrUnknownEnum) {
				t.Fatal(err)
			}
			return
		}
		for i, v := range r.P {
			if math.IsNaN(p[i]) != math.IsNaN(v) || v < p[i] || v > 1 {
				t.Fatalf("p[%d] = %v adjusted to %v", i, p[i], v)
			}
		}
	})
}

func ExamplePValues() {
	// Eight outcomes of one programme (testdata/p_adjust_bh.json; R's
	// p.adjust(p, "BH") gives 0.032, 0.0653, 0.012, 0.24, 0.0653, 0.004,
	// 0.8, 0.0653).
	p := []float64{0.012, 0.049, 0.003, 0.21, 0.04, 0.0005, 0.8, 0.049}
	r, err := PValues(p, Config{Method: BH})
	if err != nil {
		panic(err)
	}
	for i := range p {
		fmt.Printf("%.4f→%.4f %v\n", p[i], r.P[i], r.Reject[i])
	}
	// Output:
	// 0.0120→0.0320 true
	// 0.0490→0.0653 false
	// 0.0030→0.0120 true
	// 0.2100→0.2400 false
	// 0.0400→0.0653 false
	// 0.0005→0.0040 true
	// 0.8000→0.8000 false
	// 0.0490→0.0653 false
}
