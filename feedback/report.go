package feedback

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// MaxDimensions is the largest number of dimensions one report may use.
const MaxDimensions = 8

// DefaultTrim is the proportion cut from each end for ItemStats.TrimmedMean
// when [ReportSpec].Trim is 0.
const DefaultTrim = 0.1

// Dimension is a way of classifying responses: the team of the respondent,
// the department, the rater group. Key returns the response's value in this
// dimension, or ok = false to leave the response out of every grouping that
// uses the dimension. Key must be a pure function of the response.
//
// Values optionally lists every value the dimension can take (all teams,
// not only those that answered). Then a Key outside Values is an error, and
// a grouping made only of such dimensions lists every combination: a cell
// nobody fell into is shown suppressed like any small one, so a suppressed
// cell no longer reveals that someone answered in it.
//
// A nil Key reads the response's attribute of the dimension's Name
// (Response.Attributes), or for the names "raterGroup", "subject" and
// "selfOther" the built-in dimension of that name ([RaterGroupDimension],
// [SubjectDimension], [SelfOtherDimension]): a spec in JSON then needs no
// code. In JSON a Dimension is {"name", "values", "keyOmitted"}: Key is a
// Go function and cannot be written, so the member keyOmitted is true when
// a Key was set and left out; a decoded Dimension has a nil Key, so a
// custom Key must be set again.
type Dimension struct {
	Name   string                                    `json:"name"`
	Key    func(r *Response) (value string, ok bool) `json:"-"`
	Values []string                                  `json:"values,omitempty"`
}

// MarshalJSON writes Name and Values, and keyOmitted: true in place of a
// non-nil Key (see [Dimension]).
func (d Dimension) MarshalJSON() ([]byte, error) {
	return jsonx.Marshal(struct {
		Name       string   `json:"name"`
		Values     []string `json:"values,omitempty"`
		KeyOmitted bool     `json:"keyOmitted,omitempty"`
	}{d.Name, d.Values, d.Key != nil})
}

// value is the response's value in the dimension: Key's, or with a nil
// Key the built-in dimension of that name (raterGroup, subject, selfOther)
// or else the response's attribute of that name.
func (d *Dimension) value(r *Response) (string, bool) {
	if d.Key != nil {
		return d.Key(r)
	}
	switch d.Name {
	case "raterGroup":
		return raterGroupOf(r), true
	case "subject":
		return r.Subject, true
	case "selfOther":
		return SelfOtherDimension().Key(r)
	}
	v, ok := r.Attributes[d.Name]
	return v, ok
}

// MaxEnumeratedCells bounds the number of combinations a grouping of
// dimensions with Values may list.
const MaxEnumeratedCells = 1 << 16

// RaterGroupDimension classifies responses by Response.Group ("peer",
// "manager", a caller's own group). Its name is "raterGroup".
func RaterGroupDimension() Dimension {
	return Dimension{Name: "raterGroup", Key: func(r *Response) (string, bool) { return raterGroupOf(r), true }}
}

// raterGroupOf is the response's group as text.
func raterGroupOf(r *Response) string { return string(r.Group) }

// SubjectDimension classifies responses by Response.Subject. Its name is
// "subject".
func SubjectDimension() Dimension {
	return Dimension{Name: "subject", Key: func(r *Response) (string, bool) { return r.Subject, true }}
}

// SelfOtherDimension puts self-ratings under "self" and every other rater
// group under "others". Its name is "selfOther".
func SelfOtherDimension() Dimension {
	return Dimension{Name: "selfOther", Key: func(r *Response) (string, bool) {
		if r.Group == Self {
			return "self", true
		}
		return "others", true
	}}
}

// Grouping is one breakdown of a report: the cross-cut of the named
// dimensions (in this order). An empty By puts every response in one cell,
// the overall total.
type Grouping struct {
	Name string   `json:"name"`
	By   []string `json:"by"`
}

// ReportSpec says what one report holds. Its JSON carries every field;
// the dimensions' Key functions are left out (see [Dimension]).
type ReportSpec struct {
	// Policy is the confidentiality policy; its zero value is the default
	// (at least DefaultMinRespondents per released group, no exemptions).
	Policy     Policy      `json:"policy"`
	Dimensions []Dimension `json:"dimensions,omitempty"`
	Groupings  []Grouping  `json:"groupings"`
	// Trim is the proportion cut from each end for the trimmed mean, in
	// [0, 0.5); 0 means DefaultTrim (0.1, the 10 % trimmed mean of most
	// statistics texts; scipy.stats.trim_mean has no default).
	Trim float64 `json:"trim,omitempty"`
	// Override records a decision to release under a lower minimum than a
	// ledger's earlier release (see [BuildReportLedger]); BuildReport
	// ignores it.
	Override *ThresholdOverride `json:"override,omitempty"`
}

// Report is the confidential aggregate of one set of responses: every cell
// of every grouping, with statistics only where it is safe to release them.
// All numbers in one Report are safe together (see [BuildReport]); two
// Reports over overlapping responses are not, unless the caller keeps them
// apart.
type Report struct {
	Instrument string `json:"instrument"`
	Policy     Policy `json:"policy"` // with the effective minimum filled in
	Cells      []Cell `json:"cells"`  // grouping order, then key order
	// Bounded is true when the exact check ran out of its search budget
	// somewhere and suppressed that part of the report instead
	// (SuppressedBound); the rest is certified as usual.
	Bounded bool `json:"bounded,omitempty"`
}

// Cell is one group of a grouping. A suppressed cell carries only its
// grouping, key and the Suppressed flag: not its size, nor why it was
// suppressed, since both are statistics.
type Cell struct {
	Grouping   string   `json:"grouping"`
	Key        []string `json:"key"` // one value per Grouping.By dimension
	Suppressed bool     `json:"suppressed"`
	// Suppression is why the whole cell is suppressed: SuppressedPrimary
	// when fewer than the minimum of persons (exempt answers aside) fall in
	// it, or nobody does. Zero when the cell is released; its items and
	// subscales may still be suppressed one by one.
	Suppression Suppression     `json:"suppression,omitempty"`
	Exempt      bool            `json:"exempt,omitempty"` // every answer in it is exempt by the Policy (self or manager)
	N           int             `json:"n"`                // distinct persons; 0 when suppressed
	Items       []ItemStats     `json:"items,omitempty"`
	Subscales   []SubscaleStats `json:"subscales,omitempty"`
}

// ItemStats describes the answers to one item in one cell, after reverse
// keying. With no answers, the means, median, SD, box and index are NaN;
// with one answer, SD is NaN. JSON writes a NaN as "NaN".
//
// A suppressed item keeps only Item, Suppression and (for a complementary
// suppression) Protects; its numbers are zero and NaN.
type ItemStats struct {
	Item string `json:"item"`
	// Suppression is why the item is not released in this cell (zero when
	// it is): SuppressedPrimary when fewer than the minimum of persons
	// answered it here, SuppressedComplementary to protect another group,
	// SuppressedBound when the check ran out of budget.
	Suppression Suppression `json:"suppression,omitempty"`
	// Protects names the cell (as Cell.String) whose item a complementary
	// suppression protects; empty when the protected group is one no cell
	// lists (a difference, or a union across groupings).
	Protects string `json:"protects,omitempty"`
	N        int    `json:"n"`       // answers
	Missing  int    `json:"missing"` // respondents of the cell who skipped the item
	// Mean, Median, TrimmedMean and SD are on the instrument's scale; SD
	// has the n−1 denominator; the median of an even count is the mean of
	// the two middle answers; TrimmedMean cuts floor(Trim·n) answers from
	// each end (scipy.stats.trim_mean).
	Mean        float64 `json:"mean"`
	Median      float64 `json:"median"`
	TrimmedMean float64 `json:"trimmedMean"`
	SD          float64 `json:"sd"`
	// TopTwoBox is the share (0–1) of answers on the two highest points.
	TopTwoBox float64 `json:"topTwoBox"`
	// Index is the mean mapped to 0–100: (mean − min)/(max − min)·100.
	Index float64 `json:"index"`
	// Distribution[k] counts the answers scoring Scale.Min + k.
	Distribution []int `json:"distribution"`
}

// SubscaleStats describes the subscale scores of one cell: a respondent's
// score is the mean of their answers to the subscale's items (after reverse
// keying); respondents who skipped any of them are left out (listwise, as
// the reliability statistics), so that the scores add nothing to the
// released items but a check can prove. The
// statistics are those of [ItemStats] over the scores; TopTwoBox is the
// share of scores of at least Max − 1.
type SubscaleStats struct {
	Subscale string `json:"subscale"`
	// Suppression is why the subscale is not released in this cell:
	// SuppressedPrimary when fewer than the minimum of persons answered all
	// its items here, SuppressedComplementary (or SuppressedBound) when its
	// sums or scores with the released items would give a small group's
	// answers.
	Suppression Suppression `json:"suppression,omitempty"`
	N           int         `json:"n"`
	Mean        float64     `json:"mean"`
	Median      float64     `json:"median"`
	TrimmedMean float64     `json:"trimmedMean"`
	SD          float64     `json:"sd"`
	TopTwoBox   float64     `json:"topTwoBox"`
	Index       float64     `json:"index"`
	// Distribution lists the distinct scores, ascending, with their counts.
	Distribution []ScoreCount `json:"distribution"`
}

// ScoreCount is one distinct subscale score and how many respondents had it.
type ScoreCount struct {
	Score float64 `json:"score"`
	Count int     `json:"count"`
}

// MarshalJSON writes the spec by the module's number rule; see [Dimension]
// for the Key functions.
func (s ReportSpec) MarshalJSON() ([]byte, error) { return jsonx.Marshal(s) }

// UnmarshalJSON reads what MarshalJSON writes; the dimensions' Keys stay nil.
func (s *ReportSpec) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, s) }

// MarshalJSON writes the report by the module's number rule (NaN as "NaN").
func (r Report) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *Report) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, r) }

// MarshalJSON writes the cell by the module's number rule (NaN as "NaN").
func (c Cell) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads what MarshalJSON writes.
func (c *Cell) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, c) }

// MarshalJSON writes the statistics by the module's number rule (NaN as "NaN").
func (s ItemStats) MarshalJSON() ([]byte, error) { return jsonx.Marshal(s) }

// UnmarshalJSON reads what MarshalJSON writes ("NaN" and null read as NaN).
func (s *ItemStats) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, s) }

// MarshalJSON writes the statistics by the module's number rule (NaN as "NaN").
func (s SubscaleStats) MarshalJSON() ([]byte, error) { return jsonx.Marshal(s) }

// UnmarshalJSON reads what MarshalJSON writes ("NaN" and null read as NaN).
func (s *SubscaleStats) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, s) }

// MarshalJSON writes the score by the module's number rule.
func (c ScoreCount) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads what MarshalJSON writes.
func (c *ScoreCount) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, c) }

// Find returns the cell of the grouping with the given key.
func (r *Report) Find(grouping string, key ...string) (*Cell, bool) {
	for i := range r.Cells {
		if r.Cells[i].Grouping == grouping && slices.Equal(r.Cells[i].Key, key) {
			return &r.Cells[i], true
		}
	}
	return nil, false
}

// BuildReport aggregates the responses under spec's [Policy], in one call,
// for all the groupings of spec.
//
// Confidentiality. A respondent is a person: their responses about several
// subjects count once in every group size (Cell.N counts persons). Each
// item is released per cell on its own. With k the policy's minimum and
// answers public by policy (exempt self or manager ratings) treated as
// known:
//   - a cell with fewer than k persons (exempt ones aside) is suppressed
//     whole (SuppressedPrimary), unless all its answers are exempt;
//   - an item answered by fewer than k such persons in a released cell is
//     suppressed in that cell (SuppressedPrimary);
//   - further items are suppressed (SuppressedComplementary, with Protects
//     naming the group when a cell lists it) until no non-zero linear
//     combination of the answers of fewer than k persons — a total, a
//     difference, any weighting — is determined by what the report
//     releases.
//
// The check that certifies this is exact and independent of how the
// suppressions were chosen. Per item, every released cell publishes the
// sum of a 0/1 row over the answers (the same row gives its answer
// distribution, sum of squares, and so mean, SD, median, trimmed mean,
// top-two box and index: all are modelled). A combination is determined
// iff it lies in the row space; there is one touching fewer than k persons
// iff some set of columns (responses, merged where no released row tells
// them apart) of fewer than k persons is linearly dependent in a basis of
// the null space, which a search over connected small sets decides (a
// modular filter, every dependence confirmed in math/big.Rat). Rows that
// are nested or disjoint are decided without algebra (safe iff every
// region holds k persons). A large connected part is decomposed exactly:
// its few rows that cut across the others (a site, the whole
// organisation) are set apart, the rest falls into person-disjoint blocks
// each certified on its own, and the combinations that need the rows set
// apart are searched over the subspaces of the blocks they cannot be
// cancelled in (at most k − 1 such blocks). The search is bounded (two
// million nodes per item, and a part that does not decompose is searched
// whole up to 500 rows): where it would exceed the bound, only a nested
// subset of the rows, certified as above, is released, the rest is
// suppressed as SuppressedBound and Report.Bounded is set. A subscale's
// scores (over the persons who answered all its items) are checked with
// its items in one system: the released items are fixed, and the subscale
// is withheld where items minus subscale would give the answers of fewer
// than k partial answerers. Per item, both a witness-driven and the greedy smallest-first protection
// run, and the one releasing more is kept.
//
// Not covered: answers bounded by the scale (a mean of 5.0 on 1–5 tells
// every answer), the k − 1 other members of a released group of exactly k
// pooling their own answers, and the counts themselves (who answered which
// item is treated as known to the reader). Everything one audience sees
// must be in one Report, or released through [BuildReportLedger]: two
// Reports over overlapping responses are otherwise only as safe as the
// caller keeps them apart. A listed cell shows that someone
// fell into it unless its dimensions list their Values.
//
// Errors. The instrument, spec and responses are validated first and all
// problems joined ([*FieldError]s with the respondent's ID where one
// applies, unwrapping to [ErrInvalid], [ErrDuplicate], [ErrUnknownItem],
// [ErrOutOfRange], [ErrTooFew] or [ErrUnknownEnum]). A respondent may
// answer once per subject.
//
// Complexity. One pass over the responses, O(responses·(dimensions +
// answers)); then per item and per connected part of the cells an exact
// elimination and the bounded search, whose cost grows with the number of
// small cells that cut across each other, not with the number of
// responses (50,000 responses in 500 teams by department, team, team ×
// rater group and site: about a second).
func BuildReport(inst *Instrument, responses []Response, spec ReportSpec) (Report, error) {
	if inst == nil {
		return Report{}, msgRequired.At("instrument", nil)
	}
	if err := fault.Join(validateSpec(&spec), inst.ValidateResponses(responses)); err != nil {
		return Report{}, err
	}
	if len(responses) == 0 {
		return Report{}, msgNoResponses.At("responses", nil)
	}
	acc, err := accumulate(inst, responses, spec.Dimensions)
	if err != nil {
		return Report{}, err
	}
	cells := buildCells(acc, &spec)
	return assemble(inst, acc, cells, &spec, plan(acc, cells, &spec, protectBest)), nil
}

// assemble writes the report from the plan: statistics only where released.
func assemble(inst *Instrument, acc *accumulator, cells []cellInfo, spec *ReportSpec, pl releasePlan) Report {
	trim := spec.Trim
	if trim == 0 {
		trim = DefaultTrim
	}
	pol := spec.Policy
	pol.MinRespondents = pol.Min()
	rep := Report{Instrument: inst.ID, Policy: pol, Cells: make([]Cell, len(cells)), Bounded: pl.bounded}
	nan := math.NaN()
	for i, c := range cells {
		out := Cell{Grouping: c.grouping, Key: c.key, Suppressed: pl.cell[i] != 0, Suppression: pl.cell[i]}
		if pl.cell[i] == 0 {
			out.Exempt = pl.exempt[i]
			out.N = pl.persons[i]
			out.Items, out.Subscales = acc.cellStats(inst, c, trim)
			for j := range out.Items {
				if why := pl.item[i][j]; why != 0 {
					out.Items[j] = ItemStats{Item: out.Items[j].Item, Suppression: why, Mean: nan, Median: nan,
						TrimmedMean: nan, SD: nan, TopTwoBox: nan, Index: nan}
					if p := pl.protects[i][j]; p >= 0 {
						out.Items[j].Protects = cells[p].label()
					}
				}
			}
			for s := range out.Subscales {
				if why := pl.sub[i][s]; why != 0 {
					out.Subscales[s] = SubscaleStats{Subscale: out.Subscales[s].Subscale, Suppression: why, Mean: nan, Median: nan,
						TrimmedMean: nan, SD: nan, TopTwoBox: nan, Index: nan}
				}
			}
		}
		rep.Cells[i] = out
	}
	return rep
}

// label renders a cell as Cell.String does.
func (c cellInfo) label() string {
	out := Cell{Grouping: c.grouping, Key: c.key}
	return out.String()
}

func validateSpec(spec *ReportSpec) error {
	var errs fault.Collector
	errs.Add(spec.Policy.Validate())
	if !(spec.Trim >= 0 && spec.Trim < 0.5) {
		errs.Add(msgTrim.At("spec.trim", spec.Trim))
	}
	if len(spec.Dimensions) > MaxDimensions {
		errs.Add(msgTooManyDimensions.At("spec.dimensions", nil, len(spec.Dimensions), MaxDimensions))
	}
	dims := make([]string, len(spec.Dimensions))
	for i, d := range spec.Dimensions {
		dims[i] = d.Name
		path := fault.Index("spec.dimensions", i)
		errs.Add(checkNames(d.Values, path+".values", "", false, ""))
	}
	errs.Add(checkNames(dims, "spec.dimensions", ".name", true, ""))
	if len(spec.Groupings) == 0 {
		errs.Add(msgNoGroupings.At("spec.groupings", nil))
	}
	names := make([]string, len(spec.Groupings))
	for i, g := range spec.Groupings {
		names[i] = g.Name
		path := fault.Index("spec.groupings", i)
		if combos := enumeratedCells(spec, g); combos > MaxEnumeratedCells {
			errs.Add(msgTooManyCells.At(path, nil, combos, MaxEnumeratedCells))
		}
		for j, b := range g.By {
			if b == "" || !slices.Contains(dims, b) {
				errs.Add(msgUnknownDimension.At(fault.Index(path+".by", j), b))
			}
		}
		errs.Add(checkNames(g.By, path+".by", "", false, ""))
	}
	errs.Add(checkNames(names, "spec.groupings", ".name", true, ""))
	return errs.Err()
}

// checkNames reports the names that repeat an earlier one and, when
// required, the empty ones; the i-th name's field is fault.Index(list, i) +
// suffix, and id is the errors' ID.
func checkNames(names []string, list, suffix string, required bool, id string) error {
	var errs fault.Collector
	seen := make(map[string]int, len(names))
	for i, name := range names {
		field := fault.Index(list, i) + suffix
		if name == "" && required {
			errs.Add(msgRequired.New(field, id, nil))
		} else if first, dup := seen[name]; dup {
			errs.Add(msgDuplicate.New(field, id, name, fault.Index(list, first)+suffix))
		} else {
			seen[name] = i
		}
	}
	return errs.Err()
}

// enumeratedCells returns how many cells grouping g lists when all its
// dimensions have Values (0 otherwise, or when a name is unknown).
func enumeratedCells(spec *ReportSpec, g Grouping) int {
	if len(g.By) == 0 {
		return 0
	}
	n := 1
	for _, b := range g.By {
		i := slices.IndexFunc(spec.Dimensions, func(d Dimension) bool { return d.Name == b })
		if i < 0 || len(spec.Dimensions[i].Values) == 0 {
			return 0
		}
		n *= len(spec.Dimensions[i].Values)
		if n > MaxEnumeratedCells {
			return n
		}
	}
	return n
}

// accumulator holds additive totals per atom: a distinct combination of
// dimension values. Every cell is a union of atoms.
type accumulator struct {
	nItems, nSub, width int   // width: histogram bins per atom
	off                 []int // item → first bin within an atom's histogram
	scale               []Scale
	subOf               []int // item → subscale index or -1
	subNames            []string
	dimNames            [][]string // dimension → value id → value
	keys                [][MaxDimensions]int32
	size                []int
	self, manager       []int
	hist                []int // atom·width + off[item] + k
	// Subscale scores, exactly: a respondent who answered c items of
	// subscale s with a total t (of answers − Min, after reverse keying)
	// scores Min + t/c. Per atom, subHist counts respondents per (s, c, t)
	// at atom·subWidth + subOff[s] + cOff[s][c−1] + t.
	subItems []int // items per subscale
	subWidth int
	subOff   []int
	cOff     [][]int
	subHist  []int
	subScale []Scale
	// Per response, for the disclosure check: its atom, its person (an
	// index into persons), its rater group and the items it answered
	// (answered[ansOff[i]:ansOff[i+1]]).
	respAtom    []int32
	respPerson  []int32
	respGroup   []RaterGroup
	respSubject []string
	answered    []int32
	ansOff      []int
	byAtom      [][]int // atom → responses (see atomResponses)
	persons     []string
}

func accumulate(inst *Instrument, rs []Response, dims []Dimension) (*accumulator, error) {
	acc := &accumulator{nItems: len(inst.Items)}
	acc.subNames = inst.Subscales()
	acc.nSub = len(acc.subNames)
	acc.subOf = make([]int, acc.nItems)
	acc.subScale = make([]Scale, acc.nSub)
	for j, it := range inst.Items {
		sc := inst.ItemScale(j)
		acc.scale = append(acc.scale, sc)
		acc.off = append(acc.off, acc.width)
		acc.width += sc.Points()
		acc.subOf[j] = slices.Index(acc.subNames, it.Subscale)
		if s := acc.subOf[j]; s >= 0 {
			acc.subScale[s] = sc
		}
	}
	idx := inst.itemIndex()
	acc.dimNames = make([][]string, len(dims))
	dimIDs := make([]map[string]int32, len(dims))
	for d := range dims {
		dimIDs[d] = map[string]int32{}
		for _, v := range dims[d].Values {
			dimIDs[d][v] = int32(len(acc.dimNames[d]))
			acc.dimNames[d] = append(acc.dimNames[d], v)
		}
	}
	var errs []error
	atomOf := map[[MaxDimensions]int32]int{}
	personOf := map[string]int32{}
	acc.ansOff = append(make([]int, 0, len(rs)+1), 0)
	subTot := make([]int, acc.nSub)
	subCnt := make([]int, acc.nSub)
	acc.subItems = make([]int, acc.nSub)
	for j := range inst.Items {
		if s := acc.subOf[j]; s >= 0 {
			acc.subItems[s]++
		}
	}
	for s, k := range acc.subItems {
		acc.subOff = append(acc.subOff, acc.subWidth)
		span := acc.subScale[s].Max - acc.subScale[s].Min
		offs := make([]int, k)
		w := 0
		for c := 1; c <= k; c++ {
			offs[c-1] = w
			w += c*span + 1
		}
		acc.cOff = append(acc.cOff, offs)
		acc.subWidth += w
	}
	for i := range rs {
		r := &rs[i]
		var key [MaxDimensions]int32
		for d := range dims {
			v, ok := dims[d].value(r)
			if !ok {
				key[d] = -1
				continue
			}
			id, found := dimIDs[d][v]
			if !found && len(dims[d].Values) > 0 {
				if len(errs) < 10 {
					errs = append(errs, msgNotListed.New(responsePath(i), r.Respondent, v, dims[d].Name))
				}
				key[d] = -1
				continue
			}
			if !found {
				id = int32(len(acc.dimNames[d]))
				dimIDs[d][v] = id
				acc.dimNames[d] = append(acc.dimNames[d], v)
			}
			key[d] = id
		}
		a, found := atomOf[key]
		if !found {
			a = len(acc.size)
			atomOf[key] = a
			acc.keys = append(acc.keys, key)
			acc.size = append(acc.size, 0)
			acc.self = append(acc.self, 0)
			acc.manager = append(acc.manager, 0)
			acc.hist = append(acc.hist, make([]int, acc.width)...)
			acc.subHist = append(acc.subHist, make([]int, acc.subWidth)...)
		}
		acc.size[a]++
		p, ok := personOf[r.Respondent]
		if !ok {
			p = int32(len(acc.persons))
			personOf[r.Respondent] = p
			acc.persons = append(acc.persons, r.Respondent)
		}
		acc.respAtom = append(acc.respAtom, int32(a))
		acc.respPerson = append(acc.respPerson, p)
		acc.respGroup = append(acc.respGroup, r.Group)
		acc.respSubject = append(acc.respSubject, r.Subject)
		switch r.Group {
		case Self:
			acc.self[a]++
		case Manager:
			acc.manager[a]++
		}
		clear(subTot)
		clear(subCnt)
		h := acc.hist[a*acc.width : (a+1)*acc.width]
		next := 0
		for k := range r.Answers {
			j, _ := lookupItem(inst, idx, next, r.Answers[k].Item)
			next = j + 1
			sc := acc.scale[j]
			v := sc.Rescore(r.Answers[k].Value, inst.Items[j].Reverse)
			h[acc.off[j]+v-sc.Min]++
			acc.answered = append(acc.answered, int32(j))
			if s := acc.subOf[j]; s >= 0 {
				subTot[s] += v - sc.Min
				subCnt[s]++
			}
		}
		acc.ansOff = append(acc.ansOff, len(acc.answered))
		for s := range subCnt {
			if c := subCnt[s]; c > 0 {
				acc.subHist[a*acc.subWidth+acc.subOff[s]+acc.cOff[s][c-1]+subTot[s]]++
			}
		}
	}
	return acc, fault.Join(errs...)
}

type cellInfo struct {
	grouping         string
	gi               int
	key              []string
	atoms            []int
	n, self, manager int
}

// buildCells lists the cells of every grouping, in grouping order and then
// in lexicographic key order.
func buildCells(acc *accumulator, spec *ReportSpec) []cellInfo {
	dimIndex := map[string]int{}
	for d, dim := range spec.Dimensions {
		dimIndex[dim.Name] = d
	}
	var out []cellInfo
	for gi, g := range spec.Groupings {
		ds := make([]int, len(g.By))
		for i, b := range g.By {
			ds[i] = dimIndex[b]
		}
		byKey := map[[MaxDimensions]int32]int{}
		var cells []cellInfo
	atoms:
		for a, key := range acc.keys {
			var proj [MaxDimensions]int32
			for i, d := range ds {
				if key[d] < 0 {
					continue atoms
				}
				proj[i] = key[d]
			}
			c, ok := byKey[proj]
			if !ok {
				c = len(cells)
				byKey[proj] = c
				names := make([]string, len(ds))
				for i, d := range ds {
					names[i] = acc.dimNames[d][proj[i]]
				}
				cells = append(cells, cellInfo{grouping: g.Name, gi: gi, key: names})
			}
			cells[c].atoms = append(cells[c].atoms, a)
			cells[c].n += acc.size[a]
			cells[c].self += acc.self[a]
			cells[c].manager += acc.manager[a]
		}
		if enumeratedCells(spec, g) > 0 {
			// List every combination of the dimensions' values.
			var proj [MaxDimensions]int32
			var rec func(i int)
			rec = func(i int) {
				if i == len(ds) {
					if _, ok := byKey[proj]; !ok {
						byKey[proj] = len(cells)
						names := make([]string, len(ds))
						for k, d := range ds {
							names[k] = acc.dimNames[d][proj[k]]
						}
						cells = append(cells, cellInfo{grouping: g.Name, gi: gi, key: names})
					}
					return
				}
				for v := range spec.Dimensions[ds[i]].Values {
					proj[i] = int32(v)
					rec(i + 1)
				}
			}
			rec(0)
		}
		slices.SortFunc(cells, func(x, y cellInfo) int { return slices.Compare(x.key, y.key) })
		out = append(out, cells...)
	}
	return out
}

// cellStats sums the atoms of a released cell and derives its statistics.
func (acc *accumulator) cellStats(inst *Instrument, cs cellInfo, trim float64) ([]ItemStats, []SubscaleStats) {
	items := make([]ItemStats, acc.nItems)
	for j := range items {
		h := make([]int, acc.scale[j].Points())
		for _, a := range cs.atoms {
			base := a*acc.width + acc.off[j]
			for k := range h {
				h[k] += acc.hist[base+k]
			}
		}
		items[j] = histStats(inst.Items[j].ID, h, acc.scale[j], trim)
		items[j].Missing = cs.n - items[j].N
	}
	subs := make([]SubscaleStats, acc.nSub)
	for s := range subs {
		k := acc.subItems[s]
		sc := acc.subScale[s]
		span := sc.Max - sc.Min
		var scores []ScoreCount
		for c := k; c <= k; c++ { // complete answerers only (see SubscaleStats)
			for t := 0; t <= c*span; t++ {
				n := 0
				at := acc.subOff[s] + acc.cOff[s][c-1] + t
				for _, a := range cs.atoms {
					n += acc.subHist[a*acc.subWidth+at]
				}
				if n > 0 {
					scores = append(scores, ScoreCount{Score: float64(sc.Min) + float64(t)/float64(c), Count: n})
				}
			}
		}
		// Equal rationals (2/1, 4/2) give equal floats: sort and merge.
		slices.SortFunc(scores, func(x, y ScoreCount) int { return cmp.Compare(x.Score, y.Score) })
		merged := scores[:0]
		for _, x := range scores {
			if l := len(merged); l > 0 && merged[l-1].Score == x.Score {
				merged[l-1].Count += x.Count
			} else {
				merged = append(merged, x)
			}
		}
		values := make([]float64, len(merged))
		counts := make([]int, len(merged))
		for i, x := range merged {
			values[i], counts[i] = x.Score, x.Count
		}
		sum := summarize(values, counts, sc, trim)
		subs[s] = SubscaleStats{Subscale: acc.subNames[s], N: sum.n, Mean: sum.mean, Median: sum.median, TrimmedMean: sum.trimmed,
			SD: sum.sd, TopTwoBox: sum.top2, Index: sum.index, Distribution: merged}
	}
	return items, subs
}

// histStats computes the statistics of one item from its answer counts.
func histStats(id string, h []int, sc Scale, trim float64) ItemStats {
	values := make([]float64, len(h))
	for k := range values {
		values[k] = float64(sc.Min + k)
	}
	s := summarize(values, h, sc, trim)
	return ItemStats{Item: id, N: s.n, Mean: s.mean, Median: s.median, TrimmedMean: s.trimmed, SD: s.sd,
		TopTwoBox: s.top2, Index: s.index, Distribution: h}
}

type summary struct {
	n                                      int
	mean, median, trimmed, sd, top2, index float64
}

// summarize describes counts[i] observations of values[i] (ascending). With
// no observations everything but n is NaN; with one, sd is NaN.
func summarize(values []float64, counts []int, sc Scale, trim float64) summary {
	nan := math.NaN()
	s := summary{mean: nan, median: nan, trimmed: nan, sd: nan, top2: nan, index: nan}
	for _, c := range counts {
		s.n += c
	}
	if s.n == 0 {
		return s
	}
	n := float64(s.n)
	var sum, top float64
	for i, c := range counts {
		sum += float64(c) * values[i]
		if values[i] >= float64(sc.Max-1) {
			top += float64(c)
		}
	}
	s.mean = sum / n
	if s.n > 1 {
		var ss float64
		for i, c := range counts {
			d := values[i] - s.mean
			ss += float64(c) * d * d
		}
		s.sd = math.Sqrt(ss / (n - 1))
	}
	at := func(p int) float64 { // the observation at 0-based sorted position p
		for i, c := range counts {
			if p < c {
				return values[i]
			}
			p -= c
		}
		return nan
	}
	s.median = (at((s.n-1)/2) + at(s.n/2)) / 2
	cut := int(trim * n)
	var tsum float64
	pos := 0
	for i, c := range counts {
		lo, hi := max(pos, cut), min(pos+c, s.n-cut)
		if hi > lo {
			tsum += float64(hi-lo) * values[i]
		}
		pos += c
	}
	s.trimmed = tsum / float64(s.n-2*cut)
	s.top2 = top / n
	s.index = sc.Index(s.mean)
	return s
}

// String renders the cell's grouping and key, e.g. "team×raterGroup:
// A/peer", or just the grouping for the overall cell.
func (c *Cell) String() string {
	if len(c.Key) == 0 {
		return c.Grouping
	}
	return c.Grouping + ": " + strings.Join(c.Key, "/")
}

// canonicalOrder returns the atoms sorted by their dimension values (a
// missing value first), independent of the order of the responses.
func (acc *accumulator) canonicalOrder() []int {
	order := make([]int, len(acc.keys))
	for a := range order {
		order[a] = a
	}
	slices.SortFunc(order, func(x, y int) int {
		for d := range acc.dimNames {
			kx, ky := acc.keys[x][d], acc.keys[y][d]
			switch {
			case kx == ky:
				continue
			case kx < 0:
				return -1
			case ky < 0:
				return 1
			}
			if c := strings.Compare(acc.dimNames[d][kx], acc.dimNames[d][ky]); c != 0 {
				return c
			}
		}
		return 0
	})
	return order
}
