package timesort

import "math"

// Rec is one subject in the time sort: Key is the order-preserving bit
// pattern of its time (see Key), Aux what the caller carries along.
type Rec struct {
	Key uint64
	Aux uint64
}

// Key maps a finite time to a key that sorts like it, −0 as 0.
func Key(t float64) uint64 {
	k := math.Float64bits(t + 0) // −0 + 0 = +0
	return k ^ (uint64(int64(k)>>63) | 1<<63)
}

// Time inverts Key (−0 comes back as 0).
func Time(k uint64) float64 {
	return math.Float64frombits(k ^ (uint64(int64(^k)>>63) | 1<<63))
}

// Order returns the indexes 0..len(time)-1 by time, ties by index (a
// stable sort; −0 counts as 0). time holds finite numbers (checked by the
// callers).
func Order(time []float64) []int {
	recs := make([]Rec, len(time))
	for i, t := range time {
		recs[i] = Rec{Key: Key(t), Aux: uint64(i)}
	}
	recs = Sort(recs)
	order := make([]int, len(time))
	for k, r := range recs {
		order[k] = int(r.Aux)
	}
	return order
}

// The radix: six passes of 11 bits cover a 64-bit key.
const (
	bits    = 11
	passes  = 6
	buckets = 1 << bits
)

// Histogram counts the digits of the keys Sort will sort, so a caller
// that builds its records in a loop counts them there (Count inlines)
// instead of in a second pass over the records. The zero value counts
// nothing; a Histogram serves one Sort.
type Histogram struct{ h [passes][buckets]int }

// Count counts one record's key.
func (h *Histogram) Count(key uint64) {
	for p := range passes {
		h.h[p][(key>>(p*bits))&(buckets-1)]++
	}
}

// Sort sorts recs by key, stably, and returns the sorted slice (recs
// itself or a buffer of the same length). It is a
// least-significant-digit radix sort: six passes of 11 bits, one
// histogram pass for all six, and passes where every record has the same
// digit skipped (day-rounded or small times share their high bits). No
// comparison function: O(n).
func Sort(recs []Rec) []Rec {
	var h Histogram
	for _, r := range recs {
		h.Count(r.Key)
	}
	return h.Sort(recs)
}

// Sort is [Sort] for records whose every key h has counted, once.
func (h *Histogram) Sort(recs []Rec) []Rec {
	n := len(recs)
	if n < 2 {
		return recs
	}
	tmp := make([]Rec, n)
	src, dst := recs, tmp
	for p := range passes {
		hp := &h.h[p]
		if hp[(src[0].Key>>(p*bits))&(buckets-1)] == n {
			continue // every record has this digit
		}
		var off int
		for b, c := range hp {
			hp[b] = off
			off += c
		}
		shift := uint(p * bits)
		for _, r := range src {
			d := (r.Key >> shift) & (buckets - 1)
			dst[hp[d]] = r
			hp[d]++
		}
		src, dst = dst, src
	}
	return src
}

// flagBit is the bit of a flagged word that holds the flag: the sign bit
// of a non-negative time, always 0.
const flagBit = 1 << 63

// Flag packs a non-negative time (−0 read as 0) and a flag into one word:
// the time's bits in bits 0 to 62, the flag in bit 63. Sorting 8-byte
// words instead of 16-byte records halves the memory a sort moves (the
// Kaplan–Meier curve needs only the time and whether the subject died).
func Flag(t float64, flag bool) uint64 {
	w := math.Float64bits(t + 0)
	if flag {
		w |= flagBit
	}
	return w
}

// FlagTime is the time of a flagged word.
func FlagTime(w uint64) float64 { return math.Float64frombits(w &^ flagBit) }

// Flagged is the flag of a flagged word.
func Flagged(w uint64) bool { return w&flagBit != 0 }

// CountFlagged counts one flagged word for SortFlagged: its time's bits
// only, so the flag does not order the words.
func (h *Histogram) CountFlagged(w uint64) { h.Count(w &^ flagBit) }

// SortFlagged sorts flagged words by time, stably (the flag does not
// order them), and returns the sorted slice (ws itself or a buffer of the
// same length); h must have counted every word with CountFlagged, once.
// The same radix passes as Sort; the top pass, which holds the flag, is
// never needed apart from it (a non-negative time's bits 55 to 62 are its
// exponent's high bits, the same for all but extreme ranges) and reads
// the time's bits only.
func (h *Histogram) SortFlagged(ws []uint64) []uint64 {
	n := len(ws)
	if n < 2 {
		return ws
	}
	tmp := make([]uint64, n)
	src, dst := ws, tmp
	for p := range passes {
		hp := &h.h[p]
		shift := uint(p * bits)
		if hp[((src[0]&^flagBit)>>shift)&(buckets-1)] == n {
			continue // every word has this digit
		}
		var off int
		for b, c := range hp {
			hp[b] = off
			off += c
		}
		for _, w := range src {
			d := ((w &^ flagBit) >> shift) & (buckets - 1)
			dst[hp[d]] = w
			hp[d]++
		}
		src, dst = dst, src
	}
	return src
}
