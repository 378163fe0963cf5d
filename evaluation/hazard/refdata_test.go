package hazard

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"testing"

	"github.com/mentorkit/mentorkit/internal/refdata"
)

// refCase is one case of the reference files in testdata, copied
// unchanged from the project's reference data (R 4.2.2: survival 3.5.3
// coxph and cox.zph for coxph.json, cmprsk 2.2.11 cuminc for
// cuminc.json; see each file's "source" per case); internal/refdata
// reads them.
type refCase = refdata.Case[json.RawMessage, json.RawMessage]

// loadRef reads testdata/file.
func loadRef(t *testing.T, file string) []refCase {
	return refdata.Load[json.RawMessage, json.RawMessage](t, file)
}

// num is a reference number: a JSON number, "NaN"/"Infinity"/"-Infinity",
// or null (Null true).
type num struct {
	V    float64
	Null bool
}

func (n *num) UnmarshalJSON(b []byte) error {
	s := string(b)
	switch s {
	case "null":
		n.Null, n.V = true, math.NaN()
		return nil
	case `"NaN"`:
		n.V = math.NaN()
		return nil
	case `"Infinity"`:
		n.V = math.Inf(1)
		return nil
	case `"-Infinity"`:
		n.V = math.Inf(-1)
		return nil
	}
	v, err := strconv.ParseFloat(s, 64)
	n.V = v
	return err
}

// closeTo applies the reference tolerance rule.
func closeTo(got, want, rel, abs float64) bool {
	if math.IsNaN(want) {
		return math.IsNaN(got)
	}
	if math.IsInf(want, 0) {
		return got == want
	}
	return math.Abs(got-want) <= max(rel*math.Abs(want), abs)
}

// checker collects mismatches of one case.
type checker struct {
	t        *testing.T
	rel, abs float64
}

func (c checker) num(field string, got float64, want num) {
	c.t.Helper()
	if want.Null {
		if !math.IsNaN(got) {
			c.t.Errorf("%s = %v, want null (NaN)", field, got)
		}
		return
	}
	if !closeTo(got, want.V, c.rel, c.abs) {
		c.t.Errorf("%s = %.15g, want %.15g", field, got, want.V)
	}
}

func (c checker) nums(field string, got []float64, want []num) {
	c.t.Helper()
	if len(got) != len(want) {
		c.t.Errorf("%s has %d values, want %d", field, len(got), len(want))
		return
	}
	for i := range want {
		c.num(fmt.Sprintf("%s[%d]", field, i), got[i], want[i])
	}
}
