package causal

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"

	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// Applicant is one person to be randomised.
type Applicant struct {
	ID string `json:"id"` // unique
	// Stratum groups applicants randomised separately (department,
	// location); "" is a stratum like any other. Simple randomisation and
	// the lottery ignore it.
	Stratum string `json:"stratum,omitempty"`
}

// Scheme is a randomisation scheme of [Randomize].
type Scheme uint8

// The schemes. The zero value is unset and refused.
const (
	SchemeUnset Scheme = iota
	// SchemeSimple treats each applicant independently with probability
	// Share (a coin per person; group sizes vary).
	SchemeSimple
	// SchemeStratified treats round(Share·n) applicants of each stratum,
	// chosen at random (complete randomisation within strata; a
	// fractional Share·n is rounded up with probability equal to its
	// fractional part, so the expected share is exact).
	SchemeStratified
	// SchemeBlocked treats Share·BlockSize applicants in each block of
	// BlockSize consecutive applicants (in ID order) of each stratum, in
	// random order (permuted blocks); a last, incomplete block takes the
	// first entries of a permuted full block.
	SchemeBlocked
)

var schemeTable = enum.New[Scheme]("scheme", "", "simple", "stratified", "blocked")

// String returns the lowerCamel name ("simple", "stratified", "blocked").
func (s Scheme) String() string { return schemeTable.String(s) }

// MarshalText writes the name.
func (s Scheme) MarshalText() ([]byte, error) { return schemeTable.Marshal(s) }

// UnmarshalText reads a name (case-insensitive).
func (s *Scheme) UnmarshalText(b []byte) error { return schemeTable.Unmarshal(b, s) }

// Design configures [Randomize].
type Design struct {
	Scheme Scheme `json:"scheme"`
	// Share is the share assigned to treatment, in (0, 1); 0 means 0.5.
	Share float64 `json:"share,omitempty"`
	// BlockSize is the size of a permuted block (SchemeBlocked only);
	// 0 means 4. Share·BlockSize must be a whole number.
	BlockSize int `json:"blockSize,omitempty"`
}

// Assignment is one applicant's draw.
type Assignment struct {
	ID      string `json:"id"`
	Stratum string `json:"stratum,omitempty"`
	Treated bool   `json:"treated"`
	// Block is the applicant's block within its stratum (SchemeBlocked),
	// counted from 0; 0 for the other schemes.
	Block int `json:"block"`
}

// Allocation is the result of [Randomize]: the assignments in ID order
// and the group sizes.
type Allocation struct {
	Assignments []Assignment `json:"assignments"`
	Treated     int          `json:"treated"`
	Control     int          `json:"control"`
}

// Lottery is the result of [DrawLottery].
type Lottery struct {
	// Offered are the applicants who won a place, in ID order.
	Offered []string `json:"offered"`
	// Waitlist holds the others in the order in which places that free up
	// are offered (the draw order).
	Waitlist []string `json:"waitlist"`
}

// MarshalJSON writes the value by the module's number rule.
func (d Design) MarshalJSON() ([]byte, error) { return jsonx.Marshal(d) }

// UnmarshalJSON reads what MarshalJSON writes.
func (d *Design) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, d) }

// checkApplicants reports missing and repeated IDs and returns the
// applicants sorted by ID (a copy).
func checkApplicants(applicants []Applicant, rng *rand.Rand) ([]Applicant, error) {
	var c fault.Collector
	if rng == nil {
		c.Add(msgRequired.At("rng", nil))
	}
	seen := make(map[string]int, len(applicants))
	for i, a := range applicants {
		f := fault.Index("applicants", i) + ".id"
		if a.ID == "" {
			c.Add(msgRequired.At(f, nil))
		} else if j, dup := seen[a.ID]; dup {
			c.Add(msgDuplicate.New(f, a.ID, a.ID, fault.Index("applicants", j)))
		} else {
			seen[a.ID] = i
		}
		if c.Len() > maxListed {
			break
		}
	}
	if err := c.Err(); err != nil {
		return nil, err
	}
	sorted := slices.Clone(applicants)
	slices.SortFunc(sorted, func(a, b Applicant) int { return cmp.Compare(a.ID, b.ID) })
	return sorted, nil
}

// Randomize assigns applicants to treatment or control with the caller's
// generator. The applicants are sorted by ID first and strata taken in
// name order, so the same generator state and the same applicants in any
// order give the same draw. Nothing else is random.
//
// Errors: a nil rng, an empty or repeated ID (ErrOutOfRange), an unset or
// undeclared Scheme (ErrOutOfRange, ErrUnknownEnum), Share outside (0, 1),
// BlockSize < 0, or Share·BlockSize not whole (ErrOutOfRange). No
// applicants give an empty allocation.
func Randomize(applicants []Applicant, d Design, rng *rand.Rand) (Allocation, error) {
	var c fault.Collector
	switch {
	case d.Scheme == SchemeUnset:
		c.Add(msgRequired.At("design.scheme", nil))
	case !schemeTable.Declared(d.Scheme):
		c.Add(msgUnknown.At("design.scheme", int(d.Scheme), "scheme"))
	}
	share := checkConfidence(&c, "design.share", d.Share, 0.5)
	block := d.BlockSize
	if block < 0 {
		c.Add(msgNegative.At("design.blockSize", block))
	}
	if block == 0 {
		block = 4
	}
	perBlock := share * float64(block)
	if d.Scheme == SchemeBlocked && c.Len() == 0 && (perBlock != math.Round(perBlock) || perBlock == 0 || perBlock == float64(block)) {
		c.Add(msgBlockShare.At("design.blockSize", block, share))
	}
	if err := c.Err(); err != nil {
		return Allocation{}, err
	}
	sorted, err := checkApplicants(applicants, rng)
	if err != nil {
		return Allocation{}, err
	}
	out := Allocation{Assignments: make([]Assignment, len(sorted))}
	for i, a := range sorted {
		out.Assignments[i] = Assignment{ID: a.ID, Stratum: a.Stratum}
	}
	if d.Scheme == SchemeSimple {
		for i := range out.Assignments {
			out.Assignments[i].Treated = rng.Float64() < share
		}
	} else {
		for _, idx := range strata(sorted) {
			if d.Scheme == SchemeStratified {
				drawComplete(out.Assignments, idx, share, rng)
			} else {
				drawBlocks(out.Assignments, idx, block, int(perBlock), rng)
			}
		}
	}
	for _, a := range out.Assignments {
		if a.Treated {
			out.Treated++
		} else {
			out.Control++
		}
	}
	return out, nil
}

// strata returns the indexes of each stratum (in ID order), strata in
// name order.
func strata(sorted []Applicant) [][]int {
	names := make([]string, 0)
	for _, a := range sorted {
		names = append(names, a.Stratum)
	}
	slices.Sort(names)
	names = slices.Compact(names)
	out := make([][]int, len(names))
	for i, a := range sorted {
		s, _ := slices.BinarySearch(names, a.Stratum)
		out[s] = append(out[s], i)
	}
	return out
}

// drawComplete treats a random subset of idx of size floor(share·n), plus
// one with probability equal to the fractional part.
func drawComplete(as []Assignment, idx []int, share float64, rng *rand.Rand) {
	target := share * float64(len(idx))
	k := int(math.Floor(target))
	if frac := target - float64(k); frac > 0 && rng.Float64() < frac {
		k++
	}
	perm := rng.Perm(len(idx))
	for _, p := range perm[:k] {
		as[idx[p]].Treated = true
	}
}

// drawBlocks assigns permuted blocks of size b with t treated each.
func drawBlocks(as []Assignment, idx []int, b, t int, rng *rand.Rand) {
	for start, blk := 0, 0; start < len(idx); start, blk = start+b, blk+1 {
		perm := rng.Perm(b) // positions 0..t-1 of the block sequence are treated
		for j := 0; j < b && start+j < len(idx); j++ {
			a := &as[idx[start+j]]
			a.Block = blk
			a.Treated = perm[j] < t
		}
	}
}

// DrawLottery offers places to applicants at random: the applicants are
// sorted by ID, shuffled with the caller's generator, the first places
// are offered and the rest form the waitlist in draw order. The same
// generator state and the same applicants in any order give the same
// draw. With places ≥ the number of applicants everyone is offered.
//
// Errors: a nil rng, an empty or repeated ID, places < 0 (ErrOutOfRange).
func DrawLottery(applicants []Applicant, places int, rng *rand.Rand) (Lottery, error) {
	if places < 0 {
		return Lottery{}, msgNegative.At("places", places)
	}
	sorted, err := checkApplicants(applicants, rng)
	if err != nil {
		return Lottery{}, err
	}
	rng.Shuffle(len(sorted), func(i, j int) { sorted[i], sorted[j] = sorted[j], sorted[i] })
	k := min(places, len(sorted))
	l := Lottery{Offered: make([]string, k), Waitlist: make([]string, 0, len(sorted)-k)}
	for i, a := range sorted {
		if i < k {
			l.Offered[i] = a.ID
		} else {
			l.Waitlist = append(l.Waitlist, a.ID)
		}
	}
	slices.Sort(l.Offered)
	return l, nil
}
