package pairing

import (
	"cmp"
	"math"
	"slices"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching"
	"github.com/mentorkit/mentorkit/mentoring"
)

// DefaultAlternatives is the number of pairings Alternatives lists when
// AlternativeOptions.K is 0.
const DefaultAlternatives = 5

// AlternativeOptions ask for alternative pairings: "keep this pair, ban
// that one, show me the next five".
type AlternativeOptions struct {
	// K is the number of pairings to list (1 to MaxKBest); 0 means
	// DefaultAlternatives.
	K int `json:"k,omitempty"`
	// Locks are pairs every alternative keeps, on top of the
	// configuration's locks; Bans pairs none may use, on top of its bans.
	Locks []PairRef `json:"locks,omitempty"`
	Bans  []PairRef `json:"bans,omitempty"`
}

// Alternative is one pairing of a ranked list.
type Alternative struct {
	// Pairs are sorted by mentor ID, then mentee ID.
	Pairs []PairRef `json:"pairs"`
	// TotalScore is the sum of the pairs' scores; Matched their number.
	TotalScore float64 `json:"totalScore"`
	Matched    int     `json:"matched"`
}

// Alternatives lists the K best pairings of the programme, best first, by
// the configuration's Priority (the total score, or under
// PriorityParticipation the number of mentees matched and then the
// score), each distinct as a set of pairs, within the rules, the
// capacities and the locks and bans of the configuration and of o. The
// first is an optimum (Solve's, or another of equal value). It is KBest
// on the ScoreTable with Optional rows (Murty's method with the
// Miller–Stone–Cox improvements), so it costs about K·mentees shortest
// path searches on a square of mentees + places lines, and is meant for
// programmes of up to a few hundred people. Config.AtLeastOne is not
// applied, and group programmes are not supported (circles are formed in
// several solves).
//
// Errors: *FieldError for K out of range or a group programme
// (ErrConfig), an ID in o that is not a mentor or mentee of the programme
// (ErrUnknownID), a lock on a forbidden pair or a mentee locked twice
// (ErrLock); matching.ErrInfeasible when the locks cannot all hold; a
// *FieldError (ErrCriterion) from a custom criterion.
func (p *Pairing) Alternatives(o AlternativeOptions) ([]Alternative, error) {
	var errs fault.Collector
	if o.K < 0 || o.K > matching.MaxKBest {
		errs.Add(msgRange.At("k", o.K, 0, matching.MaxKBest))
	}
	o.K = cmp.Or(o.K, DefaultAlternatives)
	if p.format == mentoring.FormatGroup {
		errs.Add(msgGroupAlternatives.New("format", p.programmeID, p.format))
	}
	t, err := p.ScoreTable()
	if err != nil {
		return nil, err
	}
	opts := matching.KBestOptions{Capacity: t.Capacity, Locks: t.Locks, Optional: true}
	lockedTo := map[int]int{} // mentee row → mentor column
	for _, l := range t.Locks {
		lockedTo[l.Row] = l.Col
	}
	cell := func(field string, r PairRef) (matching.Cell, bool) {
		e, m, err := p.lookup(field, r.MentorID, r.MenteeID)
		errs.Add(err)
		return matching.Cell{Row: e, Col: m}, err == nil
	}
	for i, l := range o.Locks {
		f := fault.Index("locks", i)
		c, ok := cell(f, l)
		if !ok {
			continue
		}
		if math.IsInf(t.Scores.At(c.Row, c.Col), -1) {
			rule, _, err := p.forbidden(c.Row, c.Col, true)
			if err != nil {
				return nil, err
			}
			errs.Add(msgLockBreaksRule.New(f, l.MenteeID, l, rule.String()))
			continue
		}
		if m, locked := lockedTo[c.Row]; locked {
			errs.Add(msgMenteeLocked.New(fault.Path(f, "menteeId"), l.MenteeID, l.MenteeID, t.MentorIDs[m]))
			continue
		}
		lockedTo[c.Row] = c.Col
		opts.Locks = append(opts.Locks, c)
	}
	for i, b := range o.Bans {
		if c, ok := cell(fault.Index("bans", i), b); ok {
			opts.Bans = append(opts.Bans, c)
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	if len(t.MenteeIDs) == 0 || len(t.MentorIDs) == 0 {
		// Nobody can be paired: the one pairing is the empty one.
		return []Alternative{{Pairs: []PairRef{}}}, nil
	}
	scores := t.Scores
	if p.bonusB > 0 && scores.RawMatrix().Rows > 0 {
		// Participation first: every pair is worth the bonus B more than
		// staying unmatched (see capacity.go).
		scores = denseCloneApply(t.Scores, func(x float64) float64 { return x + p.bonusB })
	}
	ranked, err := matching.KBest(scores, matching.Maximize, o.K, opts)
	if err != nil {
		return nil, err
	}
	out := make([]Alternative, len(ranked))
	for k, r := range ranked {
		a := Alternative{}
		for e, m := range r.RowToCol {
			if m >= 0 {
				a.Pairs = append(a.Pairs, PairRef{MentorID: t.MentorIDs[m], MenteeID: t.MenteeIDs[e]})
				a.TotalScore += t.Scores.At(e, m)
			}
		}
		a.Matched = len(a.Pairs)
		slices.SortFunc(a.Pairs, func(x, y PairRef) int {
			return cmp.Or(cmp.Compare(x.MentorID, y.MentorID), cmp.Compare(x.MenteeID, y.MenteeID))
		})
		out[k] = a
	}
	return out, nil
}
