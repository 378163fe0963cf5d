package colgen

import (
	"fmt"
	"math"
)

// check validates p and returns its numbers of rows and places; errors
// wrap ErrProblem.
func (p Problem) check() (rows, places int, err error) {
	fail := func(format string, args ...any) (int, int, error) {
		return 0, 0, fmt.Errorf("%w: "+format, append([]any{ErrProblem}, args...)...)
	}
	if len(p.Value) != len(p.Mentor) {
		return fail("len(Value) = %d, len(Mentor) = %d", len(p.Value), len(p.Mentor))
	}
	switch {
	case len(p.RowStart) > 0:
		if err := checkStart("RowStart", p.RowStart); err != nil {
			return 0, 0, err
		}
		rows = len(p.RowStart) - 1
		if p.RowStart[rows] != len(p.Mentor) {
			return fail("RowStart[%d] = %d, len(Mentor) = %d", rows, p.RowStart[rows], len(p.Mentor))
		}
	case len(p.Mentor) > 0:
		return fail("%d pairs but no RowStart", len(p.Mentor))
	}
	mentors := 0
	if len(p.PlaceStart) > 0 {
		if err := checkStart("PlaceStart", p.PlaceStart); err != nil {
			return 0, 0, err
		}
		mentors = len(p.PlaceStart) - 1
		places = p.PlaceStart[mentors]
	}
	if p.RowBonus != nil && len(p.RowBonus) != rows {
		return fail("len(RowBonus) = %d, rows = %d", len(p.RowBonus), rows)
	}
	if p.PlaceBonus != nil && len(p.PlaceBonus) != places {
		return fail("len(PlaceBonus) = %d, places = %d", len(p.PlaceBonus), places)
	}
	for _, f := range [...]struct {
		name string
		xs   []float64
	}{{"Value", p.Value}, {"RowBonus", p.RowBonus}, {"PlaceBonus", p.PlaceBonus}} {
		for k, x := range f.xs {
			if math.IsNaN(x) || math.IsInf(x, 0) {
				return fail("%s[%d] = %v, not finite", f.name, k, x)
			}
		}
	}
	seen := make([]int, mentors) // row+1 that last listed the mentor
	for i := range rows {
		for k := p.RowStart[i]; k < p.RowStart[i+1]; k++ {
			m := p.Mentor[k]
			if m < 0 || int(m) >= mentors {
				return fail("Mentor[%d] = %d out of range [0, %d)", k, m, mentors)
			}
			if seen[m] == i+1 {
				return fail("Mentor[%d] = %d listed twice in row %d", k, m, i)
			}
			seen[m] = i + 1
		}
	}
	return rows, places, nil
}

// checkStart checks that a start slice begins at 0 and never decreases.
func checkStart(name string, start []int) error {
	if start[0] != 0 {
		return fmt.Errorf("%w: %s[0] = %d, not 0", ErrProblem, name, start[0])
	}
	for i := 1; i < len(start); i++ {
		if start[i] < start[i-1] {
			return fmt.Errorf("%w: %s[%d] = %d < %s[%d] = %d", ErrProblem, name, i, start[i], name, i-1, start[i-1])
		}
	}
	return nil
}
