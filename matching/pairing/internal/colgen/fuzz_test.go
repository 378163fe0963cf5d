package colgen

import (
	"errors"
	"math"
	"testing"

	"github.com/stretchr/testify/require"
)

// decode reads a small Problem from data: up to 6 rows and 5 mentors with
// up to 3 places, values from one byte each (quarters in [-8, 8), or now
// and then NaN, ±Inf, ±MaxFloat64 or a tiny number), and, by one flag
// byte, a shape broken on purpose. plain says the problem is well formed
// with quarter values only, so Solve must succeed and be optimal.
func decode(data []byte) (p Problem, plain bool) {
	pos := 0
	next := func() byte {
		if pos >= len(data) {
			return 0
		}
		pos++
		return data[pos-1]
	}
	plain = true
	value := func() float64 {
		b := next()
		if b < 240 {
			return float64(int(b%64)-32) / 4
		}
		plain = false
		return [...]float64{math.NaN(), math.Inf(1), math.Inf(-1), math.MaxFloat64, -math.MaxFloat64, 1e-300, 1e300, -1e300,
			0x1p60, -0x1p60, 3e15, 1e-17, 0.1, 1.0 / 3, -0.7, 2.5e8}[b-240]
	}
	rows, mentors, flags := int(next()%7), int(next()%6), next()
	p.Initial = int(flags%4) - 1
	p.RowStart, p.PlaceStart = []int{0}, []int{0}
	for range mentors {
		p.PlaceStart = append(p.PlaceStart, p.PlaceStart[len(p.PlaceStart)-1]+int(next()%4))
	}
	for range rows {
		mask := next()
		for m := range mentors {
			if mask&(1<<m) != 0 {
				p.Mentor, p.Value = append(p.Mentor, int32(m)), append(p.Value, value())
			}
		}
		p.RowStart = append(p.RowStart, len(p.Mentor))
	}
	if flags&4 != 0 {
		p.RowBonus = make([]float64, rows)
		for i := range p.RowBonus {
			p.RowBonus[i] = value()
		}
	}
	if flags&8 != 0 {
		p.PlaceBonus = make([]float64, p.PlaceStart[mentors])
		for j := range p.PlaceBonus {
			p.PlaceBonus[j] = value()
		}
	}
	broken := true
	switch flags >> 4 {
	case 1:
		p.Value = p.Value[:len(p.Value)/2]
	case 2:
		p.RowStart = p.RowStart[:len(p.RowStart)-1]
	case 3:
		if len(p.Mentor) > 0 {
			p.Mentor[len(p.Mentor)-1] = int32(next()) - 128
		}
	case 4:
		if rows > 0 {
			p.RowStart[rows/2+1]--
		}
	case 5:
		p.PlaceStart = p.PlaceStart[:len(p.PlaceStart)/2]
	case 6:
		p.RowBonus = append(p.RowBonus, 1)
	case 7:
		p.PlaceBonus = append(p.PlaceBonus, 1)
	case 8:
		if mentors > 0 {
			p.PlaceStart[mentors]--
		}
	default:
		broken = false
	}
	return p, plain && !broken
}

// FuzzSolve: Solve never panics, returns either an error wrapping
// ErrProblem or a solver error, or a valid assignment (every place at most
// once, only allowed pairs); on well-formed problems with quarter values it
// succeeds and its total equals the dense optimum of matching.Assign.
//
//	go test -run XXX -fuzz FuzzSolve -fuzztime 20s -parallel 1 ./matching/pairing/internal/colgen/
func FuzzSolve(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{3, 2, 0, 1, 2, 3, 3, 3, 10, 20, 30, 40, 50, 60})
	f.Add([]byte{5, 4, 12, 3, 0, 2, 1, 255, 255, 255, 255, 255, 1, 2, 3, 4, 5, 6, 7, 8, 9})
	f.Add([]byte{2, 3, 0x3c, 1, 1, 1, 7, 7, 240, 241, 242, 243, 244, 245})
	f.Add([]byte{6, 5, 0x8d, 3, 3, 3, 3, 3, 31, 31, 31, 31, 31, 31})
	f.Fuzz(func(t *testing.T, data []byte) {
		p, plain := decode(data)
		out, err := Solve(p)
		if err != nil {
			require.False(t, plain, "well-formed problem: %v", err)
			require.Nil(t, out)
			if !errors.Is(err, ErrProblem) {
				t.Logf("solver error: %v", err) // e.g. values beyond the sparse solver's range
			}
			return
		}
		total := checkValid(t, p, out)
		if plain {
			require.Equal(t, denseOptimum(t, p), total)
		}
	})
}
