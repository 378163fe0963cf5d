package pairing

import (
	"cmp"
	"errors"
	"math"
	"slices"
	"strings"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
	"github.com/mentorkit/mentorkit/matching/stable"
	"github.com/mentorkit/mentorkit/mentoring"
)

// PeerMatch is one pair of a stable peer pairing ([Pairing.StablePeers]):
// two peers by person ID, A before B, with the pair's score.
type PeerMatch struct {
	A string `json:"a"`
	B string `json:"b"`
	// Score is the pair's score in the direction the rules allow (the
	// higher of the two when both are allowed, as the peer-direction rule
	// picks it).
	Score float64 `json:"score"`
	// Locked is true for a pair an administrator locked.
	Locked bool `json:"locked,omitempty"`
}

// PeerPairing is a stable pairing of a peer programme's participants two
// by two ([Pairing.StablePeers]).
type PeerPairing struct {
	ProgrammeID string `json:"programmeId"`
	// Pairs are the pairs, by A then B.
	Pairs []PeerMatch `json:"pairs"`
	// Unmatched are the peers without a partner, by ID: in every stable
	// pairing the same peers are unmatched.
	Unmatched []string `json:"unmatched,omitempty"`
	// Lists are the preference lists the pairing is stable for: for each
	// peer not in a locked pair, the peers it accepts, best first (see
	// StablePeers for how they are built).
	Lists map[string][]string `json:"lists"`
	// TotalScore is the sum of the pairs' scores.
	TotalScore float64 `json:"totalScore"`
}

// MarshalJSON writes the pairing with the module's number rule.
func (r PeerPairing) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *PeerPairing) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, r) }

// MarshalJSON writes the pair with the module's number rule.
func (m PeerMatch) MarshalJSON() ([]byte, error) { return jsonx.Marshal(m) }

// UnmarshalJSON reads what MarshalJSON writes.
func (m *PeerMatch) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, m) }

// StablePeers pairs the participants of a peer programme
// (mentoring.FormatPeer) two by two, each peer in at most one pair
// whatever its capacity, so that no two peers who accept each other both
// prefer each other to their partners: a stable roommates matching
// (Irving's algorithm, [stable.Roommates]), for buddy schemes where
// [Pairing.Solve]'s optimum — the highest total score, with each peer
// possibly mentor of one and mentee of another — is not what is asked.
//
// Peer a accepts peer b when the rules allow the pair in at least one
// direction (every rule, ban, previous pair, dismissal and the minimum
// score, as [Pairing.Explain] lists them, except the peer direction,
// which only orients a pair). a's list is the peers a ranks
// (Participant.Preferences.Ranked) that a accepts, in a's order, then
// the other peers a accepts by the pair's score, best first, ties by ID:
// participants' own rankings come first, the programme's criteria order
// the rest. Locked pairs are kept as they are and their peers left out
// of everyone's lists, so the pairing is stable among the others; a peer
// locked into two pairs (mentor of one, mentee of another, as Solve
// allows) is an ErrLock *FieldError, since here each peer has one partner.
//
// A stable pairing need not exist (three peers who each put the next
// first have none). Then StablePeers returns a *FieldError wrapping
// [stable.ErrNoStableMatching] (code noStablePeers) that names, by ID,
// the peer left with nobody and the rotation whose elimination did it,
// in English and Dutch; change one of those peers' rankings or rules.
// Other errors: ErrConfig for a programme that is not a peer programme;
// a *FieldError (ErrCriterion) from a custom criterion.
//
// It scores every pair once (O(n²) for n peers) and runs Irving's
// algorithm in O(n²); the result is deterministic.
func (p *Pairing) StablePeers() (PeerPairing, error) {
	if p.format != mentoring.FormatPeer {
		return PeerPairing{}, msgStablePeersFormat.New("format", p.programmeID, p.format.String())
	}
	t, err := p.ScoreTable()
	if err != nil {
		return PeerPairing{}, err
	}
	// In a peer programme every peer is on both sides, in the same order
	// (by ID), so peer i is row i and column i of the table.
	ids := t.MenteeIDs
	n := len(ids)
	// score is the pair's score, -Inf when neither direction is allowed
	// (called only for i != j, so never on an empty table).
	score := func(i, j int) float64 { return max(t.Scores.At(i, j), t.Scores.At(j, i)) }
	out := PeerPairing{ProgrammeID: p.programmeID, Pairs: []PeerMatch{}, Lists: map[string][]string{}}
	locked := make([]int, n)
	for i := range locked {
		locked[i] = -1
	}
	for _, l := range t.Locks {
		for _, x := range []int{l.Row, l.Col} {
			if locked[x] >= 0 && locked[x] != l.Row+l.Col-x {
				k := slices.Index(p.cfg.Rules.Locks, PairRef{MentorID: ids[l.Col], MenteeID: ids[l.Row]})
				return PeerPairing{}, msgStablePeersTwoLocks.New(fault.Index("rules.locks", k), ids[x], ids[x], ids[locked[x]])
			}
		}
		locked[l.Row], locked[l.Col] = l.Col, l.Row
	}
	idx := make(map[string]int, n)
	for i, id := range ids {
		idx[id] = i
	}
	lists := make([][]int, n)
	for i := range n {
		if locked[i] >= 0 {
			lists[i] = []int{}
			continue
		}
		var ranked, rest []int
		seen := make([]bool, n)
		for _, id := range p.mentees[i].Preferences.Ranked {
			if j, ok := idx[id]; ok && j != i && !seen[j] && locked[j] < 0 && !math.IsInf(score(i, j), -1) {
				ranked, seen[j] = append(ranked, j), true
			}
		}
		for j := range n {
			if j != i && !seen[j] && locked[j] < 0 && !math.IsInf(score(i, j), -1) {
				rest = append(rest, j)
			}
		}
		slices.SortStableFunc(rest, func(a, b int) int { return cmp.Compare(score(i, b), score(i, a)) }) // ties keep ID order
		lists[i] = append(ranked, rest...)
		names := make([]string, len(lists[i]))
		for k, j := range lists[i] {
			names[k] = ids[j]
		}
		out.Lists[ids[i]] = names
	}
	m, err := stable.Roommates(lists)
	if errors.Is(err, stable.ErrNoStableMatching) {
		return PeerPairing{}, p.noStablePeers(ids, m, err)
	}
	if err != nil {
		return PeerPairing{}, err // not expected: the lists are built valid
	}
	for i, j := range m.Partner {
		if j < 0 && locked[i] >= 0 {
			j = locked[i]
		}
		switch {
		case j < 0:
			out.Unmatched = append(out.Unmatched, ids[i])
		case i < j:
			s := score(i, j)
			out.Pairs = append(out.Pairs, PeerMatch{A: ids[i], B: ids[j], Score: s, Locked: locked[i] == j})
			out.TotalScore += s
		}
	}
	return out, nil
}

// noStablePeers is the error of a peer programme without a stable
// pairing: err is Roommates' (its Value the index of the peer left with
// nobody), m its result with the rotation; both are named by ID.
func (p *Pairing) noStablePeers(ids []string, m stable.PeerMatching, err error) error {
	who := "?"
	var fe *FieldError
	if errors.As(err, &fe) {
		if i, ok := fe.Value.(int); ok && i >= 0 && i < len(ids) {
			who = ids[i]
		}
	}
	pairs := make([]string, len(m.Rotation))
	for k, r := range m.Rotation {
		pairs[k] = "(" + ids[r.Person] + ", " + ids[r.Partner] + ")"
	}
	return msgNoStablePeers.New("participants", who, nil, who, strings.Join(pairs, " "))
}
