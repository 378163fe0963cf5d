package quality

import (
	"cmp"
	"math"
	"slices"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/matching/stable"
)

// GroupStats are the outcomes of one group of mentees in a GroupAudit.
type GroupStats struct {
	Group string `json:"group"`
	// Size is the number of mentees in the group, Matched how many have a
	// mentor, MatchRate = Matched / Size.
	Size      int     `json:"size"`
	Matched   int     `json:"matched"`
	MatchRate float64 `json:"matchRate"`
	// MeanScore is the mean score of the group's pairs (NaN when none is
	// matched).
	MeanScore float64 `json:"meanScore"`
	// RateRatio is MatchRate divided by the highest MatchRate of any
	// group (the adverse-impact ratio of the "four-fifths rule", US EEOC
	// Uniform Guidelines 1978, 29 CFR 1607.4(D)); ScoreRatio likewise for
	// MeanScore. NaN when the group's value is undefined or the highest
	// is not positive (0, or negative scores: a ratio means nothing then).
	RateRatio  float64 `json:"rateRatio"`
	ScoreRatio float64 `json:"scoreRatio"`
}

// MarshalJSON writes s with the module's JSON rule (internal/jsonx): the
// NaN mean score of a group nobody in which is matched is "NaN".
func (s GroupStats) MarshalJSON() ([]byte, error) { return jsonx.Marshal(s) }

// UnmarshalJSON reads what MarshalJSON writes.
func (s *GroupStats) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, s) }

// GroupAudit compares match rates and pair scores between groups of
// mentees (department, location, or a demographic attribute the
// organisation provides).
type GroupAudit struct {
	// Groups are sorted by name.
	Groups []GroupStats `json:"groups"`
	// MinRateRatio and MinScoreRatio are the smallest RateRatio and
	// ScoreRatio over the groups where they are defined (NaN when none
	// is); below 0.8 the four-fifths rule flags adverse impact.
	MinRateRatio  float64 `json:"minRateRatio"`
	MinScoreRatio float64 `json:"minScoreRatio"`
}

// MarshalJSON writes a with the module's JSON rule (internal/jsonx).
func (a GroupAudit) MarshalJSON() ([]byte, error) { return jsonx.Marshal(a) }

// UnmarshalJSON reads what MarshalJSON writes.
func (a *GroupAudit) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, a) }

// AuditGroups audits a matching by group: group[e] is mentee e's group
// (any label; "" is a group too), matched[e] says whether mentee e has a
// mentor, and score[e] is its pair's score (ignored when unmatched).
// Groups are compared by match rate and mean score, each as a ratio to
// the best group; groups are sorted by name.
//
// Errors: a *FieldError wrapping [matching.ErrShape] (code
// lengthMismatch) for matched or score of another length than group, and
// wrapping [matching.ErrNaN] (code notFinite) for each matched mentee's
// score that is NaN or infinite ("score[3]"). Inputs are not modified.
func AuditGroups(group []string, matched []bool, score []float64) (GroupAudit, error) {
	var pr fault.Collector
	if len(matched) != len(group) {
		pr.Add(msgLength.At("matched", len(matched), len(matched), len(group), "group"))
	}
	if len(score) != len(group) {
		pr.Add(msgLength.At("score", len(score), len(score), len(group), "group"))
	}
	if err := pr.Err(); err != nil {
		return GroupAudit{}, err
	}
	idx := map[string]int{}
	var stats []GroupStats
	sums := []float64{}
	for e, g := range group {
		if matched[e] && (math.IsNaN(score[e]) || math.IsInf(score[e], 0)) {
			pr.Add(msgNotFinite.At(fault.Index("score", e), score[e]))
			continue
		}
		k, ok := idx[g]
		if !ok {
			k = len(stats)
			idx[g] = k
			stats = append(stats, GroupStats{Group: g})
			sums = append(sums, 0)
		}
		stats[k].Size++
		if matched[e] {
			stats[k].Matched++
			sums[k] += score[e]
		}
	}
	if err := pr.Err(); err != nil {
		return GroupAudit{}, err
	}
	bestRate, bestScore := math.NaN(), math.NaN()
	for k := range stats {
		s := &stats[k]
		s.MatchRate = float64(s.Matched) / float64(s.Size)
		s.MeanScore = math.NaN()
		if s.Matched > 0 {
			s.MeanScore = sums[k] / float64(s.Matched)
		}
		if !(s.MatchRate <= bestRate) {
			bestRate = s.MatchRate
		}
		if !math.IsNaN(s.MeanScore) && !(s.MeanScore <= bestScore) {
			bestScore = s.MeanScore
		}
	}
	a := GroupAudit{MinRateRatio: math.NaN(), MinScoreRatio: math.NaN()}
	for k := range stats {
		s := &stats[k]
		s.RateRatio, s.ScoreRatio = auditRatio(s.MatchRate, bestRate), auditRatio(s.MeanScore, bestScore)
		if !(s.RateRatio >= a.MinRateRatio) && !math.IsNaN(s.RateRatio) {
			a.MinRateRatio = s.RateRatio
		}
		if !(s.ScoreRatio >= a.MinScoreRatio) && !math.IsNaN(s.ScoreRatio) {
			a.MinScoreRatio = s.ScoreRatio
		}
	}
	slices.SortFunc(stats, func(x, y GroupStats) int { return cmp.Compare(x.Group, y.Group) })
	a.Groups = stats
	return a, nil
}

func auditRatio(x, best float64) float64 {
	if math.IsNaN(x) || !(best > 0) {
		return math.NaN()
	}
	return x / best
}

// AuditResult audits a pairing Result by the group each mentee belongs to:
// groupOf maps every mentee ID of the result (its pairs and its unmatched
// mentees) to a group label, e.g. the department or a demographic the
// organisation provides. See [AuditGroups].
//
// Errors: a *FieldError wrapping ErrUnknownID (code noGroup) for each
// mentee of the result that groupOf does not map, with the mentee's ID
// and its place in the result ("pairs[2].menteeId", "unmatched[0].id").
func AuditResult(res pairing.Result, groupOf map[string]string) (GroupAudit, error) {
	var pr fault.Collector
	var group []string
	var matched []bool
	var score []float64
	add := func(field, id string, ok bool, s float64) {
		g, found := groupOf[id]
		if !found {
			pr.Add(msgNoGroup.New(field, id, nil))
			return
		}
		group, matched, score = append(group, g), append(matched, ok), append(score, s)
	}
	for i, p := range res.Pairs {
		add(fault.Path(fault.Index("pairs", i), "menteeId"), p.MenteeID, true, p.Score)
	}
	for i, u := range res.Unmatched {
		if u.Side == stable.SideMentee {
			add(fault.Path(fault.Index("unmatched", i), "id"), u.ID, false, 0)
		}
	}
	if err := pr.Err(); err != nil {
		return GroupAudit{}, err
	}
	return AuditGroups(group, matched, score)
}
