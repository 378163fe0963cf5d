//go:build race

package main

// raceEnabled is true under the race detector, which makes the SDK's
// solves about ten times slower.
const raceEnabled = true
