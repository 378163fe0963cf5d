// Package glm fits generalised linear models by iteratively reweighted
// least squares. It holds the binomial family with the logit link
// ([Logistic]), the fit behind propensity scores (evaluation/causal) and
// learned pairing weights, written once.
//
// # Contract
//
// [Logistic] reproduces R's glm(y ~ x, family = binomial(), weights = w):
// the same starting values (mustart = (w·y + 0.5)/(w + 1)), the same
// convergence rule (|dev − dev_old|/(|dev| + 0.1) < Epsilon, default 1e-8,
// at most MaxIter = 25 iterations) and the same treatment of aliased
// (collinear or constant) columns: they get NaN coefficients (R's NA) and
// the model is fitted without them. Standard errors are the square roots of
// the diagonal of the inverse information (X'WX)⁻¹ with W evaluated at the
// final coefficients, the Wald z is coef/se and the p-value 2Φ(−|z|).
//
// # Bounds
//
// [Config.NonNegative] holds chosen coefficients at or above 0 (the
// intercept stays free): each IRLS step solves its weighted least-squares
// problem under the bounds by Lawson and Hanson's NNLS active-set
// algorithm, and a step that raises the deviance is halved, so the fit
// converges to the constrained maximum-likelihood estimate ([Fit.AtBound]
// marks the coefficients the bound holds at 0). [LeastSquares] is the same
// solver for a continuous outcome: (weighted) least squares, with bounds
// R's nnls. Without bounds both are bit for bit the unbounded fits. The
// learned pairing weights (matching/pairing/learn) use both.
//
// # Separation
//
// When a hyperplane separates the outcomes the maximum-likelihood estimate
// does not exist: R warns ("fitted probabilities numerically 0 or 1
// occurred") and returns huge coefficients. Logistic instead reports it in
// [Fit.Separation]: every observation fitted to within [SeparationTol] of
// its 0/1 outcome is separated; when all are, the separation is complete,
// when only some are, quasi-complete. A separated fit keeps its deviance and
// fitted values (which are meaningful: 0 and 1 for the separated
// observations) but its coefficients, standard errors, z and p-values are
// NaN, because no finite estimate exists.
//
// # Errors
//
// Bad input gives *[FieldError] values (internal/fault) that unwrap to
// [ErrOutOfRange], [ErrLength] or [ErrEmpty]: y outside [0, 1], NaN or ±Inf
// anywhere, negative weights, columns whose length differs from y's, no
// observation with positive weight. Nothing panics. Inputs are never
// modified.
package glm
