// Package timesort sorts survival records by time without a comparison
// function: a least-significant-digit radix sort on an order-preserving
// bit pattern of the time. Kaplan–Meier and the log-rank test (package
// evaluation) and cumulative incidence (package hazard) share it.
package timesort
