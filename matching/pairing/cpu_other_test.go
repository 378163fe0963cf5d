//go:build !unix

package pairing

// pairCPUTime is not available here: benchmarks report 0 CPU time.
func pairCPUTime() int64 { return 0 }
