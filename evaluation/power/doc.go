// Package power plans a programme's evaluation: how many people it needs
// to detect an effect, what power a given sample has, and the smallest
// effect a given sample can detect.
//
//   - Means: [TPower], [TSampleSize], [TDetectable] and [TConfidence] for the
//     one-sample, paired and two-sample t-test, as R's power.t.test.
//   - Two proportions: [PropPower], [PropSampleSize], [PropDetectable] and
//     [PropConfidence],
//     by the normal approximation of R's power.prop.test or by Cohen's
//     arcsine effect size h as pwr::pwr.2p.test.
//   - Survival (time to leaving): [LogRankEvents], the events and people
//     the log-rank test needs by Schoenfeld's (1983) and Freedman's (1982)
//     formulas, and [LogRankDetectable], the smallest hazard ratio a given
//     number of events can detect.
//
// Contracts. Sample sizes are per group (pairs for the paired test) and
// not rounded: recruit the ceiling. Solved quantities are converged roots
// (to the last few bits, where R's uniroot stops at about 1e-4 by
// default). Settings hold the confidence level (1 minus the significance
// level), zero meaning 0.95, and an [evaluation.Alternative], zero meaning
// two-sided. Bad input — a power or confidence outside (0, 1), n below 2,
// a zero, NaN or infinite effect, a standard deviation <= 0 — is an error
// of *[FieldError] values (joined) wrapping [evaluation.ErrOutOfRange] or
// [evaluation.ErrUnknownEnum]; a question no design answers (a power the
// test cannot reach in the direction asked, two equal proportions) wraps
// [ErrNoSolution]. Nothing panics on caller data. Every result and
// setting marshals to JSON through mentorkit's number rule.
package power
