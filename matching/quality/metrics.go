package quality

import (
	"math"
	"slices"

	"github.com/mentorkit/mentorkit/internal/jsonx"
	"github.com/mentorkit/mentorkit/matching/internal/capmat"
	"github.com/mentorkit/mentorkit/matching/stable"
	"gonum.org/v1/gonum/mat"
)

// DefaultTopK is the k of Quality.TopKHitRate when Options.TopK is 0.
const DefaultTopK = 3

// Options configure [Measure]. The zero value is ready and gives the
// defaults.
type Options struct {
	// TopK is the k of TopKHitRate (>= 0); 0 means DefaultTopK (3).
	TopK int `json:"topK,omitempty"`
}

// Quality are the quality metrics of a matching of mentees (rows) to
// mentors (columns) on a score matrix. Ranks are 1-based: a mentee ranks
// the mentors it may have (finite score) by score, highest first, ties to
// the lower index; a mentor ranks the mentees likewise. Scores are meant
// to be non-negative (pairing scores are in [0, 1]); the Gini coefficient
// is only meaningful then.
type Quality struct {
	// Mentees, Places: the number of mentees and of mentor places (Σ
	// capacity); Matched the mentees matched; UnmatchedMentees the others;
	// FreePlaces the places left free; IdleMentors the mentors with
	// capacity and no mentee.
	Mentees          int `json:"mentees"`
	Places           int `json:"places"`
	Matched          int `json:"matched"`
	UnmatchedMentees int `json:"unmatchedMentees"`
	FreePlaces       int `json:"freePlaces"`
	IdleMentors      int `json:"idleMentors"`
	// Total, Mean and Min of the matched pairs' scores (Mean and Min are
	// NaN without pairs).
	Total float64 `json:"total"`
	Mean  float64 `json:"mean"`
	Min   float64 `json:"min"`
	// Gini is the Gini coefficient of the matched pairs' scores,
	// Σ_i Σ_j |x_i - x_j| / (2n²·mean), computed as
	// Σ_i Σ_{j<i} (x_(i) - x_(j)) / (n·Σx) over the sorted scores x_(1) <=
	// ... <= x_(n): in [0, 1 - 1/n] for non-negative scores, exactly 0 when
	// all are equal, NaN without pairs or when the scores sum to 0.
	Gini float64 `json:"gini"`
	// MenteeRank is each mentee's rank of its mentor (0 when unmatched);
	// MentorRank each matched mentee's rank in its mentor's list (0 when
	// unmatched). MenteeRankCounts[k] and MentorRankCounts[k] count the
	// pairs at rank k+1.
	MenteeRank       []int `json:"menteeRank"`
	MentorRank       []int `json:"mentorRank"`
	MenteeRankCounts []int `json:"menteeRankCounts"`
	MentorRankCounts []int `json:"mentorRankCounts"`
	// MeanMenteeRank is the mean of MenteeRank over the matched (NaN
	// without pairs).
	MeanMenteeRank float64 `json:"meanMenteeRank"`
	// TopK and TopKHitRate: the share of mentees (all of them, matched or
	// not) whose mentor is among their TopK best (NaN without mentees).
	TopK        int     `json:"topK"`
	TopKHitRate float64 `json:"topKHitRate"`
	// BlockingPairs is the number of blocking pairs when both sides rank
	// by the score (see [stable.BlockingPairs] and
	// [stable.PreferencesFromScores]).
	BlockingPairs int `json:"blockingPairs"`
	// Envious is the number of mentees who score another mentee's mentor
	// above their own (an unmatched mentee's own score counts as 0):
	// envy-freeness in the sense of Foley (1967) fails for them.
	// MaxEnvy is the largest such gap, MeanEnvy the mean gap over all
	// mentees (0 for those without envy).
	Envious  int     `json:"envious"`
	MaxEnvy  float64 `json:"maxEnvy"`
	MeanEnvy float64 `json:"meanEnvy"`
}

// MarshalJSON writes q with the module's JSON rule (internal/jsonx): the
// NaN of a matching without pairs is the string "NaN".
func (q Quality) MarshalJSON() ([]byte, error) { return jsonx.Marshal(q) }

// UnmarshalJSON reads what MarshalJSON writes.
func (q *Quality) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, q) }

// Measure computes the quality metrics of menteeToMentor (the mentor of
// each mentee, -1 for none) on scores, mentees × mentors with -Inf for
// forbidden pairs, with capacity per mentor (nil: 1 each). It takes
// O(nE·nM·log(nE+nM) + nE²) time (ranks, and the preference lists sorted
// for the blocking pairs). Ranks break equal scores by the lower index.
//
// Errors: those of [stable.PriceOfStability] for the scores, the capacity
// and the matching (ErrShape, ErrNaN, ErrForbiddenSign, ErrRange; a
// *FieldError wrapping ErrConfig or stable.ErrInvalidMatching), and a
// *FieldError (ErrConfig, code negative) for a negative TopK. Inputs are
// not modified.
func Measure(scores mat.Matrix, capacity []int, menteeToMentor []int, o Options) (Quality, error) {
	if o.TopK < 0 {
		return Quality{}, msgTopK.At("topK", o.TopK)
	}
	if o.TopK == 0 {
		o.TopK = DefaultTopK
	}
	val, r, c, capa, err := capmat.Input(scores, capacity, ErrConfig)
	if err != nil {
		return Quality{}, err
	}
	if err := capmat.CheckMatching(val, r, c, capa, menteeToMentor, stable.ErrInvalidMatching); err != nil {
		return Quality{}, err
	}
	q := Quality{Mentees: r, TopK: o.TopK}
	q.countPlaces(val, c, capa, menteeToMentor)
	q.rank(val, r, c, menteeToMentor)
	// Blocking pairs under mutual score preferences.
	p, err := stable.PreferencesFromScores(scores, nil, capa)
	if err != nil {
		return Quality{}, err
	}
	bp, err := stable.BlockingPairs(p, menteeToMentor)
	if err != nil {
		return Quality{}, err
	}
	q.BlockingPairs = len(bp)
	q.envy(val, c, menteeToMentor)
	return q, nil
}

// countPlaces fills the counts of mentees and places and the statistics
// of the matched pairs' scores (Total, Mean, Min, Gini).
func (q *Quality) countPlaces(val []float64, c int, capa, mm []int) {
	load := make([]int, c)
	var xs []float64
	for e, m := range mm {
		if m >= 0 {
			load[m]++
			xs = append(xs, val[e*c+m])
		}
	}
	for m, x := range capa {
		q.Places += x
		q.FreePlaces += max(0, x-load[m])
		if x > 0 && load[m] == 0 {
			q.IdleMentors++
		}
	}
	q.Matched = len(xs)
	q.UnmatchedMentees = q.Mentees - q.Matched
	q.Mean, q.Min, q.Gini = math.NaN(), math.NaN(), math.NaN()
	if len(xs) == 0 {
		return
	}
	slices.Sort(xs)
	q.Min = xs[0]
	// gap = Σ_i Σ_{j<i} (x_(i) - x_(j)), built from the steps between
	// neighbours: every term is >= 0, and 0 exactly when all are equal.
	var gap, below float64
	for i, x := range xs {
		q.Total += x
		if i > 0 {
			below += float64(i) * (x - xs[i-1])
			gap += below
		}
	}
	n := float64(len(xs))
	q.Mean = q.Total / n
	if q.Total != 0 {
		q.Gini = gap / (n * q.Total)
	}
}

// rank fills the ranks of the pairs, their counts, MeanMenteeRank and
// TopKHitRate (q.TopK set).
func (q *Quality) rank(val []float64, r, c int, mm []int) {
	q.MenteeRank, q.MentorRank = make([]int, r), make([]int, r)
	// The position among allowed partners by score, ties by index.
	rankIn := func(get func(k int) float64, n, k int) int {
		x := get(k)
		rank := 1
		for o := range n {
			y := get(o)
			if o != k && !math.IsInf(y, -1) && (y > x || (y == x && o < k)) {
				rank++
			}
		}
		return rank
	}
	hits, rankSum := 0, 0
	for e, m := range mm {
		if m < 0 {
			continue
		}
		re := rankIn(func(k int) float64 { return val[e*c+k] }, c, m)
		rm := rankIn(func(k int) float64 { return val[k*c+m] }, r, e)
		q.MenteeRank[e], q.MentorRank[e] = re, rm
		rankSum += re
		q.MenteeRankCounts = statGrow(q.MenteeRankCounts, re)
		q.MentorRankCounts = statGrow(q.MentorRankCounts, rm)
		if re <= q.TopK {
			hits++
		}
	}
	q.MeanMenteeRank, q.TopKHitRate = math.NaN(), math.NaN()
	if q.Matched > 0 {
		q.MeanMenteeRank = float64(rankSum) / float64(q.Matched)
	}
	if r > 0 {
		q.TopKHitRate = float64(hits) / float64(r)
	}
}

// envy fills Envious, MaxEnvy and MeanEnvy.
func (q *Quality) envy(val []float64, c int, mm []int) {
	held := make([]bool, c)
	for _, m := range mm {
		if m >= 0 {
			held[m] = true
		}
	}
	var envySum float64
	for e, m := range mm {
		own := 0.0
		if m >= 0 {
			own = val[e*c+m]
		}
		gap := 0.0
		for m2 := range c {
			if m2 != m && held[m2] {
				if x := val[e*c+m2]; !math.IsInf(x, -1) && x-own > gap {
					gap = x - own
				}
			}
		}
		if gap > 0 {
			q.Envious++
			q.MaxEnvy = max(q.MaxEnvy, gap)
			envySum += gap
		}
	}
	if len(mm) > 0 {
		q.MeanEnvy = envySum / float64(len(mm))
	}
}

// statGrow adds one to counts[rank-1], growing the slice as needed.
func statGrow(counts []int, rank int) []int {
	for len(counts) < rank {
		counts = append(counts, 0)
	}
	counts[rank-1]++
	return counts
}
