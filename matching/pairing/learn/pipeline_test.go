package learn_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/matching/pairing/learn"
	"github.com/mentorkit/mentorkit/mentoring"
	"github.com/mentorkit/mentorkit/mentoring/synthetic"
)

// pipelineTruth are the true effects of the criteria on a relationship's
// health in the simulated organisation: personality and working hours
// matter most, skills less than the defaults say, languages not at all.
var pipelineTruth = map[string]float64{
	"skills": 0.5, "interests": 0.3, "careerGoals": 0.2, "personality": 2.0,
	"languages": 0, "workingHours": 1.5, "experience": 0.8, "location": 0.4,
}

// expected is a pair's expected health under the truth.
func expected(bd []pairing.Contribution) float64 {
	h := 0.0
	for _, c := range bd {
		if c.Missing == 0 {
			h += pipelineTruth[c.Criterion] * c.Score
		}
	}
	return h
}

func sides(prog mentoring.Programme) (mentors, mentees []string) {
	for _, p := range prog.Participants {
		if p.Role == mentoring.RoleMentee {
			mentees = append(mentees, p.Person.ID)
		} else {
			mentors = append(mentors, p.Person.ID)
		}
	}
	return mentors, mentees
}

// TestPipeline runs the whole loop on real pairing breakdowns: past
// programmes of a synthetic organisation whose pairs were formed at
// random (so every kind of pair was tried), health observed with noise,
// weights learned, and a new programme paired with the learned and with
// the default weights; the learned weights must give the pairs with the
// higher expected health.
func TestPipeline(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 2026))
	people, err := synthetic.Organisation(rng, synthetic.Config{People: 400})
	if err != nil {
		t.Fatal(err)
	}
	dir, err := mentoring.NewDirectory(people, mentoring.DirectoryStrict)
	if err != nil {
		t.Fatal(err)
	}
	var past []learn.Pair
	for range 4 {
		prog, err := synthetic.Programme(rng, people, synthetic.ProgrammeConfig{Mentors: 40, Mentees: 60})
		if err != nil {
			t.Fatal(err)
		}
		p, err := pairing.New(prog, pairing.Config{Directory: dir})
		if err != nil {
			t.Fatal(err)
		}
		mentors, mentees := sides(prog)
		for range 300 {
			x, err := p.Explain(mentors[rng.IntN(len(mentors))], mentees[rng.IntN(len(mentees))])
			if err != nil {
				t.Fatal(err)
			}
			past = append(past, learn.Pair{Breakdown: x.Breakdown, Outcome: expected(x.Breakdown) + 0.3*rng.NormFloat64()})
		}
	}
	res, err := learn.Fit(past, learn.Config{Bootstrap: 50}, rng)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range res.Criteria {
		t.Logf("%-12s %-13v true %.1f coef %.3f [%.3f, %.3f] weight %.3f missing %d", c.Name, c.Status, pipelineTruth[c.Name], c.Coef, c.CoefLower, c.CoefUpper, c.Weight, c.Missing)
		if c.Status == learn.Learned && math.Abs(c.Coef-pipelineTruth[c.Name]) > 0.3 {
			t.Errorf("%s: coef %v, true %v", c.Name, c.Coef, pipelineTruth[c.Name])
		}
	}
	t.Logf("CV: %+v", res.CV)
	if !(res.CV.Learned > res.CV.Default) {
		t.Errorf("cross-validated correlation: learned %v, default %v", res.CV.Learned, res.CV.Default)
	}

	prog, err := synthetic.Programme(rng, people, synthetic.ProgrammeConfig{Mentors: 40, Mentees: 60})
	if err != nil {
		t.Fatal(err)
	}
	health := func(w *pairing.Weights) (float64, int) {
		r, err := pairing.Solve(prog, pairing.Config{Weights: w, Directory: dir})
		if err != nil {
			t.Fatal(err)
		}
		var sum float64
		for _, m := range r.Pairs {
			sum += expected(m.Breakdown)
		}
		return sum / float64(len(r.Pairs)), len(r.Pairs)
	}
	hl, nl := health(res.Weights())
	hd, nd := health(nil)
	t.Logf("new programme: mean expected health %.4f over %d pairs (learned weights), %.4f over %d (default)", hl, nl, hd, nd)
	if !(hl > hd) {
		t.Errorf("learned weights give mean health %v, defaults %v", hl, hd)
	}
}
