package pairing

import (
	"errors"
	"math"
	"slices"
	"strconv"
	"testing"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching/stable"
	"github.com/mentorkit/mentorkit/mentoring"
)

// pairFuzzReader hands out bytes of the fuzz input, then zeros.
type pairFuzzReader struct {
	b []byte
	i int
}

func (r *pairFuzzReader) byte() byte {
	if r.i >= len(r.b) {
		return 1
	}
	r.i++
	return r.b[r.i-1]
}

func (r *pairFuzzReader) intn(n int) int { return int(r.byte()) % n }

// pairFuzzWords are distinct terms with the traps of word matching; the
// last ones are invalid or duplicates of earlier ones as terms.
var pairFuzzWords = []string{"AI", "retail", "Leiderschap", "coördinatie", "C++", "e-mail", "z’n", "日本語", "leiderschap", "", " ", "\xff\xfe"}

// str returns one word, rarely an invalid one.
func (r *pairFuzzReader) str() string {
	b := r.byte()
	if b >= 250 {
		return pairFuzzWords[8+int(b-250)%4]
	}
	return pairFuzzWords[int(b)%8]
}

// list returns distinct words chosen by the bits of one byte (rarely with
// an invalid one added).
func (r *pairFuzzReader) list() []string {
	var out []string
	mask := r.byte()
	for i := range 8 {
		if mask&(1<<i) != 0 && len(out) < 3 {
			out = append(out, pairFuzzWords[i])
		}
	}
	if r.byte() >= 250 {
		out = append(out, r.str())
	}
	return out
}

// level returns a skill level, rarely an invalid one.
func (r *pairFuzzReader) level() int {
	if b := r.byte(); b >= 250 {
		return int(b) - 250 + 5
	} else {
		return 1 + int(b)%5
	}
}

// weight returns a weight, sometimes negative, NaN, infinite or huge
// (whose sum overflows).
func (r *pairFuzzReader) weight() float64 {
	switch b := r.byte(); b {
	case 255:
		return math.NaN()
	case 254:
		return math.Inf(1)
	case 253:
		return -1
	case 252:
		return math.MaxFloat64
	case 251:
		return 1e308
	case 250:
		return math.Inf(-1)
	default:
		return float64(b % 4)
	}
}

// FuzzPair builds a small programme and configuration from bytes and runs
// the entry points: never a panic; either an error or a result that keeps
// every rule, lock and capacity.
func FuzzPair(f *testing.F) {
	f.Add([]byte{3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
	f.Add([]byte{2, 2, 255, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1})
	f.Add([]byte{5, 6, 9, 200, 13, 77, 2, 19, 4, 4, 4, 4, 4, 4, 4, 90, 91, 92})
	f.Fuzz(func(t *testing.T, data []byte) { pairFuzzRun(t, data) })
}

// pairFuzzRun is the body of FuzzPair; it reports whether the input made a
// valid pairing.
func pairFuzzRun(t *testing.T, data []byte) bool {
	{
		r := &pairFuzzReader{b: data}
		nM, nE := r.intn(5), r.intn(7)
		format := []mentoring.Format{mentoring.FormatOneToOne, mentoring.FormatGroup, mentoring.FormatReverse, mentoring.FormatPeer, mentoring.FormatCrossOrganisation}[r.intn(5)]
		var parts []mentoring.Participant
		n := nM + nE
		person := func(id string) mentoring.Person {
			p := mentoring.Person{ID: id, Name: "n" + id, Seniority: mentoring.Seniority{Level: mentoring.Level(1 + r.intn(5)), Years: float64(r.intn(30))}}
			for _, s := range r.list() {
				p.Skills = append(p.Skills, mentoring.Skill{Name: s, Level: r.level()})
			}
			p.Interests = r.list()
			p.CareerGoals = r.list()
			p.Languages = []string{"nl", "English", "de-AT"}[:r.intn(4)]
			p.UTCOffsetMinutes = 60 * (r.intn(27) - 12)
			p.TimeZone = []string{"", "", "Europe/Amsterdam", "America/New_York", "Australia/Sydney", "UTC+05:30"}[r.intn(6)]
			p.Department, p.Location, p.Organisation = pairFuzzWords[r.intn(3)], []string{"", "AI", "retail"}[r.intn(3)], pairFuzzWords[r.intn(3)]
			if k, _ := strconv.Atoi(id[1:]); r.intn(4) == 0 {
				p.ManagerID = "p" + strconv.Itoa((k+1+r.intn(n))%(n+1)) // never themselves
			}
			if r.intn(3) == 0 {
				p.Personality = &mentoring.Personality{Openness: float64(r.intn(3)) / 2, Neuroticism: float64(r.intn(3)) / 2}
			}
			return p
		}
		roles := map[mentoring.Format][2]mentoring.Role{
			mentoring.FormatReverse: {mentoring.RoleReverseMentor, mentoring.RoleMentee},
			mentoring.FormatPeer:    {mentoring.RolePeerMentor, mentoring.RolePeerMentor},
		}
		rm, re := mentoring.RoleMentor, mentoring.RoleMentee
		if x, ok := roles[format]; ok {
			rm, re = x[0], x[1]
		}
		for i := range nM {
			q := mentoring.Participant{Person: person("p" + strconv.Itoa(i)), Role: rm, Capacity: pairFuzzCapacity(r), Offers: r.list()}
			if r.intn(3) == 0 { // a minimum, rarely above the capacity or negative
				q.MinCapacity = r.intn(3) - int(r.byte()/250) + int(r.byte()/252)*q.Capacity
			}
			parts = append(parts, q)
		}
		for i := range nE {
			q := mentoring.Participant{Person: person("p" + strconv.Itoa(nM+i)), Role: re, WantsToDevelop: r.list()}
			if re == mentoring.RolePeerMentor {
				q.Capacity = 1
			}
			parts = append(parts, q)
		}
		prog := mentoring.Programme{ID: "fuzz", Name: "Fuzz", Format: format, Participants: parts}
		w := Weights{r.weight(), r.weight(), r.weight(), r.weight(), r.weight(), r.weight(), r.weight(), r.weight(), r.weight(), r.weight()}
		cfg := Config{
			Weights:    &w,
			Priority:   Priority(1 + r.intn(2) + int(r.byte()/250)),
			AtLeastOne: r.intn(2) == 0,
			MinScore:   float64(r.intn(8))/10 + float64(r.byte()/250),
			Rules: Rules{
				ReportingLevels:     r.intn(4) - 1,
				SharedLanguage:      r.intn(2) == 0,
				DifferentDepartment: r.intn(2) == 0,
				MaxTimeZoneGap:      60*r.intn(14) - int(r.byte()/250),
				ReverseMinGapYears:  float64(r.intn(12)) - float64(r.byte()/250)/2,
				ReverseMinGapLevels: r.intn(4) - int(r.byte()/250) + int(r.byte()/253)*3,
			},
			DenseLimit: []int{0, -1}[r.intn(2)],
			Candidates: r.intn(4),
		}
		ref := func() PairRef { // mostly a real mentor and mentee
			if b := r.byte(); b >= 240 {
				return PairRef{"p" + strconv.Itoa(int(b)%(nM+nE+1)), "p" + strconv.Itoa(r.intn(nM+nE+1))}
			}
			return PairRef{"p" + strconv.Itoa(r.intn(max(nM, 1))), "p" + strconv.Itoa(nM+r.intn(max(nE, 1)))}
		}
		for range r.intn(2) {
			cfg.Rules.Locks = append(cfg.Rules.Locks, ref())
		}
		for range r.intn(3) {
			cfg.Rules.Bans = append(cfg.Rules.Bans, ref())
		}
		if r.intn(2) == 0 { // a lenient directory of all but maybe the last participant
			var people []mentoring.Person
			for _, q := range parts[:max(len(parts)-r.intn(2), 0)] {
				people = append(people, q.Person)
			}
			cfg.Directory, _ = mentoring.NewDirectory(people, mentoring.DirectoryLenient)
		}
		if nM > 0 && r.intn(3) == 0 {
			cfg.Load = map[string]int{"p0": r.intn(3)}
		}
		p, err := New(prog, cfg)
		if err != nil {
			if p != nil {
				t.Fatal("a Pairing with an error")
			}
			return false
		}
		pairFuzzCheck(t, p, format, nE, r)
	}
	return true
}

// pairFuzzCheck solves a fuzzed Pairing and checks the result: minimums
// met or explained, no rule broken, capacities held, every pair explained
// as the hot loop scores it, and WhyNot, Suggest and Relationships
// without a panic.
func pairFuzzCheck(t *testing.T, p *Pairing, format mentoring.Format, nE int, r *pairFuzzReader) {
	nM := len(p.mentors)
	res, err := p.Solve()
	if errors.Is(err, ErrMinCapacity) {
		list, _ := fault.List(err)
		for _, fe := range list {
			if m, ok := p.mentorIdx[fe.ID]; !ok || p.minOf(m) == 0 || fe.Text.NL == "" {
				t.Fatalf("minimum error about %q: %v", fe.ID, fe)
			}
		}
		return
	}
	if err != nil {
		t.Fatalf("Solve: %v", err)
	}
	load := map[string]int{}
	for _, q := range res.Pairs {
		x, err := p.Explain(q.MentorID, q.MenteeID)
		if err != nil {
			t.Fatal(err)
		}
		if len(x.Rules) > 0 && !q.Locked {
			t.Fatalf("pair %v breaks %v", q, x.Rules)
		}
		if !(q.Score >= 0 && q.Score <= 1) {
			t.Fatalf("score %v", q.Score)
		}
		load[q.MentorID]++
	}
	for id, n := range load {
		if n > p.capacity[p.mentorIdx[id]] {
			t.Fatalf("mentor %s over capacity: %d", id, n)
		}
	}
	for m := range p.mentors {
		if load[p.mentorID(m)] < p.minOf(m) {
			t.Fatalf("mentor %s under its minimum %d: %d", p.mentorID(m), p.minOf(m), load[p.mentorID(m)])
		}
	}
	if res.Matched+countSide(res.Unmatched, stable.SideMentee) != res.Mentees {
		t.Fatalf("matched %d + unmatched != %d mentees", res.Matched, res.Mentees)
	}
	for e := range min(nE, len(p.mentees)) {
		for m := range p.mentors {
			pairFuzzExplained(t, p, e, m)
		}
	}
	if nM > 0 && nE > 0 {
		if _, err := p.WhyNot(res, p.mentorID(0), p.menteeID(0)); err != nil && !errors.Is(err, ErrMinCapacity) {
			t.Fatalf("WhyNot: %v", err)
		}
	}
	if s, err := p.Suggester(SuggestOptions{K: r.intn(4), Balance: float64(r.intn(3)) / 2}); err != nil {
		t.Fatalf("Suggester: %v", err)
	} else if nE > 0 {
		if _, err := s.Suggest(p.menteeID(0)); err != nil {
			t.Fatalf("Suggest: %v", err)
		}
	}
	if _, err := res.Relationships(pairNow); err != nil && format != mentoring.FormatReverse {
		// Reverse pairs without a topic are mentoring's business; the
		// others must convert.
		t.Logf("relationships: %v", err)
	}
}

// pairFuzzCapacity returns a mentor capacity, rarely an invalid one.
func pairFuzzCapacity(r *pairFuzzReader) int {
	if b := r.byte(); b >= 250 {
		return int(b) - 252
	} else {
		return 1 + int(b)%7
	}
}

// pairFuzzExplained checks one pair's explanation: a criterion not scored
// carries nothing, the shares of the scored ones sum to 1 (or nothing is
// scored and the score is 0), the hot loop agrees to the bit, and a
// reverse mentor short of the minimum gap breaks RuleReverseSeniority.
func pairFuzzExplained(t *testing.T, p *Pairing, e, m int) {
	x, err := p.explain(e, m)
	if err != nil {
		t.Fatal(err)
	}
	var share float64
	for _, c := range x.Breakdown {
		if c.Missing != 0 && c.Score+c.Share+c.Points != 0 {
			t.Fatalf("%v not scored but counted: %+v", c.Criterion, c)
		}
		share += c.Share
	}
	if !(math.Abs(share-1) < 1e-9 || share == 0 && x.Score == 0) || !(x.Score >= 0 && x.Score <= 1) {
		t.Fatalf("shares sum to %v, score %v: %s", share, x.Score, x)
	}
	row := make([]float64, len(p.mentors))
	if err := p.scoreRow(e, row); err != nil {
		t.Fatal(err)
	}
	if len(x.Rules) == 0 && row[m] != x.Score || len(x.Rules) > 0 && row[m] != -1 {
		t.Fatalf("hot loop %v, Explain %s %v", row[m], x, x.Rules)
	}
	if g := x.ReverseGap; g != nil && (g.Years < g.MinYears || g.Levels < g.MinLevels) && !slices.Contains(x.Rules, RuleReverseSeniority) {
		t.Fatalf("gap %+v allowed", g)
	}
}
