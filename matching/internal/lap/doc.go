// Package lap holds the assignment machinery that package matching and its
// subpackages share: the incremental shortest augmenting path engine behind
// k-best assignments, bottleneck refinement and re-matching, and the buffer
// helper of the solvers.
package lap
