package hazard

import "math"

// timeRec is one subject in the time sort: key is the order-preserving bit
// pattern of its time (see timeKey), aux what the caller carries along.
type timeRec struct {
	key uint64
	aux uint64
}

// timeKey maps a finite time to a key that sorts like it, −0 as 0.
func timeKey(t float64) uint64 {
	k := math.Float64bits(t + 0) // −0 + 0 = +0
	return k ^ (uint64(int64(k)>>63) | 1<<63)
}

// keyTime inverts timeKey (−0 comes back as 0).
func keyTime(k uint64) float64 {
	return math.Float64frombits(k ^ (uint64(int64(^k)>>63) | 1<<63))
}

// timeOrder returns the indexes 0..len(time)-1 by time, ties by index (a
// stable sort; −0 counts as 0). time holds finite numbers (checked by the
// callers).
func timeOrder(time []float64) []int {
	recs := make([]timeRec, len(time))
	for i, t := range time {
		recs[i] = timeRec{key: timeKey(t), aux: uint64(i)}
	}
	recs = sortByKey(recs)
	order := make([]int, len(time))
	for k, r := range recs {
		order[k] = int(r.aux)
	}
	return order
}

// sortByKey sorts recs by key, stably, and returns the sorted slice
// (recs itself or a buffer of the same length). It is a
// least-significant-digit radix sort: six passes of 11 bits, one histogram
// pass for all six, and passes where every record has the same digit
// skipped (day-rounded or small times share their high bits). No
// comparison function: O(n).
func sortByKey(recs []timeRec) []timeRec {
	n := len(recs)
	if n < 2 {
		return recs
	}
	const bits, passes = 11, 6
	const buckets = 1 << bits
	var hist [passes][buckets]int
	for _, r := range recs {
		for p := range passes {
			hist[p][(r.key>>(p*bits))&(buckets-1)]++
		}
	}
	tmp := make([]timeRec, n)
	src, dst := recs, tmp
	for p := range passes {
		h := &hist[p]
		if h[(src[0].key>>(p*bits))&(buckets-1)] == n {
			continue // every record has this digit
		}
		var off int
		for b, c := range h {
			h[b] = off
			off += c
		}
		shift := uint(p * bits)
		for _, r := range src {
			d := (r.key >> shift) & (buckets - 1)
			dst[h[d]] = r
			h[d]++
		}
		src, dst = dst, src
	}
	return src
}
