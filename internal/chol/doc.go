// Package chol is the Cholesky factorisation the regression code shares
// (internal/glm's logistic fit, evaluation/causal's least squares and
// Mahalanobis distances): small dense symmetric systems held as [][]float64,
// with a caller-chosen tolerance for "numerically positive definite".
package chol
