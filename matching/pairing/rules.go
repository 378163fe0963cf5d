package pairing

import (
	"slices"

	"github.com/mentorkit/mentorkit/mentoring"
)

// Rule names a hard constraint that forbids a mentor–mentee pair. The zero
// value RuleNone is the unset rule: no rule forbids the pair. It marshals
// as "".
type Rule int

// The rules, in the order a pair is checked against them; an explanation
// lists every rule a pair breaks.
const (
	// RuleNone (unset): no rule forbids the pair; it is allowed.
	RuleNone Rule = iota
	// RuleSelf: mentor and mentee are the same person.
	RuleSelf
	// RuleReportingLine: one of the two is the other's manager, or manager's
	// manager, up to Rules.ReportingLevels levels up: a mentor must have
	// no stake in the mentee's assessment and no competition with them.
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
// (reverse mentoring passes on what the junior knows better), peer mentors are within the programme's peer band
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
	band       float64 // the programme's peer band, years
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
		if p < 0 || slices.Contains(dst[start:], p) {
			break
		}
		dst = append(dst, p)
	}
	return dst
}

// Each rule the kernel evaluates per pair (RuleSelf to RulePeerBand) is
// one method below, called by the hot loop (through first), by
// explanations and by the checks (through broken). Bans, previous pairs,
// the minimum score and the peer direction are Pairing's (see forbidden).

// self: RuleSelf.
func (r *pairRules) self(f *pairFeatures, x *menteeView, v *pairView) bool {
	return f.personM[v.m] == x.person
}

// reportingLine: RuleReportingLine.
func (r *pairRules) reportingLine(f *pairFeatures, x *menteeView, v *pairView) bool {
	if r.levels <= 0 {
		return false
	}
	pm := f.personM[v.m]
	if pm == x.person {
		return false // RuleSelf, not a reporting line
	}
	return pairContains(x.anc, pm) || pairContains(r.ancM[r.ancMOff[v.m]:r.ancMOff[v.m+1]], x.person)
}

// sameDepartment: RuleSameDepartment.
func (r *pairRules) sameDepartment(f *pairFeatures, x *menteeView, v *pairView) bool {
	return r.diffDept && x.dept >= 0 && x.dept == f.deptM[v.m]
}

// sameOrganisation: RuleSameOrganisation.
func (r *pairRules) sameOrganisation(f *pairFeatures, x *menteeView, v *pairView) bool {
	return r.crossOrg && (x.org < 0 || x.org == f.orgM[v.m])
}

// noSharedLanguage: RuleNoSharedLanguage.
func (r *pairRules) noSharedLanguage(_ *pairFeatures, _ *menteeView, v *pairView) bool {
	return r.sharedLang && v.shared == 0
}

// timeZoneGap: RuleTimeZoneGap.
func (r *pairRules) timeZoneGap(_ *pairFeatures, _ *menteeView, v *pairView) bool {
	return r.maxGap > 0 && v.gap > r.maxGap
}

// reverseSeniority: RuleReverseSeniority.
func (r *pairRules) reverseSeniority(f *pairFeatures, x *menteeView, v *pairView) bool {
	lm := f.levelM[v.m]
	return v.mode == pairModeReverse && (lm > x.level || (lm == x.level && v.d >= 0))
}

// reverseTopic: RuleReverseTopic.
func (r *pairRules) reverseTopic(_ *pairFeatures, x *menteeView, v *pairView) bool {
	return v.mode == pairModeReverse && !x.offered(v)
}

// peerBand: RulePeerBand.
func (r *pairRules) peerBand(f *pairFeatures, x *menteeView, v *pairView) bool {
	if v.mode != pairModePeer {
		return false
	}
	dl := f.levelM[v.m] - x.level
	return v.d > r.band || -v.d > r.band || dl > 1 || dl < -1
}

// first returns the first rule among RuleSelf to RulePeerBand that the
// pair breaks, or RuleNone. It is the hot loop's check, so it calls the
// rules directly, in Rule order (TestRuleOrder checks it against broken).
func (r *pairRules) first(f *pairFeatures, x *menteeView, v *pairView) Rule {
	switch {
	case r.self(f, x, v):
		return RuleSelf
	case r.reportingLine(f, x, v):
		return RuleReportingLine
	case r.sameDepartment(f, x, v):
		return RuleSameDepartment
	case r.sameOrganisation(f, x, v):
		return RuleSameOrganisation
	case r.noSharedLanguage(f, x, v):
		return RuleNoSharedLanguage
	case r.timeZoneGap(f, x, v):
		return RuleTimeZoneGap
	case r.reverseSeniority(f, x, v):
		return RuleReverseSeniority
	case r.reverseTopic(f, x, v):
		return RuleReverseTopic
	case r.peerBand(f, x, v):
		return RulePeerBand
	}
	return RuleNone
}

// broken reports whether the pair breaks the one rule (false for the
// rules that are not the kernel's).
func (r *pairRules) broken(rule Rule, f *pairFeatures, x *menteeView, v *pairView) bool {
	switch rule {
	case RuleSelf:
		return r.self(f, x, v)
	case RuleReportingLine:
		return r.reportingLine(f, x, v)
	case RuleSameDepartment:
		return r.sameDepartment(f, x, v)
	case RuleSameOrganisation:
		return r.sameOrganisation(f, x, v)
	case RuleNoSharedLanguage:
		return r.noSharedLanguage(f, x, v)
	case RuleTimeZoneGap:
		return r.timeZoneGap(f, x, v)
	case RuleReverseSeniority:
		return r.reverseSeniority(f, x, v)
	case RuleReverseTopic:
		return r.reverseTopic(f, x, v)
	case RulePeerBand:
		return r.peerBand(f, x, v)
	}
	return false
}

// all returns every rule among RuleSelf to RulePeerBand that the pair
// breaks, in order.
func (r *pairRules) all(f *pairFeatures, x *menteeView, v *pairView) []Rule {
	var out []Rule
	for rule := RuleSelf; rule <= RulePeerBand; rule++ {
		if r.broken(rule, f, x, v) {
			out = append(out, rule)
		}
	}
	return out
}

// pairContains reports whether a holds x. It is slices.Contains written
// out: the hot loop calls it twice per pair on lists of a few managers,
// where BenchmarkContains finds it about a quarter faster.
func pairContains(a []int32, x int32) bool {
	for _, y := range a {
		if y == x {
			return true
		}
	}
	return false
}
