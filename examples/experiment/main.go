// Command experiment compares eight ways of pairing mentors and mentees
// with two-sided preferences on seeded synthetic organisations, the
// starting point for matching research with mentorkit.
//
// Each organisation's programme is scored three times with the same rules:
// the administrator's pair score (pairing's default weights), what mentees
// want (skills, career goals and experience) and what mentors want
// (personality, interests, working hours and location). The strategies
// (quality.Strategies): optimal and greedy on the administrator's score;
// stable matching with mentees ranking by their view and mentors by
// theirs, mentee- and mentor-proposing; random; preference-weighted (the
// optimum of the two views' mean); fair (every department's mentees
// matched at four fifths of the overall rate); waiting-first (seeded
// waiting times of 0 to 12 weeks).
//
// Learned weights (package matching/pairing/learn) are validated on the
// same organisations: true effects of the eight criteria are drawn (a
// seeded shuffle of 0, 0.3, …, 2.1), -train other organisations' past
// pairs are formed at random and given outcomes from the truth plus noise
// (continuous: σ = 0.5, 300 pairs each; binary: completed with
// probability logistic(−4.5 + effects), 900 pairs each), and learn.Fit
// estimates the effects. For each outcome type the run prints the true
// and learned effects and weights, their rank agreement (Spearman's ρ,
// ranks that match exactly) and largest error, and, on the comparison
// organisations (held out: never used in training), the mean true
// expected outcome (or completion probability) of pairing.Solve's pairs
// with the learned and with the default weights. The strategy "learned"
// in the table is pairing.Solve with the weights learned from the
// continuous outcome, measured like the others (it is not one of
// quality.Strategies, so experiment.csv and the plot leave it out).
//
// It prints a compact table, one line per strategy with the means over
// the organisations, the number of organisations on which stable and
// greedy pair differently, and the learned weights' validation; it writes
// the tidy CSV (one row per organisation and strategy,
// quality.ExperimentHeader) to experiment.csv, the validation to
// learned.csv (per outcome type one row per criterion, then one per
// held-out organisation) and a box plot of the mean pair score per
// organisation, by strategy, to scores.png in the directory given by -out
// (without -out it writes no files).
//
//	go run ./examples/experiment                # 100 organisations of 200 people, 20 for training
//	go run ./examples/experiment -orgs 20 -train 10 -out .
package main

import (
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"text/tabwriter"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/matching/pairing/learn"
	"github.com/mentorkit/mentorkit/matching/quality"
)

func main() {
	orgs := flag.Int("orgs", 100, "number of seeded organisations")
	people := flag.Int("people", 200, "people per organisation")
	out := flag.String("out", "", "directory for experiment.csv, learned.csv and scores.png (none: no files are written)")
	train := flag.Int("train", 20, "training organisations for the learned weights")
	seed := flag.Uint64("seed", 2026, "seed of the first organisation")
	flag.Parse()
	if err := run(os.Stdout, os.Stderr, *orgs, *people, *train, *seed, *out); err != nil {
		fmt.Fprintln(os.Stderr, "experiment:", err)
		os.Exit(1)
	}
}

func run(w, log io.Writer, orgs, people, train int, seed uint64, out string) error {
	if orgs < 1 || people < 20 || train < 1 {
		return errors.New("need -orgs >= 1, -people >= 20 and -train >= 1")
	}
	instances, all, tables, err := organisations(orgs, people, seed)
	if err != nil {
		return err
	}
	rows, err := quality.RunExperiment(instances, nil, rand.New(rand.NewPCG(seed, 2)), quality.Options{})
	if err != nil {
		return err
	}
	reps, t, err := validateLearning(all, people, train, seed)
	if err != nil {
		return err
	}
	// The learned strategy: pairing with the weights learned from the
	// continuous outcome, measured like the others.
	var extra []measured
	for k, o := range all {
		mm, err := learnedMatching(o, reps[0].res.Weights(), tables[k])
		if err != nil {
			return err
		}
		q, ts, err := measureLearned(instances[k], mm)
		if err != nil {
			return err
		}
		extra = append(extra, measured{q, ts})
	}
	if err := summary(w, rows, extra, len(instances)); err != nil {
		return err
	}
	if err := printLearned(w, reps, t, train); err != nil {
		return err
	}
	if out == "" {
		fmt.Fprintln(log, "tables and plot skipped (run with -out DIR to write them)")
		return nil
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	if err := writeCSV(filepath.Join(out, "experiment.csv"), rows); err != nil {
		return err
	}
	if err := writeLearnedCSV(filepath.Join(out, "learned.csv"), reps, t); err != nil {
		return err
	}
	path := filepath.Join(out, "scores.png")
	if err := plotScores(rows, path); err != nil {
		return err
	}
	fmt.Fprintln(log, "tables and plot written to", out)
	return nil
}

// validateLearning draws the true effects, generates the training
// organisations' past pairs and fits them (continuous, then binary); the
// held-out organisations are the comparison table's.
func validateLearning(test []org, people, train int, seed uint64) ([]learnReport, truth, error) {
	t := drawTruth(rand.New(rand.NewPCG(seed, 4)))
	var trainOrgs []org
	for k := range train {
		o, err := newOrg(rand.New(rand.NewPCG(seed+uint64(k), 3)), people, fmt.Sprintf("train-%d", seed+uint64(k)))
		if err != nil {
			return nil, nil, err
		}
		trainOrgs = append(trainOrgs, o)
	}
	rng := rand.New(rand.NewPCG(seed, 5))
	cont, bin, err := trainingPairs(rng, trainOrgs, t)
	if err != nil {
		return nil, nil, err
	}
	var reps []learnReport
	for _, c := range []struct {
		pairs []learn.Pair
		kind  learn.Outcome
	}{{cont, learn.Continuous}, {bin, learn.Binary}} {
		r, err := fitAndCompare(c.pairs, c.kind, t, test, rng)
		if err != nil {
			return nil, nil, fmt.Errorf("learning from %s outcomes: %w", c.kind, err)
		}
		reps = append(reps, r)
	}
	return reps, t, nil
}

// The two sides' weights: mentees look for skills, career goals and
// experience; mentors for personality, shared interests, working hours
// and location. Languages count a little on both sides.
var (
	menteeWeights = pairing.Weights{Skills: 3, CareerGoals: 3, Experience: 2, Languages: 1}
	mentorWeights = pairing.Weights{Personality: 3, Interests: 2, WorkingHours: 2, Location: 2, Languages: 1}
)

// organisations builds one instance per seeded organisation: the
// administrator's scores, each side's view, departments as groups and
// seeded waiting times; with each its organisation and the
// administrator's score table (for the learned strategy).
func organisations(orgs, people int, seed uint64) ([]quality.Instance, []org, []pairing.ScoreTable, error) {
	var (
		instances []quality.Instance
		all       []org
		tables    []pairing.ScoreTable
	)
	for k := range orgs {
		rng := rand.New(rand.NewPCG(seed+uint64(k), 1))
		// A programme for a fifth of the staff: 2 mentees per mentor.
		o, err := newOrg(rng, people, fmt.Sprintf("org-%d", seed+uint64(k)))
		if err != nil {
			return nil, nil, nil, err
		}
		table := func(w *pairing.Weights) (pairing.ScoreTable, error) {
			p, err := pairing.New(o.prog, pairing.Config{Directory: o.dir, Weights: w})
			if err != nil {
				return pairing.ScoreTable{}, err
			}
			return p.ScoreTable()
		}
		admin, err := table(nil)
		if err != nil {
			return nil, nil, nil, err
		}
		mentee, err := table(&menteeWeights)
		if err != nil {
			return nil, nil, nil, err
		}
		mentor, err := table(&mentorWeights)
		if err != nil {
			return nil, nil, nil, err
		}
		dept := map[string]string{}
		for _, pa := range o.prog.Participants {
			dept[pa.Person.ID] = pa.Person.Department
		}
		in := quality.Instance{Name: o.name, Scores: admin.Scores, Capacity: admin.Capacity,
			MenteeView: mentee.Scores, MentorView: mentor.Scores}
		for _, id := range admin.MenteeIDs {
			in.Groups = append(in.Groups, dept[id])
			in.Waits = append(in.Waits, rng.IntN(13))
		}
		instances = append(instances, in)
		all = append(all, o)
		tables = append(tables, admin)
	}
	return instances, all, tables, nil
}

// measured is one organisation's matching measured as the quality
// harness measures a strategy.
type measured struct {
	q  quality.Quality
	ts quality.TwoSided
}

// summary prints one line per strategy with the means over the
// organisations, then the learned strategy's line (extra), and on how
// many organisations stable and greedy differ.
func summary(w io.Writer, rows []quality.ExperimentRow, extra []measured, orgs int) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "strategy\tmatched\tmean score\tmentee view\tmentor view\tmentee rank\tmentor rank\tblocking (views)\tdept gap\t\n")
	line := func(name string, ms []measured) {
		var n, matched, mean, mv, tv, mr, tr, bp, gap float64
		for _, m := range ms {
			n++
			matched += float64(m.q.Matched)
			mean += m.q.Mean
			mv += m.ts.MenteeMean
			tv += m.ts.MentorMean
			mr += m.ts.MenteeRank
			tr += m.ts.MentorRank
			bp += float64(m.ts.BlockingPairs)
			gap += m.ts.GroupGap
		}
		fmt.Fprintf(tw, "%s\t%.1f\t%.3f\t%.3f\t%.3f\t%.2f\t%.2f\t%.1f\t%.2f\t\n", name, matched/n, mean/n, mv/n, tv/n, mr/n, tr/n, bp/n, gap/n)
	}
	for _, s := range quality.Strategies() {
		var ms []measured
		for _, r := range rows {
			if r.Strategy == s {
				ms = append(ms, measured{r.Quality, r.TwoSided})
			}
		}
		line(s.String(), ms)
	}
	line("learned", extra)
	if err := tw.Flush(); err != nil {
		return err
	}
	// The same mentee ranks (by the administrator's score) mean the same
	// mentors: a different rank vector is a different matching.
	differ := 0
	byOrg := map[string][]int{}
	for _, r := range rows {
		switch r.Strategy {
		case quality.StrategyGreedy:
			byOrg[r.Instance] = r.Quality.MenteeRank
		case quality.StrategyStable:
			if !slices.Equal(byOrg[r.Instance], r.Quality.MenteeRank) {
				differ++
			}
		}
	}
	_, err := fmt.Fprintf(w, "means over %d organisations; stable and greedy pair differently on %d of them\n", orgs, differ)
	return err
}

// writeCSV writes the tidy table.
func writeCSV(path string, rows []quality.ExperimentRow) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	cw := csv.NewWriter(f)
	if err := cw.Write(quality.ExperimentHeader); err != nil {
		f.Close()
		return err
	}
	for _, r := range rows {
		if err := cw.Write(r.Record()); err != nil {
			f.Close()
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// plotScores draws one box per strategy of the organisations' mean pair
// scores.
func plotScores(rows []quality.ExperimentRow, path string) error {
	p := plot.New()
	p.Title.Text = "Mean pair score per organisation"
	p.Y.Label.Text = "mean score"
	var names []string
	for _, s := range quality.Strategies() {
		var vals plotter.Values
		for _, r := range rows {
			if r.Strategy == s && !math.IsNaN(r.Quality.Mean) {
				vals = append(vals, r.Quality.Mean)
			}
		}
		if len(vals) == 0 {
			continue
		}
		b, err := plotter.NewBoxPlot(vg.Points(30), float64(len(names)), vals)
		if err != nil {
			return err
		}
		p.Add(b)
		names = append(names, s.String())
	}
	p.NominalX(names...)
	return p.Save(5*vg.Inch, 3.5*vg.Inch, path)
}
