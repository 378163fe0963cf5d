package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRun checks the programme's output. The numbers by hand (skills and
// preference weigh 1 : 1, so each is half of a score where both apply):
//   - anna–daan: daan wants leadership, anna offers it at 5, two levels
//     above daan's 0: skills 1; daan ranks anna first of one (1), anna ranks
//     nobody, so preference is daan's side alone: 1. Score 1.
//   - bram–eva: Go covered (1); mutual first choices (1). Score 1.
//   - chen–gijs: of Go and retail (equal need 6) chen covers retail: skills
//     0.5; gijs ranks chen first (1): score 0.25 + 0.5 = 0.75.
//   - anna–femke: coaching offered without a skill entry (DefaultOfferedLevel
//     covers it fully): 1; femke ranks anna second of two (1 − 1/2): 0.75.
//   - bram–femke: coaching not offered: 0; femke ranks bram first (1), bram
//     does not rank her (0): 0.5; score 0.25. chen–femke: dismissed.
//
// Without the bound anna takes daan (1 > 0.75): 1 + 1 + 0.75 = 2.75, femke
// unmatched. Two south mentees need femke, best with anna: 0.75 + 1 + 0.75
// = 2.5, price 0.25. The rotation: femke has two allowed partners, anna and
// bram four each (more than three rounds).
//
// The buddies (identical profiles, so unranked peers follow by ID):
// daan's list eva, fleur, gijs; eva's daan, fleur, gijs; fleur's daan,
// gijs, eva; gijs's daan, eva, fleur. daan and eva put each other first,
// so they pair; fleur and gijs are left, and neither daan nor eva would
// leave the other for them: {daan, eva}, {fleur, gijs} is stable. For ans
// → bas → cor → ans (each ranks the next, then the one before), phase 1
// leaves everyone two entries; the rotation from ans, the first in ID
// order, is (ans, bas), (bas, cor), (cor, ans), and taking it out leaves
// ans with nobody.
func TestRun(t *testing.T) {
	var sb strings.Builder
	if err := run(&sb); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(want, sb.String()); d != "" {
		t.Fatalf("output (-want +got):\n%s", d)
	}
}

const want = `1. Preferences in the score (skills and preference weigh the same)
  anna  – daan  score 1.000  skills 0.500 of 0.50, preference 0.500 of 0.50
  bram  – eva   score 1.000  skills 0.500 of 0.50, preference 0.500 of 0.50
  chen  – gijs  score 0.750  skills 0.250 of 0.50, preference 0.500 of 0.50
  unmatched: femke
  chen – femke is forbidden: one of the two does not want to be paired with the other
2. A fairness bound and its price
  site north 1 of 2 mentees matched (at least 0)
  site south 2 of 2 mentees matched (at least 2)
  anna  – femke score 0.750
  bram  – eva   score 1.000
  chen  – gijs  score 0.750
  total 2.500; without the bound 2.750: the bound costs 0.250
3. A three-round rotation
  round 1: anna–daan, bram–eva, chen–gijs; sits out: femke
  round 2: anna–femke, bram–gijs, chen–daan; sits out: eva
  round 3: anna–gijs, bram–femke, chen–eva; sits out: daan
  1 pair forbidden; 4 rounds needed for everyone to meet
  anna has 4 allowed partners, more than the 3 rounds
  bram has 4 allowed partners, more than the 3 rounds
  femke has 2 allowed partners, fewer than the 3 rounds: sits out once all are met
4. A buddy scheme: stable pairs of peers
  daan + eva
  fleur + gijs
  fleur's list: daan, gijs, eva
  ans, bas and cor: participants have no stable pairing: ans is left with nobody acceptable once the rotation (ans, bas) (bas, cor) (cor, ans) is taken out (pairs of a peer and its first choice left at that point); change a ranking or a rule of one of them
`
