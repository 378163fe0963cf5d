package rounds

import (
	"cmp"
	"math"
	"slices"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
	"github.com/mentorkit/mentorkit/matching"
	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/mentoring"
)

// MaxRounds is the largest number of rounds a schedule or simulation
// takes: ten thousand (a weekly programme of two centuries).
const MaxRounds = 10000

// Schedule is a rotation: one-to-one meetings, round by round, with no
// pair repeated until every allowed pair has met (then the rotation
// starts again).
type Schedule struct {
	// Rounds are each round's pairs, by mentor ID. In a peer pool the
	// two IDs of a pair are in ID order (MentorID the smaller).
	Rounds [][]pairing.PairRef `json:"rounds"`
	// SitOut are those without a partner in each round, by ID.
	SitOut [][]string `json:"sitOut"`
	// Needed is the least number of rounds in which every allowed pair
	// can meet: the largest number of allowed partners of one person (a
	// peer pool of odd size n needs n, one sitting out each round).
	Needed int `json:"needed"`
	// EveryoneMet is the round after which every allowed pair has met; 0
	// when no pair is allowed, -1 when the rounds end first.
	EveryoneMet int `json:"everyoneMet"`
	// Forbidden is the number of pairs the rules forbid.
	Forbidden int `json:"forbidden,omitempty"`
	// Obstacles name the people who keep everyone from meeting in the
	// rounds given (more allowed partners than rounds), who have no
	// allowed partner, or who run out of new partners before the rounds
	// end (they sit out). By ID.
	Obstacles []Obstacle `json:"obstacles,omitempty"`
}

// MarshalJSON writes s by the module's number rule.
func (s Schedule) MarshalJSON() ([]byte, error) { return jsonx.Marshal(s) }

// UnmarshalJSON reads what MarshalJSON writes.
func (s *Schedule) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, s) }

// Obstacle is one reason why not everyone meets: a person ("" for the
// whole pool) with a code (tooManyPartners, fewPartners, noPartner,
// oddPool, belowCutoff, keptApart), their number of allowed partners and
// the explanation in English and Dutch.
type Obstacle struct {
	ID       string     `json:"id,omitempty"`
	Code     string     `json:"code"`
	Partners int        `json:"partners"`
	Text     fault.Text `json:"text"`
}

// Circle schedules a peer pool by the circle method (round-robin
// tournament scheduling): the people, sorted by ID, sit at a table; the
// first stays, the others move one seat per round, and each pairs with
// the person opposite. With n people (and a seat left empty when n is
// odd: its partner sits out) every pair meets exactly once in n−1 rounds
// (n when odd); more rounds repeat the cycle.
//
// Errors: rounds outside 1 to MaxRounds, a blank or repeated ID
// (*FieldError, ErrConfig).
func Circle(ids []string, rounds int) (Schedule, error) {
	people, err := checkIDs("ids", ids, rounds)
	if err != nil {
		return Schedule{}, err
	}
	n := len(people)
	seats := slices.Clone(people)
	if n%2 == 1 {
		seats = append(seats, "") // the empty seat
	}
	s := Schedule{EveryoneMet: 0}
	if n >= 2 {
		s.Needed = len(seats) - 1
	}
	for r := range rounds {
		var pairs []pairing.PairRef
		var out []string
		k := len(seats)
		if k < 2 {
			out = slices.Clone(people)
		}
		for i := 0; i < k/2 && k >= 2; i++ {
			a, b := seat(seats, r, i), seat(seats, r, k-1-i)
			switch {
			case a == "":
				out = append(out, b)
			case b == "":
				out = append(out, a)
			default:
				pairs = append(pairs, pairing.PairRef{MentorID: min(a, b), MenteeID: max(a, b)})
			}
		}
		s.add(pairs, out)
	}
	if s.Needed > 0 {
		s.EveryoneMet = -1
		if rounds >= s.Needed {
			s.EveryoneMet = s.Needed
		}
	}
	if s.EveryoneMet < 0 {
		if n%2 == 1 && rounds == n-1 {
			s.Obstacles = append(s.Obstacles, Obstacle{Code: txtOdd.Code, Partners: n - 1, Text: text(txtOdd, n, n)})
		}
		for _, id := range people {
			s.Obstacles = append(s.Obstacles, tooMany(id, n-1, rounds)...)
		}
	}
	return s, nil
}

// seat returns who sits at seat i in round r of the circle method.
func seat(seats []string, r, i int) string {
	if i == 0 {
		return seats[0]
	}
	k := len(seats) - 1
	return seats[1+(i-1+r)%k]
}

// add appends a round, its pairs sorted by mentor then mentee ID.
func (s *Schedule) add(pairs []pairing.PairRef, out []string) {
	slices.SortFunc(pairs, func(a, b pairing.PairRef) int {
		return cmp.Or(cmp.Compare(a.MentorID, b.MentorID), cmp.Compare(a.MenteeID, b.MenteeID))
	})
	slices.Sort(out)
	s.Rounds = append(s.Rounds, pairs)
	s.SitOut = append(s.SitOut, out)
}

// tooMany is the obstacle of a person with more partners than rounds.
func tooMany(id string, partners, rounds int) []Obstacle {
	if partners <= rounds {
		return nil
	}
	return []Obstacle{{ID: id, Code: txtTooMany.Code, Partners: partners, Text: text(txtTooMany, id, partners, rounds)}}
}

// text fills a message's templates in both languages.
func text(m fault.Message, args ...any) fault.Text {
	e := m.New("", "", nil, args...)
	return e.Text
}

// Latin schedules mentees and mentors who may all meet (flash or
// roulette with two sides) by a Latin-square rotation: both sides sorted
// by ID, in round r (from 0) mentee i meets mentor (i + r) mod M when
// there are no more mentees than mentors (M), else mentor j meets mentee
// (j + r) mod E; the larger side's surplus sits out. Every mentee meets
// every mentor exactly once in max(E, M) rounds (with E = M, the rounds
// are the rows of a Latin square); more rounds repeat the cycle.
//
// Errors: rounds outside 1 to MaxRounds, a blank or repeated ID on a
// side (ErrConfig).
func Latin(mentees, mentors []string, rounds int) (Schedule, error) {
	es, err1 := checkIDs("mentees", mentees, rounds)
	ms, err2 := checkIDs("mentors", mentors, 1)
	if err := fault.Join(err1, err2); err != nil {
		return Schedule{}, err
	}
	E, M := len(es), len(ms)
	s := Schedule{}
	if E > 0 && M > 0 {
		s.Needed = max(E, M)
	}
	for r := range rounds {
		var pairs []pairing.PairRef
		busyE, busyM := make([]bool, E), make([]bool, M)
		switch {
		case E == 0 || M == 0:
		case E <= M:
			for i := range E {
				j := (i + r) % M
				pairs = append(pairs, pairing.PairRef{MentorID: ms[j], MenteeID: es[i]})
				busyE[i], busyM[j] = true, true
			}
		default:
			for j := range M {
				i := (j + r) % E
				pairs = append(pairs, pairing.PairRef{MentorID: ms[j], MenteeID: es[i]})
				busyE[i], busyM[j] = true, true
			}
		}
		s.add(pairs, idle(es, busyE, ms, busyM))
	}
	if s.Needed > 0 {
		s.EveryoneMet = -1
		if rounds >= s.Needed {
			s.EveryoneMet = s.Needed
		}
	}
	if s.EveryoneMet < 0 {
		for _, id := range es {
			s.Obstacles = append(s.Obstacles, tooMany(id, M, rounds)...)
		}
		for _, id := range ms {
			s.Obstacles = append(s.Obstacles, tooMany(id, E, rounds)...)
		}
		sortObstacles(s.Obstacles)
	}
	return s, nil
}

// idle lists the people of both sides not busy.
func idle(es []string, busyE []bool, ms []string, busyM []bool) []string {
	var out []string
	for i, b := range busyE {
		if !b {
			out = append(out, es[i])
		}
	}
	for j, b := range busyM {
		if !b {
			out = append(out, ms[j])
		}
	}
	return out
}

func sortObstacles(list []Obstacle) {
	slices.SortStableFunc(list, func(a, b Obstacle) int { return cmp.Or(cmp.Compare(a.ID, b.ID), cmp.Compare(a.Code, b.Code)) })
}

// checkIDs checks rounds and a list of IDs (under field), returning them
// sorted.
func checkIDs(field string, ids []string, rounds int) ([]string, error) {
	var errs fault.Collector
	if rounds < 1 || rounds > MaxRounds {
		errs.Add(msgRounds.At("rounds", rounds, rounds, MaxRounds))
	}
	seen := map[string]int{}
	for i, id := range ids {
		f := fault.Index(field, i)
		if id == "" {
			errs.Add(msgRequired.At(f, id))
			continue
		}
		if j, dup := seen[id]; dup {
			errs.Add(msgDup.New(f, id, id, fault.Index(field, j)))
			continue
		}
		seen[id] = i
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	out := slices.Clone(ids)
	slices.Sort(out)
	return out, nil
}

// Rotate schedules a programme's flash or roulette rounds from its rules:
// one-to-one meetings (capacities do not apply), every allowed pair (by
// pairing's rules, bans, previous pairs and MinScore) once before any
// repeats. When every pair is allowed it is [Circle] for a peer
// programme and [Latin] otherwise.
//
// With forbidden pairs in a two-sided programme, each round pairs, among
// the pairs not met yet, a matching that covers every person with the
// most unmet partners, then as many pairs as possible, then the highest
// total score (one exact assignment with bonuses). Such a matching exists
// in every bipartite graph (König's edge-colouring theorem), so every
// allowed pair meets in exactly Needed rounds — the largest number of
// allowed partners of one person, which no schedule can beat. In a peer
// programme with forbidden pairs each round is built greedily (the
// person with the most unmet partners first, paired with the unmet
// partner who has the most, ties by ID): a heuristic that can need more
// than Needed rounds (finding the least is NP-hard in general). Obstacles
// name who keeps everyone from meeting and who sits out.
//
// Errors: rounds outside 1 to MaxRounds (ErrConfig), then pairing.New's
// errors.
func Rotate(prog mentoring.Programme, cfg pairing.Config, rounds int) (Schedule, error) {
	var errs fault.Collector
	if rounds < 1 || rounds > MaxRounds {
		errs.Add(msgRounds.At("rounds", rounds, rounds, MaxRounds))
	}
	checkNoMix(cfg, &errs, "rules.circleMix")
	if err := errs.Err(); err != nil {
		return Schedule{}, err
	}
	p, err := pairing.New(prog, cfg)
	if err != nil {
		return Schedule{}, err
	}
	t, err := p.ScoreTable()
	if err != nil {
		return Schedule{}, err
	}
	if prog.Format == mentoring.FormatPeer {
		return rotatePeer(t, rounds)
	}
	g := newGraph(prog.ID, t)
	forbidden := 0
	for e := range g.nE {
		forbidden += g.nM - g.partner[e]
	}
	if forbidden == 0 {
		return Latin(t.MenteeIDs, t.MentorIDs, rounds)
	}
	return rotateTwoSided(g, rounds, forbidden)
}

// rotateTwoSided is Rotate's exact schedule of a two-sided programme.
func rotateTwoSided(g *graph, rounds, forbidden int) (Schedule, error) {
	s := Schedule{Forbidden: forbidden, EveryoneMet: -1}
	degM := make([]int, g.nM)
	total := 0
	for e := range g.nE {
		for m := range g.nM {
			if !math.IsInf(g.score[e][m], -1) {
				degM[m]++
				total++
			}
		}
	}
	s.Needed = max(slices.Max(append(slices.Clone(g.partner), 0)), slices.Max(append(degM, 0)))
	if total == 0 {
		s.EveryoneMet = 0
	}
	met := make([][]bool, g.nE)
	for e := range met {
		met[e] = make([]bool, g.nM)
	}
	left := total
	for r := range rounds {
		if left == 0 && total > 0 { // everyone has met: a new cycle
			if s.EveryoneMet < 0 {
				s.EveryoneMet = r
			}
			for e := range met {
				clear(met[e])
			}
			left = total
		}
		pairs, busyE, busyM, err := coverRound(g, met)
		if err != nil {
			return Schedule{}, err
		}
		for _, q := range pairs {
			met[g.mentee[q.MenteeID]][g.mentor[q.MentorID]] = true
			left--
		}
		s.add(pairs, idle(g.t.MenteeIDs, busyE, g.t.MentorIDs, busyM))
	}
	if left == 0 && total > 0 && s.EveryoneMet < 0 {
		s.EveryoneMet = rounds
	}
	for e, id := range g.t.MenteeIDs {
		s.Obstacles = append(s.Obstacles, personObstacles(id, g.partner[e], rounds, s.EveryoneMet)...)
	}
	for m, id := range g.t.MentorIDs {
		s.Obstacles = append(s.Obstacles, personObstacles(id, degM[m], rounds, s.EveryoneMet)...)
	}
	sortObstacles(s.Obstacles)
	return s, nil
}

// personObstacles are a person's obstacles: too many partners for the
// rounds (when not everyone met), none, or fewer than the rounds.
func personObstacles(id string, partners, rounds, everyoneMet int) []Obstacle {
	switch {
	case partners == 0:
		return []Obstacle{{ID: id, Code: txtNone.Code, Text: text(txtNone, id)}}
	case partners > rounds && everyoneMet < 0:
		return tooMany(id, partners, rounds)
	case partners < rounds:
		return []Obstacle{{ID: id, Code: txtFew.Code, Partners: partners, Text: text(txtFew, id, partners, rounds)}}
	}
	return nil
}

// coverRound is one round of rotateTwoSided: a matching of unmet allowed
// pairs covering every person of the largest unmet degree, then of most
// pairs, then of the highest score.
func coverRound(g *graph, met [][]bool) ([]pairing.PairRef, []bool, []bool, error) {
	degE, degM := make([]int, g.nE), make([]int, g.nM)
	ok := func(e, m int) bool { return !math.IsInf(g.score[e][m], -1) && !met[e][m] }
	for e := range g.nE {
		for m := range g.nM {
			if ok(e, m) {
				degE[e]++
				degM[m]++
			}
		}
	}
	top := max(slices.Max(append(slices.Clone(degE), 0)), slices.Max(append(slices.Clone(degM), 0)))
	busyE, busyM := make([]bool, g.nE), make([]bool, g.nM)
	if top == 0 {
		return nil, busyE, busyM, nil
	}
	n := float64(min(g.nE, g.nM) + 1)
	k := n           // one more pair outweighs every score sum
	d := n*(k+1) + 1 // one more person of top degree outweighs pairs and scores
	bonus := func(deg int) float64 {
		if deg == top {
			return d
		}
		return 0
	}
	c := matching.Candidates{Rows: g.nE, Cols: g.nM + g.nE, RowStart: []int{0}}
	for e := range g.nE {
		for m := range g.nM {
			if ok(e, m) {
				c.Col = append(c.Col, m)
				c.Value = append(c.Value, bonus(degE[e])+bonus(degM[m])+k+g.score[e][m])
			}
		}
		c.Col = append(c.Col, g.nM+e)
		c.Value = append(c.Value, 0)
		c.RowStart = append(c.RowStart, len(c.Col))
	}
	a, err := matching.AssignSparse(c, matching.Maximize)
	if err != nil {
		return nil, nil, nil, err
	}
	var pairs []pairing.PairRef
	for e, m := range a.RowToCol {
		if m >= 0 && m < g.nM {
			pairs = append(pairs, pairing.PairRef{MentorID: g.t.MentorIDs[m], MenteeID: g.t.MenteeIDs[e]})
			busyE[e], busyM[m] = true, true
		}
	}
	return pairs, busyE, busyM, nil
}

// rotatePeer is Rotate for a peer programme: Circle when every pair is
// allowed, else a greedy round-by-round schedule.
func rotatePeer(t pairing.ScoreTable, rounds int) (Schedule, error) {
	people := slices.Clone(t.MenteeIDs)
	people = append(people, t.MentorIDs...)
	slices.Sort(people)
	people = slices.Compact(people)
	at := map[string]int{}
	for i, id := range people {
		at[id] = i
	}
	n := len(people)
	allowed := make([][]bool, n)
	for i := range allowed {
		allowed[i] = make([]bool, n)
	}
	r, c := t.Scores.Dims()
	for e, a := range t.MenteeIDs {
		for m, b := range t.MentorIDs {
			if e < r && m < c && a != b && !math.IsInf(t.Scores.At(e, m), -1) {
				allowed[at[a]][at[b]], allowed[at[b]][at[a]] = true, true
			}
		}
	}
	deg := make([]int, n)
	total, forbidden := 0, 0
	for i := range n {
		for j := i + 1; j < n; j++ {
			if allowed[i][j] {
				deg[i]++
				deg[j]++
				total++
			} else {
				forbidden++
			}
		}
	}
	if forbidden == 0 {
		return Circle(people, rounds)
	}
	s := Schedule{Forbidden: forbidden, EveryoneMet: -1, Needed: slices.Max(append(slices.Clone(deg), 0))}
	if total == 0 {
		s.EveryoneMet = 0
	}
	met := make([][]bool, n)
	for i := range met {
		met[i] = make([]bool, n)
	}
	left := total
	for rd := range rounds {
		if left == 0 && total > 0 {
			if s.EveryoneMet < 0 {
				s.EveryoneMet = rd
			}
			for i := range met {
				clear(met[i])
			}
			left = total
		}
		pairs, out := greedyRound(people, allowed, met)
		left -= len(pairs)
		s.add(pairs, out)
	}
	if left == 0 && total > 0 && s.EveryoneMet < 0 {
		s.EveryoneMet = rounds
	}
	for i, id := range people {
		s.Obstacles = append(s.Obstacles, personObstacles(id, deg[i], rounds, s.EveryoneMet)...)
	}
	return s, nil
}

// greedyRound pairs, one at a time, the free person with the most unmet
// free partners with that partner of theirs who has the most (ties by
// ID), marking the pairs met.
func greedyRound(people []string, allowed, met [][]bool) ([]pairing.PairRef, []string) {
	n := len(people)
	busy := make([]bool, n)
	open := func(i int) int { // unmet free partners of i
		k := 0
		for j := range n {
			if !busy[j] && allowed[i][j] && !met[i][j] {
				k++
			}
		}
		return k
	}
	var pairs []pairing.PairRef
	for {
		a, best := -1, 0
		for i := range n {
			if k := open(i); !busy[i] && k > best {
				a, best = i, k
			}
		}
		if a < 0 {
			break
		}
		b, bestB := -1, -1
		for j := range n {
			if !busy[j] && allowed[a][j] && !met[a][j] {
				if k := open(j); k > bestB {
					b, bestB = j, k
				}
			}
		}
		busy[a], busy[b] = true, true
		met[a][b], met[b][a] = true, true
		pairs = append(pairs, pairing.PairRef{MentorID: min(people[a], people[b]), MenteeID: max(people[a], people[b])})
	}
	var out []string
	for i, b := range busy {
		if !b {
			out = append(out, people[i])
		}
	}
	return pairs, out
}
