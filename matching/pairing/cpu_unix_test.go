//go:build unix

package pairing

import "syscall"

// pairCPUTime returns the process's user plus system CPU time in
// nanoseconds, so benchmarks on a shared machine can report CPU time per
// pair next to wall time.
func pairCPUTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
