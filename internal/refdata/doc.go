// Package refdata reads the reference files the packages' tests compare
// with: JSON files copied unchanged into a package's testdata/ from the
// shared reference set, each a list of cases with an input, the expected
// values computed by R, statsmodels, scipy or a published formula, and a
// tolerance. Only test files import it.
package refdata
