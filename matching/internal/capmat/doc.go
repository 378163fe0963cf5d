// Package capmat validates and solves score matrices with capacities, the
// input that stable matching, the quality measures and re-matching share:
// mentees (rows) × mentors (columns), -Inf for a forbidden pair, a number
// of places per mentor. Its errors are field errors wrapping the sentinel
// the calling package passes in.
package capmat
