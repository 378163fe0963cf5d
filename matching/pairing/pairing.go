package pairing

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/mentorkit/mentorkit/mentoring"
)

// Priority is what a pairing optimises.
type Priority int

const (
	// PriorityScore maximises the total score of the pairs formed.
	PriorityScore Priority = iota
	// PriorityParticipation maximises the number of mentees matched first
	// and, among the pairings that match that many, the total score.
	PriorityParticipation
)

// String returns "score" or "participation".
func (p Priority) String() string {
	switch p {
	case PriorityScore:
		return "score"
	case PriorityParticipation:
		return "participation"
	}
	return "Priority(" + strconv.Itoa(int(p)) + ")"
}

// Defaults for the zero values of Config's fields.
const (
	DefaultWorkingDayMinutes  = 480 // 09:00–17:00
	DefaultExperienceGapYears = 5
	// DefaultDenseLimit is the largest number of free mentees × mentor
	// places (capacity summed) solved densely; above it pairing keeps
	// DefaultCandidates mentors per mentee and uses the sparse solver.
	// Chosen by BenchmarkPairingPaths: see the package documentation.
	DefaultDenseLimit = 16_000_000
	// DefaultCandidates is how many best-scoring allowed mentors per mentee
	// the sparse path keeps.
	DefaultCandidates = 40
)

// Config holds the settings of a pairing. The zero value is ready: default
// weights, the default rules, PriorityScore, no minimum score.
type Config struct {
	// Weights of the built-in criteria; nil means DefaultWeights.
	Weights *Weights `json:"weights,omitempty"`
	// Custom are the caller's own criteria, scored after the built-ins.
	Custom []CustomCriterion `json:"-"`
	// Rules are the hard constraints.
	Rules Rules `json:"rules"`
	// Priority says what is optimised.
	Priority Priority `json:"priority"`
	// MinScore, in [0, 1], forbids pairs scoring below it.
	MinScore float64 `json:"minScore,omitempty"`
	// AtLeastOne gives every mentor at least one mentee wherever the rules
	// allow: it comes before the priority (it is the first thing
	// maximised: the number of mentors with a mentee).
	AtLeastOne bool `json:"atLeastOne,omitempty"`
	// WorkingDayMinutes is the length L of the local working day for
	// CriterionWorkingHours, 1 to 720 minutes; 0 means
	// DefaultWorkingDayMinutes.
	WorkingDayMinutes int `json:"workingDayMinutes,omitempty"`
	// ExperienceGapYears is T of CriterionExperience, > 0; 0 means
	// DefaultExperienceGapYears.
	ExperienceGapYears float64 `json:"experienceGapYears,omitempty"`
	// DenseLimit is the largest free-mentees × mentor-places problem solved
	// densely (exact over all pairs); 0 means DefaultDenseLimit, a negative
	// value always uses the sparse path.
	DenseLimit int `json:"denseLimit,omitempty"`
	// Candidates is the number of best allowed mentors kept per mentee on
	// the sparse path; 0 means DefaultCandidates.
	Candidates int `json:"candidates,omitempty"`
}

// Pairing is a prepared pairing problem: a programme's participants
// compiled for fast scoring, the rules checked, the locks validated. Build
// one with New, then call Solve (which forms circles in a group
// programme), Explain, WhyNot or Suggester. A Pairing is immutable and
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
	rules       pairRules
	// bans[e] are (mentor, rule) pairs forbidden for mentee e by Bans or
	// Previous, sorted by mentor.
	bans     [][]pairBan
	lockOf   []int32 // mentor locked to each mentee, -1 for none
	lockN    []int   // number of locks per mentor
	capacity []int   // places per mentor
	// peerE[m] is the mentee index of mentor m's person and peerM[e] the
	// mentor index of mentee e's person, in a peer programme (nil
	// otherwise).
	peerE, peerM []int32
	bonusB       float64 // value of a matched mentee under PriorityParticipation
	bonusL       float64 // value of a minimum place filled
}

type pairBan struct {
	m    int32
	rule Rule
}

// Solve forms a programme's pairs in one call: New followed by
// Solve.
func Solve(prog mentoring.Programme, cfg Config) (Result, error) {
	p, err := New(prog, cfg)
	if err != nil {
		return Result{}, err
	}
	return p.Solve()
}

// New validates the programme and the configuration and compiles
// the participants. Mentors are the participants with role mentor, reverse
// mentor or peer mentor; mentees those with role mentee, and in a peer
// programme every peer mentor is on both sides (never with themselves).
//
// Errors, joined: the programme's own validation (mentoring sentinels),
// *InputError for bad weights (ErrWeight), settings (ErrConfig), unknown
// or duplicate IDs in the rules (ErrUnknownID, ErrDuplicateID) and locks
// that break a rule or a capacity (ErrLock), and *CriterionError for a
// custom criterion without a unique name. The programme and cfg are not
// modified or retained: New copies what it needs.
func New(prog mentoring.Programme, cfg Config) (*Pairing, error) {
	var pr pairProblems
	progErr := prog.Validate()
	p := &Pairing{programmeID: prog.ID, format: prog.Format}
	p.groupMin, p.groupMax = 1, 1
	if prog.Format == mentoring.FormatGroup {
		p.groupMin, p.groupMax = prog.GroupSize.Min, prog.GroupSize.Max
		if p.groupMin == 0 {
			p.groupMin = mentoring.DefaultGroupMin
		}
		if p.groupMax == 0 {
			p.groupMax = mentoring.DefaultGroupMax
		}
	}

	// Settings.
	w := DefaultWeights()
	if cfg.Weights != nil {
		w = *cfg.Weights
	}
	wa := w.array()
	var total float64
	for k, x := range wa {
		if math.IsNaN(x) || math.IsInf(x, 0) || x < 0 {
			pr.add("weights."+Criterion(k).String(), x, "must be finite and non-negative", ErrWeight)
			continue
		}
		total += x
	}
	names := map[string]int{}
	for _, n := range criterionNames {
		names[n] = -1
	}
	for i, c := range cfg.Custom {
		f := "custom[" + strconv.Itoa(i) + "]"
		if c.Scorer == nil {
			pr.add(f+".scorer", nil, "is nil", ErrCriterion)
		} else {
			n := c.Scorer.Name()
			if n == "" {
				pr.add(f+".name", n, "is empty", ErrCriterion)
			} else if j, dup := names[n]; dup {
				if j < 0 {
					pr.add(f+".name", n, "is a built-in criterion's name", ErrCriterion)
				} else {
					pr.add(f+".name", n, "repeats custom["+strconv.Itoa(j)+"]", ErrCriterion)
				}
			} else {
				names[n] = i
			}
		}
		if math.IsNaN(c.Weight) || math.IsInf(c.Weight, 0) || c.Weight < 0 {
			pr.add(f+".weight", c.Weight, "must be finite and non-negative", ErrWeight)
			continue
		}
		total += c.Weight
	}
	if total == 0 && len(pr.errs) == 0 {
		pr.add("weights", w, "all weights are zero", ErrWeight)
	}
	if !(cfg.MinScore >= 0 && cfg.MinScore <= 1) {
		pr.add("minScore", cfg.MinScore, "must be in [0, 1]", ErrConfig)
	}
	if cfg.Priority != PriorityScore && cfg.Priority != PriorityParticipation {
		pr.add("priority", int(cfg.Priority), "is neither PriorityScore nor PriorityParticipation", ErrConfig)
	}
	if cfg.WorkingDayMinutes < 0 || cfg.WorkingDayMinutes > 720 {
		pr.add("workingDayMinutes", cfg.WorkingDayMinutes, "must be 0 (default) to 720", ErrConfig)
	}
	if !(cfg.ExperienceGapYears >= 0 && cfg.ExperienceGapYears <= mentoring.MaxYears) {
		pr.add("experienceGapYears", cfg.ExperienceGapYears, "must be 0 (default) to 70", ErrConfig)
	}
	if cfg.Candidates < 0 {
		pr.add("candidates", cfg.Candidates, "must not be negative", ErrConfig)
	}
	if cfg.Rules.MaxTimeZoneGap < 0 {
		pr.add("rules.maxTimeZoneGap", cfg.Rules.MaxTimeZoneGap, "must not be negative (0 means no limit)", ErrConfig)
	}
	if progErr != nil || len(pr.errs) > 0 {
		return nil, errors.Join(append([]error{progErr}, pr.errs...)...)
	}
	p.cfg = cfg
	p.cfg.Weights = &w
	p.cfg.Custom = slices.Clone(cfg.Custom)
	p.cfg.Rules.Organisation = nil // compiled below, not retained
	p.cfg.Rules.Previous = slices.Clone(cfg.Rules.Previous)
	p.cfg.Rules.Locks = slices.Clone(cfg.Rules.Locks)
	p.cfg.Rules.Bans = slices.Clone(cfg.Rules.Bans)
	if p.cfg.WorkingDayMinutes == 0 {
		p.cfg.WorkingDayMinutes = DefaultWorkingDayMinutes
	}
	if p.cfg.ExperienceGapYears == 0 {
		p.cfg.ExperienceGapYears = DefaultExperienceGapYears
	}
	if p.cfg.DenseLimit == 0 {
		p.cfg.DenseLimit = DefaultDenseLimit
	}
	if p.cfg.Candidates == 0 {
		p.cfg.Candidates = DefaultCandidates
	}

	// Participants, sorted by ID so that input order never matters.
	parts := make([]*mentoring.Participant, len(prog.Participants))
	for i := range prog.Participants {
		c := prog.Participants[i].Clone()
		parts[i] = &c
	}
	slices.SortFunc(parts, func(a, b *mentoring.Participant) int { return cmp.Compare(a.Person.ID, b.Person.ID) })
	p.menteeIdx, p.mentorIdx = map[string]int{}, map[string]int{}
	for _, q := range parts {
		mentor := q.Role == mentoring.RoleMentor || q.Role == mentoring.RoleReverseMentor || q.Role == mentoring.RolePeerMentor
		mentee := q.Role == mentoring.RoleMentee || (q.Role == mentoring.RolePeerMentor && prog.Format == mentoring.FormatPeer)
		if mentor {
			p.mentorIdx[q.Person.ID] = len(p.mentors)
			p.mentors = append(p.mentors, q)
			cp := q.Capacity
			if prog.Format == mentoring.FormatGroup {
				cp = min(cp, p.groupMax)
			}
			p.capacity = append(p.capacity, cp)
		}
		if mentee {
			p.menteeIdx[q.Person.ID] = len(p.mentees)
			p.mentees = append(p.mentees, q)
		}
	}

	if prog.Format == mentoring.FormatPeer {
		p.peerE = make([]int32, len(p.mentors))
		for m, q := range p.mentors {
			p.peerE[m] = -1
			if e, ok := p.menteeIdx[q.Person.ID]; ok {
				p.peerE[m] = int32(e)
			}
		}
		p.peerM = make([]int32, len(p.mentees))
		for e, q := range p.mentees {
			p.peerM[e] = -1
			if m, ok := p.mentorIdx[q.Person.ID]; ok {
				p.peerM[e] = int32(m)
			}
		}
	}

	// Organisation for reporting lines: participants, then the extra people.
	people := map[string]int32{}
	var managerID []string
	for _, q := range parts {
		people[q.Person.ID] = int32(len(managerID))
		managerID = append(managerID, q.Person.ManagerID)
	}
	for i, o := range cfg.Rules.Organisation {
		f := "rules.organisation[" + strconv.Itoa(i) + "]"
		if o.ID == "" {
			pr.add(f+".id", o.ID, "is empty", ErrConfig)
			continue
		}
		if j, ok := people[o.ID]; ok {
			if int(j) < len(parts) {
				if managerID[j] != o.ManagerID {
					pr.add(f+".managerId", o.ManagerID, "differs from participant "+o.ID+"'s manager "+strconv.Quote(managerID[j]), ErrDuplicateID)
				}
			} else {
				pr.add(f+".id", o.ID, "appears twice", ErrDuplicateID)
			}
			continue
		}
		people[o.ID] = int32(len(managerID))
		managerID = append(managerID, o.ManagerID)
	}
	manager := make([]int32, len(managerID))
	for i, id := range managerID {
		if j, ok := people[id]; ok && id != "" {
			manager[i] = j
		} else {
			manager[i] = -1
		}
	}

	p.rules = pairRules{
		levels:     cfg.Rules.ReportingLevels,
		diffDept:   cfg.Rules.DifferentDepartment,
		crossOrg:   prog.Format == mentoring.FormatCrossOrganisation,
		sharedLang: cfg.Rules.SharedLanguage,
		maxGap:     int32(min(cfg.Rules.MaxTimeZoneGap, 1440)),
		peerBand:   prog.PeerBandYears,
	}
	if p.rules.levels == 0 {
		p.rules.levels = DefaultReportingLevels
	}
	if p.rules.peerBand == 0 {
		p.rules.peerBand = mentoring.DefaultPeerBandYears
	}
	p.sc = p.newScorer(people)
	if p.rules.levels > 0 {
		p.rules.ancEOff = make([]int32, 1, len(p.mentees)+1)
		for _, q := range p.mentees {
			p.rules.ancE = pairAncestors(people[q.Person.ID], manager, p.rules.levels, p.rules.ancE)
			p.rules.ancEOff = append(p.rules.ancEOff, int32(len(p.rules.ancE)))
		}
		p.rules.ancMOff = make([]int32, 1, len(p.mentors)+1)
		for _, q := range p.mentors {
			p.rules.ancM = pairAncestors(people[q.Person.ID], manager, p.rules.levels, p.rules.ancM)
			p.rules.ancMOff = append(p.rules.ancMOff, int32(len(p.rules.ancM)))
		}
	}

	// Bans, previous pairs and locks.
	p.bans = make([][]pairBan, len(p.mentees))
	ref := func(field string, r PairRef) (e, m int, ok bool) {
		m, okM := p.mentorIdx[r.MentorID]
		e, okE := p.menteeIdx[r.MenteeID]
		if !okM {
			pr.add(field+".mentorId", r.MentorID, "is not a mentor of programme "+strconv.Quote(prog.ID), ErrUnknownID)
		}
		if !okE {
			pr.add(field+".menteeId", r.MenteeID, "is not a mentee of programme "+strconv.Quote(prog.ID), ErrUnknownID)
		}
		return e, m, okM && okE
	}
	for _, list := range []struct {
		name string
		refs []PairRef
		rule Rule
	}{{"rules.previous", cfg.Rules.Previous, RulePreviouslyPaired}, {"rules.bans", cfg.Rules.Bans, RuleBanned}} {
		for i, r := range list.refs {
			if e, m, ok := ref(list.name+"["+strconv.Itoa(i)+"]", r); ok {
				p.bans[e] = append(p.bans[e], pairBan{m: int32(m), rule: list.rule})
			}
		}
	}
	for e := range p.bans {
		slices.SortStableFunc(p.bans[e], func(a, b pairBan) int { return cmp.Compare(a.m, b.m) })
	}
	p.lockOf = make([]int32, len(p.mentees))
	for i := range p.lockOf {
		p.lockOf[i] = -1
	}
	p.lockN = make([]int, len(p.mentors))
	seenLock := map[PairRef]int{}
	for i, r := range cfg.Rules.Locks {
		f := "rules.locks[" + strconv.Itoa(i) + "]"
		e, m, ok := ref(f, r)
		if !ok {
			continue
		}
		if j, dup := seenLock[r]; dup {
			pr.add(f, r, "repeats rules.locks["+strconv.Itoa(j)+"]", ErrDuplicateID)
			continue
		}
		seenLock[r] = i
		if rule, _, _ := p.forbidden(e, m, false); rule != RuleNone {
			pr.add(f, r, "breaks rule "+rule.String(), ErrLock)
			continue
		}
		if p.lockOf[e] >= 0 {
			pr.add(f+".menteeId", r.MenteeID, "is already locked to mentor "+strconv.Quote(p.mentors[p.lockOf[e]].Person.ID), ErrLock)
			continue
		}
		if p.lockN[m] == p.capacity[m] {
			pr.add(f+".mentorId", r.MentorID, "is locked to more mentees than its capacity "+strconv.Itoa(p.capacity[m]), ErrLock)
			continue
		}
		p.lockOf[e] = int32(m)
		p.lockN[m]++
	}
	if err := pr.err(); err != nil {
		return nil, err
	}
	n := float64(len(p.mentees) + 1)
	if cfg.Priority == PriorityParticipation {
		p.bonusB = n
	}
	p.bonusL = (p.bonusB + 1) * n
	return p, nil
}

// newScorer builds the scorer over the compiled participants.
func (p *Pairing) newScorer(people map[string]int32) *pairScorer {
	s := &pairScorer{f: pairCompile(p.mentees, p.mentors, people), mentees: p.mentees, mentors: p.mentors, custom: p.cfg.Custom}
	wa := p.cfg.Weights.array()
	var total float64
	for _, x := range wa {
		total += x
	}
	for _, c := range p.cfg.Custom {
		total += c.Weight
	}
	for k, x := range wa {
		s.share[k] = x / total
	}
	s.custShare = make([]float64, len(p.cfg.Custom))
	for i, c := range p.cfg.Custom {
		s.custShare[i] = c.Weight / total
	}
	s.invNeed = make([]float64, len(p.mentees))
	for e, n := range s.f.needSum {
		if n > 0 {
			s.invNeed[e] = 1 / n
		}
	}
	s.day = float64(p.cfg.WorkingDayMinutes)
	s.invDay = 1 / s.day
	s.invGap = 1 / p.cfg.ExperienceGapYears
	s.invBand = 1 / p.rules.peerBand
	return s
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
	if r := p.rules.check(p.sc.f, e, m); r != RuleNone {
		return r, 0, nil
	}
	if r := p.banned(e, m); r != RuleNone {
		return r, 0, nil
	}
	if !withScore {
		return RuleNone, 0, nil
	}
	s, err := p.sc.score(e, m)
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
	if e2 < 0 || m2 < 0 {
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

// lookup returns the indices of a pair, or an *InputError.
func (p *Pairing) lookup(mentorID, menteeID string) (e, m int, err error) {
	var pr pairProblems
	m, okM := p.mentorIdx[mentorID]
	e, okE := p.menteeIdx[menteeID]
	if !okM {
		pr.add("mentorId", mentorID, "is not a mentor of programme "+strconv.Quote(p.programmeID), ErrUnknownID)
	}
	if !okE {
		pr.add("menteeId", menteeID, "is not a mentee of programme "+strconv.Quote(p.programmeID), ErrUnknownID)
	}
	return e, m, pr.err()
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
}

// Explain scores any mentor–mentee pair of the programme, allowed or not,
// and lists the rules it breaks. Errors: ErrUnknownID for an ID that is not
// a mentor (or mentee) of the programme; a *CriterionError from a custom
// criterion.
func (p *Pairing) Explain(mentorID, menteeID string) (Explanation, error) {
	e, m, err := p.lookup(mentorID, menteeID)
	if err != nil {
		return Explanation{}, err
	}
	return p.explain(e, m)
}

func (p *Pairing) explain(e, m int) (Explanation, error) {
	bd, err := p.sc.breakdown(e, m)
	if err != nil {
		return Explanation{}, err
	}
	x := Explanation{MentorID: p.mentorID(m), MenteeID: p.menteeID(e), Breakdown: bd}
	for _, c := range bd {
		x.Score += c.Points
	}
	x.Score = min(x.Score, 1)
	x.Rules = p.rules.checkAll(p.sc.f, e, m)
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
	return s
}
