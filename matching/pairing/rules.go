package pairing

import (
	"strconv"

	"github.com/mentorkit/mentorkit/mentoring"
)

// Rule names a hard constraint that forbids a mentor–mentee pair. The zero
// value RuleNone means the pair is allowed.
type Rule int

// The rules, in the order a pair is checked against them; an explanation
// lists every rule a pair breaks.
const (
	// RuleNone: the pair is allowed.
	RuleNone Rule = iota
	// RuleSelf: mentor and mentee are the same person.
	RuleSelf
	// RuleReportingLine: one of the two is the other's manager, or manager's
	// manager, up to Rules.ReportingLevels levels up (seed 001: "geen
	// competitie ... geen belangen").
	RuleReportingLine
	// RuleSameDepartment: both are in the same department while
	// Rules.DifferentDepartment asks otherwise.
	RuleSameDepartment
	// RuleSameOrganisation: a cross-organisation programme pairs two people
	// of the same, or an unstated, organisation.
	RuleSameOrganisation
	// RuleNoSharedLanguage: Rules.SharedLanguage is set and the two have no
	// language in common.
	RuleNoSharedLanguage
	// RuleTimeZoneGap: the UTC offsets are further apart than
	// Rules.MaxTimeZoneGap minutes (circular distance).
	RuleTimeZoneGap
	// RuleReverseSeniority: a reverse mentor who is not less senior than the
	// mentee (mentoring.Seniority.Compare).
	RuleReverseSeniority
	// RuleReverseTopic: a reverse mentor who offers nothing the mentee wants
	// to develop.
	RuleReverseTopic
	// RulePeerBand: peer mentors whose years differ by more than the
	// programme's peer band or whose levels differ by more than one.
	RulePeerBand
	// RulePreviouslyPaired: the pair is in Rules.Previous.
	RulePreviouslyPaired
	// RuleBanned: an administrator banned the pair (Rules.Bans).
	RuleBanned
	// RuleBelowMinScore: the pair's score is below Config.MinScore.
	RuleBelowMinScore
	// RulePeerDirection: in a peer programme every peer is on both sides,
	// and two peers may not mentor each other (mentoring rejects that on
	// one topic). A peer pair is therefore allowed in one direction only:
	// the one that scores higher (on a tie, the peer with the lower ID
	// mentors), unless the other direction is forbidden by a rule, a ban
	// or the minimum score; a lock fixes the direction.
	RulePeerDirection
	// RuleLockedElsewhere: the mentee is locked to another mentor, or the
	// mentor's capacity is all taken by locks.
	RuleLockedElsewhere

	numRules = iota
)

var ruleNames = [numRules]string{"none", "self", "reportingLine", "sameDepartment", "sameOrganisation", "noSharedLanguage", "timeZoneGap", "reverseSeniority", "reverseTopic", "peerBand", "previouslyPaired", "banned", "belowMinScore", "peerDirection", "lockedElsewhere"}

// String returns the rule's lowerCamel name ("reportingLine"), or
// "Rule(n)" for an undeclared value.
func (r Rule) String() string {
	if r >= 0 && int(r) < numRules {
		return ruleNames[r]
	}
	return "Rule(" + strconv.Itoa(int(r)) + ")"
}

// DefaultReportingLevels is the reporting-line distance used when
// Rules.ReportingLevels is 0: neither may be the other's manager or
// manager's manager.
const DefaultReportingLevels = 2

// PairRef names a mentor–mentee pair by person IDs.
type PairRef struct {
	MentorID string `json:"mentorId"`
	MenteeID string `json:"menteeId"`
}

// Rules are the hard constraints of a pairing. The zero value forbids
// reporting lines within DefaultReportingLevels and nothing else beyond
// the rules that always hold: nobody mentors themselves, a reverse mentor
// is less senior than the mentee and offers a topic the mentee wants
// (seeds 000 and 001), peer mentors are within the programme's peer band
// (years) and one level of each other, and a cross-organisation pair
// comes from two stated, different organisations.
type Rules struct {
	// ReportingLevels forbids pairs where one of the two is among the other's
	// first ReportingLevels managers (1: direct manager; 2: also the
	// manager's manager; ...). 0 means DefaultReportingLevels; a negative
	// value switches the rule off. Reporting lines follow Person.ManagerID
	// through the participants and Organisation.
	ReportingLevels int `json:"reportingLevels,omitempty"`
	// Organisation lists people outside the programme whose ManagerID links
	// are needed to follow reporting lines (a participant's manager who does
	// not take part). Participants need not be repeated here; a person given
	// both here and as a participant must not differ in ManagerID.
	Organisation []mentoring.Person `json:"organisation,omitempty"`
	// DifferentDepartment forbids pairs from the same department (both
	// stated and equal as terms).
	DifferentDepartment bool `json:"differentDepartment,omitempty"`
	// SharedLanguage requires at least one common language (primary subtag).
	SharedLanguage bool `json:"sharedLanguage,omitempty"`
	// MaxTimeZoneGap is the largest allowed circular distance between the
	// two UTC offsets, in minutes; 0 means no limit.
	MaxTimeZoneGap int `json:"maxTimeZoneGap,omitempty"`
	// Previous are pairs that were together before and must not be again.
	Previous []PairRef `json:"previous,omitempty"`
	// Locks are pairs an administrator requires; each must break no other
	// rule (Config.MinScore does not apply to locks), a mentee may have
	// one lock, and no mentor may be locked to more mentees than its
	// capacity (in a group programme, its group maximum).
	Locks []PairRef `json:"locks,omitempty"`
	// Bans are pairs an administrator forbids.
	Bans []PairRef `json:"bans,omitempty"`
}

// pairRules is the compiled form of Rules for the kernel.
type pairRules struct {
	levels     int
	diffDept   bool
	crossOrg   bool
	sharedLang bool
	maxGap     int32
	peerBand   float64
	// ancE[e] and ancM[m]: the person indices of the first levels managers
	// of each mentee and mentor, flat with offsets.
	ancEOff, ancE []int32
	ancMOff, ancM []int32
}

// pairAncestors returns the first levels managers of person p, following
// manager (person index → manager index, -1 for none) and stopping at a
// cycle.
func pairAncestors(p int32, manager []int32, levels int, dst []int32) []int32 {
	start := len(dst)
	for l := 0; l < levels && p >= 0; l++ {
		p = manager[p]
		if p < 0 {
			break
		}
		for _, q := range dst[start:] {
			if q == p {
				return dst
			}
		}
		dst = append(dst, p)
	}
	return dst
}

// check returns the first rule the pair (mentee e, mentor m) breaks among
// those the kernel evaluates per pair (RuleSelf to RulePeerBand), or
// RuleNone.
func (r *pairRules) check(f *pairFeatures, e, m int) Rule {
	pe, pm := f.personE[e], f.personM[m]
	if pe == pm {
		return RuleSelf
	}
	if r.levels > 0 {
		for _, a := range r.ancE[r.ancEOff[e]:r.ancEOff[e+1]] {
			if a == pm {
				return RuleReportingLine
			}
		}
		for _, a := range r.ancM[r.ancMOff[m]:r.ancMOff[m+1]] {
			if a == pe {
				return RuleReportingLine
			}
		}
	}
	if r.diffDept && f.deptE[e] >= 0 && f.deptE[e] == f.deptM[m] {
		return RuleSameDepartment
	}
	if r.crossOrg && (f.orgE[e] < 0 || f.orgE[e] == f.orgM[m]) {
		return RuleSameOrganisation
	}
	if r.sharedLang && pairAnd(f.langE.row(e), f.langM.row(m)) == 0 {
		return RuleNoSharedLanguage
	}
	if r.maxGap > 0 && pairTZGap(f.tzE[e], f.tzM[m]) > r.maxGap {
		return RuleTimeZoneGap
	}
	switch f.modeM[m] {
	case pairModeReverse:
		if f.levelM[m] > f.levelE[e] || (f.levelM[m] == f.levelE[e] && f.yearsM[m] >= f.yearsE[e]) {
			return RuleReverseSeniority
		}
		if !f.offersWanted(e, m) {
			return RuleReverseTopic
		}
	case pairModePeer:
		d := f.yearsM[m] - f.yearsE[e]
		dl := f.levelM[m] - f.levelE[e]
		if d > r.peerBand || -d > r.peerBand || dl > 1 || dl < -1 {
			return RulePeerBand
		}
	}
	return RuleNone
}

// checkAll returns every rule among RuleSelf to RulePeerBand that the pair
// breaks, in order.
func (r *pairRules) checkAll(f *pairFeatures, e, m int) []Rule {
	var out []Rule
	for rule := RuleSelf; rule <= RulePeerBand; rule++ {
		if pairRuleBroken(r, f, e, m, rule) {
			out = append(out, rule)
		}
	}
	return out
}

// pairRuleBroken reports whether the pair breaks the one rule.
func pairRuleBroken(r *pairRules, f *pairFeatures, e, m int, rule Rule) bool {
	switch rule {
	case RuleSelf:
		return f.personE[e] == f.personM[m]
	case RuleReportingLine:
		only := pairRules{levels: r.levels, ancEOff: r.ancEOff, ancE: r.ancE, ancMOff: r.ancMOff, ancM: r.ancM}
		return f.personE[e] != f.personM[m] && only.check(f, e, m) == RuleReportingLine
	case RuleSameDepartment:
		return r.diffDept && f.deptE[e] >= 0 && f.deptE[e] == f.deptM[m]
	case RuleSameOrganisation:
		return r.crossOrg && (f.orgE[e] < 0 || f.orgE[e] == f.orgM[m])
	case RuleNoSharedLanguage:
		return r.sharedLang && pairAnd(f.langE.row(e), f.langM.row(m)) == 0
	case RuleTimeZoneGap:
		return r.maxGap > 0 && pairTZGap(f.tzE[e], f.tzM[m]) > r.maxGap
	case RuleReverseSeniority:
		return f.modeM[m] == pairModeReverse && (f.levelM[m] > f.levelE[e] || (f.levelM[m] == f.levelE[e] && f.yearsM[m] >= f.yearsE[e]))
	case RuleReverseTopic:
		return f.modeM[m] == pairModeReverse && !f.offersWanted(e, m)
	case RulePeerBand:
		if f.modeM[m] != pairModePeer {
			return false
		}
		d := f.yearsM[m] - f.yearsE[e]
		dl := f.levelM[m] - f.levelE[e]
		return d > r.peerBand || -d > r.peerBand || dl > 1 || dl < -1
	}
	return false
}

// offersWanted reports whether mentor m offers a topic mentee e wants.
func (f *pairFeatures) offersWanted(e, m int) bool {
	lv := f.mentLvl[m*f.nWant : (m+1)*f.nWant]
	for _, s := range f.want[f.wantOff[e]:f.wantOff[e+1]] {
		if lv[s] > 0 {
			return true
		}
	}
	return false
}
