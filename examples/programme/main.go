// Command programme runs one mentoring programme end to end, through every
// package of mentorkit, for a seeded organisation of 300 people over one
// year. It follows the steps of the Dutch source articles (seeds 000–004):
//
//  1. buy-in and objectives: the programme's objectives, SMART-checked
//     (package goals);
//  2. guidelines and expectations: dates, cadence, time commitment,
//     guidelines per role, feedback moments and trained mentors, until the
//     readiness review has no blocker (package mentoring);
//  3. matching: a one-to-one, a reverse and a group programme, with safe
//     pairs (no reporting line, a shared language, close time zones)
//     (package matching);
//  4. SMART goals per relationship (package goals);
//  5. sessions over the first half year, generated from the seed (package
//     mentoring), with leavers re-matched by pairing.Rematcher;
//  6. health signals at the mid-point and re-matching of a poor fit, warm,
//     with pairing.Rematcher;
//  7. sessions over the second half year;
//  8. mid-point and final feedback behind the anonymity policy (package
//     feedback);
//  9. the goals at the end: grades and Goal Attainment Scaling (package
//     goals);
//  10. the effectiveness report with Kaplan–Meier plots (package
//     evaluation, plots with gonum.org/v1/plot).
//
// Everything random (the organisation, the sessions, the answers, who
// leaves) comes from the -seed flag: the same seed prints the same report.
//
//	go run ./examples/programme                      # no files written
//	go run ./examples/programme -seed 7 -out /tmp/km # another year, plots in /tmp/km
//
// The data is synthetic: the people, their sessions and their answers are
// drawn by the model in simulate.go and outcomes.go, which says plainly what
// it assumes. The code is meant to be read as a tour of the library: one file
// per step, each step a short function.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	seed := flag.Uint64("seed", 2026, "seed of everything random: the organisation, sessions, answers and leavers")
	out := flag.String("out", "", "directory for the Kaplan–Meier plots (none: no files are written)")
	flag.Parse()
	if err := run(os.Stdout, *seed, *out); err != nil {
		fmt.Fprintln(os.Stderr, "programme:", err)
		os.Exit(1)
	}
}

// run runs the whole year for seed and writes the report to w and the plots
// to dir (nothing written when dir is empty).
func run(w io.Writer, seed uint64, dir string) error {
	y, err := newYear(seed)
	if err != nil {
		return err
	}
	steps := []func(io.Writer, *year) error{
		stepOrganisation, // who is there
		stepObjectives,   // 1. buy-in and objectives
		stepSetUp,        // 2. guidelines and expectations
		stepMatching,     // 3. matching
		stepGoals,        // 4. SMART goals per relationship
		stepFirstHalf,    // 5. sessions up to the mid-point
		stepMidPoint,     // 6. health and re-matching of a poor fit
		stepSecondHalf,   // 7. sessions after the mid-point
		stepFeedback,     // 8. mid-point and final feedback
		stepGoalResults,  // 9. goals at the end
	}
	for _, step := range steps {
		if err := step(w, y); err != nil {
			return err
		}
	}
	return stepEvaluation(w, y, dir) // 10. effectiveness report and plots
}
