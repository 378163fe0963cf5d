package pairing

import (
	"cmp"
	"maps"
	"math"
	"slices"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// DefaultSuggestions is the number of mentors a Suggester lists when
// SuggestOptions.K is 0.
const DefaultSuggestions = 3

// SuggestOptions configure ranked suggestions for self-service, where
// mentors offer themselves and mentees choose (a mentoring marketplace).
type SuggestOptions struct {
	// K is how many mentors to suggest to each mentee; 0 means
	// DefaultSuggestions.
	K int `json:"k,omitempty"`
	// Balance, in [0, 1], is how strongly demand pushes popular mentors
	// down: a mentor's ranking value is score·(1 - Balance·popularity).
	// 0 ranks by score alone.
	Balance float64 `json:"balance,omitempty"`
	// Load gives, by mentor ID, how many mentees each mentor already has
	// outside this pairing (0 to capacity); a mentor without a free place
	// is not suggested.
	Load map[string]int `json:"load,omitempty"`
}

// Suggestion is one suggested mentor.
type Suggestion struct {
	MentorID string  `json:"mentorId"`
	Score    float64 `json:"score"`
	// Popularity in [0, 1] is the mentor's demand per free place relative
	// to the most demanded mentor: demand is the number of mentees whose
	// K best allowed mentors (by score) include this one.
	Popularity float64 `json:"popularity"`
	// Rank is Score·(1 - Balance·Popularity), the value suggestions are
	// ordered by.
	Rank       float64        `json:"rank"`
	FreePlaces int            `json:"freePlaces"`
	Breakdown  []Contribution `json:"breakdown"`
}

// Suggester ranks mentors for mentees with load balancing. It is
// immutable and safe for concurrent use.
type Suggester struct {
	p          *Pairing
	k          int
	balance    float64
	free       []int
	popularity []float64
}

// Suggester prepares ranked suggestions: it scores every mentee against
// every mentor once (O(mentees × mentors)) to measure each mentor's
// demand. Locks and group bounds play no part; rules, bans and the
// minimum score do.
//
// Errors: *FieldError for K < 0 or Balance outside [0, 1] (ErrConfig), a
// Load key that is no mentor (ErrUnknownID) or a load outside 0 to the
// mentor's capacity (ErrConfig); a *FieldError (ErrCriterion) from a custom
// criterion.
func (p *Pairing) Suggester(o SuggestOptions) (*Suggester, error) {
	var errs fault.Collector
	if o.K < 0 {
		errs.Add(msgNegative.At("k", o.K))
	}
	if !(o.Balance >= 0 && o.Balance <= 1) {
		errs.Add(msgRange.At("balance", o.Balance, 0, 1))
	}
	s := &Suggester{p: p, k: o.K, balance: o.Balance, free: make([]int, len(p.mentors)), popularity: make([]float64, len(p.mentors))}
	if s.k == 0 {
		s.k = DefaultSuggestions
	}
	copy(s.free, p.capacity)
	for _, id := range slices.Sorted(maps.Keys(o.Load)) {
		f := fault.Path("load", id)
		m, ok := p.mentorIdx[id]
		if !ok {
			errs.Add(msgUnknownMentor.New(f, id, id, p.programmeID))
			continue
		}
		l := o.Load[id]
		if l < 0 || l > p.capacity[m] {
			errs.Add(msgRange.New(f, id, l, 0, p.capacity[m]))
			continue
		}
		s.free[m] -= l
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	demand := make([]float64, len(p.mentors))
	row := make([]float64, len(p.mentors))
	var h pairCandHeap
	hasPlace := func(m int) bool { return s.free[m] > 0 }
	for e := range p.mentees {
		if err := p.scoreRow(e, row); err != nil {
			return nil, err
		}
		for _, m := range pairTopK(row, hasPlace, s.k, &h) {
			demand[m]++
		}
	}
	var most float64
	for m, d := range demand {
		if s.free[m] > 0 {
			demand[m] = d / float64(s.free[m])
			most = math.Max(most, demand[m])
		}
	}
	if most > 0 {
		for m := range demand {
			s.popularity[m] = demand[m] / most
		}
	}
	return s, nil
}

// Suggest returns up to K mentors for the mentee, best first: allowed
// mentors with a free place, ordered by Rank, then Score, then mentor ID.
// Errors: ErrUnknownID for an ID that is not a mentee of the programme; a
// *FieldError (ErrCriterion) from a custom criterion.
func (s *Suggester) Suggest(menteeID string) ([]Suggestion, error) {
	p := s.p
	e, ok := p.menteeIdx[menteeID]
	if !ok {
		return nil, msgUnknownMentee.New("menteeId", menteeID, menteeID, p.programmeID)
	}
	row := make([]float64, len(p.mentors))
	if err := p.scoreRow(e, row); err != nil {
		return nil, err
	}
	var out []Suggestion
	for m, sc := range row {
		if sc < 0 || s.free[m] <= 0 {
			continue
		}
		out = append(out, Suggestion{MentorID: p.mentorID(m), Score: sc, Popularity: s.popularity[m], Rank: sc * (1 - s.balance*s.popularity[m]), FreePlaces: s.free[m]})
	}
	slices.SortFunc(out, func(a, b Suggestion) int {
		return cmp.Or(cmp.Compare(b.Rank, a.Rank), cmp.Compare(b.Score, a.Score), cmp.Compare(a.MentorID, b.MentorID))
	})
	out = out[:min(len(out), s.k)]
	for i := range out {
		x := p.view(e)
		v := x.pair(p.sc.f, p.mentorIdx[out[i].MentorID])
		bd, err := p.sc.breakdown(&x, &v)
		if err != nil {
			return nil, err
		}
		out[i].Breakdown = bd
	}
	return out, nil
}
