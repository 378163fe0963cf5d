package matching

import (
	"math"
	"slices"
	"testing"
)

// FuzzVerify checks that Verify never panics and is sound: whatever it
// accepts is a complete matching whose total is the brute-force optimum.
// The problem comes from lapFuzzMatrix; the assignment is the solver's (when
// it has one) edited by the remaining bytes, three at a time: an operation,
// an index and a value.
func FuzzVerify(f *testing.F) {
	f.Add([]byte{3, 3, 0, 0, 4, 1, 3, 2, 0, 5, 3, 2, 2, 0, 0, 1})
	f.Add([]byte{2, 3, 1, 0, 1, 2, 3, 4, 5, 6, 2, 1, 9, 4, 0, 0})
	f.Add([]byte{3, 2, 0, 2, 1, 2, 3, 4, 5, 6, 5, 2, 7, 6, 1, 1})
	f.Add([]byte{2, 2, 0, 0, 1, 2, 3, 4, 3, 0, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		orig, m, obj, rest := lapFuzzMatrix(data)
		a, err := Assign(m, obj)
		if err != nil {
			r, c := m.Dims()
			a = Assignment{
				RowToCol: slices.Repeat([]int{-1}, max(r, 0)), ColToRow: slices.Repeat([]int{-1}, max(c, 0)),
				U: make([]float64, max(r, 0)), V: make([]float64, max(c, 0)),
			}
		}
		for len(rest) >= 3 {
			op, k, val := rest[0]%8, int(rest[1]), float64(int8(rest[2]))
			rest = rest[3:]
			switch op {
			case 0:
				if len(a.RowToCol) > 0 {
					a.RowToCol[k%len(a.RowToCol)] = int(val) % 9
				}
			case 1:
				if len(a.ColToRow) > 0 {
					a.ColToRow[k%len(a.ColToRow)] = int(val) % 9
				}
			case 2:
				if len(a.U) > 0 {
					a.U[k%len(a.U)] += val / 4
				}
			case 3:
				if len(a.V) > 0 {
					a.V[k%len(a.V)] += val / 4
				}
			case 4:
				a.Total += val
			case 5:
				if len(a.U) > 0 {
					a.U[k%len(a.U)] = math.NaN()
				}
			case 6:
				a.RowToCol = a.RowToCol[:k%(len(a.RowToCol)+1)]
			case 7:
				// swap two rows' columns, keeping ColToRow consistent
				if n := len(a.RowToCol); n > 1 && len(a.ColToRow) > 0 {
					i1, i2 := k%n, (k/n)%n
					j1, j2 := a.RowToCol[i1], a.RowToCol[i2]
					a.RowToCol[i1], a.RowToCol[i2] = j2, j1
					if j1 >= 0 && j1 < len(a.ColToRow) {
						a.ColToRow[j1] = i2
					}
					if j2 >= 0 && j2 < len(a.ColToRow) {
						a.ColToRow[j2] = i1
					}
				}
			}
		}
		if Verify(m, obj, a) != nil || orig == nil {
			return
		}
		want, ok := lapBrute(orig, obj)
		if !ok {
			t.Fatalf("Verify accepted an assignment of an infeasible problem: %+v", a)
		}
		got, mag := 0.0, 0.0
		for i, j := range a.RowToCol {
			if j >= 0 {
				got += orig.At(i, j)
				mag += math.Abs(orig.At(i, j))
			}
		}
		// Verify's tolerance lets through only what is within a few ulps
		// of the largest magnitude per pair.
		scale := mag
		for _, p := range append(slices.Clone(a.U), a.V...) {
			scale = max(scale, math.Abs(p))
		}
		if math.Abs(got-want) > 1e-12*scale {
			t.Fatalf("Verify accepted total %v, optimum %v: %+v", got, want, a)
		}
	})
}
