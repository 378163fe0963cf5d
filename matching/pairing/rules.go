package pairing

import (
	"math"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
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
	// RuleUnknownReportingLine: whether one of the two is among the
	// other's first Rules.ReportingLevels managers cannot be checked,
	// because a reporting line the question needs is broken in the
	// directory (a manager ID that names nobody, a cycle, a person listed
	// twice with different managers) or a participant is not in a lenient
	// directory. The rule fails closed: a pair that cannot be checked is
	// not allowed.
	RuleUnknownReportingLine
	// RuleSameDepartment: both are in the same department while
	// Rules.DifferentDepartment asks otherwise.
	RuleSameDepartment
	// RuleSameOrganisation: a cross-organisation programme pairs two people
	// of the same, or an unstated, organisation.
	RuleSameOrganisation
	// RuleNoSharedLanguage: Rules.SharedLanguage is set and the two have no
	// language in common.
	RuleNoSharedLanguage
	// RuleTimeZoneGap: the two clocks are further apart than
	// Rules.MaxTimeZoneGap minutes (circular distance) at some point of
	// the programme's period (see CriterionWorkingHours).
	RuleTimeZoneGap
	// RuleReverseSeniority: a reverse mentor who is not less senior than the
	// mentee (mentoring.Seniority.Compare), or less senior by less than
	// Rules.ReverseMinGapYears years or Rules.ReverseMinGapLevels levels
	// (Explanation.ReverseGap says the pair's gap).
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
	// RulePeerDirection: two people who are both on both sides (every
	// peer in a peer programme; a person listed as mentor and as mentee in
	// any programme) may not mentor each other (mentoring rejects that on
	// one topic). Such a pair is therefore allowed in one direction only:
	// the one that scores higher (on a tie, the person with the lower ID
	// mentors), unless the other direction is forbidden by a rule, a ban
	// or the minimum score, or its mentor has no place left here
	// (Config.Load); a lock fixes the direction. The solver thus
	// never sees a pair and its reverse both allowed.
	RulePeerDirection
	// RuleLockedElsewhere: the mentee is locked to another mentor, or the
	// mentor's capacity is all taken by locks.
	RuleLockedElsewhere
	// RuleDismissed: one of the two dismissed the other
	// (mentoring.Participant.Preferences.Dismissed).
	RuleDismissed
	// RuleNotListed: Rules.RequireListed is set and neither ranks the other
	// (Preferences.Ranked).
	RuleNotListed
	// RuleNoOverlap: Rules.MinOverlapMinutes is set and the two are free
	// together for fewer minutes a week than it asks, in the worst week of
	// the programme (see CriterionAvailability), or either states no
	// window (the rule fails closed).
	RuleNoOverlap

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
	// value switches the rule off. Reporting lines are Config.Directory's
	// (or, without one, the participants' own); where the directory cannot
	// tell, the pair breaks RuleUnknownReportingLine.
	ReportingLevels int `json:"reportingLevels,omitempty"`
	// DifferentDepartment forbids pairs from the same department (both
	// stated and equal as terms).
	DifferentDepartment bool `json:"differentDepartment,omitempty"`
	// SharedLanguage requires at least one common base language
	// (mentoring.ParseLanguage: "Nederlands" and "nl-BE" are "nl").
	SharedLanguage bool `json:"sharedLanguage,omitempty"`
	// MaxTimeZoneGap is the largest allowed circular distance between the
	// two clocks, in minutes, at its worst over the programme's period
	// (summer time included); 0 means no limit.
	MaxTimeZoneGap int `json:"maxTimeZoneGap,omitempty"`
	// ReverseMinGapYears is the least number of years of experience
	// (Seniority.Years) a reverse mentor must have fewer than the mentee
	// ("at least five years less experience": 5); 0 asks only that the
	// mentor be less senior. At most mentoring.MaxYears; a gap no
	// mentee–reverse-mentor pair of the programme reaches is an error
	// (ErrConfig, code reverseGapUnreachable).
	ReverseMinGapYears float64 `json:"reverseMinGapYears,omitempty"`
	// ReverseMinGapLevels is the least number of career levels
	// (Seniority.Level) a reverse mentor must be below the mentee; 0 asks
	// only that the mentor be less senior. From 0 to 4 (junior to
	// executive); unreachable as for ReverseMinGapYears. Both gaps apply
	// when both are set.
	ReverseMinGapLevels int `json:"reverseMinGapLevels,omitempty"`
	// Previous are pairs that were together before and must not be again.
	Previous []PairRef `json:"previous,omitempty"`
	// Locks are pairs an administrator requires; each must break no other
	// rule (Config.MinScore does not apply to locks), a mentee may have
	// one lock, and no mentor may be locked to more mentees than its
	// capacity (in a group programme, its group maximum).
	Locks []PairRef `json:"locks,omitempty"`
	// Bans are pairs an administrator forbids.
	Bans []PairRef `json:"bans,omitempty"`
	// RequireListed allows only pairs one of whom ranks the other
	// (mentoring.Participant.Preferences.Ranked): RuleNotListed. A
	// programme where nobody ranks anyone then has no allowed pair.
	RequireListed bool `json:"requireListed,omitempty"`
	// MinOverlapMinutes is the least weekly time, in minutes, the two
	// must be free together (mentoring.Person.Availability, the worst
	// week of the programme: see CriterionAvailability); 0 means no
	// minimum, at most 10,080 (a week). When set, a pair with a
	// side that states no window is forbidden too (RuleNoOverlap fails
	// closed).
	MinOverlapMinutes int `json:"minOverlapMinutes,omitempty"`
	// CircleMix is what every circle of a group programme must mix (see
	// [CircleMix]); a circle that cannot meet it is not formed. Empty
	// means no requirement; other formats ignore it.
	CircleMix []CircleMix `json:"circleMix,omitempty"`
}

// pairRules is the compiled form of Rules for the kernel.
type pairRules struct {
	levels        int
	diffDept      bool
	crossOrg      bool
	sharedLang    bool
	maxGap        int32
	band          float64 // the programme's peer band, years
	revYears      float64 // Rules.ReverseMinGapYears
	revLevels     int8    // Rules.ReverseMinGapLevels
	requireListed bool    // Rules.RequireListed
	minOverlap    int32   // Rules.MinOverlapMinutes
	// placeE[e] and placeM[m]: where each mentee and mentor sits in the
	// directory (the zero Place for a participant a lenient directory
	// lacks: every answer about them is unknown).
	placeE, placeM []mentoring.Place
}

// Each rule the kernel evaluates per pair (RuleSelf to RulePeerBand) is
// one function below, on plain values so that the hot loop (scoreRow)
// can call it on the mentee's fields held in locals; the methods after
// them read the same values from the views for explanations and the
// checks (through first and broken). Bans, previous pairs, the minimum
// score and the peer direction are Pairing's (see forbidden).

// isSelf: RuleSelf, the mentor is the mentee.
func isSelf(pe, pm int32) bool { return pm == pe }

// reports: RuleReportingLine or RuleUnknownReportingLine, unless the
// directory knows that neither of the mentee (at pE) and the mentor (at
// pM) is among the other's first levels managers: the hot loop's one
// check for both rules, which fail closed. A person is never above
// themselves (the same person is RuleSelf).
func reports(pE, pM mentoring.Place, levels int) bool { return pE.Near(pM, levels) }

// reportingAnswer is the directory's answer to "is either of the two
// among the other's first levels managers?": yes if either direction is,
// unknown if neither is yes and one cannot tell.
func reportingAnswer(pE, pM mentoring.Place, levels int) mentoring.Answer {
	up, down := pM.Above(pE, levels), pE.Above(pM, levels)
	switch {
	case up == mentoring.AnswerYes || down == mentoring.AnswerYes:
		return mentoring.AnswerYes
	case up == mentoring.AnswerUnknown || down == mentoring.AnswerUnknown:
		return mentoring.AnswerUnknown
	}
	return mentoring.AnswerNo
}

// sameGroup: RuleSameDepartment, both in the same known department.
func sameGroup(on bool, dE, dM int32) bool { return on && dE >= 0 && dE == dM }

// notCrossOrganisation: RuleSameOrganisation, an unknown mentee
// organisation or the mentor's own.
func notCrossOrganisation(on bool, oE, oM int32) bool { return on && (oE < 0 || oE == oM) }

// noLanguage: RuleNoSharedLanguage.
func noLanguage(on bool, shared int) bool { return on && shared == 0 }

// tooFarApart: RuleTimeZoneGap (maxGap 0: no limit).
func tooFarApart(maxGap, gap int32) bool { return maxGap > 0 && gap > maxGap }

// notJunior: RuleReverseSeniority, a reverse mentor who is not less
// senior (level first, then years: d is the mentor's years minus the
// mentee's), or less senior by fewer than minY years or minL levels.
func notJunior(mode uint8, lm, le int8, d, minY float64, minL int8) bool {
	return mode == pairModeReverse && (lm > le || (lm == le && d >= 0) || -d < minY || le-lm < minL)
}

// notOffered: RuleReverseTopic, a reverse mentor who offers none of the
// wanted topics (lv: the mentor's level per topic, 0 for not offered).
func notOffered(mode uint8, want []int32, lv []uint8) bool {
	if mode != pairModeReverse {
		return false
	}
	for _, t := range want {
		if lv[t] > 0 {
			return false
		}
	}
	return true
}

// notListed: RuleNotListed, neither ranks the other while the rule is on.
func notListed(on, listed bool) bool { return on && !listed }

// outsideBand: RulePeerBand, peers more than band years or one level
// apart.
func outsideBand(mode uint8, lm, le int8, d, band float64) bool {
	if mode != pairModePeer {
		return false
	}
	dl := lm - le
	return d > band || -d > band || dl > 1 || dl < -1
}

func (r *pairRules) self(f *pairFeatures, x *menteeView, v *pairView) bool {
	return isSelf(x.person, f.personM[v.m])
}

func (r *pairRules) reportingLine(_ *pairFeatures, x *menteeView, v *pairView) bool {
	return r.levels > 0 && reportingAnswer(x.place, r.placeM[v.m], r.levels) == mentoring.AnswerYes
}

func (r *pairRules) unknownReportingLine(_ *pairFeatures, x *menteeView, v *pairView) bool {
	return r.levels > 0 && reportingAnswer(x.place, r.placeM[v.m], r.levels) == mentoring.AnswerUnknown
}

func (r *pairRules) sameDepartment(f *pairFeatures, x *menteeView, v *pairView) bool {
	return sameGroup(r.diffDept, x.dept, f.deptM[v.m])
}

func (r *pairRules) sameOrganisation(f *pairFeatures, x *menteeView, v *pairView) bool {
	return notCrossOrganisation(r.crossOrg, x.org, f.orgM[v.m])
}

func (r *pairRules) noSharedLanguage(_ *pairFeatures, _ *menteeView, v *pairView) bool {
	return noLanguage(r.sharedLang, v.shared)
}

func (r *pairRules) timeZoneGap(_ *pairFeatures, _ *menteeView, v *pairView) bool {
	return tooFarApart(r.maxGap, v.gap)
}

func (r *pairRules) reverseSeniority(f *pairFeatures, x *menteeView, v *pairView) bool {
	return notJunior(v.mode, f.levelM[v.m], x.level, v.d, r.revYears, r.revLevels)
}

func (r *pairRules) reverseTopic(_ *pairFeatures, x *menteeView, v *pairView) bool {
	return notOffered(v.mode, x.want, v.lv)
}

func (r *pairRules) peerBand(f *pairFeatures, x *menteeView, v *pairView) bool {
	return outsideBand(v.mode, f.levelM[v.m], x.level, v.d, r.band)
}

// kernelRules are the rules the kernel evaluates per pair, in order:
// RuleSelf to RulePeerBand, then RuleNotListed and RuleNoOverlap.
var kernelRules = []Rule{RuleSelf, RuleReportingLine, RuleUnknownReportingLine, RuleSameDepartment, RuleSameOrganisation,
	RuleNoSharedLanguage, RuleTimeZoneGap, RuleReverseSeniority, RuleReverseTopic, RulePeerBand, RuleNotListed, RuleNoOverlap}

// first returns the first of kernelRules that the pair breaks, or
// RuleNone. Explain and the checks use it; the hot loop (scoreRow) calls
// the same rule functions inline.
func (r *pairRules) first(f *pairFeatures, x *menteeView, v *pairView) Rule {
	for _, rule := range kernelRules {
		if r.broken(rule, f, x, v) {
			return rule
		}
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
	case RuleUnknownReportingLine:
		return r.unknownReportingLine(f, x, v)
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
	case RuleNotListed:
		return notListed(r.requireListed, v.listed)
	case RuleNoOverlap:
		return noOverlap(r.minOverlap, v.overlap)
	}
	return false
}

// all returns every rule of kernelRules that the pair breaks, in order.
func (r *pairRules) all(f *pairFeatures, x *menteeView, v *pairView) []Rule {
	var out []Rule
	for _, rule := range kernelRules {
		if r.broken(rule, f, x, v) {
			out = append(out, rule)
		}
	}
	return out
}

// ruleText says what each rule means for the pair, in English and Dutch.
var ruleText = [numRules][2]string{
	RuleNone:                 {"no rule forbids the pair", "geen regel verbiedt dit koppel"},
	RuleSelf:                 {"mentor and mentee are the same person", "mentor en mentee zijn dezelfde persoon"},
	RuleReportingLine:        {"one of the two is the other's manager, or higher up in the reporting line", "de een is leidinggevende van de ander, direct of hoger in de lijn"},
	RuleUnknownReportingLine: {"the reporting line between the two could not be checked (a manager is not in the directory, or the line runs in a cycle), so the pair is not allowed", "de rapportagelijn tussen de twee is niet te controleren (een leidinggevende staat niet in het personeelsbestand, of de lijn loopt rond); daarom is het koppel niet toegestaan"},
	RuleSameDepartment:       {"both work in the same department", "beiden werken op dezelfde afdeling"},
	RuleSameOrganisation:     {"a cross-organisation pair must come from two different, stated organisations", "een koppel tussen organisaties moet uit twee verschillende, bekende organisaties komen"},
	RuleNoSharedLanguage:     {"the two have no language in common", "de twee spreken geen gemeenschappelijke taal"},
	RuleTimeZoneGap:          {"their time zones are too far apart", "hun tijdzones liggen te ver uit elkaar"},
	RuleReverseSeniority:     {"a reverse mentor must be less senior than the mentee, by at least the programme's minimum gap", "een omgekeerde mentor moet minder senior zijn dan de mentee, met minstens het minimale verschil van het programma"},
	RuleReverseTopic:         {"the reverse mentor offers nothing the mentee wants to develop", "de omgekeerde mentor biedt niets aan wat de mentee wil ontwikkelen"},
	RulePeerBand:             {"the peers differ too much in experience or level", "de peers verschillen te veel in ervaring of niveau"},
	RulePreviouslyPaired:     {"the two were paired before", "de twee waren al eerder een koppel"},
	RuleBanned:               {"an administrator banned this pair", "een beheerder heeft dit koppel uitgesloten"},
	RuleBelowMinScore:        {"the pair scores below the minimum score", "het koppel scoort onder de minimumscore"},
	RulePeerDirection:        {"the two may not mentor each other, and the other direction is the one allowed", "de twee mogen elkaar niet wederzijds begeleiden, en alleen de andere richting is toegestaan"},
	RuleLockedElsewhere:      {"the mentee is locked to another mentor, or the mentor's places are all locked", "de mentee is vastgelegd bij een andere mentor, of alle plaatsen van de mentor zijn vastgelegd"},
	RuleDismissed:            {"one of the two does not want to be paired with the other", "een van de twee wil niet met de ander gekoppeld worden"},
	RuleNotListed:            {"neither of the two put the other on their list, and the programme requires it", "geen van beiden heeft de ander op zijn lijst gezet, en het programma vereist dat"},
	RuleNoOverlap:            {"the two are free together too little each week, or one of them has not given their availability", "de twee zijn per week te weinig tegelijk beschikbaar, of een van beiden heeft geen beschikbaarheid opgegeven"},
}

// Message says what the rule means for a pair it forbids, in English or,
// when dutch is true, in Dutch: RuleUnknownReportingLine's says that the
// reporting line could not be checked. An undeclared rule gives its
// String.
func (r Rule) Message(dutch bool) string {
	if r < 0 || r >= numRules {
		return r.String()
	}
	if dutch {
		return ruleText[r][1]
	}
	return ruleText[r][0]
}

// ReverseGap is how much less senior a reverse mentor is than the mentee
// (the mentee's years and level minus the mentor's; negative when the
// mentor is more senior), with the programme's minimum gaps
// (Rules.ReverseMinGapYears and ReverseMinGapLevels).
type ReverseGap struct {
	Years     float64 `json:"years"`
	Levels    int     `json:"levels"`
	MinYears  float64 `json:"minYears,omitempty"`
	MinLevels int     `json:"minLevels,omitempty"`
}

// MarshalJSON writes the gap with jsonx (NaN and ±Inf as strings).
func (g ReverseGap) MarshalJSON() ([]byte, error) { return jsonx.Marshal(g) }

// UnmarshalJSON reads what MarshalJSON writes.
func (g *ReverseGap) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, g) }

// reverseGap returns the pair's ReverseGap, or nil for a mentor who is not
// a reverse mentor.
func (r *pairRules) reverseGap(f *pairFeatures, x *menteeView, v *pairView) *ReverseGap {
	if v.mode != pairModeReverse {
		return nil
	}
	return &ReverseGap{Years: -v.d, Levels: int(x.level) - int(f.levelM[v.m]), MinYears: r.revYears, MinLevels: int(r.revLevels)}
}

// checkReverseGap checks the minimum reverse gaps: in range, and reached
// by at least one mentee–reverse-mentor pair (the largest gap is the
// most senior mentee's over the least senior reverse mentor's, per
// measure).
func checkReverseGap(rules Rules, parts []mentoring.Participant, errs *fault.Collector) {
	if !(rules.ReverseMinGapYears >= 0 && rules.ReverseMinGapYears <= mentoring.MaxYears) {
		errs.Add(msgRange.At("rules.reverseMinGapYears", rules.ReverseMinGapYears, 0, mentoring.MaxYears))
		return
	}
	maxLevels := int(mentoring.LevelExecutive - mentoring.LevelJunior)
	if rules.ReverseMinGapLevels < 0 || rules.ReverseMinGapLevels > maxLevels {
		errs.Add(msgRange.At("rules.reverseMinGapLevels", rules.ReverseMinGapLevels, 0, maxLevels))
		return
	}
	if rules.ReverseMinGapYears == 0 && rules.ReverseMinGapLevels == 0 {
		return
	}
	// Per level, the most experienced mentee and the least experienced
	// reverse mentor: a pair reaching both gaps exists exactly when two
	// such levels do (levels outside junior to executive clamp; mentoring
	// has validated them).
	const nL = int(mentoring.LevelExecutive) + 1
	var eY, mY [nL]float64
	for l := range nL {
		eY[l], mY[l] = math.Inf(-1), math.Inf(1)
	}
	anyE, anyM := false, false
	for _, q := range parts {
		l := min(max(int(q.Person.Seniority.Level), 0), nL-1)
		switch q.Role {
		case mentoring.RoleMentee:
			eY[l], anyE = max(eY[l], q.Person.Seniority.Years), true
		case mentoring.RoleReverseMentor:
			mY[l], anyM = min(mY[l], q.Person.Seniority.Years), true
		}
	}
	if !anyE || !anyM {
		return // no mentee or no reverse mentor: nothing to pair
	}
	// The largest gap in years over all pairs, in levels over all pairs,
	// and in years over the pairs that reach the level gap.
	gapY, gapL, joint := math.Inf(-1), -nL, math.Inf(-1)
	for le := range nL {
		for lm := range nL {
			if math.IsInf(eY[le], -1) || math.IsInf(mY[lm], 1) {
				continue
			}
			g := eY[le] - mY[lm]
			gapY, gapL = max(gapY, g), max(gapL, le-lm)
			if le-lm >= rules.ReverseMinGapLevels {
				joint = max(joint, g)
			}
		}
	}
	okY, okL := gapY >= rules.ReverseMinGapYears, gapL >= rules.ReverseMinGapLevels
	if !okY {
		errs.Add(msgReverseGapUnreachable.At("rules.reverseMinGapYears", rules.ReverseMinGapYears, gapY))
	}
	if !okL {
		errs.Add(msgReverseGapUnreachable.At("rules.reverseMinGapLevels", rules.ReverseMinGapLevels, gapL))
	}
	if okY && okL && joint < rules.ReverseMinGapYears {
		errs.Add(msgReverseGapsApart.At("rules.reverseMinGapYears", rules.ReverseMinGapYears, rules.ReverseMinGapLevels, joint))
	}
}
