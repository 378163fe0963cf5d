package main

import (
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/mentorkit/mentorkit/matching/quality"
)

// TestRun: a small run prints one line per strategy under a header and
// the closing count, twice the same, and writes the tidy CSV with one row
// per organisation and strategy.
func TestRun(t *testing.T) {
	out := func() (string, string) {
		dir := t.TempDir()
		var sb strings.Builder
		if err := run(&sb, io.Discard, 3, 60, 4, 11, dir); err != nil {
			t.Fatal(err)
		}
		return sb.String(), dir
	}
	first, dir := out()
	second, _ := out()
	if d := cmp.Diff(first, second); d != "" {
		t.Fatalf("not deterministic:\n%s", d)
	}
	// The comparison table ends at the first blank line; the learned
	// weights' validation follows.
	table, _, _ := strings.Cut(first, "\n\n")
	lines := strings.Split(strings.TrimSpace(table), "\n")
	if len(lines) != len(quality.Strategies())+3 {
		t.Fatalf("%d lines:\n%s", len(lines), first)
	}
	for i, s := range append(quality.Strategies(), 0) {
		name := s.String()
		if s == 0 {
			name = "learned"
		}
		if f := strings.Fields(lines[i+1]); f[0] != name {
			t.Errorf("line %d is %q, want strategy %s", i+1, lines[i+1], name)
		}
	}
	if !strings.HasPrefix(lines[len(lines)-1], "means over 3 organisations; stable and greedy pair differently on ") {
		t.Errorf("last line %q", lines[len(lines)-1])
	}
	f, err := os.Open(filepath.Join(dir, "experiment.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(quality.ExperimentHeader, recs[0]); d != "" {
		t.Errorf("header:\n%s", d)
	}
	if len(recs) != 1+3*len(quality.Strategies()) {
		t.Errorf("%d records", len(recs))
	}
}
