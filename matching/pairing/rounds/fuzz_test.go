package rounds

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching/pairing"
)

// FuzzRound feeds Round (and Simulate, three rounds) a state built from the fuzzer's text (active
// pairs "mentor:mentee", waiting "mentee@hours-ago", ended pairs) and
// settings: never a panic; an error is a list of *FieldError; a result
// has each mentee either active or waiting, every new pair at or above
// the cutoff, and its state decodes back to itself as JSON.
func FuzzRound(f *testing.F) {
	f.Add("m1:e1", "e2@24,e3@400", "m2:e2", 0.0, 0.0, uint8(0), false)
	f.Add("", "e1@-5,e1@3", "", 0.5, 0.1, uint8(2), true)
	f.Add("m1:e9,zz:e1", "", "m1:e1,m2:e1", 1.1, -3.0, uint8(7), false)
	f.Add("", "e1@2562047,e2@1", "", 0.0, 1e6, uint8(2), false)
	f.Add("", "e1@100", "", 0.0, 1e250, uint8(2), false)
	prog, cfg := small()
	f.Fuzz(func(t *testing.T, active, waiting, ended string, cutoff, weight float64, wait uint8, rotate bool) {
		st := pairing.State{ProgrammeID: "pilot"}
		for _, a := range strings.Split(active, ",") {
			if m, e, ok := strings.Cut(a, ":"); ok {
				st.Active = append(st.Active, pairing.Tenure{MentorID: m, MenteeID: e, Since: now0.AddDate(0, -1, 0)})
			}
		}
		for _, a := range strings.Split(ended, ",") {
			if m, e, ok := strings.Cut(a, ":"); ok {
				st.Ended = append(st.Ended, pairing.Tenure{MentorID: m, MenteeID: e, Since: now0.AddDate(0, -3, 0), Until: now0.AddDate(0, -2, 0)})
			}
		}
		for _, w := range strings.Split(waiting, ",") {
			if e, h, ok := strings.Cut(w, "@"); ok {
				d, _ := time.ParseDuration(h + "h")
				st.Waiting = append(st.Waiting, pairing.Tenure{MenteeID: e, Since: now0.Add(-d)})
			}
		}
		rc := Config{Cutoff: cutoff, WeekWeight: weight, Wait: WaitMode(wait), Rotate: rotate}
		sc := SimConfig{Rounds: 3, Round: rc, EndProbability: math.Abs(math.Mod(weight, 1)), LeaveProbability: math.Abs(math.Mod(cutoff, 1))}
		if _, err := Simulate(prog, cfg, st, sc, now0, rand.New(rand.NewPCG(1, 1))); err != nil {
			if _, ok := fault.List(err); !ok {
				t.Fatalf("Simulate: not a FieldError: %v", err)
			}
		}
		res, err := Round(prog, cfg, st, rc, now0)
		if err != nil {
			if _, ok := fault.List(err); !ok {
				t.Fatalf("not a FieldError: %v", err)
			}
			return
		}
		status := map[string]int{}
		for _, a := range res.State.Active {
			status[a.MenteeID]++
		}
		for _, w := range res.State.Waiting {
			status[w.MenteeID]++
		}
		for _, e := range []string{"e1", "e2", "e3"} {
			if status[e] != 1 {
				t.Fatalf("%s is %d times active or waiting: %+v", e, status[e], res.State)
			}
		}
		for _, p := range res.Pairs {
			if p.Score < cutoff {
				t.Fatalf("pair %+v below cutoff %v", p, cutoff)
			}
		}
		b, err := json.Marshal(res)
		if err != nil {
			t.Fatal(err)
		}
		var back Result
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if _, err := Round(prog, cfg, res.State, rc, now0.Add(Week)); err != nil {
			t.Fatalf("the advanced state is refused: %v", err)
		}
	})
}
