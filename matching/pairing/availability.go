package pairing

import (
	"math/bits"
	"time"

	"github.com/mentorkit/mentorkit/mentoring"
)

// DefaultOverlapTargetMinutes is the weekly overlap at which
// CriterionAvailability scores 1 when Config.OverlapTargetMinutes is 0:
// two hours a week, room for a one-hour session and its rescheduling.
const DefaultOverlapTargetMinutes = 120

// weekMinutes is the length of a week in minutes, 7 × 24 × 60: the most
// Config.OverlapTargetMinutes and Rules.MinOverlapMinutes can ask.
const weekMinutes = 7 * 24 * 60

// availWords is the number of 64-bit words of a week of minutes.
const availWords = (weekMinutes + 63) / 64

// pairCombo is one combination of two zones' offsets in force together
// during the programme: regime a of the mentee's zone with regime b of
// the mentor's (indices into each zone's distinct offsets).
type pairCombo struct{ a, b uint8 }

// pairAvail is the compiled availability: per person a week of minutes in
// UTC as a bitmap per regime (distinct UTC offset of their zone during the
// programme), so that a pair's overlap is the popcount of an AND. Person
// p's regime k is bits[base[p]+k*availWords:][:availWords]; base -1 means
// no window. A mentee's few non-zero words are listed too: those of
// regime k are nzWordsE[nzOffE[nzE[e]+k]:nzOffE[nzE[e]+k+1]], so a pair
// costs one AND per word the mentee is free in, not one per word of the
// week.
type pairAvail struct {
	combo          [][]pairCombo // by zone pair, tzE·nZone + tzM as the features index it
	bitsE, bitsM   []uint64
	baseE, baseM   []int32
	nzE            []int32
	nzOffE         []int32
	nzWordsE       []int16
	regimesPerZone [][]int32 // each zone's distinct offsets, in order of first use
}

// overlap returns the pair's worst weekly overlap in minutes over the
// offset combinations of zone pair zp, or -1 when either has no window.
func (a *pairAvail) overlap(e, m int, zp int32) int32 {
	be, bm := a.baseE[e], a.baseM[m]
	if be < 0 || bm < 0 {
		return -1
	}
	best := int32(weekMinutes)
	for _, c := range a.combo[zp] {
		x := a.bitsE[int(be)+int(c.a)*availWords:][:availWords]
		y := a.bitsM[int(bm)+int(c.b)*availWords:][:availWords]
		k := a.nzE[e] + int32(c.a)
		n := 0
		for _, w := range a.nzWordsE[a.nzOffE[k]:a.nzOffE[k+1]] {
			n += bits.OnesCount64(x[w] & y[w])
		}
		best = min(best, int32(n))
		if best == 0 {
			break
		}
	}
	return best
}

// pairCompileAvail builds the bitmaps of mentees and mentors; tzE and tzM
// are their zone indices (tzE not yet multiplied), zones the zone table,
// over the programme's period [start, end] (filled as mentoring.Zone.Gap
// fills it). It returns nil when nobody states a window.
func pairCompileAvail(mentees, mentors []*mentoring.Participant, tzE, tzM []int32, zones []mentoring.Zone, start, end time.Time) *pairAvail {
	if !anyWindow(mentees) && !anyWindow(mentors) {
		return nil
	}
	period := mentoring.Zone{}.Gap(mentoring.Zone{}, start, end)
	n := len(zones)
	steps := make([]pairSteps, n)
	a := &pairAvail{regimesPerZone: make([][]int32, n)}
	stepRegime := make([][]uint8, n) // regime index of each step
	for z, zone := range zones {
		steps[z] = pairZoneSteps(zone, period.Start, period.End)
		for _, off := range steps[z].off {
			k := indexOf(a.regimesPerZone[z], off)
			if k < 0 {
				k = len(a.regimesPerZone[z])
				a.regimesPerZone[z] = append(a.regimesPerZone[z], off)
			}
			stepRegime[z] = append(stepRegime[z], uint8(min(k, 255)))
		}
	}
	a.combo = make([][]pairCombo, n*n)
	for i := range n {
		for j := range n {
			a.combo[i*n+j] = pairCombos(steps[i], steps[j], stepRegime[i], stepRegime[j])
		}
	}
	a.bitsE, a.baseE = pairBitmaps(mentees, tzE, a.regimesPerZone)
	a.bitsM, a.baseM = pairBitmaps(mentors, tzM, a.regimesPerZone)
	a.nzE = make([]int32, len(mentees))
	a.nzOffE = []int32{0}
	for e, b := range a.baseE {
		a.nzE[e] = int32(len(a.nzOffE) - 1)
		if b < 0 {
			continue
		}
		for k := range a.regimesPerZone[tzE[e]] {
			for i, x := range a.bitsE[int(b)+k*availWords:][:availWords] {
				if x != 0 {
					a.nzWordsE = append(a.nzWordsE, int16(i))
				}
			}
			a.nzOffE = append(a.nzOffE, int32(len(a.nzWordsE)))
		}
	}
	return a
}

func anyWindow(ps []*mentoring.Participant) bool {
	for _, q := range ps {
		if len(q.Person.Availability) > 0 {
			return true
		}
	}
	return false
}

func indexOf(xs []int32, x int32) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return -1
}

// pairCombos returns the distinct combinations of the regimes of two step
// functions over their common period (a merge of their steps, as
// pairWorstGap walks them).
func pairCombos(a, b pairSteps, ra, rb []uint8) []pairCombo {
	var out []pairCombo
	add := func(i, j int) {
		c := pairCombo{ra[i], rb[j]}
		for _, d := range out {
			if d == c {
				return
			}
		}
		out = append(out, c)
	}
	i, j := 0, 0
	add(0, 0)
	for i+1 < len(a.at) || j+1 < len(b.at) {
		switch {
		case j+1 >= len(b.at) || i+1 < len(a.at) && a.at[i+1] < b.at[j+1]:
			i++
		case i+1 >= len(a.at) || b.at[j+1] < a.at[i+1]:
			j++
		default:
			i++
			j++
		}
		add(i, j)
	}
	return out
}

// pairBitmaps builds each person's bitmap per regime of their zone: every
// minute of each window moved to UTC (local − offset, modulo the week).
// Windows that do not read are skipped (New has validated them).
func pairBitmaps(ps []*mentoring.Participant, tz []int32, regimes [][]int32) (out []uint64, base []int32) {
	base = make([]int32, len(ps))
	for p, q := range ps {
		base[p] = -1
		if len(q.Person.Availability) == 0 {
			continue
		}
		base[p] = int32(len(out))
		offs := regimes[tz[p]]
		out = append(out, make([]uint64, len(offs)*availWords)...)
		for k, off := range offs {
			row := out[int(base[p])+k*availWords : int(base[p])+(k+1)*availWords]
			for _, w := range q.Person.Availability {
				s, e, err := w.Span()
				if err != nil {
					continue
				}
				setMinutes(row, s-int(off), e-s)
			}
		}
	}
	return out, base
}

// setMinutes sets n bits of row from minute from, modulo the week.
func setMinutes(row []uint64, from, n int) {
	from %= weekMinutes
	if from < 0 {
		from += weekMinutes
	}
	for n > 0 {
		k := min(n, weekMinutes-from)
		setRange(row, from, from+k)
		n -= k
		from = 0
	}
}

// setRange sets bits [a, b) of row.
func setRange(row []uint64, a, b int) {
	for a < b {
		w, bit := a/64, uint(a%64)
		k := min(b-a, 64-int(bit))
		mask := ^uint64(0)
		if k < 64 {
			mask = (uint64(1)<<uint(k) - 1) << bit
		}
		row[w] |= mask
		a += k
	}
}

// availabilityScore: CriterionAvailability, the overlap in minutes over
// the target (invTarget = 1 / target), at most 1; 0 without data.
func availabilityScore(overlap int32, invTarget float64) float64 {
	if overlap <= 0 {
		return 0
	}
	return min(float64(overlap)*invTarget, 1)
}

// noOverlap: RuleNoOverlap, a pair below the minimum weekly overlap, or
// one without windows on either side while the rule is on (fails closed).
func noOverlap(minOverlap, overlap int32) bool { return minOverlap > 0 && overlap < minOverlap }
