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
	out, _, err := releaseComments(inst, responses, spec, min, rng, nil, "")
	return out, err
}

// ReleaseCommentsLedger is [ReleaseComments] checked together with every
// release the ledger records (comments released before are fixed; see
// [BuildReportLedger]). It returns the groups and the ledger with this
// release (label) added, a row per released group of comments; the ledger
// passed in is not changed. A ledger of another instrument and a grouping
// whose meaning changed (see BuildReportLedger) are errors.
func ReleaseCommentsLedger(inst *Instrument, responses []Response, spec ReportSpec, min int, rng *rand.Rand, ledger Ledger, label string) ([]CommentGroup, Ledger, error) {
	if inst != nil && ledger.Survey != "" && ledger.Survey != inst.ID {
		return nil, ledger, msgLedgerSurvey.At("ledger.survey", ledger.Survey, inst.ID)
	}
	out, rel, err := releaseComments(inst, responses, spec, min, rng, &ledger, label)
	if err != nil {
		return nil, ledger, err
	}
	next := Ledger{Survey: inst.ID, MinRespondents: ledger.MinRespondents, Releases: append(slices.Clone(ledger.Releases), rel),
		Overrides: slices.Clone(ledger.Overrides)}
	return out, next, nil
}

func releaseComments(inst *Instrument, responses []Response, spec ReportSpec, min int, rng *rand.Rand, ledger *Ledger, label string) ([]CommentGroup, LedgerRelease, error) {
	rel := LedgerRelease{Label: label}
	if inst == nil {
		return nil, rel, msgRequired.At("instrument", nil)
	}
	if rng == nil {
		return nil, rel, msgRequired.At("rng", nil)
	}
	if err := fault.Join(validateSpec(&spec), inst.ValidateResponses(responses)); err != nil {
		return nil, rel, err
	}
	if len(responses) == 0 {
		return nil, rel, msgNoResponses.At("responses", nil)
	}
	if min == 0 {
		min = DefaultMinComments
	}
	min = max(min, spec.Policy.Min())
	acc, err := accumulate(inst, responses, spec.Dimensions)
	if err != nil {
		return nil, rel, err
	}
	cells := buildCells(acc, &spec)
	if err := checkKeys(acc, cells, &spec, ledger); err != nil {
		return nil, rel, err
	}
	sys := commentSystem(acc, cells, responses, min, ledger, inst)
	sys.protect()
	out := make([]CommentGroup, len(cells))
	for ci, c := range cells {
		out[ci] = CommentGroup{Grouping: c.grouping, Key: c.key, Suppression: sys.rows[ci].state}
		if out[ci].Suppression != 0 {
			continue
		}
		row := LedgerRow{Cell: (&Cell{Grouping: c.grouping, Key: c.key}).String(), Comments: true}
		for _, a := range c.atoms {
			for _, i := range acc.atomResponses(a) {
				if responses[i].Comment != "" {
					out[ci].Comments = append(out[ci].Comments, responses[i].Comment)
					row.Respondents = append(row.Respondents, responses[i].Respondent)
					row.Subjects = append(row.Subjects, responses[i].Subject)
				}
			}
		}
		if len(row.Respondents) > 0 {
			rel.Rows = append(rel.Rows, row)
		}
		// Sort first so that the input order never shows through, then
		// shuffle with the caller's generator.
		slices.Sort(out[ci].Comments)
		rng.Shuffle(len(out[ci].Comments), func(x, y int) {
			out[ci].Comments[x], out[ci].Comments[y] = out[ci].Comments[y], out[ci].Comments[x]
		})
	}
	return out, rel, nil
}

// commentSystem is the comments' system: one unknown per commenting atom
// (per commenting response, and per comment a ledger records, when checked
// against one), a row per cell, comments released before fixed.
func commentSystem(acc *accumulator, cells []cellInfo, responses []Response, least int, ledger *Ledger, inst *Instrument) *sdcSystem {
	sys := &sdcSystem{k: least, budget: sdcBudget}
	var classOf func(i int) int
	var vc *varClasses
	li := newLedgerIndex(acc, ledger, inst)
	if ledger != nil {
		vc = newVarClasses(li)
		classOf = func(i int) int { return vc.of(acc, i, 0) }
	} else {
		rank := make([]int, len(acc.size))
		for r, a := range acc.canonicalOrder() {
			rank[a] = r
		}
		sys.persons = make([][]int32, len(acc.size))
		for i := range responses {
			if responses[i].Comment != "" {
				a := rank[acc.respAtom[i]]
				sys.persons[a] = append(sys.persons[a], acc.respPerson[i])
			}
		}
		for a := range sys.persons {
			slices.Sort(sys.persons[a])
			sys.persons[a] = slices.Compact(sys.persons[a])
		}
		classOf = func(i int) int { return rank[acc.respAtom[i]] }
	}
	for _, c := range cells {
		var cls []int
		for _, a := range c.atoms {
			for _, i := range acc.atomResponses(a) {
				if responses[i].Comment != "" {
					cls = append(cls, classOf(i))
				}
			}
		}
		sys.rows = append(sys.rows, sys.sortedRow(cls, false))
	}
	if vc != nil {
		for _, row := range li.notes {
			var cls []int
			for m := range min(len(row.Respondents), len(row.Subjects)) {
				if i, ok := li.current[[2]string{row.Respondents[m], row.Subjects[m]}]; ok && responses[i].Comment != "" {
					cls = append(cls, vc.of(acc, i, 0))
				} else {
					cls = append(cls, vc.gone(row.Respondents[m], row.Subjects[m], "comment"))
				}
			}
			sys.rows = append(sys.rows, sys.sortedRow(cls, true))
		}
		sys.persons = vc.persons
	}
	for r := range sys.rows {
		row := &sys.rows[r]
		row.persons = sys.countPersons(row.classes)
		if !row.fixed && row.persons < least {
			row.state = SuppressedPrimary
		}
	}
	return sys
}

// atomResponses lists the responses of atom a in input order.
func (acc *accumulator) atomResponses(a int) []int {
	if acc.byAtom == nil {
		acc.byAtom = make([][]int, len(acc.size))
		for i, x := range acc.respAtom {
			acc.byAtom[x] = append(acc.byAtom[x], i)
		}
	}
	return acc.byAtom[a]
}
