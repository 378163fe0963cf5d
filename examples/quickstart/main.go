// Command quickstart runs mentorkit end to end on a small embedded
// organisation and prints what a programme manager would want to see.
//
// Each package has its part in its own file as a function
// func runXxx(w io.Writer) error; main calls them in order and exits
// non-zero on the first error.
//
//	go run ./examples/quickstart
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

// run calls every part of the quickstart in order.
func run(w io.Writer) error {
	parts := []struct {
		name string
		run  func(io.Writer) error
	}{
		{"mentoring", runMentoring},
		{"assignment", runAssignment},
		{"sparse", runSparse},
		{"pairing", runPairing},
		{"stable", runStable},
		{"goals", runGoals},
		{"feedback", runFeedback},
		{"evaluation", runEvaluation},
		{"report", runProgrammeReport},
	}
	for _, p := range parts {
		if err := p.run(w); err != nil {
			return fmt.Errorf("%s: %w", p.name, err)
		}
	}
	return nil
}
