// Package reliability holds the reliability and agreement statistics of
// survey instruments and ratings: Cronbach's alpha with Feldt's interval
// and the item analysis of [Reliability], intraclass correlations ([ICC]),
// Krippendorff's alpha and the within-group agreement r_wg and r_wg(j).
//
// They take raw data (a respondents × items or units × raters matrix) and
// apply no confidentiality policy: feed them data the caller may see, such
// as an instrument's answers turned into a matrix by
// feedback.Instrument.ReliabilityMatrix, never groups of people someone
// else may not see. Aggregates about groups leave mentorkit only through
// feedback.BuildReport.
//
// # Errors
//
// Bad input is an error, never a panic. The sentinels are feedback's
// ([ErrShape], [ErrTooFew], [ErrNaN], [ErrOutOfRange], [ErrInvalid],
// [ErrUnknownEnum]), each problem a [*FieldError] with its field path and a
// message in English and Dutch. Inputs are never modified.
//
// # Numerics
//
// Reliability statistics follow R's psych 2.2.9 (listwise deletion), ICC
// psych::ICC with lmer = FALSE, Krippendorff's alpha Krippendorff (2011),
// Feldt's interval psych::alpha.ci; the tests hold them to reference
// values computed with those tools. Where R returns NaN (zero variance, a
// single rating), so do these functions. A zero config is the reference
// tool's default (95 % intervals, as psych::ICC). Matrices are read once into a slice and, when their magnitudes lie
// beyond 2^±400, rescaled by a power of two (exact), so that sums of
// squares neither overflow nor underflow. Results that do not exist (a
// constant column's alpha) are NaN, written "NaN" in JSON.
package reliability
