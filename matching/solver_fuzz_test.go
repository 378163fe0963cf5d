package matching

import (
	"encoding/binary"
	"errors"
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// lapFuzzMatrix turns bytes into a small problem: data[0] and data[1] give
// the dimensions (0..7), data[2] the objective (2 is invalid), data[3] how
// the matrix is passed (in place, through At, as a transpose), then one
// code byte per entry: small integers, fractions, NaN, ±Inf, 1e15-scale
// and tiny values, MaxMagnitude, a too large value, or the next 8 bytes as
// raw float64 bits. Missing bytes read as 0. It also returns the bytes it
// did not use.
func lapFuzzMatrix(data []byte) (*mat.Dense, mat.Matrix, Objective, []byte) {
	next := func() byte {
		if len(data) == 0 {
			return 0
		}
		b := data[0]
		data = data[1:]
		return b
	}
	r, c := int(next()%8), int(next()%8)
	obj := Objective(next() % 3)
	how := next() % 3
	if r == 0 || c == 0 {
		return nil, lapDims{r, c}, obj, data
	}
	m := mat.NewDense(r, c, nil)
	for i := range r {
		for j := range c {
			var x float64
			switch code := next(); {
			case code < 128:
				x = float64(code%16) - 4
			case code < 200:
				x = float64(code) * 0.37
			case code == 200:
				x = math.NaN()
			case code == 201:
				x = math.Inf(1)
			case code == 202:
				x = math.Inf(-1)
			case code == 203:
				x = 1e15 + float64(next())
			case code == 204:
				x = -1e15 - float64(next())*1e-3
			case code == 205:
				x = 1e-300 * float64(next())
			case code == 206:
				x = MaxMagnitude
			case code == 207:
				x = -2 * MaxMagnitude
			default:
				var b [8]byte
				for k := range b {
					b[k] = next()
				}
				x = math.Float64frombits(binary.LittleEndian.Uint64(b[:]))
			}
			m.Set(i, j, x)
		}
	}
	switch how {
	case 1:
		return m, lapAtOnly{m}, obj, data
	case 2:
		return m, mat.Transpose{Matrix: mat.DenseCopyOf(m.T())}, obj, data
	}
	return m, m, obj, data
}

func FuzzAssign(f *testing.F) {
	f.Add([]byte{3, 3, 0, 0, 4, 1, 3, 2, 0, 5, 3, 2, 2})
	f.Add([]byte{2, 4, 1, 1, 201, 202, 5, 6, 7, 8, 9, 10})
	f.Add([]byte{4, 2, 0, 2, 201, 201, 201, 3, 201, 201, 4, 5})
	f.Add([]byte{2, 2, 0, 0, 200, 1, 2, 3})
	f.Add([]byte{3, 2, 1, 1, 203, 9, 204, 7, 205, 3, 206, 207, 1, 2})
	f.Add([]byte{1, 2, 0, 0, 255, 0, 0, 0, 0, 0, 0, 0xf0, 0x7f, 1})
	var s Solver
	f.Fuzz(func(t *testing.T, data []byte) {
		orig, m, obj, _ := lapFuzzMatrix(data)
		var a Assignment
		err := s.Assign(m, obj, &a)
		if orig != nil {
			if _, in, _, _ := lapFuzzMatrix(data); !lapSameBits(in, m) {
				t.Fatal("input modified")
			}
		}
		if err != nil {
			var ee *EntryError
			var ie *InfeasibleError
			switch {
			case errors.Is(err, ErrObjective):
				if obj.valid() {
					t.Fatalf("ErrObjective for %v", obj)
				}
			case errors.As(err, &ee):
				if denseCheckEntry(ee.Value, ee.Row, ee.Col, obj) == nil && !math.IsNaN(ee.Value) {
					t.Fatalf("entry error for an acceptable entry: %v", err)
				}
			case errors.As(err, &ie):
				if _, ok := lapBrute(orig, obj); ok {
					t.Fatalf("infeasible, but brute force finds an assignment: %v\n%v", err, mat.Formatted(orig))
				}
				lapCheckViolator(t, orig, obj, ie)
			default:
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if !obj.valid() {
			t.Fatalf("no error for objective %v", obj)
		}
		if err := Verify(m, obj, a); err != nil {
			t.Fatalf("Verify rejects the solver's result: %v\n%+v", err, a)
		}
		if orig == nil {
			return
		}
		want, ok := lapBrute(orig, obj)
		if !ok {
			t.Fatalf("solved an infeasible problem: %+v", a)
		}
		mag := 0.0
		for i, j := range a.RowToCol {
			if j >= 0 {
				mag += math.Abs(orig.At(i, j))
			}
		}
		if math.Abs(a.Total-want) > 1e-12*mag {
			t.Fatalf("total %v, brute force %v\n%v", a.Total, want, mat.Formatted(orig))
		}
	})
}

// lapSameBits reports whether a and b have the same dimensions and
// bit-identical entries (NaN included).
func lapSameBits(a, b mat.Matrix) bool {
	r, c := a.Dims()
	if rb, cb := b.Dims(); r != rb || c != cb {
		return false
	}
	for i := range r {
		for j := range c {
			if math.Float64bits(a.At(i, j)) != math.Float64bits(b.At(i, j)) {
				return false
			}
		}
	}
	return true
}
