// Command experiment compares four ways of pairing mentors and mentees —
// optimal (maximum total score), greedy (best pairs first), stable
// (mentee-proposing deferred acceptance on the scores) and random — on
// seeded synthetic organisations, the starting point for matching
// research with mentorkit. It prints a tidy CSV table of quality metrics
// (one row per organisation and strategy) to stdout and writes a box plot
// of the mean pair score per organisation, by strategy, to
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
	var instances []quality.Instance
	for k := range orgs {
		rng := rand.New(rand.NewPCG(seed+uint64(k), 1))
		org, err := synthetic.Organisation(rng, synthetic.Config{People: people})
		if err != nil {
			return err
		}
		// A programme for a fifth of the staff: 2 mentees per mentor.
		prog, err := synthetic.Programme(rng, org, synthetic.ProgrammeConfig{Mentors: people / 15, Mentees: people * 2 / 15, MaxCapacity: 3})
		if err != nil {
			return err
		}
		dir, err := mentoring.NewDirectory(org, mentoring.DirectoryStrict)
		if err != nil {
			return err
		}
		p, err := pairing.New(prog, pairing.Config{Directory: dir})
		if err != nil {
			return err
		}
		t, err := p.ScoreTable()
		if err != nil {
			return err
		}
		instances = append(instances, quality.Instance{Name: fmt.Sprintf("org-%d", seed+uint64(k)), Scores: t.Scores, Capacity: t.Capacity})
	}
	rows, err := quality.RunExperiment(instances, nil, rand.New(rand.NewPCG(seed, 2)), quality.Options{})
	if err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(quality.ExperimentHeader); err != nil {
		return err
	}
	for _, r := range rows {
		if err := cw.Write(r.Record()); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}

	if out == "" {
		if out, err = os.MkdirTemp("", "mentorkit-experiment-"); err != nil {
			return err
		}
	}
	path := filepath.Join(out, "scores.png")
	if err := plotScores(rows, path); err != nil {
		return err
	}
	fmt.Fprintln(log, "plot written to", path)
	return nil
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
