package fair

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/mentorkit/mentorkit/matching/pairing"
)

// FuzzSolve: any programme shape and any decoded Config give a result or
// an error, never a panic; a result meets its bounds and equals the
// enumerated optimum.
func FuzzSolve(f *testing.F) {
	f.Add(uint64(1), uint8(3), uint8(5), uint8(2), false, `{"mentees":[{"attribute":"gender","bounds":[{"value":"f","min":2}]}]}`)
	f.Add(uint64(2), uint8(2), uint8(4), uint8(1), true, `{"mentors":[{"attribute":"site","bounds":[{"value":"a","min":1,"max":1}]}],"prices":true}`)
	f.Add(uint64(3), uint8(4), uint8(6), uint8(3), false, `{"mentees":[{"attribute":"gender","bounds":[{"value":"m","max":0},{"value":"f","minRate":0.5}]}],"mentors":[{"attribute":"site","bounds":[{"value":"b","min":2}]}]}`)
	f.Add(uint64(4), uint8(1), uint8(1), uint8(1), false, `{"mentees":[{"attribute":"nobody","bounds":[{"value":"","min":-1}]}]}`)
	f.Add(uint64(5), uint8(3), uint8(5), uint8(2), false, `{"mentees":[{"attribute":"gender","bounds":[{"value":"f","min":1}]},{"attribute":"team","bounds":[{"value":"x","max":1}]}]}`)
	f.Add(uint64(6), uint8(3), uint8(5), uint8(2), false, `{"mentees":[{"attribute":"gender","bounds":[],"minRateRatio":0.8}],"prices":true}`)
	f.Add(uint64(7), uint8(3), uint8(5), uint8(2), false, `{"mentees":[{"attribute":"gender","bounds":[{"value":"f","minShare":0.6}]}],"mentors":[{"attribute":"site","bounds":[{"value":"a","min":1}]}]}`)
	f.Fuzz(func(t *testing.T, seed uint64, nM, nE, capa uint8, participation bool, cfgJSON string) {
		var cfg Config
		if json.Unmarshal([]byte(cfgJSON), &cfg) != nil {
			return
		}
		rng := rand.New(rand.NewPCG(seed, 17))
		prog, pcfg := testProgramme(t, rng, 1+int(nM%4), 1+int(nE%6), 1+int(capa%3))
		if participation {
			pcfg.Priority = pairing.PriorityParticipation
		}
		saved := candidatesPerMentee
		candidatesPerMentee = 1 + int(seed%2) // pricing adds back the rest
		res, err := Solve(prog, pcfg, cfg)
		candidatesPerMentee = saved
		if err != nil {
			return
		}
		for _, g := range res.Groups {
			if g.Count < g.Min || (g.Max != nil && g.Count > *g.Max) {
				t.Fatalf("group %+v breaks its bound", g)
			}
		}
		p, err := pairing.New(prog, pcfg)
		if err != nil {
			t.Fatal(err)
		}
		resolved, _ := prog.Resolve(pcfg.Directory)
		pr, err := newProblem(p, resolved, pcfg, cfg)
		if err != nil {
			t.Fatal(err)
		}
		want, ok := bruteBest(pr.t, participation, pr.mentee, pr.mentor, pr.extra...)
		if pr.relaxed() {
			if !ok || res.TotalScore > want.TotalScore+1e-9 || res.Bound < want.TotalScore-1e-9 {
				t.Fatalf("overlap: got %v (bound %v); enumeration %+v (ok %v)", res.TotalScore, res.Bound, want, ok)
			}
			return
		}
		if !ok || want.Matched != res.Matched && participation || math.Abs(want.TotalScore-res.TotalScore) > 1e-9 {
			t.Fatalf("got %d matched, %v; enumeration %+v (ok %v)", res.Matched, res.TotalScore, want, ok)
		}
	})
}
