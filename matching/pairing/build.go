package pairing

import (
	"cmp"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/mentoring"
)

// Solve forms a programme's pairs in one call: [New] followed by
// [Pairing.Solve].
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
// Participants may refer to Config.Directory by PersonID alone (a
// programme stored as JSON then holds only IDs, roles and what is
// particular to the programme): New resolves them first with
// [mentoring.Programme.Resolve], whose errors it returns. Without a
// directory such participants are a validation error.
//
// Errors, joined: the programme's own validation (mentoring sentinels),
// and *FieldError values for bad weights (ErrWeight), settings
// (ErrConfig), custom criteria without a Scorer or a unique name
// (ErrCriterion), unknown or duplicate IDs in the rules and in Load
// (ErrUnknownID, ErrDuplicateID), participants missing from a strict
// directory (ErrUnknownID) or whose manager differs from it or between
// their two roles (ErrDuplicateID), the problems of the participants' own
// directory when Config.Directory is nil (mentoring sentinels), and locks
// that break a rule or a capacity (ErrLock); errors about a person carry
// its ID. The programme and cfg are not modified or retained (the
// directory is shared, read-only): New copies what it needs.
//
// A person may be listed twice, once as a mentor and once as a mentee
// (never as their own mentor: RuleSelf); such people are on both sides,
// like peers, and of two of them only one direction of the pair is
// allowed (RulePeerDirection).
//
// The steps: check the settings, take the participants in ID order,
// place them in the directory, compile the rules and the scorer, then
// the bans, previous pairs and locks.
func New(prog mentoring.Programme, cfg Config) (*Pairing, error) {
	progErr := resolve(&prog, cfg.Directory)
	if progErr == nil {
		progErr = prog.Validate()
	}
	w, cfgErr := checkConfig(cfg)
	if progErr != nil || cfgErr != nil {
		return nil, fault.Join(progErr, cfgErr)
	}
	p := &Pairing{programmeID: prog.ID, format: prog.Format}
	p.setConfig(prog, cfg, w)
	var errs fault.Collector
	checkReverseGap(cfg.Rules, prog.Participants, &errs)
	parts := p.addParticipants(prog, cfg.Load, &errs)
	people := p.compileRules(prog, parts, cfg.Directory, &errs)
	p.checkPreferences(prog, &errs)
	if errs.Len() > 0 {
		return nil, errs.Err()
	}
	p.sc = p.newScorer(people, prog.Start, prog.End)
	p.prune = p.buildPrune()
	p.addBans(cfg.Rules, &errs)
	p.addLocks(cfg.Rules.Locks, &errs)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	n := float64(len(p.mentees) + 1)
	if p.cfg.Priority == PriorityParticipation {
		p.bonusB = n
	}
	p.bonusL = (p.bonusB + 1) * n
	p.bonusH = p.bonusL
	if p.cfg.AtLeastOne && p.minCap != nil {
		p.bonusH = (p.bonusL + 1) * n
	}
	return p, nil
}

// resolve fills in, through dir, the participants that refer to the
// directory by PersonID ([mentoring.Programme.Resolve]); without such
// participants, or without a directory, prog is left as it is (Validate
// then reports unresolved participants).
func resolve(prog *mentoring.Programme, dir *mentoring.Directory) error {
	if dir == nil || !slices.ContainsFunc(prog.Participants, func(q mentoring.Participant) bool { return q.PersonID != "" }) {
		return nil
	}
	r, err := prog.Resolve(dir)
	if err == nil {
		*prog = r
	}
	return err
}

// checkConfig checks the settings and returns the weights in force.
func checkConfig(cfg Config) (Weights, error) {
	var errs fault.Collector
	w := DefaultWeights()
	if cfg.Weights != nil {
		w = *cfg.Weights
	}
	total := checkWeights(w, &errs) + checkCustom(cfg.Custom, &errs)
	if total == 0 && errs.Len() == 0 {
		errs.Add(msgWeightsZero.At("weights", nil))
	}
	checkSettings(cfg, &errs)
	return w, errs.Err()
}

// checkWeights checks the built-in weights and returns the sum of the
// valid ones.
func checkWeights(w Weights, errs *fault.Collector) float64 {
	var total float64
	for i, x := range w.array() {
		if !finiteNonNegative(x) {
			errs.Add(msgWeight.At(fault.Path("weights", Criterion(i+1).String()), x))
			continue
		}
		total += x
	}
	return total
}

// checkCustom checks the custom criteria (a Scorer, a unique name that is
// not a built-in's, a valid weight) and returns the sum of the valid
// weights.
func checkCustom(custom []CustomCriterion, errs *fault.Collector) float64 {
	var total float64
	names := map[string]int{}
	for k := CriterionSkills; k <= CriterionAvailability; k++ {
		names[k.String()] = -1
	}
	for i, c := range custom {
		f := fault.Index("custom", i)
		switch s := c.Scorer.(type) {
		case nil:
			errs.Add(msgScorerMissing.At(fault.Path(f, "scorer"), nil))
		case decodedScorer:
			errs.Add(msgScorerMissing.At(fault.Path(f, "scorer"), s.name))
		default:
			n := s.Name()
			j, dup := names[n]
			switch {
			case n == "":
				errs.Add(msgCriterionNameEmpty.At(fault.Path(f, "name"), n))
			case dup && j < 0:
				errs.Add(msgCriterionBuiltin.At(fault.Path(f, "name"), n))
			case dup:
				errs.Add(msgCriterionRepeated.At(fault.Path(f, "name"), n, fault.Index("custom", j)))
			default:
				names[n] = i
			}
		}
		if !finiteNonNegative(c.Weight) {
			errs.Add(msgWeight.At(fault.Path(f, "weight"), c.Weight))
			continue
		}
		total += c.Weight
	}
	return total
}

// checkSettings checks the scalar settings against their documented
// ranges.
func checkSettings(cfg Config, errs *fault.Collector) {
	if !(cfg.MinScore >= 0 && cfg.MinScore <= 1) {
		errs.Add(msgRange.At("minScore", cfg.MinScore, 0, 1))
	}
	if !priorityTable.Declared(cfg.Priority) {
		errs.Add(msgPriority.At("priority", int(cfg.Priority)))
	}
	if cfg.WorkingDayMinutes < 0 || cfg.WorkingDayMinutes > MaxWorkingDayMinutes {
		errs.Add(msgRange.At("workingDayMinutes", cfg.WorkingDayMinutes, 0, MaxWorkingDayMinutes))
	}
	if !(cfg.ExperienceGapYears >= 0 && cfg.ExperienceGapYears <= mentoring.MaxYears) {
		errs.Add(msgRange.At("experienceGapYears", cfg.ExperienceGapYears, 0, mentoring.MaxYears))
	}
	if cfg.Candidates < 0 {
		errs.Add(msgNegative.At("candidates", cfg.Candidates))
	}
	if cfg.Rules.MaxTimeZoneGap < 0 {
		errs.Add(msgNegative.At("rules.maxTimeZoneGap", cfg.Rules.MaxTimeZoneGap))
	}
	if cfg.OverlapTargetMinutes < 0 || cfg.OverlapTargetMinutes > weekMinutes {
		errs.Add(msgOverlapTarget.At("overlapTargetMinutes", cfg.OverlapTargetMinutes, weekMinutes))
	}
	if cfg.Rules.MinOverlapMinutes < 0 || cfg.Rules.MinOverlapMinutes > weekMinutes {
		errs.Add(msgRange.At("rules.minOverlapMinutes", cfg.Rules.MinOverlapMinutes, 0, weekMinutes))
	}
}

// finiteNonNegative reports whether x is a valid weight or penalty.
func finiteNonNegative(x float64) bool { return x >= 0 && !math.IsInf(x, 1) }

// setConfig keeps a copy of cfg with every default filled in, and the
// programme's group bounds.
func (p *Pairing) setConfig(prog mentoring.Programme, cfg Config, w Weights) {
	p.groupMin, p.groupMax = 1, 1
	if prog.Format == mentoring.FormatGroup {
		p.groupMin = cmp.Or(prog.GroupSize.Min, mentoring.DefaultGroupMin)
		p.groupMax = cmp.Or(prog.GroupSize.Max, mentoring.DefaultGroupMax)
	}
	p.cfg = cfg
	p.cfg.Weights = &w
	p.cfg.Custom = slices.Clone(cfg.Custom)
	p.cfg.Load = maps.Clone(cfg.Load)
	p.cfg.Rules.Previous = slices.Clone(cfg.Rules.Previous)
	p.cfg.Rules.Locks = slices.Clone(cfg.Rules.Locks)
	p.cfg.Rules.Bans = slices.Clone(cfg.Rules.Bans)
	p.cfg.Priority = cmp.Or(p.cfg.Priority, PriorityScore)
	p.cfg.WorkingDayMinutes = cmp.Or(p.cfg.WorkingDayMinutes, DefaultWorkingDayMinutes)
	p.cfg.ExperienceGapYears = cmp.Or(p.cfg.ExperienceGapYears, DefaultExperienceGapYears)
	p.cfg.DenseLimit = cmp.Or(p.cfg.DenseLimit, DefaultDenseLimit)
	p.cfg.Candidates = cmp.Or(p.cfg.Candidates, DefaultCandidates)
}

// addParticipants copies the participants, sorted by person ID (then
// role) so that input order never matters, onto the mentor and mentee
// sides with the mentors' capacities less their load elsewhere, and links
// the two sides of each person on both (every peer in a peer programme).
// It returns the sorted copies.
func (p *Pairing) addParticipants(prog mentoring.Programme, load map[string]int, errs *fault.Collector) []*mentoring.Participant {
	parts := make([]*mentoring.Participant, len(prog.Participants))
	for i := range prog.Participants {
		c := prog.Participants[i].Clone()
		parts[i] = &c
	}
	slices.SortFunc(parts, func(a, b *mentoring.Participant) int {
		return cmp.Or(cmp.Compare(a.Person.ID, b.Person.ID), cmp.Compare(a.Role, b.Role))
	})
	p.menteeIdx, p.mentorIdx = map[string]int{}, map[string]int{}
	peer := prog.Format == mentoring.FormatPeer
	for _, q := range parts {
		if q.Role == mentoring.RoleMentor || q.Role == mentoring.RoleReverseMentor || q.Role == mentoring.RolePeerMentor {
			p.mentorIdx[q.Person.ID] = len(p.mentors)
			p.mentors = append(p.mentors, q)
			c := max(q.Capacity-load[q.Person.ID], 0)
			if prog.Format == mentoring.FormatGroup {
				c = min(c, p.groupMax)
			}
			p.capacity = append(p.capacity, c)
		}
		if q.Role == mentoring.RoleMentee || (q.Role == mentoring.RolePeerMentor && peer) {
			p.menteeIdx[q.Person.ID] = len(p.mentees)
			p.mentees = append(p.mentees, q)
		}
	}
	p.checkLoad(load, errs)
	p.addMinimums(prog, load, errs)
	both := false
	for id := range p.mentorIdx {
		if _, ok := p.menteeIdx[id]; ok {
			both = true
			break
		}
	}
	if both {
		p.peerE = crossIndex(p.mentors, p.menteeIdx)
		p.peerM = crossIndex(p.mentees, p.mentorIdx)
	}
	return parts
}

// checkLoad reports loads that are negative or name no mentor, in ID
// order.
func (p *Pairing) checkLoad(load map[string]int, errs *fault.Collector) {
	for _, id := range slices.Sorted(maps.Keys(load)) {
		f := fault.Path("load", id)
		if _, ok := p.mentorIdx[id]; !ok {
			errs.Add(msgUnknownMentor.New(f, id, id, p.programmeID))
		} else if load[id] < 0 {
			errs.Add(msgNegative.New(f, id, load[id]))
		}
	}
}

// crossIndex returns, for each participant of one side, the index of the
// same person on the other side (idx), or -1.
func crossIndex(side []*mentoring.Participant, idx map[string]int) []int32 {
	out := make([]int32, len(side))
	for i, q := range side {
		out[i] = -1
		if j, ok := idx[q.Person.ID]; ok {
			out[i] = int32(j)
		}
	}
	return out
}

// compileRules compiles the rules and places every participant in the
// directory (dir, or the participants' own when dir is nil). It returns
// the index of each person ID, shared by a person's two roles.
func (p *Pairing) compileRules(prog mentoring.Programme, parts []*mentoring.Participant, dir *mentoring.Directory, errs *fault.Collector) map[string]int32 {
	rules := p.cfg.Rules
	p.rules = pairRules{
		levels:        cmp.Or(rules.ReportingLevels, DefaultReportingLevels),
		diffDept:      rules.DifferentDepartment,
		crossOrg:      prog.Format == mentoring.FormatCrossOrganisation,
		sharedLang:    rules.SharedLanguage,
		maxGap:        int32(min(rules.MaxTimeZoneGap, 1440)),
		requireListed: rules.RequireListed,
		minOverlap:    int32(rules.MinOverlapMinutes),
		band:          cmp.Or(prog.PeerBandYears, mentoring.DefaultPeerBandYears),
		revYears:      rules.ReverseMinGapYears,
		revLevels:     int8(rules.ReverseMinGapLevels),
	}
	// Each person once, in ID order, with where they first appear in the
	// programme's input; a second role must name the same manager.
	first := map[string]int{}
	for i, q := range prog.Participants {
		if _, ok := first[q.Person.ID]; !ok {
			first[q.Person.ID] = i
		}
	}
	people := map[string]int32{}
	var persons []mentoring.Person
	for _, q := range parts {
		id := q.Person.ID
		if j, ok := people[id]; ok {
			if persons[j].ManagerID != q.Person.ManagerID {
				errs.Add(msgManagerDiffers.New(participantField(first[id], "person.managerId"), id, q.Person.ManagerID, persons[j].ManagerID))
			}
			continue
		}
		people[id] = int32(len(persons))
		persons = append(persons, q.Person)
	}
	if p.rules.levels <= 0 && dir == nil {
		return people
	}
	if dir == nil {
		d, err := mentoring.NewDirectory(persons, mentoring.DirectoryStrict)
		if err != nil {
			errs.Add(asParticipants(err, first))
			return people
		}
		dir = d
	}
	place := make([]mentoring.Place, len(persons))
	for i, q := range persons {
		f := first[q.ID]
		pl, ok := dir.Place(q.ID)
		switch d, _ := dir.Person(q.ID); {
		case !ok && dir.Mode() != mentoring.DirectoryLenient:
			errs.Add(msgNotInDirectory.New(participantField(f, "person.id"), q.ID, q.ID))
		case ok && q.ManagerID != "" && q.ManagerID != d.ManagerID:
			errs.Add(msgManagerDiffers.New(participantField(f, "person.managerId"), q.ID, q.ManagerID, d.ManagerID))
		}
		place[i] = pl
	}
	if p.rules.levels <= 0 {
		return people
	}
	at := func(side []*mentoring.Participant) []mentoring.Place {
		out := make([]mentoring.Place, len(side))
		for i, q := range side {
			out[i] = place[people[q.Person.ID]]
		}
		return out
	}
	p.rules.placeE, p.rules.placeM = at(p.mentees), at(p.mentors)
	return people
}

// participantField is the path of a field of participants[i].
func participantField(i int, name string) string {
	return fault.Path(fault.Index("participants", i), name)
}

// asParticipants moves the errors of a directory built from the
// participants to the participants' fields: "people[k].managerId" of
// person ID becomes "participants[i].person.managerId", i being where the
// person first appears.
func asParticipants(err error, first map[string]int) error {
	list, _ := fault.List(err)
	out := make([]error, len(list))
	for k, e := range list {
		c := *e
		name := "person"
		if dot := strings.IndexByte(c.Field, '.'); dot >= 0 {
			name += c.Field[dot:]
		}
		if i, ok := first[c.ID]; ok {
			c.Field = participantField(i, name)
		}
		out[k] = &c
	}
	return fault.Join(out...)
}

// addBans records the previous pairs and the bans per mentee, sorted by
// mentor.
func (p *Pairing) addBans(rules Rules, errs *fault.Collector) {
	p.bans = make([][]pairBan, len(p.mentees))
	for _, list := range []struct {
		name string
		refs []PairRef
		rule Rule
	}{{"rules.previous", rules.Previous, RulePreviouslyPaired}, {"rules.bans", rules.Bans, RuleBanned}} {
		for i, r := range list.refs {
			e, m, err := p.lookup(fault.Index(list.name, i), r.MentorID, r.MenteeID)
			if err != nil {
				errs.Add(err)
				continue
			}
			p.bans[e] = append(p.bans[e], pairBan{m: int32(m), rule: list.rule})
		}
	}
	for e, ms := range pairDismissals(p.mentees, p.mentors, p.menteeIdx, p.mentorIdx) {
		for _, m := range ms {
			p.bans[e] = append(p.bans[e], pairBan{m: m, rule: RuleDismissed})
		}
	}
	for e := range p.bans {
		slices.SortStableFunc(p.bans[e], func(a, b pairBan) int { return cmp.Compare(a.m, b.m) })
	}
}

// addLocks checks and records the locks: each names a mentor and a
// mentee, appears once, breaks no rule, is the mentee's only lock and
// fits the mentor's capacity. Errors about a lock's pair carry the
// mentee's ID (a mentee has at most one lock), those about the capacity
// the mentor's.
func (p *Pairing) addLocks(locks []PairRef, errs *fault.Collector) {
	p.lockOf = make([]int32, len(p.mentees))
	for i := range p.lockOf {
		p.lockOf[i] = -1
	}
	p.lockN = make([]int, len(p.mentors))
	seen := map[PairRef]int{}
	for i, r := range locks {
		f := fault.Index("rules.locks", i)
		e, m, err := p.lookup(f, r.MentorID, r.MenteeID)
		if err != nil {
			errs.Add(err)
			continue
		}
		if j, dup := seen[r]; dup {
			errs.Add(msgDuplicate.New(f, r.MenteeID, r, fault.Index("rules.locks", j)))
			continue
		}
		seen[r] = i
		if rule, _, _ := p.forbidden(e, m, false); rule != RuleNone {
			errs.Add(msgLockBreaksRule.New(f, r.MenteeID, r, rule.String()))
			continue
		}
		if l := p.lockOf[e]; l >= 0 {
			errs.Add(msgMenteeLocked.New(fault.Path(f, "menteeId"), r.MenteeID, r.MenteeID, p.mentorID(int(l))))
			continue
		}
		if p.lockN[m] == p.capacity[m] {
			errs.Add(msgLockOverCapacity.New(fault.Path(f, "mentorId"), r.MentorID, r.MentorID, p.capacity[m]))
			continue
		}
		p.lockOf[e] = int32(m)
		p.lockN[m]++
	}
}
