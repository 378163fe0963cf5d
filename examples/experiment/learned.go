package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"text/tabwriter"

	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/matching/pairing/learn"
	"github.com/mentorkit/mentorkit/matching/quality"
	"github.com/mentorkit/mentorkit/matching/stable"
	"github.com/mentorkit/mentorkit/mentoring"
	"github.com/mentorkit/mentorkit/mentoring/synthetic"
)

// The learned-weights validation: true criterion effects are drawn, past
// programmes of separate training organisations are paired at random (so
// every kind of pair was tried) and their outcomes generated from the
// truth plus noise, learn.Fit estimates the effects, and the comparison
// table's organisations (never seen in training) are paired with the
// learned and with the default weights and scored by the truth.

// criteria are the built-in criteria the synthetic programmes score, in
// the order of pairing's breakdowns.
var criteria = []string{"skills", "interests", "careerGoals", "personality", "languages", "workingHours", "experience", "location"}

// ladder are the true effects, dealt to the criteria in a seeded random
// order: distinct and 0.3 apart so that the true rank order is strict and
// recoverable from a few thousand pairs (the standard error of a slope on
// a score spread over [0, 1] with σ = 0.5 is about 0.03).
var ladder = []float64{0, 0.3, 0.6, 0.9, 1.2, 1.5, 1.8, 2.1}

const (
	// learnSigma is the noise of the continuous outcome.
	learnSigma = 0.5
	// binaryIntercept puts the binary outcome's log-odds at −4.5 + Σ β_k
	// s_k: about half the random past pairs complete.
	binaryIntercept = -4.5
	// pastPairs is the number of random past pairs per training
	// organisation with a continuous outcome; binaryFactor times as many
	// have a binary one (a 0/1 outcome carries less information).
	pastPairs    = 300
	binaryFactor = 3
)

// truth maps each criterion to its true effect.
type truth map[string]float64

// drawTruth deals the ladder to the criteria in a random order.
func drawTruth(rng *rand.Rand) truth {
	perm := rng.Perm(len(ladder))
	t := truth{}
	for i, c := range criteria {
		t[c] = ladder[perm[i]]
	}
	return t
}

// expected is a pair's expected outcome (continuous) or log-odds without
// the intercept (binary) under the truth: a criterion without data adds 0.
func (t truth) expected(bd []pairing.Contribution) float64 {
	h := 0.0
	for _, c := range bd {
		if c.Missing == 0 {
			h += t[c.Criterion] * c.Score
		}
	}
	return h
}

// org is one synthetic organisation's programme, ready to pair.
type org struct {
	name string
	prog mentoring.Programme
	dir  *mentoring.Directory
}

// newOrg draws one organisation and its programme as the comparison
// table does.
func newOrg(rng *rand.Rand, people int, name string) (org, error) {
	o, err := synthetic.Organisation(rng, synthetic.Config{People: people})
	if err != nil {
		return org{}, err
	}
	prog, err := synthetic.Programme(rng, o, synthetic.ProgrammeConfig{Mentors: people / 15, Mentees: people * 2 / 15, MaxCapacity: 3})
	if err != nil {
		return org{}, err
	}
	dir, err := mentoring.NewDirectory(o, mentoring.DirectoryStrict)
	if err != nil {
		return org{}, err
	}
	return org{name: name, prog: prog, dir: dir}, nil
}

// explainer scores any pair with every built-in criterion switched on, so
// that the truth can be read from its breakdown whatever weights formed it.
func (o org) explainer() (*pairing.Pairing, error) {
	return pairing.New(o.prog, pairing.Config{Directory: o.dir})
}

// learnReport is the outcome of one fit (continuous or binary).
type learnReport struct {
	outcome learn.Outcome
	pairs   int
	ones    int // binary: completed pairs
	res     *learn.Result
	spear   float64 // Spearman's ρ between true and learned coefficients
	exact   int     // criteria whose learned rank equals their true rank
	maxCoef float64 // max |learned − true| coefficient
	maxWt   float64 // max |learned − true| normalised weight
	// Held out: mean true expected outcome (continuous) or completion
	// probability (binary) of pairing.Solve's pairs, summed pairs.
	learned, def   float64
	nLearn, nDef   int
	orgsWon, nOrgs int
	perOrg         []heldOut
}

// heldOut is one held-out organisation's result.
type heldOut struct {
	name         string
	learned, def float64
	nLearn, nDef int
}

// trainingPairs pairs each training organisation's programme at random
// and generates outcomes from the truth: continuous ones (expected +
// σ·N(0, 1)) for pastPairs pairs, binary ones (Bernoulli of the logistic
// of the intercept plus the expected value) for binaryFactor times as
// many other pairs.
func trainingPairs(rng *rand.Rand, orgs []org, t truth) (cont, bin []learn.Pair, err error) {
	for _, o := range orgs {
		p, err := o.explainer()
		if err != nil {
			return nil, nil, err
		}
		var mentors, mentees []string
		for _, pa := range o.prog.Participants {
			if pa.Role == mentoring.RoleMentee {
				mentees = append(mentees, pa.Person.ID)
			} else {
				mentors = append(mentors, pa.Person.ID)
			}
		}
		pair := func() ([]pairing.Contribution, float64, error) {
			x, err := p.Explain(mentors[rng.IntN(len(mentors))], mentees[rng.IntN(len(mentees))])
			return x.Breakdown, t.expected(x.Breakdown), err
		}
		for range pastPairs {
			bd, e, err := pair()
			if err != nil {
				return nil, nil, err
			}
			cont = append(cont, learn.Pair{Breakdown: bd, Outcome: e + learnSigma*rng.NormFloat64()})
		}
		for range binaryFactor * pastPairs {
			bd, e, err := pair()
			if err != nil {
				return nil, nil, err
			}
			y := 0.0
			if rng.Float64() < logistic(binaryIntercept+e) {
				y = 1
			}
			bin = append(bin, learn.Pair{Breakdown: bd, Outcome: y})
		}
	}
	return cont, bin, nil
}

func logistic(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

// fitAndCompare fits the pairs, compares the coefficients with the truth
// and pairs the held-out organisations with the learned and the default
// weights.
func fitAndCompare(pairs []learn.Pair, kind learn.Outcome, t truth, test []org, rng *rand.Rand) (learnReport, error) {
	res, err := learn.Fit(pairs, learn.Config{Outcome: kind, Bootstrap: 100}, rng)
	if err != nil {
		return learnReport{}, err
	}
	r := learnReport{outcome: kind, pairs: len(pairs), res: res}
	for _, p := range pairs {
		if p.Outcome == 1 {
			r.ones++
		}
	}
	trueV, gotV := make([]float64, len(criteria)), make([]float64, len(criteria))
	var trueSum, gotSum float64
	for i, c := range criteria {
		trueV[i] = t[c]
		trueSum += t[c]
		k := slices.IndexFunc(res.Criteria, func(cr learn.Criterion) bool { return cr.Name == c })
		if k >= 0 && res.Criteria[k].Status == learn.Learned {
			gotV[i] = res.Criteria[k].Coef
			gotSum += res.Criteria[k].Coef
		}
	}
	tr, gr := ranks(trueV), ranks(gotV)
	for i := range criteria {
		if tr[i] == gr[i] {
			r.exact++
		}
		r.maxCoef = math.Max(r.maxCoef, math.Abs(gotV[i]-trueV[i]))
		if gotSum > 0 {
			r.maxWt = math.Max(r.maxWt, math.Abs(gotV[i]/gotSum-trueV[i]/trueSum))
		}
	}
	r.spear = pearson(tr, gr)
	value := func(e float64) float64 { return e }
	if kind == learn.Binary {
		value = func(e float64) float64 { return logistic(binaryIntercept + e) }
	}
	w := res.Weights()
	for _, o := range test {
		h, err := heldOutOrg(o, w, t, value)
		if err != nil {
			return learnReport{}, err
		}
		r.perOrg = append(r.perOrg, h)
		r.learned += h.learned * float64(h.nLearn)
		r.def += h.def * float64(h.nDef)
		r.nLearn += h.nLearn
		r.nDef += h.nDef
		r.nOrgs++
		if h.learned > h.def {
			r.orgsWon++
		}
	}
	r.learned /= float64(max(r.nLearn, 1))
	r.def /= float64(max(r.nDef, 1))
	return r, nil
}

// heldOutOrg pairs one organisation with the learned and the default
// weights (pairing.Solve) and scores each pairing by the truth: the mean
// over its pairs, 0 when it has none (the pair counts say so).
func heldOutOrg(o org, w *pairing.Weights, t truth, value func(float64) float64) (heldOut, error) {
	x, err := o.explainer()
	if err != nil {
		return heldOut{}, err
	}
	h := heldOut{name: o.name}
	mean := func(w *pairing.Weights) (float64, int, error) {
		res, err := pairing.Solve(o.prog, pairing.Config{Directory: o.dir, Weights: w})
		if err != nil || len(res.Pairs) == 0 {
			return 0, 0, err
		}
		var sum float64
		for _, m := range res.Pairs {
			e, err := x.Explain(m.MentorID, m.MenteeID)
			if err != nil {
				return 0, 0, err
			}
			sum += value(t.expected(e.Breakdown))
		}
		return sum / float64(len(res.Pairs)), len(res.Pairs), nil
	}
	if h.learned, h.nLearn, err = mean(w); err != nil {
		return heldOut{}, err
	}
	if h.def, h.nDef, err = mean(nil); err != nil {
		return heldOut{}, err
	}
	return h, nil
}

// ranks returns the 1-based rank of each value, largest first, ties by
// index.
func ranks(v []float64) []float64 {
	idx := make([]int, len(v))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		switch {
		case v[a] > v[b]:
			return -1
		case v[a] < v[b]:
			return 1
		}
		return 0
	})
	r := make([]float64, len(v))
	for k, i := range idx {
		r[i] = float64(k + 1)
	}
	return r
}

// pearson is Pearson's correlation (Spearman's ρ on ranks).
func pearson(a, b []float64) float64 {
	var ma, mb float64
	for i := range a {
		ma += a[i]
		mb += b[i]
	}
	ma /= float64(len(a))
	mb /= float64(len(b))
	var sab, saa, sbb float64
	for i := range a {
		sab += (a[i] - ma) * (b[i] - mb)
		saa += (a[i] - ma) * (a[i] - ma)
		sbb += (b[i] - mb) * (b[i] - mb)
	}
	return sab / math.Sqrt(saa*sbb)
}

// learnedMatching pairs one comparison-table organisation with the
// learned weights and returns the matching as mentor indices of the
// administrator's score table (sorted IDs), -1 for an unmatched mentee.
func learnedMatching(o org, w *pairing.Weights, table pairing.ScoreTable) ([]int, error) {
	res, err := pairing.Solve(o.prog, pairing.Config{Directory: o.dir, Weights: w})
	if err != nil {
		return nil, err
	}
	mm := make([]int, len(table.MenteeIDs))
	for i := range mm {
		mm[i] = -1
	}
	for _, m := range res.Pairs {
		e, _ := slices.BinarySearch(table.MenteeIDs, m.MenteeID)
		c, _ := slices.BinarySearch(table.MentorIDs, m.MentorID)
		mm[e] = c
	}
	return mm, nil
}

// measureLearned measures a matching as the comparison table measures a
// strategy: the quality on the administrator's scores and the two-sided
// measures under the views (as quality.TwoSided defines them).
func measureLearned(in quality.Instance, mm []int) (quality.Quality, quality.TwoSided, error) {
	q, err := quality.Measure(in.Scores, in.Capacity, mm, quality.Options{})
	if err != nil {
		return q, quality.TwoSided{}, err
	}
	prefs, err := stable.PreferencesFromScores(in.MenteeView, in.MentorView, in.Capacity)
	if err != nil {
		return q, quality.TwoSided{}, err
	}
	ts := quality.TwoSided{MenteeMean: math.NaN(), MentorMean: math.NaN(), MenteeRank: math.NaN(), MentorRank: math.NaN(), GroupGap: math.NaN()}
	var n, se, sm, re, rm float64
	members, matched := map[string]float64{}, map[string]float64{}
	for e, m := range mm {
		members[in.Groups[e]]++
		if m < 0 {
			continue
		}
		matched[in.Groups[e]]++
		n++
		se += in.MenteeView.At(e, m)
		sm += in.MentorView.At(e, m)
		re += float64(slices.Index(prefs.Mentees[e], m) + 1)
		rm += float64(slices.Index(prefs.Mentors[m], e) + 1)
	}
	if n > 0 {
		ts.MenteeMean, ts.MentorMean, ts.MenteeRank, ts.MentorRank = se/n, sm/n, re/n, rm/n
	}
	bp, err := stable.BlockingPairs(prefs, mm)
	if err != nil {
		return q, ts, err
	}
	ts.BlockingPairs = len(bp)
	if len(members) >= 2 {
		lo, hi := math.Inf(1), math.Inf(-1)
		for g, k := range members {
			rate := matched[g] / k
			lo, hi = min(lo, rate), max(hi, rate)
		}
		ts.GroupGap = hi - lo
	}
	return q, ts, nil
}

// printLearned prints the validation: per criterion the true and learned
// effect, the rank agreement and errors, and the held-out comparison.
func printLearned(w io.Writer, reps []learnReport, t truth, trainOrgs int) error {
	for _, r := range reps {
		scale := fmt.Sprintf("σ %.1f; effects on the outcome", learnSigma)
		if r.outcome == learn.Binary {
			scale = fmt.Sprintf("%d completed; effects on the log-odds", r.ones)
		}
		fmt.Fprintf(w, "\nlearned weights, %s outcome (%d random past pairs of %d training organisations, %s):\n", r.outcome, r.pairs, trainOrgs, scale)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintf(tw, "criterion\ttrue\tlearned\t95%% interval\ttrue weight\tlearned weight\t\n")
		for _, c := range r.res.Criteria {
			fmt.Fprintf(tw, "%s\t%.2f\t%.3f\t[%.3f, %.3f]\t%.3f\t%.3f\t\n", c.Name, t[c.Name], c.Coef, c.CoefLower, c.CoefUpper, t.weight(c.Name), c.Weight)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		fmt.Fprintf(w, "rank agreement: Spearman %.3f, %d of %d ranks exact; max |error| %.3f (effect), %.3f (weight)\n", r.spear, r.exact, len(criteria), r.maxCoef, r.maxWt)
		what := "mean true expected outcome"
		if r.outcome == learn.Binary {
			what = "mean true completion probability"
		}
		if _, err := fmt.Fprintf(w, "held out (%d organisations): %s %.4f with learned weights (%d pairs), %.4f with default weights (%d pairs); learned higher in %d of %d\n",
			r.nOrgs, what, r.learned, r.nLearn, r.def, r.nDef, r.orgsWon, r.nOrgs); err != nil {
			return err
		}
	}
	return nil
}

// weight is a criterion's true effect as a share of all effects: the
// pairing weight the truth implies.
func (t truth) weight(name string) float64 {
	var sum float64
	for _, v := range t {
		sum += v
	}
	return t[name] / sum
}

// writeLearnedCSV writes learned.csv: one row per outcome type and
// criterion (true and learned effect, interval, true and learned weight),
// then one row per outcome type and held-out organisation (mean true
// expected outcome with the learned and the default weights, and the
// numbers of pairs).
func writeLearnedCSV(path string, reps []learnReport, t truth) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	cw := csv.NewWriter(f)
	g := func(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
	cw.Write([]string{"outcome", "kind", "name", "true", "learned", "lower", "upper", "true_weight", "learned_weight", "default", "learned_pairs", "default_pairs"})
	for _, r := range reps {
		for _, c := range r.res.Criteria {
			cw.Write([]string{r.outcome.String(), "criterion", c.Name, g(t[c.Name]), g(c.Coef), g(c.CoefLower), g(c.CoefUpper), g(t.weight(c.Name)), g(c.Weight), "", "", ""})
		}
		for _, h := range r.perOrg {
			cw.Write([]string{r.outcome.String(), "heldOut", h.name, "", g(h.learned), "", "", "", "", g(h.def), strconv.Itoa(h.nLearn), strconv.Itoa(h.nDef)})
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
