package feedback

import "math/big"

// q64 is a rational num/den in lowest terms with den > 0 and both below
// q64Limit in magnitude: the exact arithmetic of the elimination's fast
// path. The 0/1 systems of a report mostly keep their entries in {−1, 0,
// 1} (nested and crossing groupings give totally unimodular rows), so the
// fast path nearly always finishes; any result outside the limit makes it
// report overflow, and the elimination is redone in math/big.Rat.
type q64 struct{ num, den int64 }

// q64Limit bounds numerators and denominators so that every product and
// difference of two of them fits in an int64.
const q64Limit = 1 << 30

func gcdAbs(a, b int64) int64 {
	if a < 0 {
		a = -a
	}
	for b != 0 {
		a, b = b, a%b
	}
	if a < 0 {
		return -a
	}
	return a
}

// norm reduces num/den (den ≠ 0); false when the result leaves the limit.
func q64Norm(num, den int64) (q64, bool) {
	if num == 0 {
		return q64{0, 1}, true
	}
	if den < 0 {
		num, den = -num, -den
	}
	if g := gcdAbs(num, den); g > 1 {
		num, den = num/g, den/g
	}
	if num >= q64Limit || num <= -q64Limit || den >= q64Limit {
		return q64{}, false
	}
	return q64{num, den}, true
}

// subMul returns x − f·y.
func (x q64) subMul(f, y q64) (q64, bool) {
	pn, pd := f.num*y.num, f.den*y.den // below 2^60 each
	if pd == 1 && x.den == 1 {
		return q64Norm(x.num-pn, 1)
	}
	// Reduce the product first so that the cross terms stay below 2^62.
	p, ok := q64Norm(pn, pd)
	if !ok {
		return q64{}, false
	}
	return q64Norm(x.num*p.den-p.num*x.den, x.den*p.den)
}

func (x q64) mul(y q64) (q64, bool) { return q64Norm(x.num*y.num, x.den*y.den) }

func (x q64) inv() q64 {
	if x.num < 0 {
		return q64{-x.den, -x.num}
	}
	return q64{x.den, x.num}
}

var (
	ratZero   = new(big.Rat)
	ratOne    = big.NewRat(1, 1)
	ratMinus1 = big.NewRat(-1, 1)
)

// rat returns x as a big.Rat, shared for 0 and ±1 (read only).
func (x q64) rat() *big.Rat {
	switch {
	case x.num == 0:
		return ratZero
	case x.den == 1 && x.num == 1:
		return ratOne
	case x.den == 1 && x.num == -1:
		return ratMinus1
	}
	return big.NewRat(x.num, x.den)
}

// eliminate64 is eliminate on the fast path: a and t are built from q and
// the identity, reduced in q64 and stored as read-only big.Rat values.
// false (c untouched) when an entry left the limit.
func (c *sdcComp) eliminate64(q [][]q64) bool {
	m := len(c.members)
	nr := len(q)
	t := make([][]q64, nr)
	for i := range t {
		t[i] = make([]q64, nr)
		for j := range t[i] {
			t[i][j].den = 1
		}
		t[i][i].num = 1
	}
	pivotOf, freeIdx := make([]int, m), make([]int, m)
	var pivot, free []int
	rank := 0
	var ok bool
	for j := range m {
		pivotOf[j], freeIdx[j] = -1, -1
		p := -1
		for i := rank; i < nr; i++ {
			if q[i][j].num != 0 {
				p = i
				break
			}
		}
		if p < 0 {
			freeIdx[j] = len(free)
			free = append(free, j)
			continue
		}
		q[rank], q[p] = q[p], q[rank]
		t[rank], t[p] = t[p], t[rank]
		if inv := q[rank][j].inv(); inv != (q64{1, 1}) {
			for x := j; x < m; x++ {
				if q[rank][x], ok = q[rank][x].mul(inv); !ok {
					return false
				}
			}
			for x := range t[rank] {
				if t[rank][x], ok = t[rank][x].mul(inv); !ok {
					return false
				}
			}
		}
		for i := range nr {
			f := q[i][j]
			if i == rank || f.num == 0 {
				continue
			}
			for x := j; x < m; x++ {
				if y := q[rank][x]; y.num != 0 {
					if q[i][x], ok = q[i][x].subMul(f, y); !ok {
						return false
					}
				}
			}
			for x := range t[i] {
				if y := t[rank][x]; y.num != 0 {
					if t[i][x], ok = t[i][x].subMul(f, y); !ok {
						return false
					}
				}
			}
		}
		pivotOf[j] = rank
		pivot = append(pivot, j)
		rank++
	}
	c.a, c.t = make([][]*big.Rat, nr), make([][]*big.Rat, nr)
	for i := range nr {
		c.a[i], c.t[i] = make([]*big.Rat, m), make([]*big.Rat, nr)
		for x, v := range q[i] {
			c.a[i][x] = v.rat()
		}
		for x, v := range t[i] {
			c.t[i][x] = v.rat()
		}
	}
	c.pivotOf, c.freeIdx, c.pivot, c.free = pivotOf, freeIdx, pivot, free
	return true
}
