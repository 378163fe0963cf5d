package feedback

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// Ledger records what has been released from one survey's responses, so
// that a later release (another filter of the same responses, a new
// grouping, a changed threshold) is checked together with everything
// published before. It is plain JSON: a stateless service keeps it between
// calls. It names which responses fed which released figure, so it is as
// confidential as the responses themselves.
type Ledger struct {
	// Survey is the instrument's ID; a ledger of another survey is refused.
	Survey string `json:"survey"`
	// MinRespondents is the minimum of the latest release; a later one may
	// not use a lower minimum without a ThresholdOverride.
	MinRespondents int                 `json:"minRespondents"`
	Releases       []LedgerRelease     `json:"releases"`
	Overrides      []ThresholdOverride `json:"overrides,omitempty"`
}

// LedgerRelease is one published report: its label and, per released item
// of each released cell, the responses whose answers were summed.
type LedgerRelease struct {
	Label string      `json:"label"`
	Rows  []LedgerRow `json:"rows"`
}

// LedgerRow is one released figure of one cell and the responses
// (respondent and subject) it sums: an item (Item, the responses that
// answered it there), a subscale score (Subscale, those that answered all
// its items) or the cell's comments (Comments, those that commented).
type LedgerRow struct {
	Cell        string   `json:"cell"` // as Cell.String
	Item        string   `json:"item,omitempty"`
	Subscale    string   `json:"subscale,omitempty"`
	Comments    bool     `json:"comments,omitempty"`
	Respondents []string `json:"respondents"`
	Subjects    []string `json:"subjects"` // Subjects[i] goes with Respondents[i]
}

// ThresholdOverride is the recorded decision to release under a lower
// minimum than before: who decided, when and why. BuildReportLedger copies
// it into the ledger.
type ThresholdOverride struct {
	From   int       `json:"from"`
	To     int       `json:"to"`
	By     string    `json:"by"`
	Reason string    `json:"reason"`
	At     time.Time `json:"at"`
}

// MarshalJSON writes the ledger by the module's JSON rule.
func (l Ledger) MarshalJSON() ([]byte, error) { return jsonx.Marshal(l) }

// UnmarshalJSON reads what MarshalJSON writes.
func (l *Ledger) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, l) }

// BuildReportLedger is [BuildReport] checked together with every release
// the ledger records: rows published before stay published (they are
// never suppressed now) and the new report is suppressed until the two
// together determine no combination of the answers of fewer than the
// minimum of persons. Earlier answers no longer among the responses stay
// in the check as unknowns of their persons. It returns the report and the
// ledger with this release (label) added; the ledger passed in is not
// changed. Items, subscale scores (checked with their items) and, through
// [ReleaseCommentsLedger], comments are recorded and checked alike.
//
// A ledger of another instrument, a release under a lower minimum than the
// ledger's without spec.Override (From the ledger's minimum, To the new
// one, By and Reason set), an override that does not match, and a grouping
// of the ledger's name that now puts a response it recorded in another
// cell (or in none) are errors.
func BuildReportLedger(inst *Instrument, responses []Response, spec ReportSpec, ledger Ledger, label string) (Report, Ledger, error) {
	if inst == nil {
		return Report{}, ledger, msgRequired.At("instrument", nil)
	}
	var errs fault.Collector
	if ledger.Survey != "" && ledger.Survey != inst.ID {
		errs.Add(msgLedgerSurvey.At("ledger.survey", ledger.Survey, inst.ID))
	}
	k := spec.Policy.Min()
	ov := spec.Override
	switch {
	case ov != nil && (ov.From != ledger.MinRespondents || ov.To != k || ov.By == "" || ov.Reason == ""):
		errs.Add(msgOverride.At("spec.override", nil, ledger.MinRespondents, k))
	case ov == nil && len(ledger.Releases) > 0 && k < ledger.MinRespondents:
		errs.Add(msgThresholdLowered.At("spec.policy.minRespondents", k, ledger.MinRespondents))
	}
	if err := errs.Err(); err != nil {
		return Report{}, ledger, err
	}
	if err := fault.Join(validateSpec(&spec), inst.ValidateResponses(responses)); err != nil {
		return Report{}, ledger, err
	}
	if len(responses) == 0 {
		return Report{}, ledger, msgNoResponses.At("responses", nil)
	}
	acc, err := accumulate(inst, responses, spec.Dimensions)
	if err != nil {
		return Report{}, ledger, err
	}
	cells := buildCells(acc, &spec)
	if err := checkKeys(acc, cells, &spec, &ledger); err != nil {
		return Report{}, ledger, err
	}
	pl := planWith(acc, cells, &spec, protectBest, &ledger, inst)
	rep := assemble(inst, acc, cells, &spec, pl)

	out := Ledger{Survey: inst.ID, MinRespondents: k, Releases: slices.Clone(ledger.Releases), Overrides: slices.Clone(ledger.Overrides)}
	if ov != nil {
		out.Overrides = append(out.Overrides, *ov)
	}
	rel := LedgerRelease{Label: label}
	atomResp := make([][]int, len(acc.size))
	for i, a := range acc.respAtom {
		atomResp[a] = append(atomResp[a], i)
	}
	for ci, c := range cells {
		if rep.Cells[ci].Suppressed {
			continue
		}
		for j, it := range inst.Items {
			if rep.Cells[ci].Items[j].Suppression != 0 {
				continue
			}
			row := LedgerRow{Cell: rep.Cells[ci].String(), Item: it.ID}
			for _, a := range c.atoms {
				for _, i := range atomResp[a] {
					if slices.Contains(acc.answered[acc.ansOff[i]:acc.ansOff[i+1]], int32(j)) {
						row.Respondents = append(row.Respondents, responses[i].Respondent)
						row.Subjects = append(row.Subjects, responses[i].Subject)
					}
				}
			}
			if len(row.Respondents) > 0 {
				rel.Rows = append(rel.Rows, row)
			}
		}
		for s, name := range acc.subNames {
			if rep.Cells[ci].Subscales[s].Suppression != 0 {
				continue
			}
			row := LedgerRow{Cell: rep.Cells[ci].String(), Subscale: name}
			for _, a := range c.atoms {
				for _, i := range atomResp[a] {
					if acc.completes(i, s) {
						row.Respondents = append(row.Respondents, responses[i].Respondent)
						row.Subjects = append(row.Subjects, responses[i].Subject)
					}
				}
			}
			if len(row.Respondents) > 0 {
				rel.Rows = append(rel.Rows, row)
			}
		}
	}
	out.Releases = append(out.Releases, rel)
	return rep, out, nil
}

// completes reports whether response i answered every item of subscale s.
func (acc *accumulator) completes(i, s int) bool {
	for j := range acc.nItems {
		if acc.subOf[j] == s && !slices.Contains(acc.answered[acc.ansOff[i]:acc.ansOff[i+1]], int32(j)) {
			return false
		}
	}
	return true
}

// checkKeys reports, per response a ledger release placed in a cell of a
// grouping the spec has again (by name), a grouping that now puts it in
// another cell or in none: the same grouping name must map a response to
// the same group in every release checked together.
func checkKeys(acc *accumulator, cells []cellInfo, spec *ReportSpec, ledger *Ledger) error {
	if ledger == nil || len(ledger.Releases) == 0 {
		return nil
	}
	now := map[string]map[int]string{} // grouping → response → its cell
	for _, c := range cells {
		m := now[c.grouping]
		if m == nil {
			m = map[int]string{}
			now[c.grouping] = m
		}
		name := (&Cell{Grouping: c.grouping, Key: c.key}).String()
		for _, a := range c.atoms {
			for _, i := range acc.atomResponses(a) {
				m[i] = name
			}
		}
	}
	current := map[[2]string]int{}
	for i := range acc.respAtom {
		current[[2]string{acc.persons[acc.respPerson[i]], acc.respSubject[i]}] = i
	}
	var errs fault.Collector
	seen := map[[3]string]bool{}
	for _, rel := range ledger.Releases {
		for _, row := range rel.Rows {
			grouping, _, _ := strings.Cut(row.Cell, ": ")
			gi := slices.IndexFunc(spec.Groupings, func(g Grouping) bool { return g.Name == grouping })
			if gi < 0 {
				continue
			}
			for m := range min(len(row.Respondents), len(row.Subjects)) {
				i, ok := current[[2]string{row.Respondents[m], row.Subjects[m]}]
				key := [3]string{grouping, row.Respondents[m], row.Subjects[m]}
				if !ok || seen[key] || now[grouping][i] == row.Cell {
					continue
				}
				seen[key] = true
				errs.Add(msgKeyChanged.New(fmt.Sprintf("spec.groupings[%d]", gi), row.Respondents[m], now[grouping][i],
					now[grouping][i], rel.Label, row.Cell))
			}
		}
	}
	return errs.Err()
}
