// Package causal estimates what a programme caused rather than how the
// mentored differ from the rest: propensity scores and optimal matching on
// them with balance diagnostics that flag imbalance, Rosenbaum's
// sensitivity bounds, difference-in-differences with cluster-robust
// errors, and randomised designs (simple, stratified and blocked
// randomisation, a waitlist lottery) with their intention-to-treat and
// complier (Wald/IV) estimates.
//
// # Propensity scores and matching
//
// [EstimatePropensity] fits the logistic regression of treatment on the
// covariates as R's glm(family = binomial) does (same start, deviance
// criterion 1e-8, at most 25 iterations; standard errors from the
// information at the fit). A constant or collinear covariate is left out
// with a NaN coefficient, as R's NA. When the covariates separate the
// treated from the controls (complete or quasi-complete separation) no
// estimate exists and the error wraps [ErrSeparation] instead of
// returning R's huge coefficients.
//
// [MatchPropensity] pairs each treated person with a distinct control
// (1:1, without replacement) minimising the total distance — the gap in
// the logit of the score, or the Mahalanobis distance within the
// propensity caliper — over the pairs the caliper allows (default 0.2
// pooled SD of the logit, Austin 2011), matching as many treated as
// possible first. Each treated person considers at most
// [MatchConfig.Candidates] controls nearest on the logit, and the problem
// goes to matching's sparse solver, so memory is O(n + treated ×
// candidates): 5,000 treated among 100,000 take well under a second and
// no treated × controls matrix. [Match.Balance] compares every covariate
// before and after on the yardstick of the unmatched sample and flags
// |SMD| > [ImbalanceSMD]; [Match.Imbalanced] names those still flagged.
// [CheckBalance] does the same for pairs made elsewhere.
//
// # Sensitivity to hidden bias
//
// [Rosenbaum] takes the outcomes of matched pairs ([PairOutcomes] reads
// them off a Match) and returns, for each Γ ≥ 1, the bounds of the
// one-sided signed-rank p-value when an unobserved covariate may multiply
// the odds of treatment within a pair by up to Γ, and the Γ at which
// significance is lost ([Sensitivity.GammaCritical], and its exact
// counterpart). Zero differences are dropped, ties get average ranks and
// there is no continuity correction, as in rbounds::psens.
//
// # Difference-in-differences
//
// [DiffInDiff] fits lm(y ~ treat * post) on a person-level panel and
// reports classical and cluster-robust (by person, sandwich's vcovCL
// HC1 with the residual df) inference for every term; [DiD.Effect] is
// the treat:post term. Unidentified terms (no control group, no period)
// are NaN with [DiD.Reason]. [DiffInDiffMatched] runs it on the persons
// of a Match.
//
// # Randomised designs
//
// [Randomize] and [DrawLottery] draw from the caller's *rand.Rand only.
// Applicants are sorted by ID first and strata taken in name order, so the
// same generator state and the same applicants in any order give the same
// draw. [IntentionToTreat] compares arms as randomised; [ComplierEffect]
// is the Wald estimator ITT_y/ITT_d with a delta-method standard error,
// NaN with a reason when take-up does not differ between the arms. Their
// intervals are large-sample normal ones.
//
// # Errors
//
// Bad input gives *[FieldError] values naming the field, the subject's ID
// where one applies and the value, unwrapping to the sentinels: [ErrEmpty],
// [ErrLength], [ErrOutOfRange], [ErrAllZero] and [ErrUnknownEnum] are
// evaluation's own, so errors.Is works with either package;
// [ErrSeparation] is this package's. Several problems are joined with
// errors.Join. NaN and ±Inf in data, a Γ below 1, a confidence outside
// (0, 1), a single group, perfect separation and a singular covariance
// matrix are errors; where a number is undefined but the rest of the
// result is not (an unidentified DiD term, a complier effect without an
// instrument, a critical Γ when the effect is not significant even at
// Γ = 1) it is NaN and the field's doc says why. Nothing panics on caller
// data; every entry point is fuzzed.
//
// # Determinism
//
// No result depends on map order; subjects and applicants are put in ID
// order before any sum or tie, so input order cannot change a result.
// Randomness comes only from the caller's *rand.Rand. Inputs are never
// modified.
//
// # JSON
//
// Every result and config type marshals through jsonx: NaN and ±Inf are
// "NaN", "Infinity" and "-Infinity", enums are their lowerCamel names,
// and decoding gives back an equal value.
package causal
