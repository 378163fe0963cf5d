// Package feedback holds survey instruments and responses, their
// confidential aggregation, and the statistics of feedback in a mentoring
// programme: regular feedback moments (seed 000), asking participants for
// honest feedback and acting on it (seed 001), monitoring progress (seed
// 002) and a mentor testing themselves on seed 004's questions.
//
// An Instrument has items (text per language, subscales, reverse keying) on
// a Scale; a Response holds one respondent's answers about one subject, from
// a RaterGroup. BuildReport aggregates responses for any number of
// groupings at once (teams, departments, rater groups and their cross-cuts)
// under a Policy, and is the only way statistics about groups of people
// leave the package:
//
//	rep, err := feedback.BuildReport(&inst, responses, feedback.ReportSpec{
//		Dimensions: []feedback.Dimension{teamDim, feedback.RaterGroupDimension()},
//		Groupings:  []feedback.Grouping{{Name: "overall"}, {Name: "team", By: []string{"team"}}},
//	})
//
// Build360 gives rater-group means and the self–other gap on top of it;
// NPS, CronbachAlpha, Reliability, ICC, RWG, RWGJ and KrippendorffAlpha are
// the statistics; LintSBI checks Situation–Behaviour–Impact feedback in
// English and Dutch; SelfCheck answers seed 004's questions from the health
// signals of package mentoring.
//
// # Confidentiality
//
// A group with fewer respondents than Policy.MinRespondents (5 by default,
// never below 3) is suppressed: a suppressed Cell shows only that it was
// suppressed, not its size. Everything in one Report is safe together:
// BuildReport suppresses further cells until, in exact rational arithmetic,
// no linear combination of the released counts, sums, means, SDs and
// distributions — across overlapping and nested groupings — yields a
// suppressed group's totals, the totals of any of a grouping's small cells
// taken together while below the minimum, the totals of fewer than the
// minimum respondents who share every dimension value (a cross-cut no
// grouping lists) or whom a grouping leaves out (no department), or one
// respondent's answers (see BuildReport, which also names the unions not
// yet searched). Self and manager ratings are
// exempt only when the Policy says so. Two separate Reports over
// overlapping respondents are only as safe as the caller keeps them apart:
// build everything one audience sees in one call. The guarantee is about
// linear inference; a released group that answered unanimously still shows
// what each member answered.
//
// Statistics that take raw data (NPS, CronbachAlpha, ICC, ...) apply no
// policy: feed them released cells (NPSFromDistribution) or data the caller
// may see.
//
// # Errors
//
// Bad input is an error, never a panic: sentinels with the "feedback: "
// prefix (ErrInvalid, ErrDuplicate, ErrUnknownItem, ErrOutOfRange, ErrNaN,
// ErrShape, ErrTooFew) match with errors.Is; most arrive in a *FieldError
// naming the field, index and value, and validation joins every problem
// with errors.Join.
//
// # Determinism
//
// Results depend only on the arguments: no clock, no randomness, no I/O.
// Cells come in grouping order and then in lexicographic key order;
// suppression choices break ties by that order, so the same responses in any
// order give the same report. Inputs are never modified and results never
// alias them.
//
// # Numerics
//
// Report statistics come from exact answer counts (histograms), so means,
// medians, trimmed means and shares are exact up to the final division.
// Standard deviations use n−1. Suppression is decided with math/big.Rat.
// Reliability statistics follow psych 2.2.9 (listwise deletion), ICC
// psych::ICC with lmer = FALSE, Krippendorff's alpha Krippendorff (2011);
// the tests hold them to the shared reference values. Where R returns NaN
// (zero variance, a single rating), so do these functions. Data beyond
// 2^±400 in magnitude are rescaled by a power of two (exactly) before
// squares are summed, so scale-free results such as alpha and the ICCs
// stay right where float64 squares would over- or underflow.
package feedback
