package causal_test

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/mentorkit/mentorkit/evaluation/causal"
)

// Mentees chose to join; the controls did not. Matching on the propensity
// score pairs each mentee with a similar colleague, the balance table
// flags what still differs, and Rosenbaum's bounds say how strong a hidden
// bias would have to be to explain the effect on engagement away.
func ExampleMatchPropensity() {
	rng := rand.New(rand.NewPCG(1, 2))
	var subjects []causal.Subject
	engagement := map[string]float64{}
	for i := range 400 {
		age, tenure := 25+20*rng.Float64(), 10*rng.Float64()
		joined := rng.Float64() < 1/(1+math.Exp(-(-3+0.05*age+0.1*tenure)))
		id := fmt.Sprintf("p%03d", i)
		subjects = append(subjects, causal.Subject{ID: id, Treated: joined, Covariates: []float64{age, tenure}})
		y := 3 + 0.02*age + rng.NormFloat64()
		if joined {
			y += 0.5 // the programme's effect
		}
		engagement[id] = y
	}
	m, err := causal.MatchPropensity(subjects, causal.MatchConfig{Names: []string{"age", "tenure"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d pairs, %d mentees unmatched\n", len(m.Pairs), len(m.Unmatched))
	for _, b := range m.Balance {
		fmt.Printf("%-6s SMD before %+.2f (imbalanced %v), after %+.2f (imbalanced %v)\n",
			b.Covariate, b.Before.SMD, b.ImbalancedBefore, b.After.SMD, b.Imbalanced)
	}
	t, c, _ := causal.PairOutcomes(m, engagement)
	s, err := causal.Rosenbaum(t, c, causal.SensitivityConfig{Gammas: []float64{1, 2}})
	if err != nil {
		fmt.Println(err)
		return
	}
	// Mentees with equal propensities make several matchings equally
	// optimal (the same total distance); the sensitivity below is that of
	// the one the solver returns, which is deterministic but not the only
	// optimum.
	fmt.Printf("p ≤ %.2g at Γ = 1, ≤ %.2g at Γ = 2; significance lost at Γ = %.1f\n",
		s.Bounds[0].PUpper, s.Bounds[1].PUpper, s.GammaCritical)
	// Output:
	// 137 pairs, 0 mentees unmatched
	// age    SMD before +0.28 (imbalanced true), after +0.03 (imbalanced false)
	// tenure SMD before +0.37 (imbalanced true), after +0.01 (imbalanced false)
	// p ≤ 2.6e-05 at Γ = 1, ≤ 0.24 at Γ = 2; significance lost at Γ = 1.6
}

// Before/after engagement of two mentees and two colleagues: the
// difference in differences is (5 − 2) − (2 − 1) = 2.
func ExampleDiffInDiff() {
	rows := []causal.PanelRow{
		{ID: "a", Treated: true, Post: false, Y: 1}, {ID: "a", Treated: true, Post: true, Y: 4},
		{ID: "b", Treated: true, Post: false, Y: 3}, {ID: "b", Treated: true, Post: true, Y: 6},
		{ID: "c", Treated: false, Post: false, Y: 0}, {ID: "c", Treated: false, Post: true, Y: 1.5},
		{ID: "d", Treated: false, Post: false, Y: 2}, {ID: "d", Treated: false, Post: true, Y: 2.5},
	}
	d, err := causal.DiffInDiff(rows, causal.DiDConfig{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("DiD %.2f, classical SE %.3f, cluster SE %.3f (%d persons)\n",
		d.Effect.Estimate, d.Effect.Classical.SE, d.Effect.Cluster.SE, d.Clusters)
	// Output:
	// DiD 2.00, classical SE 1.803, cluster SE 0.540 (4 persons)
}

// Rosenbaum's bounds on the lead data of Rosenbaum (2002, §4.3): 33
// matched pairs of children of workers exposed to lead and controls.
func ExampleRosenbaum() {
	exposed := []float64{38, 23, 41, 18, 37, 36, 23, 62, 31, 34, 24, 14, 21, 17, 16, 20, 15, 10, 45, 39, 22, 35, 49, 48, 44, 35, 43, 39, 34, 13, 73, 25, 27}
	control := []float64{16, 18, 18, 24, 19, 11, 10, 15, 16, 18, 18, 13, 19, 10, 16, 16, 24, 13, 9, 14, 21, 19, 7, 18, 19, 12, 11, 22, 25, 16, 13, 11, 13}
	s, err := causal.Rosenbaum(exposed, control, causal.SensitivityConfig{Gammas: []float64{1, 2, 3}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("T+ = %v over %d pairs (%d zero dropped)\n", s.TPlus, s.Pairs, s.ZeroDropped)
	for _, b := range s.Bounds {
		fmt.Printf("Γ = %v: p ≤ %.2g (exact %.2g)\n", b.Gamma, b.PUpper, b.PUpperExact)
	}
	fmt.Printf("significance at 5%% lost at Γ = %.2f\n", s.GammaCritical)
	// Output:
	// T+ = 499 over 32 pairs (1 zero dropped)
	// Γ = 1: p ≤ 5.5e-06 (exact 4e-07)
	// Γ = 2: p ≤ 0.0018 (exact 0.00041)
	// Γ = 3: p ≤ 0.013 (exact 0.006)
	// significance at 5% lost at Γ = 4.43
}

// A stratified randomisation of twelve applicants in two departments,
// and a lottery for four places among them with a waitlist.
func ExampleRandomize() {
	var as []causal.Applicant
	for i := range 12 {
		as = append(as, causal.Applicant{ID: fmt.Sprintf("a%02d", i), Stratum: []string{"hr", "it"}[i%2]})
	}
	al, err := causal.Randomize(as, causal.Design{Scheme: causal.SchemeStratified}, rand.New(rand.NewPCG(7, 7)))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d treated, %d control\n", al.Treated, al.Control)
	l, _ := causal.DrawLottery(as, 4, rand.New(rand.NewPCG(7, 7)))
	fmt.Println("offered:", l.Offered)
	fmt.Println("waitlist:", l.Waitlist)
	// Output:
	// 6 treated, 6 control
	// offered: [a03 a05 a06 a09]
	// waitlist: [a10 a04 a02 a08 a01 a07 a00 a11]
}

// Offered a place by lottery, three in four took it; nobody else did.
// The complier effect scales the intention-to-treat effect by take-up.
func ExampleComplierEffect() {
	assigned := []bool{true, true, true, true, true, true, true, true, false, false, false, false, false, false, false, false}
	took := []bool{true, true, true, true, true, true, false, false, false, false, false, false, false, false, false, false}
	y := []float64{7, 8, 6, 9, 7, 8, 5, 6, 5, 6, 4, 6, 5, 5, 6, 5}
	r, err := causal.ComplierEffect(assigned, took, y, causal.EffectConfig{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("ITT %.3f, take-up %.2f, CACE %.3f (SE %.3f)\n",
		r.Outcome.Effect.Estimate, r.TakeUp.Effect.Estimate, r.Effect.Estimate, r.Effect.SE)
	// Output:
	// ITT 1.750, take-up 0.75, CACE 2.333 (SE 0.554)
}

// The propensity model of R's glm (R 4.2.2 gives age 0.19903812, SE
// 0.11977115, and 0.3798 for person 0), and what happens when a covariate
// separates the mentored from the rest: an error instead of huge
// coefficients.
func ExampleEstimatePropensity() {
	age := []float64{34, 35, 31, 59, 27, 30, 49, 28, 60, 38, 45, 26}
	joined := []bool{false, true, false, true, false, false, true, true, true, false, true, false}
	var subjects []causal.Subject
	for i := range age {
		subjects = append(subjects, causal.Subject{ID: fmt.Sprint(i), Treated: joined[i], Covariates: []float64{age[i]}})
	}
	p, err := causal.EstimatePropensity(subjects, []string{"age"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s: %+.4f (SE %.4f); score of person 0: %.3f\n", p.Model.Terms[1], p.Model.Coef[1], p.Model.SE[1], p.Score[0])

	// Everyone over 40 joined, nobody under: separation.
	for i := range subjects {
		subjects[i].Treated = age[i] > 40
	}
	_, err = causal.EstimatePropensity(subjects, []string{"age"})
	fmt.Println(errors.Is(err, causal.ErrSeparation))
	// Output:
	// age: +0.1990 (SE 0.1198); score of person 0: 0.380
	// true
}

// An intention-to-treat comparison of a lottery: the offered against the
// others, whatever they did with the offer.
func ExampleIntentionToTreat() {
	offered := []bool{true, true, true, true, false, false, false, false}
	y := []float64{4.1, 3.8, 4.5, 3.9, 3.6, 3.2, 3.9, 3.3}
	r, err := causal.IntentionToTreat(offered, y, causal.EffectConfig{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("ITT %.3f [%.3f, %.3f]\n", r.Effect.Estimate, r.Effect.Lower, r.Effect.Upper)
	// Output:
	// ITT 0.575 [0.141, 1.009]
}

// Five places among eight applicants; the rest wait in draw order.
func ExampleDrawLottery() {
	as := []causal.Applicant{{ID: "ann"}, {ID: "bob"}, {ID: "cas"}, {ID: "dee"}, {ID: "eva"}, {ID: "fay"}, {ID: "gus"}, {ID: "hal"}}
	l, err := causal.DrawLottery(as, 5, rand.New(rand.NewPCG(2027, 1)))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("offered:", l.Offered)
	fmt.Println("waitlist:", l.Waitlist)
	// Output:
	// offered: [ann bob cas dee fay]
	// waitlist: [eva hal gus]
}
