package rounds

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/mentoring"
)

// SimConfig are the settings of [Simulate].
type SimConfig struct {
	// Rounds is the number of rounds, 1 to MaxRounds.
	Rounds int `json:"rounds"`
	// Every is the time between two rounds; 0 means one Week.
	Every time.Duration `json:"every,omitempty"`
	// Round are each round's settings.
	Round Config `json:"round"`
	// EndProbability is the chance, in [0, 1], that an active pair ends
	// (mentoring.ReasonOther) before each round after the first; its
	// mentee then waits. Above 0 it needs a *rand.Rand. With Round.Rotate
	// every pair ends anyway.
	EndProbability float64 `json:"endProbability,omitempty"`
	// LeaveProbability is the chance, in [0, 1], that a mentee leaves the
	// programme before each round after the first (drawn after the pairs'
	// endings); a running pair ends (mentoring.ReasonLeftOrganisation),
	// the mentee leaves the waiting list, and the pairs of those who left
	// no longer count for "everyone has met". Above 0 it needs a
	// *rand.Rand.
	LeaveProbability float64 `json:"leaveProbability,omitempty"`
}

// MarshalJSON writes c by the module's number rule.
func (c SimConfig) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads what MarshalJSON writes.
func (c *SimConfig) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, c) }

// Stats summarise waiting times in weeks: the count, mean, largest and
// the 50th and 90th percentiles (linear interpolation between order
// statistics, R's default type 7). Without values the numbers are NaN
// (JSON "NaN").
type Stats struct {
	N    int     `json:"n"`
	Mean float64 `json:"mean"`
	Max  float64 `json:"max"`
	P50  float64 `json:"p50"`
	P90  float64 `json:"p90"`
}

// MarshalJSON writes s by the module's number rule.
func (s Stats) MarshalJSON() ([]byte, error) { return jsonx.Marshal(s) }

// UnmarshalJSON reads what MarshalJSON writes.
func (s *Stats) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, s) }

// RoundStats describe one simulated round.
type RoundStats struct {
	Round  int       `json:"round"` // from 1
	At     time.Time `json:"at"`
	Paired int       `json:"paired"`
	// Ended is the number of pairs that ended before the round
	// (EndProbability, Rotate or a mentee leaving), and Left the number
	// of mentees who left.
	Ended int `json:"ended"`
	Left  int `json:"left,omitempty"`
	// PairedWaits are the waits of the mentees paired in the round, and
	// Waits those of the mentees still waiting after it.
	PairedWaits Stats `json:"pairedWaits"`
	Waits       Stats `json:"waits"`
}

// MarshalJSON writes s by the module's number rule.
func (s RoundStats) MarshalJSON() ([]byte, error) { return jsonx.Marshal(s) }

// UnmarshalJSON reads what MarshalJSON writes.
func (s *RoundStats) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, s) }

// Simulation is the outcome of [Simulate].
type Simulation struct {
	Rounds []RoundStats `json:"rounds"`
	// PairedWaits are the waits at pairing over all rounds; Waits the
	// waits on the waiting list after each round (a mentee once per round
	// waited).
	PairedWaits Stats `json:"pairedWaits"`
	Waits       Stats `json:"waits"`
	// EveryoneMet is the round after which every allowed pair (by the
	// rules, cutoff aside) has met; 0 when no pair is allowed, -1 when the
	// rounds end first.
	EveryoneMet int `json:"everyoneMet"`
	// Obstacles say, per mentee with unmet allowed partners left, why
	// (more partners than rounds, partners below the cutoff, or kept
	// apart by places and lasting pairs), when EveryoneMet is -1.
	Obstacles []Obstacle `json:"obstacles,omitempty"`
	// State is the programme's state after the last round.
	State pairing.State `json:"state"`
}

// MarshalJSON writes s by the module's number rule.
func (s Simulation) MarshalJSON() ([]byte, error) { return jsonx.Marshal(s) }

// UnmarshalJSON reads what MarshalJSON writes.
func (s *Simulation) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, s) }

// Simulate runs sc.Rounds rounds of [Round] on a programme from state st,
// the first at now and then every sc.Every, and reports the waiting-time
// distribution (per round and overall) and how many rounds it takes
// until everyone has met. The only randomness is the ending of pairs
// (sc.EndProbability), drawn from rng once per active pair in mentee-ID
// order, and the leaving of mentees (sc.LeaveProbability), once per
// mentee still in the programme, by ID: the same rng state gives the same
// simulation. rng may be nil when both are 0. Nobody joins: call Round
// yourself between pairing.Rematch runs for that.
//
// Errors: sc out of range (Rounds outside 1 to MaxRounds, Round as for Round,
// EndProbability or LeaveProbability outside [0, 1] or without rng;
// ErrConfig), then Round's.
func Simulate(prog mentoring.Programme, cfg pairing.Config, st pairing.State, sc SimConfig, now time.Time, rng *rand.Rand) (Simulation, error) {
	var errs fault.Collector
	if sc.Rounds < 1 || sc.Rounds > MaxRounds {
		errs.Add(msgRounds.At("rounds", sc.Rounds, sc.Rounds, MaxRounds))
	}
	sc.Round.check(&errs, "round")
	checkNoMix(cfg, &errs, "rules.circleMix")
	switch {
	case !(sc.EndProbability >= 0 && sc.EndProbability <= 1):
		errs.Add(msgRange.At("endProbability", sc.EndProbability, 0, 1))
	case sc.EndProbability > 0 && rng == nil:
		errs.Add(msgRequired.At("rng", nil))
	}
	switch {
	case !(sc.LeaveProbability >= 0 && sc.LeaveProbability <= 1):
		errs.Add(msgRange.At("leaveProbability", sc.LeaveProbability, 0, 1))
	case sc.LeaveProbability > 0 && rng == nil && sc.EndProbability == 0:
		errs.Add(msgRequired.At("rng", nil))
	}
	if sc.Every < 0 {
		errs.Add(msgNegative.At("every", sc.Every))
	}
	if err := errs.Err(); err != nil {
		return Simulation{}, err
	}
	every := sc.Every
	if every == 0 {
		every = Week
	}
	p, err := pairing.New(prog, cfg)
	if err != nil {
		return Simulation{}, err
	}
	t, err := p.ScoreTable()
	if err != nil {
		return Simulation{}, err
	}
	g := newGraph(prog.ID, t)
	if err := g.read(st, now); err != nil {
		return Simulation{}, err
	}
	sim := Simulation{EveryoneMet: -1}
	seen := make([][]bool, g.nE) // met, or paired now
	for e := range seen {
		seen[e] = make([]bool, g.nM)
		for m := range g.met[e] {
			seen[e][m] = true
		}
		if m := g.activeE[e]; m >= 0 {
			seen[e][m] = true
		}
	}
	if g.everyoneMet(seen) == 0 {
		sim.EveryoneMet = 0
	}
	var paired, waits []float64
	for r := range sc.Rounds {
		at := now.Add(time.Duration(r) * every)
		ended := 0
		left := 0
		if r > 0 && sc.EndProbability > 0 {
			ended = g.endRandom(sc.EndProbability, at, rng)
		}
		if r > 0 && sc.LeaveProbability > 0 {
			var n int
			left, n = g.leaveRandom(sc.LeaveProbability, at, rng)
			ended += n
		}
		if sc.Round.Rotate {
			ended += len(g.active) // Round ends them
		}
		res, err := g.round(sc.Round, at)
		if err != nil {
			return Simulation{}, err
		}
		rs := RoundStats{Round: r + 1, At: at, Paired: len(res.Pairs), Ended: ended, Left: left}
		var pw, ww []float64
		for _, q := range res.Pairs {
			pw = append(pw, q.Waited)
			seen[g.mentee[q.MenteeID]][g.mentor[q.MentorID]] = true
		}
		for _, w := range res.Waiting {
			ww = append(ww, w.Waited)
		}
		rs.PairedWaits, rs.Waits = summarise(pw), summarise(ww)
		paired, waits = append(paired, pw...), append(waits, ww...)
		sim.Rounds = append(sim.Rounds, rs)
		if sim.EveryoneMet < 0 && g.everyoneMet(seen) == 0 {
			sim.EveryoneMet = r + 1
		}
	}
	sim.PairedWaits, sim.Waits = summarise(paired), summarise(waits)
	if sim.EveryoneMet < 0 {
		sim.Obstacles = g.simObstacles(seen, sc.Rounds, sc.Round.Cutoff)
	}
	sim.State = g.state()
	sim.State.Fingerprint = p.Fingerprint()
	return sim, nil
}

// leaveRandom lets each mentee still in the programme leave with
// probability prob (one draw per mentee, by ID), ending their running
// pair; it returns how many left and how many pairs ended.
func (g *graph) leaveRandom(prob float64, at time.Time, rng *rand.Rand) (left, ended int) {
	if g.gone == nil {
		g.gone = make([]bool, g.nE)
	}
	for e := range g.nE {
		if g.gone[e] || rng.Float64() >= prob {
			continue
		}
		g.gone[e], g.waits[e] = true, false
		left++
		if g.activeE[e] < 0 {
			continue
		}
		k := slices.IndexFunc(g.active, func(a pairing.Tenure) bool { return a.MenteeID == g.t.MenteeIDs[e] })
		a := g.active[k]
		a.Until, a.Outcome = at, mentoring.ReasonLeftOrganisation
		g.ended = append(g.ended, a)
		g.met[e][g.activeE[e]] = true
		g.active = slices.Delete(g.active, k, k+1)
		g.activeE[e] = -1
		ended++
	}
	return left, ended
}

// everyoneMet returns the number of allowed pairs not yet seen of the
// mentees still in the programme.
func (g *graph) everyoneMet(seen [][]bool) int {
	n := 0
	for e := range g.nE {
		if g.gone != nil && g.gone[e] {
			continue
		}
		for m := range g.nM {
			if !math.IsInf(g.score[e][m], -1) && !seen[e][m] {
				n++
			}
		}
	}
	return n
}

// endRandom ends each active pair with probability prob (one draw per
// pair, by mentee ID) and returns how many ended.
func (g *graph) endRandom(prob float64, at time.Time, rng *rand.Rand) int {
	slices.SortFunc(g.active, func(a, b pairing.Tenure) int { return strings.Compare(a.MenteeID, b.MenteeID) })
	kept := g.active[:0]
	n := 0
	for _, a := range g.active {
		if rng.Float64() >= prob {
			kept = append(kept, a)
			continue
		}
		a.Until, a.Outcome = at, mentoring.ReasonOther
		g.ended = append(g.ended, a)
		e, m := g.mentee[a.MenteeID], g.mentor[a.MentorID]
		g.met[e][m] = true
		g.activeE[e], g.waits[e], g.since[e] = -1, true, at
		n++
	}
	g.active = kept
	return n
}

// simObstacles says, per mentee with unmet allowed partners, why.
func (g *graph) simObstacles(seen [][]bool, rounds int, cutoff float64) []Obstacle {
	var out []Obstacle
	for e, id := range g.t.MenteeIDs {
		if g.gone != nil && g.gone[e] {
			continue
		}
		unmet, below := 0, 0
		for m := range g.nM {
			if s := g.score[e][m]; !math.IsInf(s, -1) && !seen[e][m] {
				unmet++
				if s < cutoff {
					below++
				}
			}
		}
		switch {
		case unmet == 0:
		case g.partner[e] > rounds:
			out = append(out, tooMany(id, g.partner[e], rounds)...)
		case below > 0:
			out = append(out, Obstacle{ID: id, Code: txtCutoff.Code, Partners: g.partner[e], Text: text(txtCutoff, id, below)})
		default:
			out = append(out, Obstacle{ID: id, Code: txtApart.Code, Partners: g.partner[e], Text: text(txtApart, id, unmet)})
		}
	}
	return out
}

// summarise returns the Stats of waits.
func summarise(w []float64) Stats {
	if len(w) == 0 {
		return Stats{Mean: math.NaN(), Max: math.NaN(), P50: math.NaN(), P90: math.NaN()}
	}
	x := slices.Clone(w)
	slices.Sort(x)
	sum := 0.0
	for _, v := range x {
		sum += v
	}
	return Stats{N: len(x), Mean: sum / float64(len(x)), Max: x[len(x)-1], P50: quantile(x, 0.5), P90: quantile(x, 0.9)}
}

// quantile is R's type 7 quantile of sorted x.
func quantile(x []float64, p float64) float64 {
	h := float64(len(x)-1) * p
	lo := math.Floor(h)
	i := int(lo)
	if i+1 >= len(x) {
		return x[i]
	}
	return x[i] + (h-lo)*(x[i+1]-x[i])
}
