package colgen

// rankedPair is an allowed pair k with its value v at its best place.
type rankedPair struct {
	v float64
	k int
}

// before ranks a above b: higher value, then lower index.
func (a rankedPair) before(b rankedPair) bool { return a.v > b.v || (a.v == b.v && a.k < b.k) }

// topPairs returns the n best of list (all when there are at most n),
// reordering list: a quickselect, O(len(list)) on average, with the
// middle element as pivot. The values must not be NaN.
func topPairs(list []rankedPair, n int) []rankedPair {
	if len(list) <= n {
		return list
	}
	lo, hi := 0, len(list) // the n-th best lies in list[lo:hi]
	for hi-lo > 1 {
		pivot := list[lo+(hi-lo)/2]
		// Three-way partition of list[lo:hi]: better, equal (the pivot
		// itself: indices are distinct), worse.
		i, j := lo, hi
		for k := lo; k < j; {
			switch {
			case list[k].before(pivot):
				list[i], list[k] = list[k], list[i]
				i++
				k++
			case pivot.before(list[k]):
				j--
				list[k], list[j] = list[j], list[k]
			default:
				k++
			}
		}
		// list[lo:i] better, list[i:j] the pivot, list[j:hi] worse.
		switch {
		case n <= i:
			hi = i
		case n <= j:
			return list[:n]
		default:
			lo = j
		}
	}
	return list[:n]
}
