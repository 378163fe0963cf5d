// Package adjust adjusts the p-values of several tests for multiple
// testing, as R's p.adjust does: Holm, Hochberg, Hommel and Bonferroni
// control the family-wise error rate, Benjamini–Hochberg and
// Benjamini–Yekutieli the false discovery rate. [PValues] is the one entry
// point; [Config.Method] chooses the method.
//
// Contracts: the result is in the order of the input and the input is not
// modified. A NaN p-value is missing (R's NA): it stays NaN, is never
// rejected and does not count among the tests. Ties keep their input
// order. Errors are *[FieldError] values (joined, one per problem) that
// wrap [evaluation.ErrOutOfRange] (a p-value outside [0, 1], an alpha
// outside (0, 1), an N below the number of p-values) or
// [evaluation.ErrUnknownEnum] (an undeclared Method). Every exported type
// with a float marshals through mentorkit's JSON number rule (NaN as
// "NaN").
package adjust
