// Package plots draws mentorkit's results with gonum.org/v1/plot: Kaplan–Meier
// curves with their intervals and numbers at risk (KaplanMeier), cumulative
// incidence by cause (CumulativeIncidence), the distribution of pair scores
// (PairScores), covariate balance before and after matching (Balance, a
// "love plot") and effect sizes with their intervals (Forest).
//
// No other package of the module imports this one, so a program that does
// not plot does not link the plot library.
//
// # Contracts
//
// Every function returns a *plot.Plot and writes nothing: the caller saves it
// where it wants, in the size and format it wants, for example
//
//	p, err := plots.KaplanMeier(curves, plots.SurvivalOptions{Labels: names, Bands: plots.BandShaded})
//	if err != nil { … }
//	err = p.Save(7*vg.Inch, 4.5*vg.Inch, filepath.Join(out, "retention.png"))
//
// Inputs are not modified and nothing random is drawn: the same input gives
// the same plot. Options have zero values that give a plain, labelled plot
// (English axis labels; set the text fields for another language).
//
// Non-finite numbers in a result (a bound R would give as NA, an SMD of a
// constant covariate) are left out of the picture, never drawn at 0.
//
// # Errors
//
// Bad input is an error, never a panic: a *FieldError (fault's one field
// error) that unwraps to ErrEmpty when there is nothing to draw (no curves,
// a curve without times, no pairs, no rows) and to ErrInvalid when a value
// cannot be drawn (labels of another length than the curves, a non-finite
// pair score, a row without a finite estimate, numbers so large or so close
// together that an axis cannot span them: code rangeNotDrawable).
package plots
