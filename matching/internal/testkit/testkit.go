package testkit

import (
	"math"
	"math/rand/v2"
	"slices"
	"strconv"

	"gonum.org/v1/gonum/mat"
)

// Bytes hands out a fuzz target's bytes, 0 once exhausted.
type Bytes struct {
	B []byte
	i int
}

// Next returns the next byte, or 0 once the bytes are used up.
func (f *Bytes) Next() int {
	if f.i >= len(f.B) {
		return 0
	}
	f.i++
	return int(f.B[f.i-1])
}

// More reports whether bytes are left.
func (f *Bytes) More() bool { return f.i < len(f.B) }

// Value draws a matrix entry: mostly small integers, sometimes a
// forbidden mark, NaN or the wrong infinity.
func (f *Bytes) Value(forbid float64) float64 {
	x := f.Next()
	switch x {
	case 250:
		return math.NaN()
	case 251:
		return -forbid
	case 252, 253, 254:
		return forbid
	}
	return float64(x % 13)
}

// Matrix draws an r×c matrix of Values.
func (f *Bytes) Matrix(r, c int, forbid float64) [][]float64 {
	m := make([][]float64, r)
	for i := range m {
		m[i] = make([]float64, c)
		for j := range m[i] {
			m[i][j] = f.Value(forbid)
		}
	}
	return m
}

// HasBad reports whether m holds a NaN or an infinity other than forbid.
func HasBad(m [][]float64, forbid float64) bool {
	for _, row := range m {
		for _, x := range row {
			if math.IsNaN(x) || math.IsInf(x, 0) && x != forbid {
				return true
			}
		}
	}
	return false
}

// Cell is a (row, column) position.
type Cell struct{ Row, Col int }

// Assignment is one assignment found by enumeration: each row's column
// (-1 for none) and the total.
type Assignment struct {
	RowToCol []int
	Total    float64
}

// Brute enumerates every assignment of m (rows to columns or -1) that
// respects capacity (nil: 1 each), the locks and bans, avoids forbidden
// entries (±Inf) and assigns min(rows, places) rows, where places =
// Σ min(capacity, rows), or any number of rows when optional: the
// independent reference for KBest, Bottleneck and the stable tests.
func Brute(m [][]float64, capacity []int, locks, bans []Cell, optional bool) []Assignment {
	r := len(m)
	c := 0
	if r > 0 {
		c = len(m[0])
	}
	if capacity == nil {
		capacity = make([]int, c)
		for j := range capacity {
			capacity[j] = 1
		}
	}
	places := 0
	for _, x := range capacity {
		places += min(x, r)
	}
	need := min(r, places)
	var out []Assignment
	cur := make([]int, r)
	load := make([]int, c)
	var rec func(i, assigned int, tot float64)
	rec = func(i, assigned int, tot float64) {
		if i == r {
			if assigned == need || optional {
				out = append(out, Assignment{slices.Clone(cur), tot})
			}
			return
		}
		for j := -1; j < c; j++ {
			if slices.ContainsFunc(locks, func(l Cell) bool { return l.Row == i && l.Col != j }) {
				continue
			}
			if j >= 0 && (slices.Contains(bans, Cell{i, j}) || math.IsInf(m[i][j], 0) || load[j] == capacity[j]) {
				continue
			}
			cur[i] = j
			if j < 0 {
				rec(i+1, assigned, tot)
				continue
			}
			load[j]++
			rec(i+1, assigned+1, tot+m[i][j])
			load[j]--
		}
	}
	rec(0, 0, 0)
	return out
}

// RandIntMatrix draws an r×c matrix of integers in [0, hi), each entry
// forbid with probability pForbid.
func RandIntMatrix(rng *rand.Rand, r, c, hi int, pForbid float64, forbid float64) [][]float64 {
	m := make([][]float64, r)
	for i := range m {
		m[i] = make([]float64, c)
		for j := range m[i] {
			if rng.Float64() < pForbid {
				m[i][j] = forbid
			} else {
				m[i][j] = float64(rng.IntN(hi))
			}
		}
	}
	return m
}

// ToDense copies m, c columns wide, into a *mat.Dense (an empty one for
// no rows).
func ToDense(m [][]float64, c int) *mat.Dense {
	r := len(m)
	if r == 0 {
		return &mat.Dense{}
	}
	d := mat.NewDense(r, c, nil)
	for i := range m {
		d.SetRow(i, m[i])
	}
	return d
}

// LyingDims is a mat.Matrix whose Dims no real matrix has: negative, or
// with more entries than an int can count.
type LyingDims struct{ R, C int }

// Dims returns the dimensions it was given.
func (m LyingDims) Dims() (int, int) { return m.R, m.C }

// At returns 0.
func (m LyingDims) At(i, j int) float64 { return 0 }

// T swaps the dimensions.
func (m LyingDims) T() mat.Matrix { return LyingDims{m.C, m.R} }

// LyingShapes are the impossible shapes every matrix entry point must
// reject with its shape error.
var LyingShapes = []LyingDims{{-1, 2}, {2, -1}, {1 << 40, 1 << 40}}

// BenchScores draws uniform scores in [0, 1) for n mentees × n/2 mentors.
func BenchScores(n int, seed uint64) (*mat.Dense, []string, []string, []int) {
	rng := rand.New(rand.NewPCG(seed, 11))
	nM := n / 2
	s := mat.NewDense(n, nM, nil)
	for i := range n {
		for j := range nM {
			s.Set(i, j, rng.Float64())
		}
	}
	es, ms := make([]string, n), make([]string, nM)
	for i := range es {
		es[i] = "e" + strconv.Itoa(i)
	}
	capa := make([]int, nM)
	for j := range ms {
		ms[j] = "m" + strconv.Itoa(j)
		capa[j] = 2
	}
	return s, es, ms, capa
}
