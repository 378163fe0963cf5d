// Package learn learns pairing weights from outcomes: which criteria
// predicted the relationships that went well? From past pairs, each with
// its criterion breakdown ([pairing.Match.Breakdown]) and an observed
// outcome, [Fit] estimates one non-negative coefficient per criterion,
// cross-validates the result against the default weights, gives each
// weight a bootstrap interval and each criterion its contribution, and
// [Result.Weights] turns the coefficients into [pairing.Weights] to set as
// pairing.Config.Weights.
//
//	res, err := learn.Fit(pairs, learn.Config{}, rand.New(rand.NewPCG(1, 2)))
//	cfg := pairing.Config{Weights: res.Weights()}
//
// # Model
//
// With s_ik the score of pair i on criterion k (in [0, 1]) and a_ik = 1
// when the criterion applies to the pair (its data is there), m_ik = 1 −
// a_ik,
//
//	continuous: y_i        = b₀ + Σ_k β_k·a_ik·s_ik + Σ_k γ_k·m_ik + ε_i   (least squares)
//	binary:     logit P(y_i = 1) = b₀ + Σ_k β_k·a_ik·s_ik + Σ_k γ_k·m_ik   (maximum likelihood)
//
// with β_k ≥ 0 (a criterion can help or not matter, never hurt; the
// weights feed a weighted mean, whose weights cannot be negative) and the
// intercept b₀ and missing-indicator effects γ_k free. A continuous
// outcome is fitted by non-negative least squares and a binary one by
// logistic regression with the same bounds, both by internal/glm (the
// logistic regression evaluation uses, with a Lawson–Hanson active set
// inside each IRLS step), so the fits are exact constrained optima, not
// clipped unconstrained ones. An ordinal outcome (a 1–5 rating) is fitted
// as continuous: its numbers are taken as equally spaced.
//
// # Missing data
//
// Nothing is imputed. A criterion that does not apply to a pair
// ([pairing.Contribution.Missing] set) adds 0 to that pair's criterion
// term and 1 to the criterion's missing indicator, so β_k is learned from
// the pairs that have the data and γ_k absorbs whatever distinguishes the
// pairs that lack it; no pair is dropped. The indicator is in the model
// only when some but not all pairs lack the criterion. A criterion that
// applies to no pair gets [NoData]; one whose scores are constant or
// collinear with others gets [NotIdentified]; both weigh 0.
//
// # Weights
//
// Weight_k = β_k / Σ β: the weights sum to 1, and a pairing score with
// them (Σ w_k s_k / Σ w_k over the criteria that apply) orders pairs as
// the fitted Σ β_k s_k does when every criterion applies. The outcome type
// is the caller's ([Config.Outcome]); unset, it is binary when every
// outcome is 0 or 1.
//
// # Validation
//
// [Result.CV] fits on k − 1 folds and scores the held-out fold
// (Config.Folds, default 5; folds dealt from the caller's rng, by class
// for a binary outcome): the held-out share of deviance explained, and the
// correlation (continuous) or AUC (binary) between the held-out outcomes
// and the pairing score with the learned weights and with the baseline
// (default) weights. Each weight's interval is the bootstrap percentile
// interval over Config.Bootstrap resamples of the pairs (default 200) at
// Config.Confidence (default 0.95). Each criterion's
// [Criterion.Contribution] is the share of the null deviance lost when it
// is left out and the model refitted.
//
// # Errors
//
// Bad input gives *[FieldError] values (internal/fault, English and
// Dutch) that unwrap to [ErrOutOfRange] (a NaN or infinite outcome or
// score, a score outside [0, 1], a binary outcome other than 0 or 1, a bad
// setting, no rng), [ErrBreakdown] (an empty breakdown, an empty or
// repeated criterion name, pairs that list different criteria), [ErrEmpty]
// (no pairs, fewer pairs than the criteria with data plus 2, no criterion
// with data, a single outcome class) or [ErrSeparated] (binary outcomes
// the criteria separate: no finite weights exist). Nothing panics; the
// pairs are never modified.
//
// # Determinism
//
// The result depends only on the pairs (in their order, which names the
// folds and resamples), the config and the state of rng. Criteria are in
// the order of the first pair's breakdown.
package learn
