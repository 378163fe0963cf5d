package pairing

import (
	"math"
	"slices"

	"github.com/mentorkit/mentorkit/matching"
	"github.com/mentorkit/mentorkit/matching/stable"
	"gonum.org/v1/gonum/mat"
)

// ScoreTable is a pairing as a plain score matrix, the input of the
// matrix-level tools: [stable.Match] (through [stable.PreferencesFromScores]),
// [matching.KBest], [matching.Bottleneck], [matching.LexMaxMin],
// [stable.PriceOfStability], [NewRematcher], and the measures and
// experiments of package matching/quality.
type ScoreTable struct {
	// MenteeIDs and MentorIDs name the rows and columns, sorted by ID.
	MenteeIDs []string
	MentorIDs []string
	// Scores holds each pair's score in [0, 1], -Inf where a rule, a
	// ban, a previous pair or the minimum score forbids it. When either
	// side is empty it is the 0×0 &mat.Dense{} (gonum has no r×0 matrix),
	// so its dimensions then differ from the IDs' and Capacity's lengths.
	Scores *mat.Dense
	// Capacity is each mentor's number of places (a group mentor's group
	// maximum).
	Capacity []int
	// Locks are the administrator's locks as (mentee row, mentor column)
	// cells, ready for KBestOptions.Locks.
	Locks []matching.Cell
}

// ScoreTable scores every mentee against every mentor (O(mentees ×
// mentors), 8 bytes per pair) and returns the table. Its optimum over
// KBestOptions{Capacity, Locks, Optional: true} is Solve's under
// PriorityScore. The rules are in the table (forbidden pairs are -Inf,
// unacceptable to both sides in PreferencesFromScores); the locks are
// listed apart: ScoreTable.Preferences applies them for stable matching.
//
// Errors: a *FieldError (ErrCriterion) from a custom criterion.
func (p *Pairing) ScoreTable() (ScoreTable, error) {
	nE, nM := len(p.mentees), len(p.mentors)
	t := ScoreTable{MenteeIDs: make([]string, nE), MentorIDs: make([]string, nM), Capacity: slices.Clone(p.capacity)}
	for e := range nE {
		t.MenteeIDs[e] = p.menteeID(e)
	}
	for m := range nM {
		t.MentorIDs[m] = p.mentorID(m)
	}
	if nE == 0 || nM == 0 {
		t.Scores = &mat.Dense{}
		return t, nil
	}
	data := make([]float64, nE*nM)
	for e := range nE {
		row := data[e*nM : (e+1)*nM]
		if err := p.scoreRow(e, row); err != nil {
			return ScoreTable{}, err
		}
		for m, s := range row {
			if s < 0 {
				row[m] = math.Inf(-1)
			}
		}
		if l := p.lockOf[e]; l >= 0 {
			// A lock holds even below the minimum score.
			s, err := p.score(e, int(l))
			if err != nil {
				return ScoreTable{}, err
			}
			row[l] = s
			t.Locks = append(t.Locks, matching.Cell{Row: e, Col: int(l)})
		}
	}
	t.Scores = mat.NewDense(nE, nM, data)
	return t, nil
}

// denseCloneApply returns a new matrix with f applied to every entry of m.
func denseCloneApply(m *mat.Dense, f func(float64) float64) *mat.Dense {
	r, c := m.Dims()
	out := mat.NewDense(r, c, nil)
	out.Apply(func(_, _ int, x float64) float64 { return f(x) }, m)
	return out
}

// Preferences turns the table into stable-matching preferences:
// PreferencesFromScores(Scores, nil, Capacity) (both sides rank by the
// score, forbidden pairs unacceptable, ties by ID), with the locks
// applied: a locked mentee lists only its mentor, and that mentor ranks
// its locked mentees first (in ID order). Since a mentor has at least as
// many places as locks (New checks it), a locked mentee is never
// rejected, so every stable matching of the result, whichever side
// proposes, contains the locks.
//
// A table with no mentees or no mentors gives one empty list per
// participant (nobody is acceptable).
//
// Errors: those of PreferencesFromScores (none for a table from
// ScoreTable).
func (t ScoreTable) Preferences() (stable.Preferences, error) {
	if r, c := t.Scores.Dims(); r == 0 && c == 0 && (len(t.MenteeIDs) > 0 || len(t.MentorIDs) > 0) {
		p := stable.Preferences{Mentees: make([][]int, len(t.MenteeIDs)), Mentors: make([][]int, len(t.MentorIDs)), Capacity: slices.Clone(t.Capacity)}
		for e := range p.Mentees {
			p.Mentees[e] = []int{}
		}
		for m := range p.Mentors {
			p.Mentors[m] = []int{}
		}
		return p, p.Validate()
	}
	p, err := stable.PreferencesFromScores(t.Scores, nil, t.Capacity)
	if err != nil {
		return stable.Preferences{}, err
	}
	lockedTo := map[int][]int{}
	for _, l := range t.Locks {
		p.Mentees[l.Row] = []int{l.Col}
		lockedTo[l.Col] = append(lockedTo[l.Col], l.Row)
	}
	for m, rows := range lockedTo {
		slices.Sort(rows)
		rest := slices.DeleteFunc(slices.Clone(p.Mentors[m]), func(e int) bool { return slices.Contains(rows, e) })
		p.Mentors[m] = append(slices.Clone(rows), rest...)
	}
	return p, nil
}
