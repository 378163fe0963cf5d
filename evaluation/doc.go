// Package evaluation holds the statistics that say whether a mentoring
// programme works: proportions, means, ranks, survival (retention),
// multiple testing, resampling and the matched comparison of mentored
// people with similar colleagues. Each function is checked, case by case,
// against the reference tools researchers use: scipy 1.10.1, statsmodels
// 0.13.5 and R 4.2.2 with survival 3.5.3. The programme report built on
// them is package [github.com/mentorkit/mentorkit/evaluation/report].
//
// The statistics:
//
//   - Proportions: [WilsonInterval], [TwoProportionZTest],
//     [NewcombeInterval] (a difference of proportions), [FisherExact]
//     (p-value, sample and conditional maximum-likelihood odds ratio with
//     its exact interval), [ChiSquare] (r×c, Yates's correction as scipy
//     applies it).
//   - Means: [TTestOneSample], [TTestPaired], [TTestStudent] and
//     [TTestWelch] with confidence intervals; [CohensD] (with Hedges' g)
//     and [CohensDZ], each with a noncentral-t or normal interval.
//   - Ranks: [WilcoxonSignedRank] and [MannWhitneyU], exact and asymptotic.
//   - Survival: [KaplanMeier] (Greenwood errors, log and log-log intervals,
//     median with its interval, [Curve.At] for survival at a time),
//     [LogRank] for k groups, [Curve.RestrictedMean] and [DiffRMST]
//     (restricted mean survival time).
//   - Multiple testing: package
//     [github.com/mentorkit/mentorkit/evaluation/adjust] (R's p.adjust:
//     Holm, Hochberg, Hommel, Bonferroni, Benjamini–Hochberg and
//     Benjamini–Yekutieli).
//
// The t-tests, rank tests, Fisher's test and the two-proportion test take
// an [Alternative] in their config: two-sided (the default), less or
// greater, with R's one-sided p-values and intervals.
//   - Resampling: [BootstrapCI] and [BootstrapFromReplicates] (percentile
//     and BCa) and [PermutationTest].
//
// # The matched comparison
//
// Mentored people differ from the rest before the programme starts, so a
// plain comparison is an association. MatchedComparison pairs each mentored
// person with a similar colleague (standardised distance, calipers, exact
// match on a stratum such as the department, optimal pairs from the
// assignment solver of package matching), reports the balance before and
// after and compares outcomes on the matched pairs.
//
// The programme report built on these statistics (Kirkpatrick's levels,
// the return on investment, its text form) lives in package
// evaluation/report.
//
// Every test returns a small struct: the statistic, its degrees of freedom,
// the p-value, the interval, the sample sizes and the method used. Settings
// live in a config struct whose zero value is the reference tool's default,
// as each field documents ([TTestConfig]{} is R's 95% interval,
// [ChiSquareConfig]{} applies Yates's correction as scipy does,
// [MannWhitneyConfig]{} scipy's continuity correction, [SurvivalConfig]{}
// survfit's log-scale 95% interval). An unset [Method], [ZeroMethod] or
// [Transform] reads as that default. All tests are two-sided.
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
// settings, a confidence level outside (0, 1). Each problem is a
// *[FieldError] (mentorkit's one field error) naming the field and index
// ("x[3]", "table[1][0]", "subjects[12].covariates[0]", "cfg.confidence"),
// the subject's ID where it has one, the value, a stable code and a message
// in English and Dutch; it unwraps to a sentinel ([ErrEmpty], [ErrLength],
// [ErrOutOfRange], [ErrUnknownEnum]). Several problems are joined with
// errors.Join. Where a reference tool raises on valid-looking data, the
// function returns the matching sentinel: [ErrZeroExpected] (scipy's
// chi2_contingency), [ErrAllZero] (scipy's wilcoxon), [ErrSingular] (R's
// survdiff) and [ErrBeyondFollowUp] (R's summary.survfit drops the time).
//
// Where the tools return NaN or ±Inf instead (zero variance, a sample of
// one, a pooled proportion of 0 or 1), so do these functions, as each doc
// comment states. A median survival the curve never reaches is NaN with a
// false Reached flag, not an error.
//
// # JSON
//
// Every result and config type marshals with lowerCamel names; NaN and the
// infinities are the strings "NaN", "Infinity" and "-Infinity" (null reads
// as NaN), so a result with a NaN p-value serialises and decodes back
// equal. Enums marshal as their names ("exact", "logLog"); an unset one is
// "" and is left out of configs.
//
// # Determinism
//
// The functions are pure: no clock, no global randomness (BootstrapCI and PermutationTest
// draw from the *rand.Rand they are given, so a seed fixes the result; an
// exact permutation test needs none), no I/O. Inputs are never modified
// and results never alias them; the statistics given to the resampling
// functions get scratch copies. The matched comparison orders subjects by
// stratum and ID, so records in any order give the same result. Where order matters (ranks,
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
// LogRank radix-sort one copy of the records on the bits of the times:
// O(n) time, a fixed number of allocations whatever n.
//
// The noncentral t distribution behind the effect-size intervals is one
// integral over its chi denominator, P(T ≤ t) = ∫ Φ(t·u − δ) g(u) du, by
// adaptive Gauss–Kronrod quadrature around the mode of the log-concave
// integrand, each tail integrated directly; no approximation takes over
// anywhere. Against 50-digit values (mpmath quadrature, checked against
// the AS 243 series; the scripts are in the repository's bench/refgen) at
// 250 points with df from 1 to 10⁶, δ from −10⁴ to 10⁴ and tails down to
// 1e-280, its worst relative error in either tail is 3.1e-14, below 5e-14
// (one more point, a tail of 2.8e-105, is left out: the reference's own
// two panelings differ there by 3e-10). The interval bounds are within
// 1e-10·max(1, |δ|) of 50-digit roots at 13 intervals with df from 1 to
// 10⁶ and t to 9,000 (worst below 1e-14).
//
// R 4.2.2's pt is less exact: for |δ| <= 37.62 it sums the AS 243 series,
// within 1e-3 relative in tails of 1e-9 and more for df <= 10⁴, but at
// df = 10⁵, δ = 37, t = 39.0068 it gives an upper tail of 9.3e-13 for
// 0.0228; beyond 37.62 it switches to Abramowitz & Stegun's normal
// approximation, off by more than 150% in tails of 1e-3 (df = 10, δ = −40,
// t = −94: 0.00705 for 0.00245), so intervals from pt and uniroot differ
// from these there.
//
// The other special functions, against 50-digit values at their own grids
// (bench/refgen/special_grid.py; worst relative errors, a and b from ½
// to 5·10⁵, tails down to 1e-290): gonum's regularised incomplete beta,
// behind the t tail as I_x(ν/2, ½), 2.7e-10 for b = ½ in either tail
// (the error grows with a) and 4.2e-10 for any b where both tails exceed
// 1e-30, but it returns 0 for I_0.1(5000, 10) = 1.4e-54; the regularised
// incomplete gamma behind the chi-square tail (the series and continued
// fraction with Loader's prefactor, not gonum's, whose worst is 1.8e-12)
// 5e-13 in either tail; the normal tail (erfc) 1.4e-13 out to z = 37.5.
//
// Bootstrap intervals use numpy's linear quantile interpolation, as scipy
// does.
package evaluation
