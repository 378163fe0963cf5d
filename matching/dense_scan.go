package matching

import "math"

// The row loops of the dense solver. Each reads one row (or the distance
// array) front to back and handles four entries per step, with one bounds
// check per step (none per entry) and a common case that is a single
// well-predicted branch; the rare case (a new minimum, an improved
// distance) is handled entry by entry, in index order, so the results are
// exactly those of the plain loop. They are kept out of line
// (go:noinline): inlined into the search, the compiler keeps the loop
// index in memory.

// denseColumnMinima folds row i into the column minima d (with their rows
// in pred) and reports whether the row holds a bad entry.
//
//go:noinline
func denseColumnMinima(row, d []float64, pred []int, i int, sgn float64) bool {
	d = d[:len(row)]
	pred = pred[:len(row)]
	bad := false
	for j, x := range row {
		c := sgn * x
		if c < d[j] {
			d[j] = c
			pred[j] = i
		}
		if c > MaxMagnitude || !(c >= -MaxMagnitude) {
			bad = bad || denseBad(c)
		}
	}
	return bad
}

// denseRelax relaxes the distances through row i: for each column j with
// t = sgn*row[j] - h below dv[j] it records i as j's predecessor and, when
// the new distance t - v[j] exceeds mu, stores t. It stops at the first
// column whose new distance is at most mu and returns its index (the
// caller marks it final), or returns len(row).
//
//go:noinline
func denseRelax(row, dv, v []float64, pred []int, i int, sgn, h, mu float64) int {
	n := len(row)
	dv = dv[:n]
	v = v[:n]
	pred = pred[:n]
	j := 0
	for ; j+4 <= n; j += 4 {
		r := row[j : j+4 : j+4]
		d := dv[j : j+4 : j+4]
		t0, t1, t2, t3 := sgn*r[0]-h, sgn*r[1]-h, sgn*r[2]-h, sgn*r[3]-h
		if t0 < d[0] || t1 < d[1] || t2 < d[2] || t3 < d[3] {
			for k, t := range [4]float64{t0, t1, t2, t3} {
				if t < d[k] {
					pred[j+k] = i
					if t-v[j+k] <= mu {
						return j + k
					}
					d[k] = t
				}
			}
		}
	}
	for ; j < n; j++ {
		if t := sgn*row[j] - h; t < dv[j] {
			pred[j] = i
			if t-v[j] <= mu {
				return j
			}
			dv[j] = t
		}
	}
	return n
}

// denseTwoMin returns the smallest and second smallest reduced cost
// sgn*row[j] - v[j] of a row and their columns (the lowest index first
// among equals; -1 and +Inf when there is none).
//
//go:noinline
func denseTwoMin(row, v []float64, sgn float64) (umin, usub float64, j1, j2 int) {
	n := len(row)
	v = v[:n]
	umin, usub = math.Inf(1), math.Inf(1)
	j1, j2 = -1, -1
	j := 0
	for ; j+4 <= n; j += 4 {
		r := row[j : j+4 : j+4]
		w := v[j : j+4 : j+4]
		h0, h1, h2, h3 := sgn*r[0]-w[0], sgn*r[1]-w[1], sgn*r[2]-w[2], sgn*r[3]-w[3]
		if h0 < usub || h1 < usub || h2 < usub || h3 < usub {
			for k, h := range [4]float64{h0, h1, h2, h3} {
				umin, usub, j1, j2 = denseFold(umin, usub, j1, j2, h, j+k)
			}
		}
	}
	for ; j < n; j++ {
		umin, usub, j1, j2 = denseFold(umin, usub, j1, j2, sgn*row[j]-v[j], j)
	}
	return umin, usub, j1, j2
}

// denseFold adds the value h of column j to the two smallest values umin
// <= usub seen so far (columns j1, j2); an equal value goes second.
func denseFold(umin, usub float64, j1, j2 int, h float64, j int) (float64, float64, int, int) {
	switch {
	case !(h < usub):
		return umin, usub, j1, j2
	case h >= umin:
		return umin, h, j1, j
	}
	return h, umin, j, j1
}

// denseTwoMinCheck is denseTwoMin that also reports whether the row holds
// a bad entry (see denseBad).
//
//go:noinline
func denseTwoMinCheck(row, v []float64, sgn float64) (umin, usub float64, j1, j2 int, bad bool) {
	n := len(row)
	v = v[:n]
	umin, usub = math.Inf(1), math.Inf(1)
	j1, j2 = -1, -1
	j := 0
	for ; j+4 <= n; j += 4 {
		r := row[j : j+4 : j+4]
		w := v[j : j+4 : j+4]
		c0, c1, c2, c3 := sgn*r[0], sgn*r[1], sgn*r[2], sgn*r[3]
		if max(c0, c1, c2, c3) > MaxMagnitude || !(min(c0, c1, c2, c3) >= -MaxMagnitude) {
			bad = bad || denseBad(c0) || denseBad(c1) || denseBad(c2) || denseBad(c3)
		}
		h0, h1, h2, h3 := c0-w[0], c1-w[1], c2-w[2], c3-w[3]
		if h0 < usub || h1 < usub || h2 < usub || h3 < usub {
			for k, h := range [4]float64{h0, h1, h2, h3} {
				umin, usub, j1, j2 = denseFold(umin, usub, j1, j2, h, j+k)
			}
		}
	}
	for ; j < n; j++ {
		c := sgn * row[j]
		bad = bad || denseBad(c)
		umin, usub, j1, j2 = denseFold(umin, usub, j1, j2, c-v[j], j)
	}
	return umin, usub, j1, j2, bad
}

// denseStart starts a search from the free row f: dv[j] = sgn*row[j] (the
// distance plus potential), pred[j] = f. It returns the smallest distance
// and appends the columns attaining it, ascending, to todo.
//
//go:noinline
func denseStart(row, dv, v []float64, pred []int, f int, sgn float64, todo []int) (float64, []int) {
	dv = dv[:len(row)]
	v = v[:len(row)]
	pred = pred[:len(row)]
	mu := math.Inf(1)
	for j, x := range row {
		t := sgn * x
		dv[j] = t
		pred[j] = f
		if dj := t - v[j]; dj <= mu {
			if dj < mu {
				mu = dj
				todo = todo[:0]
			}
			todo = append(todo, j)
		}
	}
	return mu, todo
}

// denseNearest returns the smallest distance dv[j] - v[j] over the columns
// whose distance is not final (dv[j] > -Inf) and appends the columns
// attaining it, ascending, to todo. With no such column, or only
// unreachable ones, it returns +Inf.
//
//go:noinline
func denseNearest(dv, v []float64, todo []int) (float64, []int) {
	n := len(dv)
	v = v[:n]
	mu := math.Inf(1)
	j := 0
	for ; j+4 <= n; j += 4 {
		d := dv[j : j+4 : j+4]
		w := v[j : j+4 : j+4]
		d0, d1, d2, d3 := d[0]-w[0], d[1]-w[1], d[2]-w[2], d[3]-w[3]
		if d0 <= mu || d1 <= mu || d2 <= mu || d3 <= mu {
			for k, dj := range [4]float64{d0, d1, d2, d3} {
				mu, todo = denseNearestFold(mu, todo, dj, d[k], j+k)
			}
		}
	}
	for ; j < n; j++ {
		mu, todo = denseNearestFold(mu, todo, dv[j]-v[j], dv[j], j)
	}
	return mu, todo
}

// denseNearestFold adds column j, at distance dj (dv[j] = t), to the
// columns at the smallest distance mu.
func denseNearestFold(mu float64, todo []int, dj, t float64, j int) (float64, []int) {
	if dj <= mu && t != math.Inf(-1) {
		if dj < mu {
			mu = dj
			todo = todo[:0]
		}
		todo = append(todo, j)
	}
	return mu, todo
}
