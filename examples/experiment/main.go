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
// It prints a compact table, one line per strategy with the means over
// the organisations, and the number of organisations on which stable and
// greedy pair differently; it writes the tidy CSV (one row per
// organisation and strategy, quality.ExperimentHeader) to experiment.csv
// and a box plot of the mean pair score per organisation, by strategy, to
// scores.png in the directory given by -out (default: a new temporary
// directory, printed on stderr).
//
//	go run ./examples/experiment                # 100 organisations of 200 people
//	go run ./examples/experiment -orgs 20 -out .
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
	"github.com/mentorkit/mentorkit/matching/quality"
	"github.com/mentorkit/mentorkit/mentoring"
	"github.com/mentorkit/mentorkit/mentoring/synthetic"
)

func main() {
	orgs := flag.Int("orgs", 100, "number of seeded organisations")
	people := flag.Int("people", 200, "people per organisation")
	out := flag.String("out", "", "directory for scores.png (default: a new temporary directory)")
	seed := flag.Uint64("seed", 2026, "seed of the first organisation")
	flag.Parse()
	if err := run(os.Stdout, os.Stderr, *orgs, *people, *seed, *out); err != nil {
		fmt.Fprintln(os.Stderr, "experiment:", err)
		os.Exit(1)
	}
}

func run(w, log io.Writer, orgs, people int, seed uint64, out string) error {
	if orgs < 1 || people < 20 {
		return errors.New("need -orgs >= 1 and -people >= 20")
	}
	instances, err := organisations(orgs, people, seed)
	if err != nil {
		return err
	}
	rows, err := quality.RunExperiment(instances, nil, rand.New(rand.NewPCG(seed, 2)), quality.Options{})
	if err != nil {
		return err
	}
	if err := summary(w, rows, len(instances)); err != nil {
		return err
	}
	if out == "" {
		if out, err = os.MkdirTemp("", "mentorkit-experiment-"); err != nil {
			return err
		}
	}
	if err := writeCSV(filepath.Join(out, "experiment.csv"), rows); err != nil {
		return err
	}
	path := filepath.Join(out, "scores.png")
	if err := plotScores(rows, path); err != nil {
		return err
	}
	fmt.Fprintln(log, "table and plot written to", out)
	return nil
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
// seeded waiting times.
func organisations(orgs, people int, seed uint64) ([]quality.Instance, error) {
	var instances []quality.Instance
	for k := range orgs {
		rng := rand.New(rand.NewPCG(seed+uint64(k), 1))
		org, err := synthetic.Organisation(rng, synthetic.Config{People: people})
		if err != nil {
			return nil, err
		}
		// A programme for a fifth of the staff: 2 mentees per mentor.
		prog, err := synthetic.Programme(rng, org, synthetic.ProgrammeConfig{Mentors: people / 15, Mentees: people * 2 / 15, MaxCapacity: 3})
		if err != nil {
			return nil, err
		}
		dir, err := mentoring.NewDirectory(org, mentoring.DirectoryStrict)
		if err != nil {
			return nil, err
		}
		table := func(w *pairing.Weights) (pairing.ScoreTable, error) {
			p, err := pairing.New(prog, pairing.Config{Directory: dir, Weights: w})
			if err != nil {
				return pairing.ScoreTable{}, err
			}
			return p.ScoreTable()
		}
		admin, err := table(nil)
		if err != nil {
			return nil, err
		}
		mentee, err := table(&menteeWeights)
		if err != nil {
			return nil, err
		}
		mentor, err := table(&mentorWeights)
		if err != nil {
			return nil, err
		}
		dept := map[string]string{}
		for _, pa := range prog.Participants {
			dept[pa.Person.ID] = pa.Person.Department
		}
		in := quality.Instance{Name: fmt.Sprintf("org-%d", seed+uint64(k)), Scores: admin.Scores, Capacity: admin.Capacity,
			MenteeView: mentee.Scores, MentorView: mentor.Scores}
		for _, id := range admin.MenteeIDs {
			in.Groups = append(in.Groups, dept[id])
			in.Waits = append(in.Waits, rng.IntN(13))
		}
		instances = append(instances, in)
	}
	return instances, nil
}

// summary prints one line per strategy with the means over the
// organisations, and on how many organisations stable and greedy differ.
func summary(w io.Writer, rows []quality.ExperimentRow, orgs int) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "strategy\tmatched\tmean score\tmentee view\tmentor view\tmentee rank\tmentor rank\tblocking (views)\tdept gap\t\n")
	for _, s := range quality.Strategies() {
		var n, matched, mean, mv, tv, mr, tr, bp, gap float64
		for _, r := range rows {
			if r.Strategy != s {
				continue
			}
			n++
			matched += float64(r.Quality.Matched)
			mean += r.Quality.Mean
			mv += r.TwoSided.MenteeMean
			tv += r.TwoSided.MentorMean
			mr += r.TwoSided.MenteeRank
			tr += r.TwoSided.MentorRank
			bp += float64(r.TwoSided.BlockingPairs)
			gap += r.TwoSided.GroupGap
		}
		fmt.Fprintf(tw, "%s\t%.1f\t%.3f\t%.3f\t%.3f\t%.2f\t%.2f\t%.1f\t%.2f\t\n", s, matched/n, mean/n, mv/n, tv/n, mr/n, tr/n, bp/n, gap/n)
	}
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
