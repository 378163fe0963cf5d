package pairing

import (
	"math"
	"math/bits"
)

// scoreRow writes the score of mentee e with every mentor into dst
// (len(dst) == number of mentors), or -1 where a rule, a ban, a previous
// pair or the minimum score forbids the pair. It is the hot loop of
// pairing: the mentee's data is hoisted out of the loop over mentors, the
// rules are those of pairRules.check and the criteria those of
// pairScorer.criterion, inlined (TestSolveAgainstBruteForce checks that
// both agree, through Explain). It allocates nothing beyond what custom
// criteria allocate.
func (p *Pairing) scoreRow(e int, dst []float64) error {
	f, s, r := p.sc.f, p.sc, &p.rules
	dst = dst[:f.nM]

	// The mentee, hoisted.
	pe, deptE, orgE, tzE, yE, lvlE, locE := f.personE[e], f.deptE[e], f.orgE[e], f.tzE[e], f.yearsE[e], f.levelE[e], f.locE[e]
	var ancE []int32
	if r.levels > 0 {
		ancE = r.ancE[r.ancEOff[e]:r.ancEOff[e+1]]
	}
	lw, iw, gw := f.langE.w, f.interestsE.w, f.goalsE.w
	langE, intE, goalE := f.langE.row(e), f.interestsE.row(e), f.goalsE.row(e)
	nLangE, nIntE := f.langE.n[e], f.interestsE.n[e]
	var invGoal float64
	if n := f.goalsE.n[e]; n > 0 {
		invGoal = 1 / float64(n)
	}
	lo, hi := f.wantOff[e], f.wantOff[e+1]
	want, wantLvl, need := f.want[lo:hi], f.wantLvl[lo:hi], f.wantNeed[lo:hi]
	invNeed := s.invNeed[e]
	persE, hasPE := &f.persE[e], f.hasPE[e]
	w := s.share
	bans := p.bans[e]
	bi := 0
	minScore := p.cfg.MinScore
	nWant := f.nWant

	for m := range dst {
		// Rules (the order of pairRules.check).
		pm := f.personM[m]
		if pm == pe {
			dst[m] = -1
			continue
		}
		if r.levels > 0 && pairReports(ancE, pm, r.ancM[r.ancMOff[m]:r.ancMOff[m+1]], pe) {
			dst[m] = -1
			continue
		}
		if r.diffDept && deptE >= 0 && deptE == f.deptM[m] {
			dst[m] = -1
			continue
		}
		if r.crossOrg && (orgE < 0 || orgE == f.orgM[m]) {
			dst[m] = -1
			continue
		}
		langM := f.langM.bits[m*lw : m*lw+lw]
		sharedLang := 0
		for i, x := range langE {
			sharedLang += bits.OnesCount64(x & langM[i])
		}
		if r.sharedLang && sharedLang == 0 {
			dst[m] = -1
			continue
		}
		gap := pairTZGap(tzE, f.tzM[m])
		if r.maxGap > 0 && gap > r.maxGap {
			dst[m] = -1
			continue
		}
		mode := f.modeM[m]
		d := f.yearsM[m] - yE
		lv := f.mentLvl[m*nWant : m*nWant+nWant]
		switch mode {
		case pairModeReverse:
			if f.levelM[m] > lvlE || (f.levelM[m] == lvlE && d >= 0) {
				dst[m] = -1
				continue
			}
			offered := false
			for _, t := range want {
				if lv[t] > 0 {
					offered = true
					break
				}
			}
			if !offered {
				dst[m] = -1
				continue
			}
		case pairModePeer:
			dl := f.levelM[m] - lvlE
			if d > r.peerBand || -d > r.peerBand || dl > 1 || dl < -1 {
				dst[m] = -1
				continue
			}
		}
		for bi < len(bans) && int(bans[bi].m) < m {
			bi++
		}
		if bi < len(bans) && int(bans[bi].m) == m {
			dst[m] = -1
			continue
		}

		// Criteria (the formulas of criteria.go, in Criterion order).
		var sc float64
		if invNeed != 0 { // skills
			var acc float64
			for i, t := range want {
				c := (float64(lv[t]) - wantLvl[i]) * 0.5
				if c > 0 {
					acc += need[i] * min(c, 1)
				}
			}
			sc += w[CriterionSkills] * (acc * invNeed)
		}
		intM := f.interestsM.bits[m*iw : m*iw+iw]
		inter := 0
		for i, x := range intE {
			inter += bits.OnesCount64(x & intM[i])
		}
		if union := int(nIntE) + int(f.interestsM.n[m]) - inter; union > 0 {
			sc += w[CriterionInterests] * (float64(inter) / float64(union))
		}
		if invGoal != 0 {
			goalM := f.goalsM.bits[m*gw : m*gw+gw]
			g := 0
			for i, x := range goalE {
				g += bits.OnesCount64(x & goalM[i])
			}
			sc += w[CriterionCareerGoals] * (float64(g) * invGoal)
		}
		if hasPE && f.hasPM[m] {
			q := &f.persM[m]
			a0, a1, a2, a3, a4 := persE[0]-q[0], persE[1]-q[1], persE[2]-q[2], persE[3]-q[3], persE[4]-q[4]
			sc += w[CriterionPersonality] * (1 - math.Sqrt(a0*a0+a1*a1+a2*a2+a3*a3+a4*a4)*pairInvSqrt5)
		} else {
			sc += w[CriterionPersonality] * 0.5
		}
		if n := min(nLangE, f.langM.n[m]); n > 0 {
			sc += w[CriterionLanguages] * (float64(sharedLang) / float64(n))
		}
		if g := float64(gap); g < s.day {
			sc += w[CriterionWorkingHours] * ((s.day - g) * s.invDay)
		}
		var x float64
		switch mode {
		case pairModeReverse:
			x = pairClamp01(-d * s.invGap)
		case pairModePeer:
			x = max(0, 1-math.Abs(d)*s.invBand)
		default:
			x = pairClamp01(d * s.invGap)
		}
		sc += w[CriterionExperience] * x
		if locE >= 0 && locE == f.locM[m] {
			sc += w[CriterionLocation]
		}

		for i, c := range s.custom {
			v := c.Scorer.Score(s.mentors[m], s.mentees[e])
			if !(v >= 0 && v <= 1) {
				return &CriterionError{Criterion: c.Scorer.Name(), MentorID: s.mentors[m].Person.ID, MenteeID: s.mentees[e].Person.ID, Value: v}
			}
			sc += s.custShare[i] * v
		}
		sc = min(sc, 1)
		if sc < minScore {
			sc = -1
		} else if p.peerE != nil {
			back, err := p.peerBackward(e, m, sc)
			if err != nil {
				return err
			}
			if back {
				sc = -1
			}
		}
		dst[m] = sc
	}
	return nil
}

// pairReports reports whether mentor pm is among the mentee's managers
// ancE or mentee pe among the mentor's managers ancM.
func pairReports(ancE []int32, pm int32, ancM []int32, pe int32) bool {
	for _, a := range ancE {
		if a == pm {
			return true
		}
	}
	for _, a := range ancM {
		if a == pe {
			return true
		}
	}
	return false
}
