package flow

// Insertion: the network without its deferred arcs (Network.Defer) is a
// circulation with a return arc t → s of cost 0 and no negative cycle when
// the deferred arcs cut every s–t path, so the zero flow is optimal for
// it and two passes in node order give valid potentials. Each deferred
// arc u → v is then opened: while it has room and a negative reduced cost,
// a Dijkstra from v (stopped when u is settled) finds the cheapest way
// back to u; when the cycle it closes is negative, flow goes round it.
// The potentials stay a certificate (every residual arc has reduced cost
// ≥ 0) after each step, so after the last arc the circulation has no
// negative cycle: an optimum of the whole network, the amount of flow
// included. A search only settles nodes closer than u, so it touches the
// neighbourhood of the new arc rather than every node the source reaches.

// big is the return arc's room: more than any flow.
const big = 1 << 30

// insertion solves the network by inserting the deferred arcs; ok is
// false (and r unchanged) when there are none or the network without them
// has no valid starting potentials.
func (g *Network) insertion(r residual, owner []int, s, t int) ([]cost, bool) {
	ret := len(owner) - 2
	if w := g.warm; w != nil && w.s == s && w.t == t && w.arcs <= len(g.arcs) {
		return g.resume(r, ret, w), true
	}
	var late []int32
	for k := 0; k < ret; k += 2 {
		if g.late[owner[k]] {
			late = append(late, int32(k))
		}
	}
	if len(late) == 0 {
		return nil, false
	}
	saved := make([]int32, len(late))
	for i, k := range late {
		saved[i], r.cap[k] = r.cap[k], 0
	}
	r.cap[ret] = big
	pot, ok := startPotentials(r, g.n)
	if !ok {
		for i, k := range late {
			r.cap[k] = saved[i]
		}
		r.cap[ret] = 0
		return nil, false
	}
	sr := newSearcher(r, g.n)
	for i, k := range late {
		sr.setCap(r, int(k), saved[i])
		sr.open(r, pot, int(k))
	}
	return pot, true
}

// warmState is the optimum of the network's first arcs kept by MaxValue
// when it solved by insertion: the residual room of their internal arcs,
// the flow on the return arc and the potentials.
type warmState struct {
	s, t, arcs int
	cap        []int32
	ret        int32
	pot        []cost
}

// resume restores the kept optimum of the first w.arcs arcs and inserts
// every arc added since, in index order, as if deferred.
func (g *Network) resume(r residual, ret int, w *warmState) []cost {
	old := len(w.cap)
	copy(r.cap, w.cap)
	r.cap[ret], r.cap[ret^1] = big, w.ret
	pot := append([]cost(nil), w.pot...)
	saved := append([]int32(nil), r.cap[old:ret]...)
	for k := old; k < ret; k++ {
		r.cap[k] = 0
	}
	sr := newSearcher(r, g.n)
	for k := old; k < ret; k += 2 {
		sr.setCap(r, k, saved[k-old])
		sr.open(r, pot, k)
	}
	return pot
}

// startPotentials returns shortest distances from a virtual root joined
// to every node at cost 0, over the arcs with room, in two passes of node
// order (arcs go up except the return arc), and whether they are valid.
func startPotentials(r residual, n int) ([]cost, bool) {
	pot := make([]cost, n)
	for range 2 {
		for v := range n {
			for _, k := range r.adj[r.start[v]:r.start[v+1]] {
				if r.cap[k] == 0 {
					continue
				}
				if d := pot[v].add(r.c[k]); d.less(pot[r.to[k]]) {
					pot[r.to[k]] = d
				}
			}
		}
	}
	for v := range n {
		for _, k := range r.adj[r.start[v]:r.start[v+1]] {
			if r.cap[k] > 0 && pot[v].add(r.c[k]).less(pot[r.to[k]]) {
				return nil, false
			}
		}
	}
	return pot, true
}

// searcher holds the Dijkstra state reused by every insertion, and keeps
// each node's slots in r.adj partitioned: those with room first (live[v]
// of them), so that a search skips the arcs without room (the reverse
// arcs of pairs that carry no flow, the arcs of matched mentees).
type searcher struct {
	live    []int32 // per node: slots with room, at the front
	pos     []int32 // internal arc → its slot in r.adj
	dist    []cost
	prev    []int32
	state   []uint8 // 0 unseen, 1 in heap, 2 settled
	touched []int32
	settled []int32
	h       *costHeap
}

func newSearcher(r residual, n int) *searcher {
	sr := &searcher{live: make([]int32, n), pos: make([]int32, len(r.adj)), dist: make([]cost, n), prev: make([]int32, n), state: make([]uint8, n), h: &costHeap{pos: make([]int32, n)}}
	for v := range n {
		j := r.start[v]
		for i := r.start[v]; i < r.start[v+1]; i++ {
			if r.cap[r.adj[i]] > 0 {
				r.adj[i], r.adj[j] = r.adj[j], r.adj[i]
				j++
			}
		}
		sr.live[v] = j - r.start[v]
		for i := r.start[v]; i < r.start[v+1]; i++ {
			sr.pos[r.adj[i]] = i
		}
	}
	return sr
}

// setCap sets the room of internal arc k, keeping its tail's slots
// partitioned.
func (sr *searcher) setCap(r residual, k int, c int32) {
	was := r.cap[k] > 0
	r.cap[k] = c
	if was == (c > 0) {
		return
	}
	v := r.to[k^1]
	i := sr.pos[k]
	if c > 0 {
		sr.swap(r, i, r.start[v]+sr.live[v])
		sr.live[v]++
	} else {
		sr.live[v]--
		sr.swap(r, i, r.start[v]+sr.live[v])
	}
}

func (sr *searcher) swap(r residual, i, j int32) {
	a, b := r.adj[i], r.adj[j]
	r.adj[i], r.adj[j] = b, a
	sr.pos[a], sr.pos[b] = j, i
}

// open lets arc k (u → v) carry flow: while it has room and a negative
// reduced cost, push flow round the cheapest cycle through it; then fix
// the potentials so that every residual arc, k included, has reduced cost
// ≥ 0.
func (sr *searcher) open(r residual, pot []cost, k int) {
	u, v := int(r.to[k^1]), int(r.to[k])
	// Lower v's potential to the least its arcs with room allow: still a
	// certificate (arcs into v only gain), and k's reduced cost then
	// bounds the gain of any cycle through it, which cuts the searches.
	low, any := cost{}, false
	for _, j := range r.adj[r.start[v] : r.start[v]+sr.live[v]] {
		if r.cap[j] > 0 {
			if q := pot[r.to[j]].sub(r.c[j]); !any || low.less(q) {
				low, any = q, true
			}
		}
	}
	if any && low.less(pot[v]) {
		pot[v] = low
	}
	for r.cap[k] > 0 {
		rc := r.c[k].add(pot[u]).sub(pot[v])
		if !rc.less(cost{}) {
			return
		}
		// Only a cycle cheaper than −rc gains: the search stops there.
		limit := rc.neg()
		if !sr.search(r, pot, v, u, limit) {
			// Nothing closer than limit leads back to u: lowering the
			// settled nodes by limit − dist keeps every reduced cost ≥ 0
			// (a potential shift by min(dist, limit)) and brings k's to 0.
			for _, w := range sr.settled {
				pot[w] = pot[w].add(sr.dist[w]).sub(limit)
			}
			return
		}
		d := sr.dist[u] // < limit: the cycle gains
		for _, w := range sr.settled {
			pot[w] = pot[w].add(sr.dist[w]).sub(d)
		}
		push := r.cap[k]
		for w := u; w != v; {
			a := sr.prev[w]
			push = min(push, r.cap[a])
			w = int(r.to[a^1])
		}
		for w := u; w != v; {
			a := sr.prev[w]
			sr.setCap(r, int(a), r.cap[a]-push)
			sr.setCap(r, int(a^1), r.cap[a^1]+push)
			w = int(r.to[a^1])
		}
		sr.setCap(r, k, r.cap[k]-push)
		sr.setCap(r, k^1, r.cap[k^1]+push)
	}
}

// search runs Dijkstra on reduced costs from v until u is settled at a
// distance below limit and reports whether it was; it stops at the first
// node at limit or beyond. sr.settled lists the settled nodes (all below
// limit).
func (sr *searcher) search(r residual, pot []cost, v, u int, limit cost) bool {
	for _, w := range sr.touched {
		sr.state[w] = 0
	}
	sr.touched, sr.settled = sr.touched[:0], sr.settled[:0]
	h := sr.h
	h.items = h.items[:0]
	sr.dist[v], sr.prev[v], sr.state[v] = cost{}, -1, 1
	sr.touched = append(sr.touched, int32(v))
	h.push(item{int32(v), cost{}})
	for h.Len() > 0 {
		if !h.items[0].d.less(limit) {
			return false
		}
		x := h.pop().v
		sr.state[x] = 2
		sr.settled = append(sr.settled, x)
		if int(x) == u {
			return true
		}
		px, dx := pot[x], sr.dist[x]
		for _, k := range r.adj[r.start[x] : r.start[x]+sr.live[x]] {
			w := r.to[k]
			if sr.state[w] == 2 {
				continue
			}
			rc := r.c[k].add(px).sub(pot[w])
			if rc.h == 0 && rc.p == 0 && rc.s < 0 {
				rc.s = 0 // rounding: reduced costs are non-negative
			}
			d := dx.add(rc)
			if int(w) == u && d == dx {
				// u ties the smallest distance left: settled now.
				if sr.state[w] == 0 {
					sr.touched = append(sr.touched, w)
				}
				sr.state[w] = 2
				sr.dist[w], sr.prev[w] = d, int32(k)
				sr.settled = append(sr.settled, w)
				return true
			}
			if !d.less(limit) {
				continue // never settled: the search stops at limit
			}
			if sr.state[w] == 0 {
				sr.state[w] = 1
				sr.touched = append(sr.touched, w)
				sr.dist[w], sr.prev[w] = d, int32(k)
				h.push(item{w, d})
			} else if d.less(sr.dist[w]) {
				sr.dist[w], sr.prev[w] = d, int32(k)
				h.update(w, d)
			}
		}
	}
	return false
}
