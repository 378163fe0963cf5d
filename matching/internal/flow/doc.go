// Package flow finds a best flow with lower bounds in a small acyclic
// network: the exact core of fair pairing (matching/pairing/fair).
//
// Every arc carries between Lo and Hi units and each unit is worth a
// Priority (an integer) and a Score (a float64). MaxValue finds an s–t
// flow that meets every lower bound and, among those, maximises the total
// priority first and then the total score (lexicographically), choosing the
// amount of flow itself. When the lower bounds cannot all be met it says
// which arcs fall short.
//
// # Method
//
// Successive shortest paths with Johnson potentials on lexicographic costs
// (hard, priority, score): the first Lo units of an arc are a parallel arc
// worth one "hard" unit each, so the method first routes as much of the
// lower bounds as possible, then priority, then score — each level exactly,
// without a big-M constant, because tuples of an ordered group are compared
// level by level. Costs are convex in the flow value, so augmenting stops
// at the first shortest path that does not improve the value. Nodes must be
// numbered so that every arc goes from a lower to a higher node (the
// network is a DAG), which gives the first potentials in one pass.
//
// With arcs marked by Network.Defer, or when arcs were added after a solve
// by insertion, MaxValue instead treats the network as a circulation (a
// return arc t → s of cost 0) and opens the deferred or new arcs one at a
// time, each by shortest-cycle searches from its head back to its tail
// that stop at the first distance that cannot gain (insert.go); the kept
// optimum makes a re-solve after AddArc incremental. Same optimum, same
// certificate.
//
// Cost: one Dijkstra (4-ary heap, stopped when t is settled) per augmenting
// path; with unit capacities on one layer, one per unit of flow. By
// insertion, one cut-off Dijkstra per unit pushed round a cycle, plus one
// per deferred arc whose reduced cost is negative.
package flow
