package pairing

import (
	"cmp"
	"slices"

	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// ResultDiff is what changes from one pairing to the next, for an
// administrator's review: each list is sorted by mentee ID, and every
// mentee of either result is in exactly one list or counted in
// Unchanged.
type ResultDiff struct {
	// Moved are the mentees whose mentor changes (From and To both set).
	Moved []Change `json:"moved,omitempty"`
	// Matched are the mentees who have a mentor now and had none (From
	// ""); Unmatched those who had one and have none now (To ""),
	// including mentees who left.
	Matched   []Change `json:"matched,omitempty"`
	Unmatched []Change `json:"unmatched,omitempty"`
	// Unchanged counts the mentees who keep their mentor.
	Unchanged int `json:"unchanged"`
	// ScoreChange is the later TotalScore minus the earlier.
	ScoreChange float64 `json:"scoreChange"`
}

// MarshalJSON writes d by the module's number rule.
func (d ResultDiff) MarshalJSON() ([]byte, error) { return jsonx.Marshal(d) }

// UnmarshalJSON reads what MarshalJSON writes.
func (d *ResultDiff) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, d) }

// Diff lists who changes mentor from before to after, who is newly matched or
// unmatched, how many keep their mentor, and the change in total score.
// Mentees are told apart by ID; in a group programme a mentee's mentor
// is the mentor of their circle's pair. A mentee paired twice in a
// result (never by Solve) counts with the first pair by mentor ID. The
// results are not modified.
func Diff(before, after Result) ResultDiff {
	return diffPairs(mentorOf(before.Pairs), mentorOf(after.Pairs), after.TotalScore-before.TotalScore)
}

// mentorOf maps each mentee of pairs to their mentor (the first by
// mentor ID when listed twice).
func mentorOf(pairs []Match) map[string]string {
	out := make(map[string]string, len(pairs))
	for _, q := range pairs {
		if m, ok := out[q.MenteeID]; !ok || q.MentorID < m {
			out[q.MenteeID] = q.MentorID
		}
	}
	return out
}

// diffPairs compares two maps of mentee → mentor.
func diffPairs(before, after map[string]string, scoreChange float64) ResultDiff {
	d := ResultDiff{ScoreChange: scoreChange}
	for e, from := range before {
		to, ok := after[e]
		switch {
		case !ok:
			d.Unmatched = append(d.Unmatched, Change{MenteeID: e, From: from})
		case to == from:
			d.Unchanged++
		default:
			d.Moved = append(d.Moved, Change{MenteeID: e, From: from, To: to})
		}
	}
	for e, to := range after {
		if _, ok := before[e]; !ok {
			d.Matched = append(d.Matched, Change{MenteeID: e, To: to})
		}
	}
	for _, list := range []*[]Change{&d.Moved, &d.Matched, &d.Unmatched} {
		slices.SortFunc(*list, func(a, b Change) int { return cmp.Compare(a.MenteeID, b.MenteeID) })
	}
	return d
}
