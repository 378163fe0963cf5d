// Package testkit holds the test helpers that the tests of package
// matching and its subpackages share: a byte source for fuzz targets, a
// brute-force enumeration of assignments as the independent reference,
// and matrices built from nested slices. It is imported by tests only.
package testkit
