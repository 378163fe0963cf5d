package main

import (
	"path/filepath"

	"gonum.org/v1/plot/vg"

	"github.com/mentorkit/mentorkit/plots"
)

// plotPairScores draws the distribution of the one-to-one programme's pair
// scores at the kick-off (plots.PairScores) and writes it as PNG and SVG to
// dir; with dir "" it draws it and writes nothing. It returns the paths
// written.
func plotPairScores(y *year, dir string) ([]string, error) {
	p, err := plots.PairScores(y.tracks[0].res, plots.ScoreOptions{
		Title: "Pair scores of the one-to-one programme at the kick-off", XLabel: "score (0–1)"})
	if err != nil || dir == "" {
		return nil, err
	}
	var files []string
	for _, ext := range []string{"png", "svg"} {
		f := filepath.Join(dir, "pair_scores."+ext)
		if err := p.Save(7*vg.Inch, 4.5*vg.Inch, f); err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	return files, nil
}
