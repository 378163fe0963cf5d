// Package evaluation holds the statistics that say whether a mentoring
// programme works: proportions, means, ranks, survival (retention) and
// multiple testing. Each function is checked, case by case, against the
// reference tools researchers use: scipy 1.10.1, statsmodels 0.13.5 and R
// 4.2.2 with survival 3.5.3.
//
// The statistics:
//
//   - Proportions: WilsonInterval, TwoProportionZTest, FisherExact (p-value,
//     sample and conditional maximum-likelihood odds ratio with its exact
//     interval), ChiSquare (r×c, Yates's correction as scipy applies it).
//   - Means: TTestOneSample, TTestPaired, TTestStudent and TTestWelch with
//     confidence intervals; CohensD (with Hedges' g, approximate and exact
//     correction) and CohensDZ.
//   - Ranks: WilcoxonSignedRank and MannWhitneyU, exact and asymptotic.
//   - Survival: KaplanMeier (Greenwood errors, log and log-log intervals,
//     median with its interval, Curve.At for survival at a time) and LogRank
//     for k groups.
//   - Multiple testing: Holm and BenjaminiHochberg.
//
// Every test returns a small struct: the statistic, its degrees of freedom,
// the p-value, the interval, the sample sizes and the method used. Settings
// live in a config struct whose zero value is the reference tool's default
// (TTestConfig{} is a 95% interval, ChiSquareConfig{} applies Yates's
// correction, MannWhitneyConfig{} the continuity correction). All tests are
// two-sided.
//
// A typical call:
//
//	r, err := evaluation.TTestWelch(mentored, others, evaluation.TTestConfig{})
//	if err != nil {
//		return err // bad input: the error names the argument and index
//	}
//	fmt.Printf("t = %.2f, p = %.3f\n", r.Statistic, r.PValue)
//
// # Errors
//
// Bad input is an error, never a panic: empty samples, NaN or infinite
// data, negative counts, mismatched lengths, ragged tables, unknown
// options, a confidence level outside (0, 1). Each problem is an
// *InputError naming the argument and index ("x[3]", "table[1][0]") and
// unwrapping to a sentinel (ErrEmpty, ErrLength, ErrOutOfRange,
// ErrUnknownOption); several problems are joined with errors.Join. Where a
// reference tool raises on valid-looking data, the function returns the
// matching sentinel: ErrZeroExpected (scipy's chi2_contingency),
// ErrAllZero (scipy's wilcoxon), ErrSingular (R's survdiff) and
// ErrBeyondFollowUp (R's summary.survfit drops the time).
//
// Where the tools return NaN or ±Inf instead (zero variance, a sample of
// one, a pooled proportion of 0 or 1), so do these functions, as each doc
// comment states. A median survival the curve never reaches is NaN with a
// false Reached flag, not an error.
//
// # Determinism
//
// The functions are pure: no clock, no randomness, no I/O. Inputs are
// never modified and results never alias them. Where order matters (ranks,
// p-value adjustment) sorting is stable with ties by index; the survival
// functions aggregate the records at each time, so the order of tied
// records does not matter; log-rank groups are ordered by label; no map
// order reaches a result. The same input gives the same output on any
// machine and GOMAXPROCS.
//
// # Numerics
//
// Distribution functions come from gonum (stat/distuv, mathext), behind
// this package's own argument checks: gonum panics on bad parameters. The
// normal tail uses erfc, the t tail the regularised incomplete beta, so
// small p-values keep their relative accuracy. Reference cases pass at
// relative 1e-7 (anything with a distribution function) or 1e-9 (closed
// forms).
//
// Where a reference tool is known to be wrong, the correct method is used
// and documented: for the Wilcoxon signed-rank test with tied absolute
// differences scipy 1.10.1 applies the exact distribution for untied data;
// WilcoxonSignedRank uses the normal approximation with the tie correction,
// as R's wilcox.test does. Where scipy returns NaN for a well-defined
// value (Student's t-test with a sample of one value) R's answer is used.
// The exact rank distributions are computed as probabilities in O(n³) and
// bounded in size (see WilcoxonSignedRank and MannWhitneyU). KaplanMeier and
// LogRank sort one copy of the records: O(n log n).
package evaluation
