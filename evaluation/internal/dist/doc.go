// Package dist holds the distribution functions that evaluation's
// subpackages share: the noncentral t distribution (for power and sample
// size) and thin wrappers of the normal and Student's t that return NaN
// instead of panicking on bad parameters.
//
// The noncentral t (noncentralt.go) is the one evaluation uses for the
// intervals of Cohen's d too: one quadrature, exact over the whole range
// a caller can reach.
package dist
