package pairing

import (
	"fmt"
	"slices"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/mentoring"
)

// Priority is what a pairing optimises. The zero value is unset and reads
// as PriorityScore (a Result always holds the priority applied).
type Priority int

// The priorities, from 1: 0 is the unset Priority.
const (
	// PriorityScore maximises the total score of the pairs formed.
	PriorityScore Priority = iota + 1
	// PriorityParticipation maximises the number of mentees matched first
	// and, among the pairings that match that many, the total score.
	PriorityParticipation
)

// Defaults for the zero values of Config's fields.
const (
	DefaultWorkingDayMinutes  = 480 // 09:00–17:00
	DefaultExperienceGapYears = 5
	// DefaultDenseLimit is the largest number of free mentees × mentor
	// places (capacity summed) solved densely; above it pairing starts
	// from DefaultCandidates mentors per mentee and uses the sparse
	// solver with column generation (exact too). Chosen by
	// BenchmarkPairingPaths: see the package documentation.
	DefaultDenseLimit = 16_000_000
	// DefaultCandidates is how many best-scoring allowed mentors per mentee
	// the sparse path starts from.
	DefaultCandidates = 40
	// MaxWorkingDayMinutes is the largest Config.WorkingDayMinutes.
	MaxWorkingDayMinutes = 720
)

// Config holds the settings of a pairing. The zero value is ready: default
// weights, the default rules, PriorityScore, no minimum score.
type Config struct {
	// Weights of the built-in criteria; nil means DefaultWeights.
	Weights *Weights `json:"weights,omitempty"`
	// Custom are the caller's own criteria, scored after the built-ins.
	// JSON holds only their names and weights: a decoded Config lacks the
	// Scorers (see [Config.UnmarshalJSON]).
	Custom []CustomCriterion `json:"custom,omitempty"`
	// Rules are the hard constraints.
	Rules Rules `json:"rules"`
	// Directory is the organisation's people and reporting lines
	// ([mentoring.NewDirectory]), which the reporting-line rule asks in
	// O(1) per pair. Participants are looked up in it by person ID: one it
	// lacks is an error in a strict directory and fails the rule closed in
	// a lenient one (RuleUnknownReportingLine), and a participant whose
	// ManagerID is set and differs from the directory's is an error. nil
	// means the participants themselves form a strict directory (a manager
	// who does not take part is then an error). It is not written to JSON:
	// a decoded Config has no Directory, so pass it again.
	Directory *mentoring.Directory `json:"-"`
	// Load is how many mentees each mentor already mentors elsewhere (in
	// other programmes), by person ID: it counts against the mentor's
	// Capacity here, leaving Capacity − Load places (none when Load is at
	// least Capacity). Each ID must name a mentor of the programme; values
	// are non-negative.
	Load map[string]int `json:"load,omitempty"`
	// Priority says what is optimised; unset (0) means PriorityScore.
	Priority Priority `json:"priority,omitempty"`
	// MinScore, in [0, 1], forbids pairs scoring below it.
	MinScore float64 `json:"minScore,omitempty"`
	// AtLeastOne gives every mentor at least one mentee wherever the rules
	// allow: it comes before the priority (it is the first thing
	// maximised: the number of mentors with a mentee).
	AtLeastOne bool `json:"atLeastOne,omitempty"`
	// WorkingDayMinutes is the length L of the local working day for
	// CriterionWorkingHours, 1 to MaxWorkingDayMinutes; 0 means
	// DefaultWorkingDayMinutes.
	WorkingDayMinutes int `json:"workingDayMinutes,omitempty"`
	// ExperienceGapYears is T of CriterionExperience, up to
	// mentoring.MaxYears; 0 means DefaultExperienceGapYears.
	ExperienceGapYears float64 `json:"experienceGapYears,omitempty"`
	// DenseLimit is the largest free-mentees × mentor-places problem solved
	// densely; 0 means DefaultDenseLimit, a negative value always uses the
	// sparse path. Both paths are exact: the sparse one adds back, round
	// by round, every left-out pair that could improve the optimum.
	DenseLimit int `json:"denseLimit,omitempty"`
	// Candidates is the number of best allowed mentors each mentee starts
	// with on the sparse path; 0 means DefaultCandidates. It trades the
	// size of each sparse solve against the number of rounds, not
	// exactness. Choosing them costs O(mentors·log Candidates) per mentee
	// (a bounded heap), so any value is safe.
	Candidates int `json:"candidates,omitempty"`
	// OverlapTargetMinutes is the weekly overlap at which
	// CriterionAvailability scores 1, 1 to 10,080 (a week); 0
	// means DefaultOverlapTargetMinutes (2 hours).
	OverlapTargetMinutes int `json:"overlapTargetMinutes,omitempty"`
}

// Pairing is a prepared pairing problem: a programme's participants
// compiled for fast scoring, the rules checked, the locks validated. Build
// one with [New], then call [Pairing.Solve] (which forms circles in a group
// programme), [Pairing.Explain], [Pairing.WhyNot] or [Pairing.Suggester]. A Pairing is immutable and
// safe for concurrent use (as long as the custom criteria are).
type Pairing struct {
	programmeID string
	format      mentoring.Format
	groupMin    int
	groupMax    int
	cfg         Config
	mentees     []*mentoring.Participant // sorted by person ID
	mentors     []*mentoring.Participant // sorted by person ID
	menteeIdx   map[string]int
	mentorIdx   map[string]int
	sc          *pairScorer
	prune       pairPrune // mentors per mentee key by the partitioning rules
	rules       pairRules
	// bans[e] are (mentor, rule) pairs forbidden for mentee e by Bans or
	// Previous, sorted by mentor.
	bans     [][]pairBan
	lockOf   []int32 // mentor locked to each mentee, -1 for none
	lockN    []int   // number of locks per mentor
	capacity []int   // places per mentor
	minCap   []int   // least mentees per mentor (MinCapacity), nil when none has one
	// peerE[m] is the mentee index of mentor m's person and peerM[e] the
	// mentor index of mentee e's person, in a peer programme (nil
	// otherwise).
	peerE, peerM []int32
	bonusB       float64 // value of a matched mentee under PriorityParticipation
	bonusL       float64 // value of a minimum place filled
	// bonusH is the value of a place of a mentor's hard minimum
	// (MinCapacity): bonusL, or one tier above it when Config.AtLeastOne
	// is set too, so that a hard minimum never gives way to AtLeastOne.
	bonusH float64
}

type pairBan struct {
	m    int32
	rule Rule
}

// banned returns the ban or previous-pair rule on (e, m), or RuleNone.
func (p *Pairing) banned(e, m int) Rule {
	for _, b := range p.bans[e] {
		if int(b.m) == m {
			return b.rule
		}
		if int(b.m) > m {
			break
		}
	}
	return RuleNone
}

// forbidden returns the first rule the pair breaks, checking the minimum
// score and the peer direction only when withScore is set, and the score
// when it was computed.
func (p *Pairing) forbidden(e, m int, withScore bool) (Rule, float64, error) {
	r, s, err := p.forbiddenBase(e, m, withScore)
	if err != nil || r != RuleNone || !withScore || p.peerE == nil {
		return r, s, err
	}
	back, err := p.peerBackward(e, m, s)
	if err != nil {
		return RuleNone, 0, err
	}
	if back {
		return RulePeerDirection, s, nil
	}
	return RuleNone, s, nil
}

// forbiddenBase is forbidden without the peer direction.
func (p *Pairing) forbiddenBase(e, m int, withScore bool) (Rule, float64, error) {
	x := p.view(e)
	v := x.pair(p.sc.f, m)
	if r := p.rules.first(p.sc.f, &x, &v); r != RuleNone {
		return r, 0, nil
	}
	if r := p.banned(e, m); r != RuleNone {
		return r, 0, nil
	}
	if !withScore {
		return RuleNone, 0, nil
	}
	s, err := p.sc.score(&x, &v)
	if err != nil {
		return RuleNone, 0, err
	}
	if s < p.cfg.MinScore {
		return RuleBelowMinScore, s, nil
	}
	return RuleNone, s, nil
}

// peerBackward reports whether the peer pair (mentee e, mentor m) with
// score s runs in the wrong direction (see RulePeerDirection).
func (p *Pairing) peerBackward(e, m int, s float64) (bool, error) {
	e2, m2 := p.peerE[m], p.peerM[e]
	if e2 < 0 || m2 < 0 || p.capacity[m2] == 0 { // no reverse pair, or no place for it (Config.Load)
		return false, nil
	}
	if p.lockOf[e2] == m2 {
		return true, nil
	}
	if p.lockOf[e] == int32(m) {
		return false, nil
	}
	r, s2, err := p.forbiddenBase(int(e2), int(m2), true)
	if err != nil || r != RuleNone {
		return false, err
	}
	return s2 > s || (s2 == s && p.mentorID(m) > p.menteeID(e)), nil
}

// mentorID and menteeID give the person IDs of indices.
func (p *Pairing) mentorID(m int) string { return p.mentors[m].Person.ID }
func (p *Pairing) menteeID(e int) string { return p.mentees[e].Person.ID }

// lookup returns the indices of a pair, or *FieldErrors (ErrUnknownID)
// whose fields are base's mentorId and menteeId.
func (p *Pairing) lookup(base, mentorID, menteeID string) (e, m int, err error) {
	var c fault.Collector
	m, okM := p.mentorIdx[mentorID]
	e, okE := p.menteeIdx[menteeID]
	if !okM {
		c.Add(msgUnknownMentor.New(fault.Path(base, "mentorId"), mentorID, mentorID, p.programmeID))
	}
	if !okE {
		c.Add(msgUnknownMentee.New(fault.Path(base, "menteeId"), menteeID, menteeID, p.programmeID))
	}
	return e, m, c.Err()
}

// Explanation is the score of one mentor–mentee pair with its breakdown
// and every rule that forbids it.
type Explanation struct {
	MentorID  string         `json:"mentorId"`
	MenteeID  string         `json:"menteeId"`
	Score     float64        `json:"score"`
	Breakdown []Contribution `json:"breakdown"`
	// Rules lists every rule the pair breaks, in Rule order; empty when the
	// pair is allowed.
	Rules []Rule `json:"rules,omitempty"`
	// ReverseGap is, for a reverse mentor, how much less senior the mentor
	// is than the mentee, with the programme's minimum (RuleReverseSeniority);
	// nil for other mentors.
	ReverseGap *ReverseGap `json:"reverseGap,omitempty"`
	// Topic is the wanted topic the mentor covers best, as [Match.Topic]
	// names it for a pair formed: "" when the mentor covers none.
	Topic string `json:"topic,omitempty"`
}

// Explain scores any mentor–mentee pair of the programme, allowed or not,
// and lists the rules it breaks. Errors: ErrUnknownID for an ID that is not
// a mentor (or mentee) of the programme; a *FieldError (ErrCriterion) from a custom
// criterion.
func (p *Pairing) Explain(mentorID, menteeID string) (Explanation, error) {
	e, m, err := p.lookup("", mentorID, menteeID)
	if err != nil {
		return Explanation{}, err
	}
	return p.explain(e, m)
}

func (p *Pairing) explain(e, m int) (Explanation, error) {
	x0 := p.view(e)
	v := x0.pair(p.sc.f, m)
	bd, sc, err := p.sc.breakdownScore(&x0, &v)
	if err != nil {
		return Explanation{}, err
	}
	x := Explanation{MentorID: p.mentorID(m), MenteeID: p.menteeID(e), Score: sc, Breakdown: bd}
	x.Rules = p.rules.all(p.sc.f, &x0, &v)
	x.ReverseGap = p.rules.reverseGap(p.sc.f, &x0, &v)
	x.Topic = p.topic(e, m)
	for _, b := range p.bans[e] {
		if int(b.m) == m && !slices.Contains(x.Rules, b.rule) {
			x.Rules = append(x.Rules, b.rule)
		}
	}
	if x.Score < p.cfg.MinScore {
		x.Rules = append(x.Rules, RuleBelowMinScore)
	}
	if p.peerE != nil && len(x.Rules) == 0 {
		back, err := p.peerBackward(e, m, x.Score)
		if err != nil {
			return Explanation{}, err
		}
		if back {
			x.Rules = append(x.Rules, RulePeerDirection)
		}
	}
	slices.Sort(x.Rules)
	return x, nil
}

// String formats an explanation for people: "skills 0.42 of 0.50, ...".
func (x Explanation) String() string {
	s := fmt.Sprintf("%s→%s %.2f:", x.MentorID, x.MenteeID, x.Score)
	for i, c := range x.Breakdown {
		if i > 0 {
			s += ","
		}
		s += fmt.Sprintf(" %s %.2f of %.2f", c.Criterion, c.Points, c.Share)
	}
	if g := x.ReverseGap; g != nil {
		s += fmt.Sprintf("; reverse gap %g years (at least %g), %d levels (at least %d)", g.Years, g.MinYears, g.Levels, g.MinLevels)
	}
	return s
}
