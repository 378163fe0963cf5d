package pairing

import (
	"math/bits"
	"slices"
	"strings"
	"time"

	"github.com/mentorkit/mentorkit/internal/words"
	"github.com/mentorkit/mentorkit/mentoring"
)

// pairTerm returns the key of a term: its words, folded, joined by one
// space. Two strings are the same term exactly when words.Equal says so.
func pairTerm(s string) string {
	toks := words.Tokens(s)
	switch len(toks) {
	case 0:
		return ""
	case 1:
		return toks[0].Text
	}
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.Text
	}
	return strings.Join(parts, " ")
}

// pairLanguage returns the base language of a language as
// mentoring.ParseLanguage reads it: "en-GB" → "en", "Nederlands" and
// "nl-BE" → "nl". New has validated the programme, so every language
// parses; one that did not would count as no language.
func pairLanguage(s string) string {
	l, err := mentoring.ParseLanguage(s)
	if err != nil {
		return ""
	}
	return l.Base().String()
}

// pairStopWords are the English and Dutch words that carry no career-goal
// content ("become a team lead within two years" keeps "team" and "lead").
var pairStopWords = map[string]bool{
	"a": true, "an": true, "the": true, "to": true, "of": true, "in": true, "on": true, "for": true, "and": true, "or": true,
	"with": true, "within": true, "by": true, "at": true, "as": true, "my": true, "be": true, "become": true, "get": true,
	"more": true, "into": true, "from": true, "years": true, "year": true, "months": true, "next": true, "i": true, "want": true,
	"one": true, "two": true, "three": true, "role": true,
	"een": true, "de": true, "het": true, "van": true, "naar": true, "voor": true, "en": true, "met": true,
	"binnen": true, "worden": true, "word": true, "mijn": true, "ik": true, "wil": true, "jaar": true, "jaren": true,
	"maanden": true, "als": true, "bij": true, "op": true, "te": true, "tot": true, "meer": true, "twee": true, "drie": true,
}

// pairContentWords returns the distinct folded content words of texts,
// sorted.
func pairContentWords(texts ...[]string) []string {
	var out []string
	for _, list := range texts {
		for _, s := range list {
			for _, t := range words.Tokens(s) {
				if !pairStopWords[t.Text] {
					out = append(out, t.Text)
				}
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// pairTerms returns the distinct term keys of list, sorted, without the
// empty term.
func pairTerms(list []string, key func(string) string) []string {
	out := make([]string, 0, len(list))
	for _, s := range list {
		if k := key(s); k != "" {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// pairBitsets holds one bitset per person over a shared vocabulary, flat:
// person p's words are bits[p*w : (p+1)*w]. n[p] is the size of p's whole
// set, including terms outside the vocabulary.
type pairBitsets struct {
	w    int
	bits []uint64
	n    []int32
}

// row returns person p's bitset.
func (b *pairBitsets) row(p int) []uint64 { return b.bits[p*b.w : (p+1)*b.w] }

// pairAnd returns the number of bits set in both a and b (len(a) == len(b)).
func pairAnd(a, b []uint64) int {
	b = b[:len(a)]
	n := 0
	for i, x := range a {
		n += bits.OnesCount64(x & b[i])
	}
	return n
}

// pairBuildBitsets builds the bitsets of two groups of term sets over the
// terms that occur in both groups (the only ones an intersection can see).
func pairBuildBitsets(left, right [][]string) (l, r pairBitsets) {
	inLeft := map[string]bool{}
	for _, ts := range left {
		for _, t := range ts {
			inLeft[t] = true
		}
	}
	vocab := map[string]int{}
	var shared []string
	for _, ts := range right {
		for _, t := range ts {
			if inLeft[t] {
				if _, ok := vocab[t]; !ok {
					vocab[t] = 0
					shared = append(shared, t)
				}
			}
		}
	}
	slices.Sort(shared)
	for i, t := range shared {
		vocab[t] = i
	}
	w := (len(shared) + 63) / 64
	fill := func(sets [][]string) pairBitsets {
		b := pairBitsets{w: w, bits: make([]uint64, len(sets)*w), n: make([]int32, len(sets))}
		for p, ts := range sets {
			b.n[p] = int32(len(ts))
			row := b.row(p)
			for _, t := range ts {
				if i, ok := vocab[t]; ok {
					row[i/64] |= 1 << (uint(i) % 64)
				}
			}
		}
		return b
	}
	return fill(left), fill(right)
}

// Mentor modes for the experience criterion and the role rules.
const (
	pairModeStandard uint8 = iota
	pairModeReverse
	pairModePeer
)

// pairFeatures is the compiled, structure-of-arrays form of the mentors and
// mentees that the scoring kernel reads. Index e runs over mentees, m over
// mentors (both sorted by person ID).
type pairFeatures struct {
	nE, nM int

	// Skills: mentee e wants topics want[wantOff[e]:wantOff[e+1]] (IDs into
	// the wanted-topic vocabulary of size nWant) at own level wantLvl with
	// need wantNeed; needSum[e] = Σ need. mentorLvl[m*nWant+s] is mentor m's
	// level of wanted topic s (0 when not offered).
	wantOff  []int32
	want     []int32
	wantLvl  []float64
	wantNeed []float64
	needSum  []float64
	nWant    int
	mentLvl  []uint8
	topicKey []string // wanted-topic vocabulary, for explanations

	interestsE, interestsM pairBitsets
	goalsE, goalsM         pairBitsets
	langE, langM           pairBitsets

	// Time zones: tzM[m] is mentor m's zone index and tzE[e] mentee e's
	// zone index times nZone, so that zoneGap[tzE[e]+tzM[m]] is the pair's
	// worst clock distance over the programme's period (see pairZoneGaps).
	tzE, tzM       []int32
	zoneGap        []int32
	nZone          int
	zones          []mentoring.Zone // by zone index, for explanations
	yearsE, yearsM []float64
	levelE, levelM []int8
	modeM          []uint8
	locE, locM     []int32 // location term IDs, -1 when empty
	deptE, deptM   []int32 // department term IDs, -1 when empty
	orgE, orgM     []int32 // organisation term IDs, -1 when empty
	persE, persM   [][5]float64
	hasPE, hasPM   []bool
	personE        []int32 // index into the organisation's people, for reporting lines
	personM        []int32
	prefs          *pairPrefs // the participants' rankings (CriterionPreference)
	avail          *pairAvail // weekly windows (CriterionAvailability), nil when nobody states one
}

// pairIDs interns strings as dense int32 IDs; "" is -1.
type pairIDs map[string]int32

func (ids pairIDs) id(s string) int32 {
	if s == "" {
		return -1
	}
	if v, ok := ids[s]; ok {
		return v
	}
	v := int32(len(ids))
	ids[s] = v
	return v
}

// pairBigFive returns the five traits of p in a fixed order.
func pairBigFive(p *mentoring.Personality) [5]float64 {
	return [5]float64{p.Openness, p.Conscientiousness, p.Extraversion, p.Agreeableness, p.Neuroticism}
}

// pairMode returns the experience mode of a mentor-side role.
func pairMode(r mentoring.Role) uint8 {
	switch r {
	case mentoring.RoleReverseMentor:
		return pairModeReverse
	case mentoring.RolePeerMentor:
		return pairModePeer
	}
	return pairModeStandard
}

// pairCompile builds the features of mentees and mentors. people maps a
// person ID to its index in the organisation (for reporting lines);
// start and end are the programme's period, over which time zones are
// compared (zero: as mentoring.Zone.Gap fills them in).
func pairCompile(mentees, mentors []*mentoring.Participant, people map[string]int32, start, end time.Time) *pairFeatures {
	f := &pairFeatures{nE: len(mentees), nM: len(mentors)}

	// Skills.
	topicIDs := map[string]int32{}
	f.wantOff = make([]int32, 1, len(mentees)+1)
	f.needSum = make([]float64, len(mentees))
	for e, p := range mentees {
		for _, t := range pairTerms(p.WantsToDevelop, pairTerm) {
			id, ok := topicIDs[t]
			if !ok {
				id = int32(len(f.topicKey))
				topicIDs[t] = id
				f.topicKey = append(f.topicKey, t)
			}
			lvl := float64(pairSkillLevel(&p.Person, t))
			need := float64(mentoring.MaxSkillLevel+1) - lvl
			f.want = append(f.want, id)
			f.wantLvl = append(f.wantLvl, lvl)
			f.wantNeed = append(f.wantNeed, need)
			f.needSum[e] += need
		}
		f.wantOff = append(f.wantOff, int32(len(f.want)))
	}
	f.nWant = len(f.topicKey)
	f.mentLvl = make([]uint8, len(mentors)*f.nWant)
	for m, p := range mentors {
		for _, t := range pairTerms(p.Offers, pairTerm) {
			if s, ok := topicIDs[t]; ok {
				lvl := pairSkillLevel(&p.Person, t)
				if lvl == 0 {
					lvl = DefaultOfferedLevel
				}
				f.mentLvl[m*f.nWant+int(s)] = uint8(lvl)
			}
		}
	}

	// Interests, goals, languages.
	setsE := make([][]string, len(mentees))
	setsM := make([][]string, len(mentors))
	for e, p := range mentees {
		setsE[e] = pairTerms(p.Person.Interests, pairTerm)
	}
	for m, p := range mentors {
		setsM[m] = pairTerms(p.Person.Interests, pairTerm)
	}
	f.interestsE, f.interestsM = pairBuildBitsets(setsE, setsM)
	for e, p := range mentees {
		setsE[e] = pairContentWords(p.Person.CareerGoals)
	}
	for m, p := range mentors {
		names := make([]string, len(p.Person.Skills))
		for i, s := range p.Person.Skills {
			names[i] = s.Name
		}
		setsM[m] = pairContentWords(p.Person.CareerGoals, p.Offers, names)
	}
	f.goalsE, f.goalsM = pairBuildBitsets(setsE, setsM)
	for e, p := range mentees {
		setsE[e] = pairTerms(p.Person.Languages, pairLanguage)
	}
	for m, p := range mentors {
		setsM[m] = pairTerms(p.Person.Languages, pairLanguage)
	}
	f.langE, f.langM = pairBuildBitsets(setsE, setsM)

	// Scalars.
	locs, depts, orgs, zoneIDs := pairIDs{}, pairIDs{}, pairIDs{}, pairIDs{}
	f.tzE, f.yearsE, f.levelE = make([]int32, len(mentees)), make([]float64, len(mentees)), make([]int8, len(mentees))
	f.locE, f.deptE, f.orgE = make([]int32, len(mentees)), make([]int32, len(mentees)), make([]int32, len(mentees))
	f.persE, f.hasPE, f.personE = make([][5]float64, len(mentees)), make([]bool, len(mentees)), make([]int32, len(mentees))
	for e, p := range mentees {
		f.tzE[e] = zoneIDs.id(pairZone(&p.Person, &f.zones))
		f.yearsE[e] = p.Person.Seniority.Years
		f.levelE[e] = int8(p.Person.Seniority.Level)
		f.locE[e] = locs.id(pairTerm(p.Person.Location))
		f.deptE[e] = depts.id(pairTerm(p.Person.Department))
		f.orgE[e] = orgs.id(pairTerm(p.Person.Organisation))
		if p.Person.Personality != nil {
			f.persE[e], f.hasPE[e] = pairBigFive(p.Person.Personality), true
		}
		f.personE[e] = people[p.Person.ID]
	}
	f.tzM, f.yearsM, f.levelM = make([]int32, len(mentors)), make([]float64, len(mentors)), make([]int8, len(mentors))
	f.locM, f.deptM, f.orgM = make([]int32, len(mentors)), make([]int32, len(mentors)), make([]int32, len(mentors))
	f.persM, f.hasPM, f.personM = make([][5]float64, len(mentors)), make([]bool, len(mentors)), make([]int32, len(mentors))
	f.modeM = make([]uint8, len(mentors))
	for m, p := range mentors {
		f.tzM[m] = zoneIDs.id(pairZone(&p.Person, &f.zones))
		f.yearsM[m] = p.Person.Seniority.Years
		f.levelM[m] = int8(p.Person.Seniority.Level)
		f.locM[m] = locs.id(pairTerm(p.Person.Location))
		f.deptM[m] = depts.id(pairTerm(p.Person.Department))
		f.orgM[m] = orgs.id(pairTerm(p.Person.Organisation))
		if p.Person.Personality != nil {
			f.persM[m], f.hasPM[m] = pairBigFive(p.Person.Personality), true
		}
		f.personM[m] = people[p.Person.ID]
		f.modeM[m] = pairMode(p.Role)
	}
	f.zones = pairUniqueZones(f.zones, zoneIDs)
	f.nZone = len(f.zones)
	f.prefs = pairCompilePrefs(mentees, mentors)
	f.avail = pairCompileAvail(mentees, mentors, f.tzE, f.tzM, f.zones, start, end)
	for e := range f.tzE {
		f.tzE[e] *= int32(f.nZone)
	}
	f.zoneGap = pairZoneGaps(f.zones, start, end)
	return f
}

// pairZone returns the name of p's zone (mentoring.Person.Zone: TimeZone,
// else the fixed UTCOffsetMinutes) and appends the zone to *zones. New
// has validated p, so the zone parses; one that did not would be UTC.
func pairZone(p *mentoring.Person, zones *[]mentoring.Zone) string {
	z, _ := p.Zone()
	if z.IsZero() {
		z, _ = mentoring.FixedZone(0)
	}
	*zones = append(*zones, z)
	return z.String()
}

// pairUniqueZones returns one zone per name, in the order of the IDs ids
// gave the names.
func pairUniqueZones(all []mentoring.Zone, ids pairIDs) []mentoring.Zone {
	out := make([]mentoring.Zone, len(ids))
	for _, z := range all {
		out[ids[z.String()]] = z
	}
	return out
}

// pairZoneGaps returns the n×n matrix (flat, row-major) of the worst clock
// distance in minutes between every two zones over [start, end], as
// mentoring.Zone.Gap defines it (the circular distance of the offsets,
// sampled at the start and at every transition of either zone; a zero
// start or end filled in as Gap fills it). Each zone's offsets over the
// period are read once (pairZoneSteps), so the matrix costs O(n²·T) for T
// transitions per zone, not n² zone-table look-ups.
func pairZoneGaps(zones []mentoring.Zone, start, end time.Time) []int32 {
	period := mentoring.Zone{}.Gap(mentoring.Zone{}, start, end)
	steps := make([]pairSteps, len(zones))
	for i, z := range zones {
		steps[i] = pairZoneSteps(z, period.Start, period.End)
	}
	n := len(zones)
	gap := make([]int32, n*n)
	for i := range n {
		for j := i + 1; j < n; j++ {
			g := pairWorstGap(steps[i], steps[j])
			gap[i*n+j], gap[j*n+i] = g, g
		}
	}
	return gap
}

// pairSteps is a zone's offset over a period as a step function: off[k]
// minutes from at[k] (Unix seconds) until at[k+1]; at[0] is the start.
type pairSteps struct {
	at  []int64
	off []int32
}

// pairMaxSteps bounds the transitions read per zone, as mentoring does.
const pairMaxSteps = 1000

// pairZoneSteps reads z's offsets over [start, end]: the offset at start
// and at each transition inside the period (time.Time.ZoneBounds).
func pairZoneSteps(z mentoring.Zone, start, end time.Time) pairSteps {
	s := pairSteps{at: []int64{start.Unix()}, off: []int32{int32(z.OffsetAt(start))}}
	if _, fixed := z.Fixed(); fixed || !end.After(start) {
		return s
	}
	loc := z.Location()
	t := start
	for range pairMaxSteps {
		_, next := t.In(loc).ZoneBounds()
		if next.IsZero() || next.After(end) || !next.After(t) {
			break
		}
		s.at = append(s.at, next.Unix())
		s.off = append(s.off, int32(z.OffsetAt(next)))
		t = next
	}
	return s
}

// pairWorstGap returns the largest circular distance between two step
// functions over their common period: a merge of their steps.
func pairWorstGap(a, b pairSteps) int32 {
	i, j := 0, 0
	worst := pairTZGap(a.off[0], b.off[0])
	for i+1 < len(a.at) || j+1 < len(b.at) {
		switch {
		case j+1 >= len(b.at) || i+1 < len(a.at) && a.at[i+1] < b.at[j+1]:
			i++
		case i+1 >= len(a.at) || b.at[j+1] < a.at[i+1]:
			j++
		default: // both change at once
			i++
			j++
		}
		worst = max(worst, pairTZGap(a.off[i], b.off[j]))
	}
	return worst
}

// pairSkillLevel returns p's level of the skill whose term key is t, or 0.
func pairSkillLevel(p *mentoring.Person, t string) int {
	for _, s := range p.Skills {
		if pairTerm(s.Name) == t {
			return s.Level
		}
	}
	return 0
}

// pairTZGap returns the circular distance in minutes between two UTC
// offsets: min(δ, 1440-δ) for δ = |a-b| mod 1440.
func pairTZGap(a, b int32) int32 {
	d := a - b
	if d < 0 {
		d = -d
	}
	d %= 1440
	if 1440-d < d {
		return 1440 - d
	}
	return d
}
