package pairing

import (
	"cmp"
	"math"
	"time"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/mentoring"
)

// pairScorer scores pairs from compiled features. It is read-only once
// built, so several goroutines may share it.
type pairScorer struct {
	f         *pairFeatures
	share     [numCriteria]float64 // w_k / Σw by Criterion-1, 0 for switched-off criteria
	custom    []CustomCriterion
	custShare []float64
	// missM[m] is mentor m's missing data as pairMissing bits; weighted
	// has the bit of every built-in criterion with a positive weight, and
	// applied[b] is the sum of the shares of the criteria that apply when
	// the criteria of bits b do not (built-ins in Criterion order, then
	// the custom ones); a pair's weighted sum is renormalised by
	// multiplying it with inv[b] = 1 / applied[b] (exactly 1 for b = 0, and
	// when nothing applies), a multiplication rather than a division and
	// no branch in the hot loop.
	missM       []pairMiss
	invM0       []float64 // inv of mentor m's pairs with a mentee who lacks nothing
	weighted    pairMiss
	applied     [1 << numCriteria]float64
	inv         [1 << numCriteria]float64
	invNeed     []float64 // 1 / needSum per mentee, 0 when the mentee wants nothing
	day         float64   // working-day length L in minutes
	invDay      float64
	invGap      float64 // 1 / ExperienceGapYears
	invBand     float64 // 1 / peer band
	invTarget   float64 // 1 / the weekly overlap target, minutes (CriterionAvailability)
	mentees     []*mentoring.Participant
	mentors     []*mentoring.Participant
	programmeID string
}

// newScorer builds the scorer over the compiled participants; start and
// end are the programme's dates, over which time zones are compared.
func (p *Pairing) newScorer(people map[string]int32, start, end time.Time) *pairScorer {
	s := &pairScorer{f: pairCompile(p.mentees, p.mentors, people, start, end), mentees: p.mentees, mentors: p.mentors, custom: p.cfg.Custom, programmeID: p.programmeID}
	wa := p.cfg.Weights.array()
	// A criterion nobody has data for is left out as if its weight were 0
	// (unless that leaves nothing): the scores of a programme without
	// rankings or windows are those of one before the criteria existed.
	if orig := wa; !s.f.prefs.any || s.f.avail == nil {
		if !s.f.prefs.any {
			wa[CriterionPreference-1] = 0
		}
		if s.f.avail == nil {
			wa[CriterionAvailability-1] = 0
		}
		if wa == ([numCriteria]float64{}) && len(p.cfg.Custom) == 0 {
			wa = orig
		}
	}
	// Only the ratios of the weights matter: scale by the largest before
	// summing, so that weights up to math.MaxFloat64 neither overflow the
	// sum nor lose their ratios (New has checked that they are finite,
	// non-negative and not all zero).
	var top float64
	for _, x := range wa {
		top = max(top, x)
	}
	for _, c := range p.cfg.Custom {
		top = max(top, c.Weight)
	}
	var total float64
	for k, x := range wa {
		wa[k] = x / top
		total += wa[k]
	}
	s.custShare = make([]float64, len(p.cfg.Custom))
	for i, c := range p.cfg.Custom {
		s.custShare[i] = c.Weight / top
		total += s.custShare[i]
	}
	for k, x := range wa {
		s.share[k] = x / total
	}
	for i := range s.custShare {
		s.custShare[i] /= total
	}
	for k, x := range s.share {
		if x > 0 {
			s.weighted |= 1 << k
		}
	}
	for b := range s.applied {
		var a float64
		for k, x := range s.share {
			if b&(1<<k) == 0 {
				a += x
			}
		}
		for _, x := range s.custShare {
			a += x
		}
		s.applied[b] = a
		s.inv[b] = 1
		if b != 0 && a > 0 {
			s.inv[b] = 1 / a
		}
	}
	s.missM = make([]pairMiss, len(p.mentors))
	for m := range s.missM {
		s.missM[m] = pairMissingOf(s.f.hasPM[m], 1, s.f.interestsM.n[m], s.f.langM.n[m], s.f.locM[m]) |
			pairPrefAvailMiss(s.f.prefs.ranksM[m], s.f.avail != nil && s.f.avail.baseM[m] >= 0)
	}
	s.invM0 = make([]float64, len(p.mentors))
	for m, b := range s.missM {
		s.invM0[m] = s.inv[pairMissingPair(0, b)&s.weighted]
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
	s.invBand = 1 / p.rules.band
	s.invTarget = 1 / float64(cmp.Or(p.cfg.OverlapTargetMinutes, DefaultOverlapTargetMinutes))
	return s
}

// score returns the score of mentee e with mentor m (see pairScorer.score).
func (p *Pairing) score(e, m int) (float64, error) {
	x := p.view(e)
	v := x.pair(p.sc.f, m)
	return p.sc.score(&x, &v)
}

// menteeView is one mentee's compiled data, read once and held while the
// hot loop runs over the mentors (and by explanations for one pair).
type menteeView struct {
	e                 int
	person            int32
	place             mentoring.Place // where the mentee sits in the directory
	dept, org, loc    int32
	tz                int32
	years             float64
	level             int8
	lang, interests   []uint64
	goals             []uint64
	nLang, nInterests int32
	invGoal           float64 // 1 / number of goal words, 0 for none
	want              []int32
	wantLvl, need     []float64
	invNeed           float64
	pers              *[5]float64
	hasPers           bool
	miss              pairMiss // the mentee's missing data, pairMissing bits
	bans              []pairBan
	prefs             []pairPref // the mentee's ranked pairs, by mentor
}

// pairView is what the rules and the criteria share about one pair: the
// values several of them read, computed once.
type pairView struct {
	m      int
	shared int     // languages in common
	gap    int32   // worst circular distance of the two clocks over the programme, minutes
	d      float64 // mentor's years − mentee's years
	lv     []uint8 // the mentor's level of each wanted topic (0: not offered)
	mode   uint8
	pref   float64 // CriterionPreference's score (0 when neither ranks the other)
	listed bool    // either side ranks the other (Rules.RequireListed)
	// overlap is the worst weekly overlap of the two in minutes, -1 when
	// either states no window.
	overlap int32
}

// view reads mentee e.
func (p *Pairing) view(e int) menteeView {
	f, r := p.sc.f, &p.rules
	x := menteeView{
		e: e, person: f.personE[e], dept: f.deptE[e], org: f.orgE[e], loc: f.locE[e], tz: f.tzE[e],
		years: f.yearsE[e], level: f.levelE[e],
		lang: f.langE.row(e), interests: f.interestsE.row(e), goals: f.goalsE.row(e),
		nLang: f.langE.n[e], nInterests: f.interestsE.n[e],
		invNeed: p.sc.invNeed[e], pers: &f.persE[e], hasPers: f.hasPE[e], bans: p.bans[e],
	}
	if r.levels > 0 {
		x.place = r.placeE[e]
	}
	if n := f.goalsE.n[e]; n > 0 {
		x.invGoal = 1 / float64(n)
	}
	x.miss = pairMissingOf(x.hasPers, f.goalsE.n[e], x.nInterests, x.nLang, x.loc) |
		pairPrefAvailMiss(f.prefs.ranksE[e], f.avail != nil && f.avail.baseE[e] >= 0)
	x.prefs = f.prefs.of(e)
	lo, hi := f.wantOff[e], f.wantOff[e+1]
	x.want, x.wantLvl, x.need = f.want[lo:hi], f.wantLvl[lo:hi], f.wantNeed[lo:hi]
	return x
}

// pair reads the mentee's pair with mentor m.
func (x *menteeView) pair(f *pairFeatures, m int) pairView {
	v := x.mentor(f, m)
	x.measure(f, &v)
	v.pref, v.listed = findPref(x.prefs, m)
	v.overlap = -1
	if f.avail != nil {
		v.overlap = f.avail.overlap(x.e, m, x.tz+f.tzM[m])
	}
	return v
}

// mentor and measure are pair in two steps small enough to inline into
// the hot loop: the mentor's fields with the time-zone gap, then the
// shared languages.
func (x *menteeView) mentor(f *pairFeatures, m int) pairView {
	return pairView{m: m, d: f.yearsM[m] - x.years, lv: f.mentLvl[m*f.nWant:], mode: f.modeM[m], gap: f.zoneGap[x.tz+f.tzM[m]]}
}

func (x *menteeView) measure(f *pairFeatures, v *pairView) {
	v.shared = pairAnd(x.lang, f.langM.bits[v.m*len(x.lang):])
}

// Each built-in criterion's formula (documented on the Criterion
// constants) is one function below, on plain values so that the hot loop
// (scoreRow) can call it on the mentee's fields held in locals; the
// methods after them read the same values from the views for breakdowns
// and Explain. TestScoreBounds checks that both paths agree to the bit.

// skillsScore: CriterionSkills. lv is the mentor's level per topic, want
// the wanted topics with their levels and needs; invNeed is 1 / Σ need (0
// when nothing is wanted).
func skillsScore(want []int32, wantLvl, need []float64, lv []uint8, invNeed float64) float64 {
	if invNeed == 0 {
		return 0
	}
	// Branch-free: whether a mentor covers a topic follows no pattern the
	// branch predictor can learn. A topic the mentor does not teach above
	// the mentee's level adds need·+0 = +0, leaving acc (≥ +0) unchanged
	// to the bit (max orders −0 below +0).
	var acc float64
	for i, t := range want {
		acc += need[i] * min(max((float64(lv[t])-wantLvl[i])*0.5, 0), 1)
	}
	return acc * invNeed
}

// jaccard: CriterionInterests, the shared terms over the union (0 when
// both are empty).
func jaccard(inter int, nE, nM int32) float64 {
	return float64(inter) / float64(max(int(nE)+int(nM)-inter, 1))
}

// goalScore: CriterionCareerGoals, the share of the mentee's goal words
// the mentor covers (invGoal = 1 / number of goal words, 0 for none).
func goalScore(shared int, invGoal float64) float64 { return float64(shared) * invGoal }

// personalityScore: CriterionPersonality, 0 (and not scored, see
// pairMissing) when either side has no profile.
func personalityScore(p, q *[5]float64, hasP, hasQ bool) float64 {
	if !hasP || !hasQ {
		return 0
	}
	return 1 - personalityDistance(p, q)*pairInvSqrt5
}

// languageScore: CriterionLanguages, the shared languages over the
// smaller list.
func languageScore(shared int, nE, nM int32) float64 {
	if n := min(nE, nM); n > 0 {
		return float64(shared) / float64(n)
	}
	return 0
}

// hoursScore: CriterionWorkingHours, the overlap of two working days of
// length day whose offsets are gap minutes apart.
func hoursScore(gap int32, day, invDay float64) float64 {
	if g := float64(gap); g < day {
		return (day - g) * invDay
	}
	return 0
}

// experienceScore: CriterionExperience for a pair whose mentor has d
// more years, by the programme's mode.
func experienceScore(mode uint8, d, invGap, invBand float64) float64 {
	switch mode {
	case pairModeReverse:
		return pairClamp01(-d * invGap)
	case pairModePeer:
		return max(0, 1-math.Abs(d)*invBand)
	}
	return pairClamp01(d * invGap)
}

// locationScore: CriterionLocation, 1 for the same known location.
func locationScore(locE, locM int32) float64 {
	if locE >= 0 && locE == locM {
		return 1
	}
	return 0
}

func (s *pairScorer) skills(x *menteeView, v *pairView) float64 {
	return skillsScore(x.want, x.wantLvl, x.need, v.lv, x.invNeed)
}

func (s *pairScorer) interests(x *menteeView, v *pairView) float64 {
	return jaccard(pairAnd(x.interests, s.f.interestsM.row(v.m)), x.nInterests, s.f.interestsM.n[v.m])
}

func (s *pairScorer) careerGoals(x *menteeView, v *pairView) float64 {
	return goalScore(pairAnd(x.goals, s.f.goalsM.row(v.m)), x.invGoal)
}

func (s *pairScorer) personality(x *menteeView, v *pairView) float64 {
	return personalityScore(x.pers, &s.f.persM[v.m], x.hasPers, s.f.hasPM[v.m])
}

func (s *pairScorer) languages(x *menteeView, v *pairView) float64 {
	return languageScore(v.shared, x.nLang, s.f.langM.n[v.m])
}

func (s *pairScorer) workingHours(_ *menteeView, v *pairView) float64 {
	return hoursScore(v.gap, s.day, s.invDay)
}

func (s *pairScorer) experience(_ *menteeView, v *pairView) float64 {
	return experienceScore(v.mode, v.d, s.invGap, s.invBand)
}

func (s *pairScorer) location(x *menteeView, v *pairView) float64 {
	return locationScore(x.loc, s.f.locM[v.m])
}

func (s *pairScorer) preference(_ *menteeView, v *pairView) float64 { return v.pref }

func (s *pairScorer) availability(_ *menteeView, v *pairView) float64 {
	return availabilityScore(v.overlap, s.invTarget)
}

// criterion computes criterion k for the pair.
func (s *pairScorer) criterion(k Criterion, x *menteeView, v *pairView) float64 {
	switch k {
	case CriterionSkills:
		return s.skills(x, v)
	case CriterionInterests:
		return s.interests(x, v)
	case CriterionCareerGoals:
		return s.careerGoals(x, v)
	case CriterionPersonality:
		return s.personality(x, v)
	case CriterionLanguages:
		return s.languages(x, v)
	case CriterionWorkingHours:
		return s.workingHours(x, v)
	case CriterionExperience:
		return s.experience(x, v)
	case CriterionLocation:
		return s.location(x, v)
	case CriterionPreference:
		return s.preference(x, v)
	case CriterionAvailability:
		return s.availability(x, v)
	}
	return 0
}

// builtin returns the weighted sum of the built-in criteria, added in
// Criterion order as a breakdown adds its points, so the hot loop and
// Explain agree to the last bit. It calls the criteria directly (not
// through criterion) because it is the hot loop's, and allocates nothing.
func (s *pairScorer) builtin(x *menteeView, v *pairView) float64 {
	w := &s.share
	var sc float64
	sc += w[CriterionSkills-1] * s.skills(x, v)
	sc += w[CriterionInterests-1] * s.interests(x, v)
	sc += w[CriterionCareerGoals-1] * s.careerGoals(x, v)
	sc += w[CriterionPersonality-1] * s.personality(x, v)
	sc += w[CriterionLanguages-1] * s.languages(x, v)
	sc += w[CriterionWorkingHours-1] * s.workingHours(x, v)
	sc += w[CriterionExperience-1] * s.experience(x, v)
	sc += w[CriterionLocation-1] * s.location(x, v)
	sc += w[CriterionPreference-1] * s.preference(x, v)
	sc += w[CriterionAvailability-1] * s.availability(x, v)
	return sc
}

// customScore returns custom criterion i's score of mentee e with mentor
// m, or the *FieldError for a value outside [0, 1].
func (s *pairScorer) customScore(i, e, m int) (float64, error) {
	c := s.custom[i]
	v := c.Scorer.Score(s.mentors[m], s.mentees[e])
	if !(v >= 0 && v <= 1) {
		mentor, mentee := s.mentors[m].Person.ID, s.mentees[e].Person.ID
		return 0, msgCriterionRange.New(fault.Index("custom", i), pairID(s.programmeID, mentor, mentee), v, c.Scorer.Name(), mentor, mentee)
	}
	return v, nil
}

// score returns the pair's score: the built-in criteria, then the custom
// ones, renormalised over the criteria that apply (see pairMissing) and
// capped at 1 (the rounding of the weighted mean), or a *FieldError
// (ErrCriterion) when a custom criterion returns a value outside [0, 1].
func (s *pairScorer) score(x *menteeView, v *pairView) (float64, error) {
	sc := s.builtin(x, v)
	for i := range s.custom {
		c, err := s.customScore(i, x.e, v.m)
		if err != nil {
			return 0, err
		}
		sc += s.custShare[i] * c
	}
	return min(s.renorm(sc, pairMissingPair(x.miss, s.missM[v.m])&s.weighted), 1), nil
}

// renorm renormalises the weighted sum sc of a pair over the share of
// the criteria that apply when those of bits miss do not (unchanged when
// all apply; a pair to which nothing applies keeps its 0).
func (s *pairScorer) renorm(sc float64, miss pairMiss) float64 { return sc * s.inv[miss] }

// breakdown returns the contributions of every criterion with a positive
// weight, built-ins first in Criterion order, then the custom ones in
// the caller's order (see breakdownScore).
func (s *pairScorer) breakdown(x *menteeView, v *pairView) ([]Contribution, error) {
	bd, _, err := s.breakdownScore(x, v)
	return bd, err
}

// breakdownScore returns breakdown and the pair's score, computed as the
// hot loop computes it (the same terms in the same order, the same
// renormalisation), so the two agree to the bit. A criterion that does not
// apply to the pair is listed with Missing set and no score, share or
// points; the shares of the others are renormalised to sum to 1.
func (s *pairScorer) breakdownScore(x *menteeView, v *pairView) ([]Contribution, float64, error) {
	out := make([]Contribution, 0, numCriteria+len(s.custom))
	miss := pairMissingPair(x.miss, s.missM[v.m]) & s.weighted
	inv := s.inv[miss]
	var sc float64
	for k := CriterionSkills; k <= CriterionAvailability; k++ {
		w := s.share[k-1]
		if w == 0 {
			continue
		}
		bit := pairMiss(1) << (k - 1)
		if miss&bit != 0 {
			out = append(out, Contribution{Criterion: k.String(), Missing: pairMissingSide(k, x.miss&bit != 0, s.missM[v.m]&bit != 0)})
			continue
		}
		c := s.criterion(k, x, v)
		sc += w * c
		out = append(out, Contribution{Criterion: k.String(), Score: c, Share: w * inv, Points: w * c * inv})
	}
	for i, cc := range s.custom {
		if s.custShare[i] == 0 {
			continue
		}
		c, err := s.customScore(i, x.e, v.m)
		if err != nil {
			return nil, 0, err
		}
		sc += s.custShare[i] * c
		out = append(out, Contribution{Criterion: cc.Scorer.Name(), Score: c, Share: s.custShare[i] * inv, Points: s.custShare[i] * c * inv})
	}
	return out, min(s.renorm(sc, miss), 1), nil
}

// scoreRow writes the score of mentee e with every mentor into dst
// (len(dst) == number of mentors), or -1 where a rule, a ban, a previous
// pair, the minimum score or the peer direction forbids the pair. It is
// the hot loop of pairing: the mentee is read once (view), and the rules
// and criteria are the same methods Explain uses. It allocates nothing
// beyond what custom criteria allocate.
func (p *Pairing) scoreRow(e int, dst []float64) error {
	return p.scoreMentors(e, nil, dst)
}

// scoreMentors is scoreRow over the mentors ms only (ascending), writing
// mentor ms[k]'s score or -1 into dst[k]; ms nil means every mentor, as
// scoreRow. It is the one hot loop of pairing.
func (p *Pairing) scoreMentors(e int, ms []int32, dst []float64) error {
	f, s, r := p.sc.f, p.sc, &p.rules
	if ms == nil {
		ms = p.prune.all
	}
	dst = dst[:len(ms)]
	x := p.view(e)
	w := s.share
	// The mentee's fields in locals: the loop reads them for every mentor.
	pe, placeE, deptE, orgE, tzE, yE, lvlE := x.person, x.place, x.dept, x.org, x.tz, x.years, x.level
	want, wantLvl, need, invNeed := x.want, x.wantLvl, x.need, x.invNeed
	langE, intE, goalE, invGoal := x.lang, x.interests, x.goals, x.invGoal
	persE, hasPE, nLangE, nIntE, locE, missE := x.pers, x.hasPers, x.nLang, x.nInterests, x.loc, x.miss
	lw, iw, gw, nWant := len(langE), len(intE), len(goalE), f.nWant
	// A term whose criterion is 0 for every mentor of this mentee (no
	// data on the mentee's side, or no weight) adds +0 to the sum: it is
	// left out, which leaves the sum unchanged to the bit.
	doInt := nIntE != 0 && w[CriterionInterests-1] != 0
	doGoal := invGoal != 0 && w[CriterionCareerGoals-1] != 0
	doPers := hasPE && w[CriterionPersonality-1] != 0
	doLang := nLangE != 0 && w[CriterionLanguages-1] != 0
	doLoc := locE >= 0 && w[CriterionLocation-1] != 0
	wish := p.wishes(&x)
	// Loop invariants in locals: through p, s and r the compiler reloads
	// them for every mentor.
	minScore, peer := p.cfg.MinScore, p.peerE != nil
	day, invDay, invGap, invBand := s.day, s.invDay, s.invGap, s.invBand
	bi := 0
	for k, m32 := range ms {
		m := int(m32)
		// The rules of pairRules.first, in the same order, on the same
		// functions (TestScoreBounds and the rule tests hold the two paths
		// together); each value is read only once a rule needs it.
		pm := f.personM[m]
		if isSelf(pe, pm) ||
			r.levels > 0 && reports(placeE, r.placeM[m], r.levels) ||
			sameGroup(r.diffDept, deptE, f.deptM[m]) || notCrossOrganisation(r.crossOrg, orgE, f.orgM[m]) {
			dst[k] = -1
			continue
		}
		shared := pairAnd(langE, f.langM.bits[m*lw:m*lw+lw])
		gap := f.zoneGap[tzE+f.tzM[m]]
		if noLanguage(r.sharedLang, shared) || tooFarApart(r.maxGap, gap) {
			dst[k] = -1
			continue
		}
		mode, d, lv := f.modeM[m], f.yearsM[m]-yE, f.mentLvl[m*nWant:m*nWant+nWant]
		if notJunior(mode, f.levelM[m], lvlE, d, r.revYears, r.revLevels) || notOffered(mode, want, lv) ||
			outsideBand(mode, f.levelM[m], lvlE, d, r.band) || x.bannedAt(m, &bi) {
			dst[k] = -1
			continue
		}
		var prefTerm, availTerm float64 // 0 unless weighed: adding them leaves the sum unchanged
		if wish.on {
			var ok bool
			if prefTerm, availTerm, ok = wish.at(m, f.tzM[m]); !ok {
				dst[k] = -1
				continue
			}
		}
		// The criteria of builtin, in Criterion order.
		sc := w[CriterionSkills-1] * skillsScore(want, wantLvl, need, lv, invNeed)
		if doInt {
			sc += w[CriterionInterests-1] * jaccard(pairAnd(intE, f.interestsM.bits[m*iw:m*iw+iw]), nIntE, f.interestsM.n[m])
		}
		if doGoal {
			sc += w[CriterionCareerGoals-1] * goalScore(pairAnd(goalE, f.goalsM.bits[m*gw:m*gw+gw]), invGoal)
		}
		if doPers {
			sc += w[CriterionPersonality-1] * personalityScore(persE, &f.persM[m], hasPE, f.hasPM[m])
		}
		if doLang {
			sc += w[CriterionLanguages-1] * languageScore(shared, nLangE, f.langM.n[m])
		}
		sc += w[CriterionWorkingHours-1] * hoursScore(gap, day, invDay)
		sc += w[CriterionExperience-1] * experienceScore(mode, d, invGap, invBand)
		if doLoc {
			sc += w[CriterionLocation-1] * locationScore(locE, f.locM[m])
		}
		if wish.on { // the terms are +0 otherwise: skip the two dependent adds
			sc += prefTerm
			sc += availTerm
		}
		for i := range s.custom {
			c, err := s.customScore(i, e, m)
			if err != nil {
				return err
			}
			sc += s.custShare[i] * c
		}
		// Renormalised over the criteria that apply (s.inv, as breakdownScore).
		inv := s.invM0[m] // the same factor, read in one load when the mentee lacks nothing
		if missE != 0 {
			inv = s.inv[pairMissingPair(missE, s.missM[m])&s.weighted]
		}
		sc = min(sc*inv, 1)
		if sc < minScore {
			sc = -1
		} else if peer {
			back, err := p.peerBackward(e, m, sc)
			if err != nil {
				return err
			}
			if back {
				sc = -1
			}
		}
		dst[k] = sc
	}
	return nil
}

// pairWishes is what the hot loop needs of the preference and
// availability rules and criteria for one mentee: a mentor may rank the
// mentee, so the mentee's list is walked whenever the criterion weighs or
// RuleNotListed is on; the overlap is needed for the score when the
// mentee has windows, and for RuleNoOverlap always.
type pairWishes struct {
	on                       bool // anything to do
	prefs                    []pairPref
	pi                       int // position in prefs (mentors come in increasing order)
	av                       *pairAvail
	e                        int
	tzE                      int32
	requireListed            bool
	minOverlap               int32
	needPref, needAvail      bool
	doPref, doAvail          bool
	wPref, wAvail, invTarget float64
}

// wishes prepares pairWishes for the mentee of view x.
func (p *Pairing) wishes(x *menteeView) pairWishes {
	s, r, av := p.sc, &p.rules, p.sc.f.avail
	h := pairWishes{prefs: x.prefs, av: av, e: x.e, tzE: x.tz, requireListed: r.requireListed, minOverlap: r.minOverlap,
		wPref: s.share[CriterionPreference-1], wAvail: s.share[CriterionAvailability-1], invTarget: s.invTarget}
	h.doPref = h.wPref != 0
	h.needPref = h.doPref || r.requireListed
	h.doAvail = h.wAvail != 0 && av != nil && av.baseE[x.e] >= 0
	h.needAvail = h.doAvail || r.minOverlap > 0
	h.on = h.needPref || h.needAvail
	return h
}

// at returns the weighted preference and availability terms of the pair
// with mentor m (whose zone index is tzM), each 0 when not weighed, or ok
// false when RuleNotListed or RuleNoOverlap forbids the pair.
func (h *pairWishes) at(m int, tzM int32) (prefTerm, availTerm float64, ok bool) {
	if h.needPref {
		pref, listed := prefAt(h.prefs, m, &h.pi)
		if notListed(h.requireListed, listed) {
			return 0, 0, false
		}
		if h.doPref {
			prefTerm = h.wPref * pref
		}
	}
	if h.needAvail {
		ov := int32(-1)
		if h.av != nil {
			ov = h.av.overlap(h.e, m, h.tzE+tzM)
		}
		if noOverlap(h.minOverlap, ov) {
			return 0, 0, false
		}
		if h.doAvail {
			availTerm = h.wAvail * availabilityScore(ov, h.invTarget)
		}
	}
	return prefTerm, availTerm, true
}

// bannedAt reports whether mentor m is banned (or a previous pair) for
// the mentee, for mentors visited in increasing order: *bi is the
// position in the sorted bans, advanced as m grows.
func (x *menteeView) bannedAt(m int, bi *int) bool {
	i := *bi
	for i < len(x.bans) && int(x.bans[i].m) < m {
		i++
	}
	*bi = i
	return i < len(x.bans) && int(x.bans[i].m) == m
}
