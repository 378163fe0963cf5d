package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPlots runs the example with -out: every plot is written, as PNG and
// SVG; without -out it writes nothing and says so.
func TestPlots(t *testing.T) {
	dir := t.TempDir()
	var buf bytes.Buffer
	if err := run(&buf, dir); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"retention_km", "exits_by_cause", "balance", "hazard_ratios"} {
		for _, ext := range []string{".png", ".svg"} {
			fi, err := os.Stat(filepath.Join(dir, name+ext))
			if err != nil || fi.Size() == 0 {
				t.Errorf("%s%s: %v", name, ext, err)
			}
		}
	}
	if !strings.Contains(buf.String(), "Plots written to "+dir) {
		t.Errorf("output does not say where the plots went")
	}
	buf.Reset()
	if err := run(&buf, ""); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "Plots skipped") {
		t.Errorf("without -out the output does not say the plots were skipped")
	}
}
