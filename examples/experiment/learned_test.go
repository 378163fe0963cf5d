package main

import (
	"cmp"
	"encoding/csv"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/mentorkit/mentorkit/matching/quality"
)

// TestLearnedRecoversTruth reads the printed validation of the learned
// weights and checks it against the truth the run drew (drawTruth with the
// run's seed; the run never shows the fit the truth): for the continuous
// and the binary outcome, the printed true column is that truth, the
// learned effects are in its rank order (Spearman's ρ computed here from
// the printed columns, at least 0.9) and within a tolerance of it, and on
// the held-out organisations pairing with the learned weights gives a
// higher mean true outcome than with the default weights.
//
// Tolerances: 3,000 continuous pairs with σ = 0.5 give slopes with
// standard errors of about 0.03–0.1 (personality has the fewest pairs with
// data), so 0.3 is 3 or more standard errors; 9,000 binary pairs give
// about 0.05–0.17 on the log-odds, so 0.6.
func TestLearnedRecoversTruth(t *testing.T) {
	const seed = 2026
	dir := t.TempDir()
	var sb strings.Builder
	if err := run(&sb, io.Discard, 10, 200, 10, seed, dir); err != nil {
		t.Fatal(err)
	}
	out := sb.String()
	truth := drawTruth(rand.New(rand.NewPCG(seed, 4)))
	sections := strings.Split(out, "\nlearned weights, ")[1:]
	if len(sections) != 2 {
		t.Fatalf("%d sections of learned weights:\n%s", len(sections), out)
	}
	heldOut := regexp.MustCompile(`held out \(10 organisations\): mean true [a-z ]+ ([0-9.]+) with learned weights \((\d+) pairs\), ([0-9.]+) with default weights \((\d+) pairs\)`)
	for k, sec := range sections {
		kind := []string{"continuous", "binary"}[k]
		tol := []float64{0.3, 0.6}[k]
		if !strings.HasPrefix(sec, kind+" outcome") {
			t.Fatalf("section %d starts %q, want %s", k, sec[:20], kind)
		}
		lines := strings.Split(sec, "\n")
		var trueV, gotV []float64
		for _, c := range criteria {
			i := slices.IndexFunc(lines, func(l string) bool { f := strings.Fields(l); return len(f) > 0 && f[0] == c })
			if i < 0 {
				t.Fatalf("%s: no line for %s:\n%s", kind, c, sec)
			}
			f := strings.Fields(lines[i])
			tv, _ := strconv.ParseFloat(f[1], 64)
			gv, _ := strconv.ParseFloat(f[2], 64)
			if tv != truth[c] {
				t.Errorf("%s: printed true effect of %s %v, drawn %v", kind, c, tv, truth[c])
			}
			if math.Abs(gv-truth[c]) > tol {
				t.Errorf("%s: learned effect of %s %v, true %v (tolerance %v)", kind, c, gv, truth[c], tol)
			}
			trueV, gotV = append(trueV, truth[c]), append(gotV, gv)
		}
		if rho := spearman(trueV, gotV); rho < 0.9 {
			t.Errorf("%s: Spearman %v between the true and the learned effects", kind, rho)
		}
		m := heldOut.FindStringSubmatch(sec)
		if m == nil {
			t.Fatalf("%s: no held-out line:\n%s", kind, sec)
		}
		learned, _ := strconv.ParseFloat(m[1], 64)
		def, _ := strconv.ParseFloat(m[3], 64)
		if !(learned > def) {
			t.Errorf("%s: held out, learned weights %v, default %v", kind, learned, def)
		}
		t.Logf("%s: held out %v (learned) vs %v (default)", kind, learned, def)
	}

	f, err := os.Open(filepath.Join(dir, "learned.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// Header, then per outcome type 8 criteria and 10 held-out organisations.
	if want := 1 + 2*(len(criteria)+10); len(recs) != want {
		t.Errorf("learned.csv has %d records, want %d", len(recs), want)
	}
}

// spearman is Spearman's ρ of two samples without ties, from the squared
// rank differences: 1 − 6·Σd²/(n(n²−1)).
func spearman(a, b []float64) float64 {
	rank := func(v []float64) []int {
		r := make([]int, len(v))
		for i := range v {
			for j := range v {
				if v[j] > v[i] {
					r[i]++
				}
			}
		}
		return r
	}
	ra, rb := rank(a), rank(b)
	var d2 float64
	for i := range ra {
		d := float64(ra[i] - rb[i])
		d2 += d * d
	}
	n := float64(len(a))
	return 1 - 6*d2/(n*(n*n-1))
}

// TestMeasureLearnedAgrees: measureLearned, which measures the learned
// strategy's matching outside quality.RunExperiment, gives the same
// Quality and TwoSided as RunExperiment for the greedy and the stable
// strategies' matchings (rebuilt from each mentee's rank of its mentor on
// the scores, ranks ordered by score, ties to the lower index).
func TestMeasureLearnedAgrees(t *testing.T) {
	instances, _, _, err := organisations(3, 60, 5)
	if err != nil {
		t.Fatal(err)
	}
	strategies := []quality.Strategy{quality.StrategyGreedy, quality.StrategyStable, quality.StrategyRandom}
	rows, err := quality.RunExperiment(instances, strategies, rand.New(rand.NewPCG(1, 2)), quality.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		in := instances[i/len(strategies)]
		rr, cc := in.Scores.Dims()
		mm := make([]int, rr)
		for e := range rr {
			mm[e] = -1
			if k := r.Quality.MenteeRank[e]; k > 0 {
				order := make([]int, 0, cc)
				for m := range cc {
					if !math.IsInf(in.Scores.At(e, m), -1) {
						order = append(order, m)
					}
				}
				slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(in.Scores.At(e, b), in.Scores.At(e, a)) })
				mm[e] = order[k-1]
			}
		}
		q, ts, err := measureLearned(in, mm)
		if err != nil {
			t.Fatal(err)
		}
		if d := gocmp.Diff(r.Quality, q, cmpopts.EquateNaNs()); d != "" {
			t.Errorf("%s %s quality:\n%s", r.Instance, r.Strategy, d)
		}
		if d := gocmp.Diff(r.TwoSided, ts, cmpopts.EquateNaNs()); d != "" {
			t.Errorf("%s %s two-sided:\n%s", r.Instance, r.Strategy, d)
		}
	}
}
