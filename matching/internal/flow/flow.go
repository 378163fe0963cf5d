package flow

import (
	"errors"
	"fmt"
	"math"
)

// ErrArc is returned for an arc that breaks the network's contract.
var ErrArc = errors.New("flow: bad arc")

// ErrInfeasible is wrapped by an *InfeasibleError: the lower bounds cannot
// all be met.
var ErrInfeasible = errors.New("flow: lower bounds cannot be met")

// InfeasibleError lists the arcs whose lower bound the best flow misses,
// with the flow each got.
type InfeasibleError struct {
	Arcs []int // arc indices, ascending
	Flow []int // the flow on each, below its Lo
}

// Error names how many lower bounds are missed and the first of them.
func (e *InfeasibleError) Error() string {
	return fmt.Sprintf("flow: lower bounds of %d arcs cannot be met (first: arc %d carries %d)", len(e.Arcs), e.Arcs[0], e.Flow[0])
}

// Unwrap returns ErrInfeasible.
func (e *InfeasibleError) Unwrap() error { return ErrInfeasible }

// cost is a lexicographic cost (minimised): hard, then prio, then score.
type cost struct {
	h, p int64
	s    float64
}

func (a cost) add(b cost) cost { return cost{a.h + b.h, a.p + b.p, a.s + b.s} }
func (a cost) sub(b cost) cost { return cost{a.h - b.h, a.p - b.p, a.s - b.s} }
func (a cost) less(b cost) bool {
	if a.h != b.h {
		return a.h < b.h
	}
	if a.p != b.p {
		return a.p < b.p
	}
	return a.s < b.s
}
func (a cost) neg() cost { return cost{-a.h, -a.p, -a.s} }

// Network is a flow network under construction. The zero value is not
// usable: call NewNetwork.
type Network struct {
	n    int
	arcs []userArc
	late []bool // arcs inserted one at a time (Defer)
	warm *warmState
}

type userArc struct {
	from, to, lo, hi int
	prio             int64
	score            float64
}

// NewNetwork returns an empty network on nodes 0 … n−1.
func NewNetwork(n int) *Network { return &Network{n: max(n, 0)} }

// AddArc adds an arc from → to carrying lo to hi units, each worth prio
// and score, and returns its index. from < to is required (the network is
// a DAG in node order), 0 ≤ lo ≤ hi, and score finite.
func (g *Network) AddArc(from, to, lo, hi int, prio int64, score float64) (int, error) {
	switch {
	case from < 0 || to >= g.n || from >= to:
		return -1, fmt.Errorf("%w: %d → %d on %d nodes (need from < to)", ErrArc, from, to, g.n)
	case lo < 0 || hi < lo:
		return -1, fmt.Errorf("%w: bounds [%d, %d]", ErrArc, lo, hi)
	case math.IsNaN(score) || math.IsInf(score, 0):
		return -1, fmt.Errorf("%w: score %v", ErrArc, score)
	}
	g.arcs = append(g.arcs, userArc{from, to, lo, hi, prio, score})
	g.late = append(g.late, false)
	return len(g.arcs) - 1, nil
}

// Defer marks arc a to be inserted late: MaxValue then solves the network
// without the deferred arcs first and inserts them one at a time, in index
// order, each with the shortest-cycle searches that keep the flow optimal
// (see insert.go). It is fastest when the deferred arcs cut every s–t
// path and each one's neighbourhood is small (fair pairing defers each
// mentee's arc, as the Hungarian method adds one row at a time); when the
// network without them cannot be given valid starting potentials,
// MaxValue ignores the deferral. The result is the same either way.
func (g *Network) Defer(a int) {
	if a >= 0 && a < len(g.late) {
		g.late[a] = true
	}
}

// Flow is a solution: the flow on each arc (by AddArc index) and its value.
type Flow struct {
	Arc      []int
	Priority int64
	Score    float64
	pot      []cost // node potentials: every residual arc has reduced cost ≥ 0
}

// Improves reports whether an arc from → to worth prio and score per unit,
// had it been in the network (with room and no flow), would have a
// negative reduced cost under the solution's potentials, so that the flow
// could gain by using it. When no left-out arc improves, the flow is
// optimal for the network with those arcs too (the potentials are a dual
// certificate). tol is the score tolerance (a reduced score above −tol
// counts as not improving).
func (f Flow) Improves(from, to int, prio int64, score, tol float64) bool {
	if from < 0 || to < 0 || from >= len(f.pot) || to >= len(f.pot) {
		return false
	}
	rc := cost{0, -prio, -score}.add(f.pot[from]).sub(f.pot[to])
	if rc.h != 0 {
		return rc.h < 0
	}
	if rc.p != 0 {
		return rc.p < 0
	}
	return rc.s < -tol
}

// residual graph in CSR form; arc k and k^1 are each other's reverse.
type residual struct {
	start []int32 // node → first slot in adj
	adj   []int32 // slots → internal arc
	to    []int32
	cap   []int32
	c     []cost
}

// MaxValue returns the flow from s to t meeting every lower bound that
// maximises the total priority, then the total score. Errors: ErrArc for
// s or t out of range; an *InfeasibleError (ErrInfeasible) when lower
// bounds cannot be met, with the best flow found (it meets as many
// lower-bound units as possible).
func (g *Network) MaxValue(s, t int) (Flow, error) {
	if s < 0 || s >= g.n || t < 0 || t >= g.n || s == t {
		return Flow{}, fmt.Errorf("%w: source %d, sink %d on %d nodes", ErrArc, s, t, g.n)
	}
	r, owner := g.build(s, t)
	pot, ok := g.insertion(r, owner, s, t)
	ret := len(owner) - 2 // the return arc t → s
	g.warm = nil
	if ok {
		g.warm = &warmState{s: s, t: t, arcs: len(g.arcs), cap: append([]int32(nil), r.cap[:ret]...), ret: r.cap[ret^1], pot: append([]cost(nil), pot...)}
	}
	if !ok {
		pot, _ = g.potentials(r, s)
		solve(r, pot, s, t)
	}
	r.cap[ret], r.cap[ret^1] = 0, 0
	pot = certificate(r, pot, s, t)
	f := Flow{Arc: make([]int, len(g.arcs)), pot: pot}
	for k := 0; k < ret; k += 2 {
		a := owner[k]
		x := int(r.cap[k^1]) // flow = reverse residual
		f.Arc[a] += x
	}
	var inf InfeasibleError
	for a, u := range g.arcs {
		f.Priority += u.prio * int64(f.Arc[a])
		f.Score += u.score * float64(f.Arc[a])
		if f.Arc[a] < u.lo {
			inf.Arcs = append(inf.Arcs, a)
			inf.Flow = append(inf.Flow, f.Arc[a])
		}
	}
	if len(inf.Arcs) > 0 {
		return f, &inf
	}
	return f, nil
}

// build makes the residual graph: each user arc becomes a hard part (lo
// units) and a soft part (hi − lo units), each with its reverse; the last
// pair is a return arc t → s of cost 0 (owner −1) with no room, which
// insertion opens.
func (g *Network) build(s, t int) (residual, []int) {
	var from []int32
	var r residual
	var owner []int
	addPair := func(a int, u userArc, capa int, c cost) {
		r.to = append(r.to, int32(u.to), int32(u.from))
		r.cap = append(r.cap, int32(capa), 0)
		r.c = append(r.c, c, c.neg())
		from = append(from, int32(u.from), int32(u.to))
		owner = append(owner, a, a)
	}
	for a, u := range g.arcs {
		c := cost{0, -u.prio, -u.score}
		if u.lo > 0 {
			addPair(a, u, u.lo, cost{-1, c.p, c.s})
		}
		if u.hi > u.lo {
			addPair(a, u, u.hi-u.lo, c)
		}
	}
	addPair(-1, userArc{from: t, to: s}, 0, cost{})
	r.start = make([]int32, g.n+1)
	for _, v := range from {
		r.start[v+1]++
	}
	for v := range g.n {
		r.start[v+1] += r.start[v]
	}
	r.adj = make([]int32, len(from))
	next := append([]int32(nil), r.start[:g.n]...)
	for k, v := range from {
		r.adj[next[v]] = int32(k)
		next[v]++
	}
	return r, owner
}

// potentials returns shortest distances from s over the forward arcs (one
// pass in node order, since arcs go up), and which nodes s reaches. No
// path ever reaches the others (a reverse arc only opens where flow went),
// so their potentials never matter to the solver.
func (g *Network) potentials(r residual, s int) ([]cost, []bool) {
	pot := make([]cost, g.n)
	seen := make([]bool, g.n)
	seen[s] = true
	for v := s; v < g.n; v++ {
		if !seen[v] {
			continue
		}
		for _, k := range r.adj[r.start[v]:r.start[v+1]] {
			if r.cap[k] == 0 {
				continue
			}
			w := r.to[k]
			d := pot[v].add(r.c[k])
			if !seen[w] || d.less(pot[w]) {
				pot[w], seen[w] = d, true
			}
		}
	}
	return pot, seen
}

// certificate turns the solver's potentials into a dual certificate of
// the whole problem, amount of flow included: real shortest distances
// from s, and from t at 0 when flow leaves s (the flow amount is free, as
// if a return arc t → s of cost 0 ran both ways), so that every residual
// arc and the return arc have reduced cost ≥ 0. Nodes neither reaches
// carry no flow and have no arc with room from a reached node; each gets
// the smallest potential that keeps its own arcs non-negative (the
// largest pot(w) − c over its arcs with room, in reverse node order; t
// gets pot(s); a node with no such arc leads nowhere and gets a potential
// below every other), which is the best certificate for Improves.
func certificate(r residual, pot []cost, s, t int) []cost {
	n := len(pot)
	flowing := false
	for _, k := range r.adj[r.start[s]:r.start[s+1]] {
		flowing = flowing || (k&1 == 0 && r.cap[k^1] > 0)
	}
	dist := make([]cost, n)
	done := make([]bool, n)
	inHeap := make([]bool, n)
	h := &costHeap{pos: make([]int32, n)}
	seed := func(v int, d cost) {
		dist[v], inHeap[v] = d, true
		h.push(item{int32(v), d})
	}
	seed(s, cost{})
	if flowing {
		seed(t, pot[s].sub(pot[t])) // real distance 0
	}
	for h.Len() > 0 {
		v := h.pop().v
		done[v] = true
		for _, k := range r.adj[r.start[v]:r.start[v+1]] {
			w := r.to[k]
			if r.cap[k] == 0 || done[w] {
				continue
			}
			rc := r.c[k].add(pot[v]).sub(pot[w])
			if rc.h == 0 && rc.p == 0 && rc.s < 0 {
				rc.s = 0
			}
			d := dist[v].add(rc)
			if !inHeap[w] {
				seed(int(w), d)
			} else if d.less(dist[w]) {
				dist[w] = d
				h.update(w, d)
			}
		}
	}
	out := make([]cost, n)
	for v := range n {
		if done[v] {
			out[v] = dist[v].add(pot[v]).sub(pot[s]) // real distance
		}
	}
	if !done[t] {
		done[t] = true // out[t] = 0 = out[s]
	}
	for v := n - 1; v >= 0; v-- {
		if done[v] {
			continue
		}
		p, any := cost{h: -1 << 50}, false
		for _, k := range r.adj[r.start[v]:r.start[v+1]] {
			if r.cap[k] == 0 {
				continue
			}
			if q := out[r.to[k]].sub(r.c[k]); !any || p.less(q) {
				p, any = q, true
			}
		}
		out[v] = p
	}
	return out
}

// solve augments along shortest paths while they improve the value.
func solve(r residual, pot []cost, s, t int) {
	n := len(pot)
	dist := make([]cost, n)
	prev := make([]int32, n)
	state := make([]uint8, n) // 0 unseen, 1 in heap, 2 settled
	var touched []int32
	h := &costHeap{pos: make([]int32, n)}
	for {
		for _, v := range touched {
			state[v] = 0
		}
		touched = touched[:0]
		h.items = h.items[:0]
		dist[s] = cost{}
		prev[s] = -1
		state[s] = 1
		touched = append(touched, int32(s))
		h.push(item{int32(s), cost{}})
		var settled []int32
		found := false
		for h.Len() > 0 {
			it := h.pop()
			v := it.v
			state[v] = 2
			settled = append(settled, v)
			if int(v) == t {
				found = true
				break
			}
			for _, k := range r.adj[r.start[v]:r.start[v+1]] {
				if r.cap[k] == 0 {
					continue
				}
				w := r.to[k]
				if state[w] == 2 {
					continue
				}
				rc := r.c[k].add(pot[v]).sub(pot[w])
				if rc.h == 0 && rc.p == 0 && rc.s < 0 {
					rc.s = 0 // rounding: reduced costs are non-negative
				}
				d := dist[v].add(rc)
				if state[w] == 0 {
					state[w] = 1
					touched = append(touched, w)
					dist[w], prev[w] = d, k
					h.push(item{w, d})
				} else if d.less(dist[w]) {
					dist[w], prev[w] = d, k
					h.update(w, d)
				}
			}
		}
		if !found {
			return
		}
		// Real path cost = reduced distance + pot[t] − pot[s].
		real := dist[t].add(pot[t]).sub(pot[s])
		if !real.less(cost{}) {
			return
		}
		// Potentials: settled nodes get their distance; the rest the sink's.
		dt := dist[t]
		for _, v := range settled {
			pot[v] = pot[v].add(dist[v]).sub(dt)
		}
		// (adding a constant −dt to settled nodes instead of +dt to the
		// others keeps reduced costs the same.)
		push := int32(math.MaxInt32)
		for v := t; v != s; {
			k := prev[v]
			push = min(push, r.cap[k])
			v = int(r.to[k^1])
		}
		for v := t; v != s; {
			k := prev[v]
			r.cap[k] -= push
			r.cap[k^1] += push
			v = int(r.to[k^1])
		}
	}
}

type item struct {
	v int32
	d cost
}

// costHeap is a 4-ary min-heap of nodes by distance with decrease-key
// (ties: the higher node first), typed to avoid boxing. The order it pops
// in depends only on (distance, node), not on its shape.
type costHeap struct {
	items []item
	pos   []int32
}

func (h *costHeap) Len() int { return len(h.items) }

func (h *costHeap) less(i, j int) bool {
	a, b := &h.items[i].d, &h.items[j].d
	switch {
	case a.h != b.h:
		return a.h < b.h
	case a.p != b.p:
		return a.p < b.p
	case a.s != b.s:
		return a.s < b.s
	}
	return h.items[i].v > h.items[j].v
}

func (h *costHeap) swap(i, j int) {
	h.items[i], h.items[j] = h.items[j], h.items[i]
	h.pos[h.items[i].v] = int32(i)
	h.pos[h.items[j].v] = int32(j)
}

func (h *costHeap) up(i int) {
	for i > 0 {
		p := (i - 1) / 4
		if !h.less(i, p) {
			return
		}
		h.swap(i, p)
		i = p
	}
}

func (h *costHeap) down(i int) {
	n := len(h.items)
	for {
		c := 4*i + 1
		if c >= n {
			return
		}
		j := c
		for q := c + 1; q < min(c+4, n); q++ {
			if h.less(q, j) {
				j = q
			}
		}
		if !h.less(j, i) {
			return
		}
		h.swap(i, j)
		i = j
	}
}

func (h *costHeap) push(it item) {
	h.pos[it.v] = int32(len(h.items))
	h.items = append(h.items, it)
	h.up(len(h.items) - 1)
}

func (h *costHeap) pop() item {
	it := h.items[0]
	last := len(h.items) - 1
	h.swap(0, last)
	h.items = h.items[:last]
	h.down(0)
	return it
}

func (h *costHeap) update(v int32, d cost) {
	i := int(h.pos[v])
	h.items[i].d = d
	h.up(i)
}
