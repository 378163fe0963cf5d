package causal

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mentorkit/mentorkit/internal/jsontest"
)

func applicants(n int, strata ...string) []Applicant {
	out := make([]Applicant, n)
	for i := range out {
		out[i] = Applicant{ID: fmt.Sprintf("a%04d", i)}
		if len(strata) > 0 {
			out[i].Stratum = strata[i%len(strata)]
		}
	}
	return out
}

func reversed[T any](s []T) []T {
	r := slices.Clone(s)
	slices.Reverse(r)
	return r
}

// The same generator state and the same applicants in any order give the
// same draw, for every scheme and the lottery.
func TestRandomizeOrderInvariant(t *testing.T) {
	as := applicants(103, "hr", "it", "ops")
	for _, d := range []Design{{Scheme: SchemeSimple}, {Scheme: SchemeStratified, Share: 0.3}, {Scheme: SchemeBlocked, BlockSize: 6}} {
		a, err := Randomize(as, d, rand.New(rand.NewPCG(1, 1)))
		if err != nil {
			t.Fatal(err)
		}
		b, err := Randomize(reversed(as), d, rand.New(rand.NewPCG(1, 1)))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(a, b); diff != "" {
			t.Errorf("%v: order changes the draw:\n%s", d.Scheme, diff)
		}
		jsontest.RoundTrip(t, a)
		jsontest.RoundTrip(t, d)
	}
	l1, _ := DrawLottery(as, 20, rand.New(rand.NewPCG(2, 2)))
	l2, _ := DrawLottery(reversed(as), 20, rand.New(rand.NewPCG(2, 2)))
	if diff := cmp.Diff(l1, l2); diff != "" {
		t.Errorf("lottery: order changes the draw:\n%s", diff)
	}
	jsontest.RoundTrip(t, l1)
}

// Stratified: each stratum gets floor or ceil of share·n treated. Blocked:
// every full block has exactly share·BlockSize treated.
func TestRandomizeCounts(t *testing.T) {
	as := applicants(50, "a", "b", "c") // strata of 17, 17, 16
	rng := rand.New(rand.NewPCG(3, 3))
	for range 50 {
		al, err := Randomize(as, Design{Scheme: SchemeStratified, Share: 0.5}, rng)
		if err != nil {
			t.Fatal(err)
		}
		per := map[string][2]int{}
		for _, a := range al.Assignments {
			c := per[a.Stratum]
			c[0]++
			if a.Treated {
				c[1]++
			}
			per[a.Stratum] = c
		}
		for s, c := range per {
			lo := int(math.Floor(0.5 * float64(c[0])))
			if c[1] != lo && c[1] != lo+1 {
				t.Errorf("stratum %s: %d treated of %d", s, c[1], c[0])
			}
		}
		bl, err := Randomize(as, Design{Scheme: SchemeBlocked, Share: 0.25, BlockSize: 4}, rng)
		if err != nil {
			t.Fatal(err)
		}
		blocks := map[[2]any][2]int{}
		for _, a := range bl.Assignments {
			k := [2]any{a.Stratum, a.Block}
			c := blocks[k]
			c[0]++
			if a.Treated {
				c[1]++
			}
			blocks[k] = c
		}
		for k, c := range blocks {
			if (c[0] == 4 && c[1] != 1) || c[1] > 1 {
				t.Errorf("block %v: %d treated of %d", k, c[1], c[0])
			}
		}
	}
}

// Simple randomisation and the lottery are fair: over many draws each
// applicant is treated (offered) with the intended probability, within
// five binomial standard deviations.
func TestRandomizeFair(t *testing.T) {
	as := applicants(10)
	rng := rand.New(rand.NewPCG(4, 4))
	const runs = 4000
	treated, offered := make([]int, 10), make([]int, 10)
	for range runs {
		al, _ := Randomize(as, Design{Scheme: SchemeSimple, Share: 0.3}, rng)
		for i, a := range al.Assignments {
			if a.Treated {
				treated[i]++
			}
		}
		l, _ := DrawLottery(as, 3, rng)
		for _, id := range l.Offered {
			var i int
			fmt.Sscanf(id, "a%d", &i)
			offered[i]++
		}
		if len(l.Offered)+len(l.Waitlist) != 10 {
			t.Fatalf("lottery lost applicants: %+v", l)
		}
	}
	sd := math.Sqrt(runs * 0.3 * 0.7)
	for i := range 10 {
		if math.Abs(float64(treated[i])-runs*0.3) > 5*sd || math.Abs(float64(offered[i])-runs*0.3) > 5*sd {
			t.Errorf("applicant %d: treated %d, offered %d of %d, want about %v", i, treated[i], offered[i], runs, runs*0.3)
		}
	}
}

func TestRandomizeBadInput(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	tests := []struct {
		name string
		as   []Applicant
		d    Design
		rng  *rand.Rand
		want error
	}{
		{"unset scheme", applicants(3), Design{}, rng, ErrOutOfRange},
		{"unknown scheme", applicants(3), Design{Scheme: 9}, rng, ErrUnknownEnum},
		{"share 1", applicants(3), Design{Scheme: SchemeSimple, Share: 1}, rng, ErrOutOfRange},
		{"share NaN", applicants(3), Design{Scheme: SchemeSimple, Share: math.NaN()}, rng, ErrOutOfRange},
		{"block share", applicants(3), Design{Scheme: SchemeBlocked, Share: 0.3, BlockSize: 4}, rng, ErrOutOfRange},
		{"negative block", applicants(3), Design{Scheme: SchemeBlocked, BlockSize: -2}, rng, ErrOutOfRange},
		{"nil rng", applicants(3), Design{Scheme: SchemeSimple}, nil, ErrOutOfRange},
		{"duplicate", []Applicant{{ID: "a"}, {ID: "a"}}, Design{Scheme: SchemeSimple}, rng, ErrOutOfRange},
		{"empty id", []Applicant{{}}, Design{Scheme: SchemeSimple}, rng, ErrOutOfRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Randomize(tt.as, tt.d, tt.rng); !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
	if _, err := DrawLottery(applicants(3), -1, rng); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("negative places: %v", err)
	}
	if _, err := DrawLottery(applicants(3), 1, nil); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("nil rng: %v", err)
	}
	if l, err := DrawLottery(applicants(3), 10, rng); err != nil || len(l.Offered) != 3 || len(l.Waitlist) != 0 {
		t.Errorf("more places than applicants: %+v %v", l, err)
	}
}

func FuzzRandomize(f *testing.F) {
	f.Add([]byte("abcabc"), uint8(2), 0.5, 4, uint64(1))
	f.Fuzz(func(t *testing.T, ids []byte, scheme uint8, share float64, block int, seed uint64) {
		as := make([]Applicant, len(ids))
		for i, b := range ids {
			as[i] = Applicant{ID: fmt.Sprint(i), Stratum: string(rune('a' + b%3))}
		}
		block %= 64
		al, err := Randomize(as, Design{Scheme: Scheme(scheme % 5), Share: share, BlockSize: block}, rand.New(rand.NewPCG(seed, 0)))
		if err == nil && al.Treated+al.Control != len(as) {
			t.Fatalf("%d + %d != %d", al.Treated, al.Control, len(as))
		}
		l, err := DrawLottery(as, block, rand.New(rand.NewPCG(seed, 0)))
		if err == nil && len(l.Offered)+len(l.Waitlist) != len(as) {
			t.Fatalf("lottery %+v", l)
		}
	})
}
