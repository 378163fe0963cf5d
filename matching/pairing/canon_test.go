package pairing

import (
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestCanonHash: equal content hashes equal (map order, a NaN's payload,
// a time's zone, nil and empty slices, fields JSON leaves out), and
// every difference JSON would show hashes differently.
func TestCanonHash(t *testing.T) {
	type inner struct {
		A string
		B []int
	}
	type rec struct {
		S    string
		F    float64
		M    map[string]int
		P    *inner
		T    time.Time
		Skip string `json:"-"`
		priv int
	}
	h := func(v any) string { return newCanonHash().add(v).sum() }
	base := rec{S: "x", F: 1, M: map[string]int{"a": 1, "b": 2}, P: &inner{A: "y"}, T: time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)}
	same := base
	same.M = map[string]int{"b": 2, "a": 1}
	same.P = &inner{A: "y", B: []int{}}
	same.T = base.T.In(time.FixedZone("CET", 3600))
	same.Skip, same.priv = "ignored", 7
	require.Equal(t, h(base), h(same))
	nan := base
	nan.F = math.NaN()
	nan2 := base
	nan2.F = math.Float64frombits(math.Float64bits(math.NaN()) | 1)
	require.Equal(t, h(nan), h(nan2))

	for _, change := range []func(r *rec){
		func(r *rec) { r.S = "x " },
		func(r *rec) { r.F = math.Nextafter(1, 2) },
		func(r *rec) { r.M = map[string]int{"a": 1, "b": 3} },
		func(r *rec) { r.M = map[string]int{"a": 1} },
		func(r *rec) { r.P = nil },
		func(r *rec) { r.P = &inner{A: "y", B: []int{0}} },
		func(r *rec) { r.T = r.T.Add(time.Nanosecond) },
	} {
		c := base
		c.M = map[string]int{"a": 1, "b": 2}
		change(&c)
		require.NotEqual(t, h(base), h(c))
	}
	// Length prefixes keep neighbouring strings apart.
	require.NotEqual(t, newCanonHash().add("ab", "c").sum(), newCanonHash().add("a", "bc").sum())

	// Lean hashing leaves out what no built-in criterion reads.
	a, b := pairMentee(pairPerson("e", 1, 1)), pairMentee(pairPerson("e", 1, 1))
	b.Person.Name, b.HoursPerMonth, b.PersonID = "Other", 3, "e"
	lean := func(v any) string { c := newCanonHash(); c.lean = true; return c.add(v).sum() }
	require.Equal(t, lean(a), lean(b))
	require.NotEqual(t, h(a), h(b))
	b.Person.Seniority.Years = 2
	require.NotEqual(t, lean(a), lean(b))
}
