package feedback

import (
	"math/rand/v2"
	"slices"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// DefaultMinComments is the minimum of persons who commented in a cell
// before [ReleaseComments] releases its comments.
const DefaultMinComments = 10

// CommentGroup is the free-text comments of one cell, in an order drawn at
// random, with nothing about who wrote them. A suppressed group carries
// only its grouping, key and reason.
type CommentGroup struct {
	Grouping    string      `json:"grouping"`
	Key         []string    `json:"key"`
	Suppression Suppression `json:"suppression,omitempty"`
	Comments    []string    `json:"comments,omitempty"`
}

// ReleaseComments releases the comments (Response.Comment) per cell of
// spec's groupings. A cell's comments are released only when at least min
// persons commented in it (0 means DefaultMinComments; a min below the
// policy's minimum is raised to it), and, as for BuildReport's figures,
// further cells are withheld until no released sets of comments differ by
// the comments of fewer than min persons (two teams' comments subtracted
// from their department's give the rest of the department's): each comment
// is one unknown and each released cell the sum of its comments, checked by
// the same exact certifier. Comments are shuffled with rng (required)
// within each cell and carry no attribute beyond the cell. Errors are those
// of BuildReport, and a nil rng.
func ReleaseComments(inst *Instrument, responses []Response, spec ReportSpec, min int, rng *rand.Rand) ([]CommentGroup, error) {
	if inst == nil {
		return nil, msgRequired.At("instrument", nil)
	}
	if rng == nil {
		return nil, msgRequired.At("rng", nil)
	}
	if err := fault.Join(validateSpec(&spec), inst.ValidateResponses(responses)); err != nil {
		return nil, err
	}
	if len(responses) == 0 {
		return nil, msgNoResponses.At("responses", nil)
	}
	if min == 0 {
		min = DefaultMinComments
	}
	min = max(min, spec.Policy.Min())
	acc, err := accumulate(inst, responses, spec.Dimensions)
	if err != nil {
		return nil, err
	}
	cells := buildCells(acc, &spec)
	rank := make([]int, len(acc.size))
	for r, a := range acc.canonicalOrder() {
		rank[a] = r
	}
	classPersons := make([][]int32, len(acc.size))
	atomResp := make([][]int, len(acc.size)) // commenting responses per atom
	for i := range responses {
		if responses[i].Comment != "" {
			a := rank[acc.respAtom[i]]
			classPersons[a] = append(classPersons[a], acc.respPerson[i])
			atomResp[acc.respAtom[i]] = append(atomResp[acc.respAtom[i]], i)
		}
	}
	for a := range classPersons {
		slices.Sort(classPersons[a])
		classPersons[a] = slices.Compact(classPersons[a])
	}
	sys := &sdcSystem{k: min, persons: classPersons, budget: sdcBudget}
	for _, c := range cells {
		row := sdcRow{protects: -1}
		for _, a := range c.atoms {
			if len(classPersons[rank[a]]) > 0 {
				row.classes = append(row.classes, rank[a])
			}
		}
		slices.Sort(row.classes)
		row.persons = sys.countPersons(row.classes)
		if row.persons < min {
			row.state = SuppressedPrimary
		}
		sys.rows = append(sys.rows, row)
	}
	sys.protect()
	out := make([]CommentGroup, len(cells))
	for ci, c := range cells {
		out[ci] = CommentGroup{Grouping: c.grouping, Key: c.key, Suppression: sys.rows[ci].state}
		if out[ci].Suppression != 0 {
			continue
		}
		for _, a := range c.atoms {
			for _, i := range atomResp[a] {
				out[ci].Comments = append(out[ci].Comments, responses[i].Comment)
			}
		}
		// Sort first so that the input order never shows through, then
		// shuffle with the caller's generator.
		slices.Sort(out[ci].Comments)
		rng.Shuffle(len(out[ci].Comments), func(x, y int) {
			out[ci].Comments[x], out[ci].Comments[y] = out[ci].Comments[y], out[ci].Comments[x]
		})
	}
	return out, nil
}
