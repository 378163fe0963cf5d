// Package causal estimates what a programme caused rather than how the
// mentored differ from the rest: propensity scores and matching on them,
// balance diagnostics that flag imbalance, Rosenbaum's sensitivity bounds,
// difference-in-differences with cluster-robust errors, and randomised
// designs (simple, stratified and blocked randomisation, a waitlist lottery)
// with their intention-to-treat and complier (Wald/IV) estimates.
//
// # Sensitivity to hidden bias
//
// [Rosenbaum] takes the outcomes of matched pairs and returns, for each Γ,
// the bounds of the one-sided signed-rank p-value when an unobserved
// covariate may multiply the odds of treatment within a pair by up to Γ,
// and the Γ at which significance is lost ([Sensitivity.GammaCritical]).
// It reproduces the normal-approximation bounds of Rosenbaum (2002, §4.3)
// and rbounds::psens (zero differences dropped, average ranks, no
// continuity correction) and the exact bound by convolution.
//
// # Errors
//
// Bad input gives *[FieldError] values naming the field, the subject's ID
// where one applies and the value, unwrapping to the sentinels ([ErrEmpty],
// [ErrLength], [ErrOutOfRange], [ErrAllZero] are evaluation's own, so
// errors.Is works with either package; [ErrSeparation] is this package's).
// Several problems are joined with errors.Join. Nothing panics on caller
// data; every entry point is fuzzed.
//
// # Determinism
//
// No result depends on map order or input order where the input is a set
// of subjects: subjects are sorted by ID first. Randomness comes only from
// the caller's *rand.Rand. Inputs are never modified.
//
// # JSON
//
// Every result and config type marshals through jsonx: NaN and ±Inf are
// "NaN", "Infinity" and "-Infinity", and decoding gives back an equal value.
package causal
