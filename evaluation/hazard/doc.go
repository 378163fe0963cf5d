// Package hazard models time to an event (leaving the organisation, say)
// beyond the Kaplan–Meier curves and log-rank tests of
// [github.com/mentorkit/mentorkit/evaluation]: the Cox
// proportional-hazards model ([Cox]), with hazard ratios, their tests,
// concordance and the proportional-hazards test, and competing risks
// ([CumulativeIncidence]): the cumulative incidence of each kind of exit
// (leaving, promotion away, transfer) with Gray's test between groups.
//
// Each function matches a reference tool case by case: R survival 3.5
// coxph and cox.zph, R cmprsk 2.2 cuminc. Settings live in a config whose
// zero value is that tool's default.
//
// # Errors
//
// Bad input is an error, never a panic: every error is a *[FieldError]
// (or several joined) naming the field ("covariates[2][17]",
// "cfg.confidence") and unwrapping to one of evaluation's sentinels,
// re-exported here ([ErrEmpty], [ErrLength], [ErrOutOfRange],
// [ErrUnknownEnum]). What has no finite answer but is not an input error
// — a covariate without information, a coefficient that runs off to
// infinity, a fit that ran out of iterations, a singular variance — is
// reported in the result (a [CoefStatus], Converged, NaN with the reason
// documented on the field), as R reports it with NA or a warning.
//
// # Determinism and cost
//
// Results do not depend on the order of equal times beyond what the
// method defines; ties between subjects break by input index. Inputs are
// never modified and results never alias them. Both functions sort once
// and then make passes over cumulative risk-set sums: O(n log n) time.
//
// # JSON
//
// Every result and config type marshals through mentorkit's number rule
// (NaN and ±Inf as "NaN", "Infinity", "-Infinity") and decodes back equal.
package hazard
