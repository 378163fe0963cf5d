package causal

import (
	"encoding/json"
	"errors"
	"math"
	"strconv"
	"testing"

	"github.com/mentorkit/mentorkit/internal/jsontest"
)

// didRows converts a did.json input (R lm + sandwich::vcovCL reference).
func didRows(t *testing.T, raw json.RawMessage) []PanelRow {
	t.Helper()
	var in struct {
		ID, Treat, Post []int
		Y               []float64
	}
	if err := json.Unmarshal(raw, &in); err != nil {
		t.Fatal(err)
	}
	rows := make([]PanelRow, len(in.Y))
	for i := range rows {
		rows[i] = PanelRow{ID: strconv.Itoa(in.ID[i]), Treated: in.Treat[i] == 1, Post: in.Post[i] == 1, Y: in.Y[i]}
	}
	return rows
}

func TestDiffInDiffReference(t *testing.T) {
	for _, c := range readRef(t, "did.json") {
		t.Run(c.Name, func(t *testing.T) {
			d, err := DiffInDiff(didRows(t, c.Input), DiDConfig{})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string][]float64{
				"did":              {d.Effect.Estimate},
				"did_se_classical": {d.Effect.Classical.SE}, "did_p_classical": {d.Effect.Classical.P},
				"did_se_cluster": {d.Effect.Cluster.SE}, "did_p_cluster": {d.Effect.Cluster.P},
				"df_residual": {float64(d.DFResidual)}, "n_obs": {float64(d.Observations)}, "n_clusters": {float64(d.Clusters)},
			}
			for _, tm := range d.Terms {
				for k, v := range map[string]float64{"estimate": tm.Estimate,
					"se_classical": tm.Classical.SE, "t_classical": tm.Classical.T, "p_classical": tm.Classical.P,
					"ci_classical_lower": tm.Classical.Lower, "ci_classical_upper": tm.Classical.Upper,
					"se_cluster": tm.Cluster.SE, "t_cluster": tm.Cluster.T, "p_cluster": tm.Cluster.P,
					"ci_cluster_lower": tm.Cluster.Lower, "ci_cluster_upper": tm.Cluster.Upper} {
					got[k] = append(got[k], v)
				}
			}
			compare(t, c, got, "terms")
			if math.IsNaN(d.Effect.Estimate) != (d.Reason != "") {
				t.Errorf("reason %q with effect %v", d.Reason, d.Effect.Estimate)
			}
			jsontest.RoundTrip(t, d)
		})
	}
}

// With one row per person and period and equal cells, the DiD is the
// difference of the four cell means (hand calculation): treated 2→5,
// control 1→2 gives (5−2) − (2−1) = 2.
func TestDiffInDiffHand(t *testing.T) {
	rows := []PanelRow{
		{"a", true, false, 1}, {"a", true, true, 4}, {"b", true, false, 3}, {"b", true, true, 6},
		{"c", false, false, 0}, {"c", false, true, 1}, {"d", false, false, 2}, {"d", false, true, 3},
	}
	d, err := DiffInDiff(rows, DiDConfig{})
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(d.Effect.Estimate-2) > 1e-12 {
		t.Errorf("effect %v, want 2", d.Effect.Estimate)
	}
	// Reversing the rows changes nothing.
	rev := make([]PanelRow, len(rows))
	for i := range rows {
		rev[i] = rows[len(rows)-1-i]
	}
	d2, _ := DiffInDiff(rev, DiDConfig{})
	if math.Abs(d2.Effect.Cluster.SE-d.Effect.Cluster.SE) > 1e-12 {
		t.Errorf("order changes the SE: %v vs %v", d.Effect.Cluster.SE, d2.Effect.Cluster.SE)
	}
}

func TestDiffInDiffBadInput(t *testing.T) {
	tests := []struct {
		name string
		rows []PanelRow
		cfg  DiDConfig
		want error
	}{
		{"empty", nil, DiDConfig{}, ErrEmpty},
		{"no id", []PanelRow{{Y: 1}}, DiDConfig{}, ErrOutOfRange},
		{"NaN", []PanelRow{{ID: "a", Y: math.NaN()}}, DiDConfig{}, ErrOutOfRange},
		{"treat changes", []PanelRow{{ID: "a", Treated: true}, {ID: "a", Post: true}}, DiDConfig{}, ErrOutOfRange},
		{"confidence", []PanelRow{{ID: "a"}}, DiDConfig{Confidence: 2}, ErrOutOfRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := DiffInDiff(tt.rows, tt.cfg); !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
	// A single person: everything but the post coefficient is unidentified
	// or has no residual df; no panic, NaN with a reason.
	d, err := DiffInDiff([]PanelRow{{ID: "a", Y: 1}, {ID: "a", Post: true, Y: 2}}, DiDConfig{})
	if err != nil || d.Reason == "" || !math.IsNaN(d.Effect.Estimate) {
		t.Errorf("single person: %+v, %v", d, err)
	}
	jsontest.RoundTrip(t, DiDConfig{Confidence: 0.9})
	jsontest.RoundTrip(t, rowsOf())
}

func rowsOf() []PanelRow { return []PanelRow{{"a", true, false, 1.5}} }

func FuzzDiffInDiff(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8}, []byte{0, 1, 2, 3, 0, 1, 2, 3})
	f.Fuzz(func(t *testing.T, yb, cell []byte) {
		n := min(len(yb), len(cell), 200)
		rows := make([]PanelRow, n)
		for i := range n {
			id := int(cell[i] >> 2)
			rows[i] = PanelRow{ID: strconv.Itoa(id), Treated: id%2 == 0, Post: cell[i]&1 == 1, Y: float64(int8(yb[i]))}
		}
		d, err := DiffInDiff(rows, DiDConfig{})
		if err != nil {
			if n > 0 {
				t.Fatal(err)
			}
			return
		}
		if len(d.Terms) != 4 {
			t.Fatalf("terms %v", d.Terms)
		}
	})
}

// On a matched sample only the matched persons' rows count: the unmatched
// control "z", with a huge change, does not move the estimate.
func TestDiffInDiffMatched(t *testing.T) {
	rows := []PanelRow{
		{"a", true, false, 1}, {"a", true, true, 4}, {"b", true, false, 3}, {"b", true, true, 6},
		{"c", false, false, 0}, {"c", false, true, 1}, {"d", false, false, 2}, {"d", false, true, 3},
		{"z", false, false, 0}, {"z", false, true, 100},
	}
	m := Match{Pairs: []Pair{{Treated: "a", Control: "c"}, {Treated: "b", Control: "d"}}}
	d, err := DiffInDiffMatched(rows, m, DiDConfig{})
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(d.Effect.Estimate-2) > 1e-12 || d.Clusters != 4 {
		t.Errorf("effect %v over %d persons, want 2 over 4", d.Effect.Estimate, d.Clusters)
	}
	if _, err := DiffInDiffMatched(rows, Match{}, DiDConfig{}); !errors.Is(err, ErrEmpty) {
		t.Errorf("no pairs: err = %v, want ErrEmpty", err)
	}
}
