package feedback

import (
	"slices"
	"time"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// RaterGroup is the relation of a respondent to the subject of a response:
// one of the groups declared below or any value the caller defines
// ("skipLevel", "client"), written as its text in JSON. The empty value is
// unset; a Response must say who gave it, so validation rejects it there.
// Which groups' answers are public is the Policy's ExemptGroups.
type RaterGroup string

// Declared rater groups. Self and Manager are the 360-degree groups a
// Policy commonly exempts (see Policy.ExemptGroups); nothing is exempt by
// default.
const (
	Mentee       RaterGroup = "mentee"
	Mentor       RaterGroup = "mentor"
	Peer         RaterGroup = "peer"
	DirectReport RaterGroup = "directReport"
	Manager      RaterGroup = "manager"
	Self         RaterGroup = "self"
)

// declaredGroups lists the declared rater groups in their report order.
var declaredGroups = []RaterGroup{Mentee, Mentor, Peer, DirectReport, Manager, Self}

// String returns the group's text.
func (g RaterGroup) String() string { return string(g) }

// Answer is one answer: the item's ID and the value on the instrument's scale
// as given (before reverse keying).
type Answer struct {
	Item  string `json:"item"`
	Value int    `json:"value"`
}

// Response is one respondent's answers to an instrument about one subject.
// An item without an Answer is missing; missing answers are allowed and
// counted.
type Response struct {
	Respondent string     `json:"respondent"`  // who answered; non-empty
	Subject    string     `json:"subject"`     // what it is about: a relationship, a mentor, a programme; non-empty
	Group      RaterGroup `json:"group"`       // the respondent's relation to the subject: a declared group or the caller's own
	At         time.Time  `json:"at,omitzero"` // when it was given; the zero time means unknown
	Answers    []Answer   `json:"answers"`
	// Attributes are the response's values of report dimensions
	// (department, team, site, any key), read by a Dimension with a nil
	// Key. Never modified.
	Attributes map[string]string `json:"attributes,omitempty"`
	// Comment is free text; only [ReleaseComments] releases it, under its
	// own, higher minimum.
	Comment string `json:"comment,omitempty"`
}

// ValidateResponse checks r against the instrument: non-empty respondent and
// subject, a declared rater group, and answers only to known items, each at
// most once, within the scale. All problems are joined [*FieldError]s with
// the respondent's ID; field paths start with "response".
func (in *Instrument) ValidateResponse(r *Response) error {
	idx := in.itemIndex()
	return fault.Join(in.validateResponse(idx, r, -1, nil)...)
}

// ValidateResponses validates the instrument and every response (see
// ValidateResponse) and also rejects a respondent who answers twice about
// the same subject. A respondent is a person: their responses about several
// subjects (a 360 of several colleagues) count as one person in every
// group size of a report. The first ten repeats are
// listed with the index of the first response, the rest counted in one
// error. Field paths are "responses[i]...". It allocates only for what it
// reports.
func (in *Instrument) ValidateResponses(rs []Response) error {
	if err := in.Validate(); err != nil {
		return err
	}
	idx := in.itemIndex()
	var errs []error
	type pair struct{ respondent, subject string }
	seen := make(map[pair]struct{}, len(rs))
	dups := 0
	for i := range rs {
		errs = in.validateResponse(idx, &rs[i], i, errs)
		if rs[i].Respondent == "" {
			continue
		}
		// One map operation per response: a write that does not grow the
		// map found a duplicate.
		before := len(seen)
		seen[pair{rs[i].Respondent, rs[i].Subject}] = struct{}{}
		if len(seen) == before {
			dups++
			if dups > maxListedDuplicates {
				continue // counted below: each listing scans for the first place
			}
			j := slices.IndexFunc(rs[:i], func(r Response) bool { return r.Respondent == rs[i].Respondent && r.Subject == rs[i].Subject })
			errs = append(errs, msgDuplicate.New(responsePath(i)+".respondent", rs[i].Respondent, nil, fault.Index("responses", j)))
		}
	}
	if more := dups - maxListedDuplicates; more > 0 {
		errs = append(errs, msgMoreDuplicates.At("responses", nil, more))
	}
	return fault.Join(errs...)
}

// maxListedDuplicates bounds the repeated respondents ValidateResponses
// lists one by one.
const maxListedDuplicates = 10

func responsePath(i int) string {
	if i < 0 {
		return "response"
	}
	return fault.Index("responses", i)
}

func answerPath(i, a int) string { return fault.Index(responsePath(i)+".answers", a) }

func (in *Instrument) itemIndex() map[string]int {
	idx := make(map[string]int, len(in.Items))
	for i, it := range in.Items {
		idx[it.ID] = i
	}
	return idx
}

// validateResponse appends the problems of r (at index i of a slice, or -1
// for a lone response) to errs. It allocates only when it finds a problem or
// when the instrument has more than 64 items.
func (in *Instrument) validateResponse(idx map[string]int, r *Response, i int, errs []error) []error {
	id := r.Respondent
	if r.Respondent == "" {
		errs = append(errs, msgRequired.At(responsePath(i)+".respondent", nil))
	}
	if r.Subject == "" {
		errs = append(errs, msgRequired.New(responsePath(i)+".subject", id, nil))
	}
	if r.Group == "" {
		errs = append(errs, msgRequired.New(responsePath(i)+".group", id, nil))
	}
	var small [64]bool
	var seen []bool
	if len(in.Items) <= len(small) {
		seen = small[:len(in.Items)]
	} else {
		seen = make([]bool, len(in.Items))
	}
	next := 0
	for a := range r.Answers {
		ans := &r.Answers[a]
		j, ok := lookupItem(in, idx, next, ans.Item)
		next = j + 1
		if !ok {
			errs = append(errs, msgUnknownItem.New(answerPath(i, a)+".item", id, ans.Item, in.ID))
			continue
		}
		if seen[j] {
			first := slices.IndexFunc(r.Answers, func(x Answer) bool { return x.Item == ans.Item })
			errs = append(errs, msgDuplicate.New(answerPath(i, a)+".item", id, ans.Item, fault.Index("answers", first)))
		}
		seen[j] = true
		if sc := in.ItemScale(j); ans.Value < sc.Min || ans.Value > sc.Max {
			errs = append(errs, msgAnswerOffScale.New(answerPath(i, a)+".value", id, ans.Value, ans.Item, sc.Min, sc.Max))
		}
	}
	return errs
}

// lookupItem finds an answer's item: first among the few items right after
// the previous answer's item (answers usually come in item order, skipping
// the missing ones), then through the index.
func lookupItem(in *Instrument, idx map[string]int, next int, id string) (int, bool) {
	for j := max(next, 0); j < min(next+3, len(in.Items)); j++ {
		if in.Items[j].ID == id {
			return j, true
		}
	}
	j, ok := idx[id]
	return j, ok
}
