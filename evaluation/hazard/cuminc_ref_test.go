package hazard

import (
	"encoding/json"
	"strconv"
	"testing"
)

type cumincInput struct {
	Time   []float64 `json:"time"`
	Status []int     `json:"status"`
	Group  []string  `json:"group"`
	Times  []float64 `json:"times"`
}

type cumincExpected struct {
	Error  string `json:"error"`
	Curves []struct {
		Group string `json:"group"`
		Cause string `json:"cause"`
		Est   []num  `json:"est"`
		Var   []num  `json:"var"`
	} `json:"curves"`
	Gray []struct {
		Cause  string `json:"cause"`
		Stat   num    `json:"stat"`
		PValue num    `json:"pvalue"`
		DF     int    `json:"df"`
	} `json:"gray_test"`
}

// TestCumulativeIncidenceReference checks every case of
// testdata/cuminc.json (R 4.2.2, cmprsk 2.2.11 cuminc and timepoints) and
// testdata/cuminc_extra.json (the same R, written by
// testdata/cuminc_extra.R: three causes in three groups).
func TestCumulativeIncidenceReference(t *testing.T) {
	for _, rc := range append(loadRef(t, "cuminc.json"), loadRef(t, "cuminc_extra.json")...) {
		t.Run(rc.Name, func(t *testing.T) {
			var in cumincInput
			var want cumincExpected
			if err := json.Unmarshal(rc.Input, &in); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(rc.Expected, &want); err != nil {
				t.Fatal(err)
			}
			res, err := CumulativeIncidence(in.Time, in.Status, in.Group)
			if want.Error != "" {
				if err == nil {
					t.Fatalf("succeeded, want an error (R: %s)", want.Error)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			c := checker{t, rc.Tolerance.Rel, rc.Tolerance.Abs}
			if len(res.Curves) != len(want.Curves) {
				t.Fatalf("%d curves, want %d", len(res.Curves), len(want.Curves))
			}
			for k, w := range want.Curves {
				got := res.Curves[k]
				label := got.Group
				if in.Group == nil {
					label = "1" // cmprsk's label of ungrouped data
				}
				if label != w.Group || strconv.Itoa(got.Cause) != w.Cause {
					t.Errorf("curve %d is (%q, %d), want (%s, %s)", k, got.Group, got.Cause, w.Group, w.Cause)
				}
				est := make([]float64, len(in.Times))
				vr := make([]float64, len(in.Times))
				for i, tt := range in.Times {
					est[i], vr[i] = got.At(tt)
				}
				c.nums("curve["+w.Group+","+w.Cause+"].est", est, w.Est)
				c.nums("curve["+w.Group+","+w.Cause+"].var", vr, w.Var)
			}
			if want.Gray == nil {
				if res.Tests != nil {
					t.Errorf("tests = %v, want none", res.Tests)
				}
				return
			}
			if len(res.Tests) != len(want.Gray) {
				t.Fatalf("%d tests, want %d", len(res.Tests), len(want.Gray))
			}
			for k, w := range want.Gray {
				got := res.Tests[k]
				if strconv.Itoa(got.Cause) != w.Cause || got.DF != w.DF {
					t.Errorf("test %d: cause %d df %d, want %s %d", k, got.Cause, got.DF, w.Cause, w.DF)
				}
				c.num("gray["+w.Cause+"].stat", got.Statistic, w.Stat)
				c.num("gray["+w.Cause+"].p", got.PValue, w.PValue)
			}
		})
	}
}
