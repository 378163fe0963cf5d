package pairing

import (
	"cmp"
	"slices"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/mentoring"
)

// The messages of preferences that name the wrong people.
var (
	msgPreferUnknown = fault.Message{Code: "preferenceUnknown", Err: ErrUnknownID,
		EN: "names %q, who is not a participant of programme %q",
		NL: "noemt %q, die geen deelnemer is van programma %q"}
	msgPreferSameSide = fault.Message{Code: "preferenceSameSide", Err: ErrUnknownID,
		EN: "names %q, who is on the same side (a %s names people on the other side)",
		NL: "noemt %q, die aan dezelfde kant staat (een %s noemt mensen aan de andere kant)"}
	msgOverlapTarget = fault.Message{Code: "overlapTargetRange", Err: ErrConfig,
		EN: "must be 0 (the default) to %d minutes a week", NL: "moet tussen 0 (de standaard) en %d minuten per week liggen"}
)

// preferenceMessages lists the messages above.
var preferenceMessages = []fault.Message{msgPreferUnknown, msgPreferSameSide, msgOverlapTarget}

// checkPreferences reports every ID in a participant's preferences that
// names nobody on the other side: a mentee names mentors, a mentor names
// mentees, a peer in a peer programme names peers. Each error carries the
// participant's person ID.
func (p *Pairing) checkPreferences(prog mentoring.Programme, errs *fault.Collector) {
	for i, q := range prog.Participants {
		if q.Preferences.IsZero() {
			continue
		}
		other, same := p.mentorIdx, p.menteeIdx
		if q.Role != mentoring.RoleMentee {
			other, same = p.menteeIdx, p.mentorIdx
		}
		for _, list := range []struct {
			name string
			ids  []string
		}{{"ranked", q.Preferences.Ranked}, {"dismissed", q.Preferences.Dismissed}} {
			for j, id := range list.ids {
				if _, ok := other[id]; ok {
					continue
				}
				f := fault.Index(fault.Path(fault.Path(fault.Index("participants", i), "preferences"), list.name), j)
				if _, ok := same[id]; ok {
					errs.Add(msgPreferSameSide.New(f, q.Person.ID, id, id, q.Role))
				} else {
					errs.Add(msgPreferUnknown.New(f, q.Person.ID, id, id, p.programmeID))
				}
			}
		}
	}
}

// pairPref is one mentor on a mentee's preference list: a mentor the
// mentee ranks or who ranks the mentee, with the pair's
// CriterionPreference score.
type pairPref struct {
	m     int32
	score float64
}

// pairPrefs holds the ranked pairs per mentee: mentee e's are
// list[off[e]:off[e+1]], by mentor. ranksE[e] and ranksM[m] say whether
// a side ranks anyone; any whether someone does.
type pairPrefs struct {
	off            []int32
	list           []pairPref
	ranksE, ranksM []bool
	any            bool
}

// of returns mentee e's ranked pairs.
func (pp *pairPrefs) of(e int) []pairPref { return pp.list[pp.off[e]:pp.off[e+1]] }

// find returns the pair's preference score and whether either side ranks
// the other (binary search in the mentee's list).
func findPref(list []pairPref, m int) (float64, bool) {
	i, ok := slices.BinarySearchFunc(list, int32(m), func(a pairPref, m int32) int { return cmp.Compare(a.m, m) })
	if !ok {
		return 0, false
	}
	return list[i].score, true
}

// prefAt is findPref for mentors visited in increasing order: *pi is the
// position in the list, advanced as m grows.
func prefAt(list []pairPref, m int, pi *int) (float64, bool) {
	i := *pi
	for i < len(list) && int(list[i].m) < m {
		i++
	}
	*pi = i
	if i < len(list) && int(list[i].m) == m {
		return list[i].score, true
	}
	return 0, false
}

// rankScore is one side's score of the person at position i of a ranked
// list of n: 1 − i/n (1 for the first, 1/n for the last).
func rankScore(i, n int) float64 { return 1 - float64(i)/float64(n) }

// pairCompilePrefs compiles the ranked lists (see CriterionPreference).
// IDs that name nobody on the other side are skipped (New has refused
// them).
func pairCompilePrefs(mentees, mentors []*mentoring.Participant) *pairPrefs {
	pp := &pairPrefs{ranksE: make([]bool, len(mentees)), ranksM: make([]bool, len(mentors))}
	idxE, idxM := make(map[string]int32, len(mentees)), make(map[string]int32, len(mentors))
	for e, q := range mentees {
		idxE[q.Person.ID] = int32(e)
		pp.ranksE[e] = len(q.Preferences.Ranked) > 0
	}
	for m, q := range mentors {
		idxM[q.Person.ID] = int32(m)
		pp.ranksM[m] = len(q.Preferences.Ranked) > 0
	}
	// Each side's score of each ranked pair: sE from the mentee's list, sM
	// from the mentor's.
	type side struct {
		m      int32
		sE, sM float64
	}
	per := make([][]side, len(mentees))
	for e, q := range mentees {
		for i, id := range q.Preferences.Ranked {
			if m, ok := idxM[id]; ok {
				per[e] = append(per[e], side{m: m, sE: rankScore(i, len(q.Preferences.Ranked))})
			}
		}
	}
	for m, q := range mentors {
		for i, id := range q.Preferences.Ranked {
			if e, ok := idxE[id]; ok {
				per[e] = append(per[e], side{m: int32(m), sM: rankScore(i, len(q.Preferences.Ranked))})
			}
		}
	}
	pp.off = make([]int32, 1, len(mentees)+1)
	for e, list := range per {
		slices.SortStableFunc(list, func(a, b side) int { return cmp.Compare(a.m, b.m) })
		for k := 0; k < len(list); {
			c := list[k]
			for k++; k < len(list) && list[k].m == c.m; k++ { // the mentor's side of a pair the mentee ranks too
				c.sE, c.sM = c.sE+list[k].sE, c.sM+list[k].sM
			}
			var sum, n float64
			if pp.ranksE[e] {
				sum, n = sum+c.sE, n+1
			}
			if pp.ranksM[c.m] {
				sum, n = sum+c.sM, n+1
			}
			pp.list = append(pp.list, pairPref{m: c.m, score: sum / n})
		}
		pp.off = append(pp.off, int32(len(pp.list)))
		pp.any = pp.any || pp.ranksE[e]
	}
	for _, r := range pp.ranksM {
		pp.any = pp.any || r
	}
	return pp
}

// dismissals returns, per mentee, the mentors the pair is dismissed by
// (either side's Preferences.Dismissed), unsorted.
func pairDismissals(mentees, mentors []*mentoring.Participant, menteeIdx, mentorIdx map[string]int) [][]int32 {
	out := make([][]int32, len(mentees))
	for e, q := range mentees {
		for _, id := range q.Preferences.Dismissed {
			if m, ok := mentorIdx[id]; ok {
				out[e] = append(out[e], int32(m))
			}
		}
	}
	for m, q := range mentors {
		for _, id := range q.Preferences.Dismissed {
			if e, ok := menteeIdx[id]; ok {
				out[e] = append(out[e], int32(m))
			}
		}
	}
	return out
}
