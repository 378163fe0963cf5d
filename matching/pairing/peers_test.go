package pairing

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/mentorkit/mentorkit/internal/jsontest"
	"github.com/mentorkit/mentorkit/matching/stable"
	"github.com/mentorkit/mentorkit/mentoring"
)

// peerPart is a peer with the given rankings (same seniority for all, so
// the peer band never forbids a pair).
func peerPart(id string, ranked ...string) mentoring.Participant {
	q := mentoring.Participant{Person: pairPerson(id, 5, mentoring.LevelMedior), Role: mentoring.RolePeerMentor, Capacity: 1}
	q.Preferences.Ranked = ranked
	return q
}

// TestStablePeersHand: a and b rank each other first, c and d each
// other; the stable pairing is {a, b}, {c, d} although a ranks c second
// and c ranks a second (by hand: no pair across prefers each other to
// their first choices). Identical profiles score alike, so the unranked
// rest follows in ID order.
func TestStablePeersHand(t *testing.T) {
	prog := pairProg(mentoring.FormatPeer,
		peerPart("a", "b", "c"), peerPart("b", "a"), peerPart("c", "d", "a"), peerPart("d", "c"))
	p, err := New(prog, Config{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := p.StablePeers()
	if err != nil {
		t.Fatal(err)
	}
	var pairs [][2]string
	for _, m := range got.Pairs {
		pairs = append(pairs, [2]string{m.A, m.B})
	}
	if d := cmp.Diff([][2]string{{"a", "b"}, {"c", "d"}}, pairs); d != "" {
		t.Errorf("pairs (-want +got):\n%s", d)
	}
	wantLists := map[string][]string{"a": {"b", "c", "d"}, "b": {"a", "c", "d"}, "c": {"d", "a", "b"}, "d": {"c", "a", "b"}}
	if d := cmp.Diff(wantLists, got.Lists); d != "" {
		t.Errorf("lists (-want +got):\n%s", d)
	}
	if len(got.Unmatched) != 0 {
		t.Errorf("unmatched %v", got.Unmatched)
	}
	jsontest.RoundTrip(t, got)
}

// TestStablePeersNone: a ranks b then c, b ranks c then a, c ranks a then
// b. By hand, each of the three pairs is blocked: {a, b} by (b, c) (b
// puts c first, c prefers b to nobody), {b, c} by (c, a), {a, c} by
// (a, b); with nobody paired every pair blocks. So no stable pairing
// exists, and the error names a peer and the rotation by ID.
func TestStablePeersNone(t *testing.T) {
	prog := pairProg(mentoring.FormatPeer, peerPart("a", "b", "c"), peerPart("b", "c", "a"), peerPart("c", "a", "b"))
	p, err := New(prog, Config{})
	if err != nil {
		t.Fatal(err)
	}
	_, err = p.StablePeers()
	if !errors.Is(err, stable.ErrNoStableMatching) {
		t.Fatalf("err %v, want ErrNoStableMatching", err)
	}
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Code != "noStablePeers" || !slices.Contains([]string{"a", "b", "c"}, fe.ID) || fe.Text.NL == "" {
		t.Fatalf("error %#v", err)
	}
	t.Log(fe.Text.EN)
	t.Log(fe.Text.NL)
}

func TestStablePeersErrors(t *testing.T) {
	prog := pairProg(mentoring.FormatOneToOne, pairMentor(pairPerson("m", 10, mentoring.LevelSenior), 1), pairMentee(pairPerson("e", 1, mentoring.LevelJunior)))
	p, err := New(prog, Config{})
	if err != nil {
		t.Fatal(err)
	}
	var fe *FieldError
	if _, err := p.StablePeers(); !errors.Is(err, ErrConfig) || !errors.As(err, &fe) || fe.Code != "stablePeersFormat" || fe.ID != "prog" {
		t.Errorf("one-to-one programme: %v", err)
	}
	// An empty peer programme pairs nobody.
	p, err = New(pairProg(mentoring.FormatPeer), Config{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := p.StablePeers()
	if err != nil || len(got.Pairs) != 0 || len(got.Unmatched) != 0 {
		t.Errorf("empty: %+v, %v", got, err)
	}
	jsontest.RoundTrip(t, got)
}

// TestStablePeersLock: a locked pair stays, and its peers are in nobody's
// list.
func TestStablePeersLock(t *testing.T) {
	prog := pairProg(mentoring.FormatPeer, peerPart("a", "c"), peerPart("b"), peerPart("c", "a"), peerPart("d"))
	p, err := New(prog, Config{Rules: Rules{Locks: []PairRef{{MentorID: "b", MenteeID: "a"}}}})
	if err != nil {
		t.Fatal(err)
	}
	got, err := p.StablePeers()
	if err != nil {
		t.Fatal(err)
	}
	want := []PeerMatch{{A: "a", B: "b", Locked: true}, {A: "c", B: "d"}}
	if d := cmp.Diff(want, got.Pairs, cmp.FilterPath(func(p cmp.Path) bool { return p.Last().String() == ".Score" }, cmp.Ignore())); d != "" {
		t.Errorf("pairs (-want +got):\n%s", d)
	}
	if d := cmp.Diff(map[string][]string{"c": {"d"}, "d": {"c"}}, got.Lists); d != "" {
		t.Errorf("lists (-want +got):\n%s", d)
	}
	// b mentors a and c mentors b: Solve may keep both, a split into pairs
	// cannot.
	// (Listed with the later mentee first: the field names the lock's own
	// place in Rules.Locks.)
	p, err = New(prog, Config{Rules: Rules{Locks: []PairRef{{MentorID: "c", MenteeID: "b"}, {MentorID: "b", MenteeID: "a"}}}})
	if err != nil {
		t.Fatal(err)
	}
	var fe *FieldError
	if _, err := p.StablePeers(); !errors.Is(err, ErrLock) || !errors.As(err, &fe) || fe.Code != "peerLockedTwice" || fe.ID != "b" || fe.Field != "rules.locks[0]" {
		t.Errorf("two locks on b: %v", err)
	}
}

// TestStablePeersRandom checks StablePeers on 300 random peer programmes
// of 2–7 peers (languages under the shared-language rule, bans, random
// rankings) against what the test works out on its own: each list holds
// exactly the peers Explain allows in some direction, ranked ones first
// in the peer's order, then by Explain's score, best first; every pair
// is on both lists; and, by brute force over all pairings of the lists,
// a stable pairing exists exactly when StablePeers finds one, and the one
// it finds has no blocking pair.
func TestStablePeersRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 14))
	langs := []string{"nl", "en", "de"}
	var none, pairs int
	defer func() { t.Logf("%d programmes without a stable pairing, %d pairs formed in the others", none, pairs) }()
	for trial := range 300 {
		n := 2 + rng.IntN(6)
		var parts []mentoring.Participant
		ids := make([]string, n)
		for i := range ids {
			ids[i] = "p" + strconv.Itoa(i)
		}
		for i := range n {
			q := peerPart(ids[i])
			q.Person.Languages = []string{langs[rng.IntN(3)]}
			if rng.IntN(2) == 0 {
				q.Person.Languages = append(q.Person.Languages, langs[rng.IntN(3)])
				slices.Sort(q.Person.Languages)
				q.Person.Languages = slices.Compact(q.Person.Languages)
			}
			q.Person.Seniority.Years = float64(3 + rng.IntN(4))
			for _, j := range rng.Perm(n) {
				if j != i && rng.IntN(3) > 0 {
					q.Preferences.Ranked = append(q.Preferences.Ranked, ids[j])
				}
			}
			parts = append(parts, q)
		}
		cfg := Config{Rules: Rules{SharedLanguage: true}}
		if rng.IntN(2) == 0 {
			a, b := rng.IntN(n), rng.IntN(n)
			if a != b {
				cfg.Rules.Bans = []PairRef{{MentorID: ids[a], MenteeID: ids[b]}}
			}
		}
		p, err := New(pairProg(mentoring.FormatPeer, parts...), cfg)
		if err != nil {
			t.Fatalf("trial %d: %v", trial, err)
		}
		// Acceptability and scores from Explain, both directions.
		ok := make([][]bool, n)
		sc := make([][]float64, n)
		for i := range n {
			ok[i], sc[i] = make([]bool, n), make([]float64, n)
			for j := range n {
				sc[i][j] = math.Inf(-1)
				if i == j {
					continue
				}
				for _, dir := range [][2]int{{i, j}, {j, i}} { // (mentor, mentee)
					x, err := p.Explain(ids[dir[0]], ids[dir[1]])
					if err != nil {
						t.Fatal(err)
					}
					if rules := slices.DeleteFunc(slices.Clone(x.Rules), func(r Rule) bool { return r == RulePeerDirection }); len(rules) == 0 {
						ok[i][j] = true
						sc[i][j] = max(sc[i][j], x.Score)
					}
				}
			}
		}
		got, err := p.StablePeers()
		if err != nil && !errors.Is(err, stable.ErrNoStableMatching) {
			t.Fatalf("trial %d: %v", trial, err)
		}
		lists := make([][]int, n)
		for i := range n {
			var want []int
			for _, id := range parts[i].Preferences.Ranked {
				j, _ := strconv.Atoi(id[1:])
				if ok[i][j] {
					want = append(want, j)
				}
			}
			var rest []int
			for j := range n {
				if ok[i][j] && !slices.Contains(want, j) {
					rest = append(rest, j)
				}
			}
			slices.SortStableFunc(rest, func(a, b int) int {
				if sc[i][a] != sc[i][b] {
					if sc[i][a] > sc[i][b] {
						return -1
					}
					return 1
				}
				return 0
			})
			lists[i] = append(want, rest...)
			if err == nil {
				var names []string
				for _, j := range lists[i] {
					names = append(names, ids[j])
				}
				if !slices.Equal(names, got.Lists[ids[i]]) {
					t.Fatalf("trial %d: list of %s = %v, want %v", trial, ids[i], got.Lists[ids[i]], names)
				}
			}
		}
		exists := bruteStableExists(lists)
		if (err == nil) != exists {
			t.Fatalf("trial %d: StablePeers err %v, brute force finds a stable pairing: %v (lists %v)", trial, err, exists, lists)
		}
		if err != nil {
			none++
			continue
		}
		pairs += len(got.Pairs)
		partner := make([]int, n)
		for i := range partner {
			partner[i] = -1
		}
		for _, m := range got.Pairs {
			a, _ := strconv.Atoi(m.A[1:])
			b, _ := strconv.Atoi(m.B[1:])
			if !ok[a][b] || m.Score != sc[a][b] {
				t.Fatalf("trial %d: pair %v not allowed or score %v, want %v", trial, m, m.Score, sc[a][b])
			}
			partner[a], partner[b] = b, a
		}
		if blocking(lists, partner) {
			t.Fatalf("trial %d: pairing %v has a blocking pair under %v", trial, partner, lists)
		}
	}
}

// bruteStableExists tries every pairing of the people of lists (pairs
// only of mutually listed people) for one without a blocking pair.
func bruteStableExists(lists [][]int) bool {
	n := len(lists)
	partner := make([]int, n)
	for i := range partner {
		partner[i] = -1
	}
	var try func(i int) bool
	try = func(i int) bool {
		for i < n && partner[i] >= 0 {
			i++
		}
		if i == n {
			return !blocking(lists, partner)
		}
		if try(i + 1) { // i stays single
			return true
		}
		for _, j := range lists[i] {
			if j > i && partner[j] < 0 && slices.Contains(lists[j], i) {
				partner[i], partner[j] = j, i
				if try(i + 1) {
					return true
				}
				partner[i], partner[j] = -1, -1
			}
		}
		return false
	}
	return try(0)
}

// blocking reports whether two people who list each other both prefer
// each other to their partners (a partner's absence is worst).
func blocking(lists [][]int, partner []int) bool {
	prefers := func(i, j int) bool { // i prefers j to its partner
		rj := slices.Index(lists[i], j)
		if rj < 0 {
			return false
		}
		return partner[i] < 0 || rj < slices.Index(lists[i], partner[i])
	}
	for i := range lists {
		for _, j := range lists[i] {
			if j != partner[i] && slices.Contains(lists[j], i) && prefers(i, j) && prefers(j, i) {
				return true
			}
		}
	}
	return false
}

// FuzzStablePeers: rankings, languages, bans and a lock drawn from the
// input; StablePeers never panics, and a pairing it returns is on the
// lists it reports, with no blocking pair.
func FuzzStablePeers(f *testing.F) {
	f.Add([]byte{5, 1, 2, 3, 4, 0, 9, 9, 1})
	f.Add([]byte{3, 1, 2, 2, 0, 0, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) == 0 {
			return
		}
		next := func() int {
			if len(data) == 0 {
				return 0
			}
			b := data[0]
			data = data[1:]
			return int(b)
		}
		n := next() % 9
		ids := make([]string, n)
		for i := range ids {
			ids[i] = "p" + strconv.Itoa(i)
		}
		var parts []mentoring.Participant
		for i := range n {
			q := peerPart(ids[i])
			q.Person.Languages = []string{[]string{"nl", "en"}[next()%2]}
			for k := next() % (n + 1); k > 0; k-- {
				if j := next() % n; j != i && !slices.Contains(q.Preferences.Ranked, ids[j]) {
					q.Preferences.Ranked = append(q.Preferences.Ranked, ids[j])
				}
			}
			parts = append(parts, q)
		}
		cfg := Config{Rules: Rules{SharedLanguage: next()%2 == 0}}
		if n >= 2 && next()%3 == 0 {
			cfg.Rules.Locks = []PairRef{{MentorID: ids[next()%n], MenteeID: ids[next()%n]}}
		}
		p, err := New(pairProg(mentoring.FormatPeer, parts...), cfg)
		if err != nil {
			return // a lock that breaks a rule, or on oneself: New's errors, tested elsewhere
		}
		got, err := p.StablePeers()
		if err != nil {
			if !errors.Is(err, stable.ErrNoStableMatching) {
				t.Fatal(err)
			}
			return
		}
		idx := map[string]int{}
		for i, id := range ids {
			idx[id] = i
		}
		lists := make([][]int, n)
		partner := make([]int, n)
		for i := range partner {
			partner[i] = -1
			for _, id := range got.Lists[ids[i]] {
				lists[i] = append(lists[i], idx[id])
			}
		}
		for _, m := range got.Pairs {
			a, b := idx[m.A], idx[m.B]
			if !m.Locked && (!slices.Contains(lists[a], b) || !slices.Contains(lists[b], a)) {
				t.Fatalf("pair %v not on both lists %v", m, got.Lists)
			}
			if !m.Locked {
				partner[a], partner[b] = b, a
			}
		}
		if blocking(lists, partner) {
			t.Fatalf("blocking pair in %v under %v", got.Pairs, got.Lists)
		}
	})
}
