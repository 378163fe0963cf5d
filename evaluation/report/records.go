package report

import (
	"fmt"
	"time"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
	"github.com/mentorkit/mentorkit/mentoring"
)

// Outcome is what an HR system knows about one person at the end of the
// observation: the fields of a [Record] that do not follow from the
// organisation and its relationships. [Records] joins outcomes to people by
// PersonID.
type Outcome struct {
	// PersonID is the ID of the person in the organisation; required,
	// at most one outcome per person.
	PersonID string `json:"personId"`
	// Exit, ExitCause, Engagement, Feedback, Promoted, GASTScore,
	// SessionRatings, Recommend and Covariates are copied to the Record
	// as they are (see [Record] for their meaning).
	Exit           time.Time `json:"exit"`
	ExitCause      ExitCause `json:"exitCause,omitempty"`
	Engagement     *Change   `json:"engagement,omitempty"`
	Feedback       *Change   `json:"feedback,omitempty"`
	Promoted       bool      `json:"promoted"`
	GASTScore      *float64  `json:"gasTScore,omitempty"`
	SessionRatings []float64 `json:"sessionRatings,omitempty"`
	Recommend      *int      `json:"recommend,omitempty"`
	Covariates     []float64 `json:"covariates,omitempty"`
}

// MarshalJSON writes the outcome with the module's number rule (NaN as "NaN").
func (o Outcome) MarshalJSON() ([]byte, error) { return jsonx.Marshal(o) }

// UnmarshalJSON reads what MarshalJSON writes.
func (o *Outcome) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, o) }

// Messages of Records.
var (
	msgUnknownPerson = fault.Message{Code: "unknownPerson", Err: evaluation.ErrOutOfRange,
		EN: "names nobody in the organisation", NL: "verwijst naar niemand in de organisatie"}
	recordMessages = []fault.Message{msgUnknownPerson}
)

// Records builds the records [New] takes from the organisation, its
// mentoring relationships and what is known about each person at the end:
// one Record per person, in the order of people, with
//
//   - ID the person's ID and Role their department (the matched
//     comparison matches exactly on it);
//   - Start the start of the observation, the same for everyone, so that
//     mentees and the comparison group are followed over the same window;
//   - Mentored true for a person who is a mentee of at least one
//     relationship that became active, whatever became of it later
//     (intention to treat); a relationship only proposed, or declined,
//     does not count, and neither does being a mentor;
//   - the rest copied from the person's Outcome. A person without an
//     outcome gets a record with no exit and nothing measured.
//
// Duplicate or empty person IDs, an outcome or a relationship's mentee
// that names nobody in people, and a duplicate outcome are errors
// ([FieldError], joined), named by field and person ID. Inputs are not
// modified and the records share no memory with them.
func Records(people []mentoring.Person, rels []mentoring.Relationship, outcomes []Outcome, start time.Time) ([]Record, error) {
	var errs fault.Collector
	index := make(map[string]int, len(people))
	for i, p := range people {
		field := fmt.Sprintf("people[%d].id", i)
		switch first, dup := index[p.ID]; {
		case p.ID == "":
			errs.Add(msgRequired.At(field, nil))
		case dup:
			errs.Add(msgDuplicate.New(field, p.ID, p.ID, fault.Index("people", first)))
		default:
			index[p.ID] = i
		}
	}
	mentored := make([]bool, len(people))
	for i, r := range rels {
		if _, ok := r.Activated(); !ok {
			continue
		}
		for j, m := range r.MenteeIDs {
			k, ok := index[m]
			if !ok {
				errs.Add(msgUnknownPerson.New(fmt.Sprintf("relationships[%d].menteeIds[%d]", i, j), m, m))
				continue
			}
			mentored[k] = true
		}
	}
	out := make([]Record, len(people))
	for i, p := range people {
		out[i] = Record{ID: p.ID, Role: p.Department, Start: start, Mentored: mentored[i]}
	}
	seen := make(map[string]int, len(outcomes)) // person ID → first outcome
	for i, o := range outcomes {
		field := fmt.Sprintf("outcomes[%d].personId", i)
		k, ok := index[o.PersonID]
		switch {
		case o.PersonID == "":
			errs.Add(msgRequired.At(field, nil))
			continue
		case !ok:
			errs.Add(msgUnknownPerson.New(field, o.PersonID, o.PersonID))
			continue
		}
		if first, dup := seen[o.PersonID]; dup {
			errs.Add(msgDuplicate.New(field, o.PersonID, o.PersonID, fault.Index("outcomes", first)))
			continue
		}
		seen[o.PersonID] = i
		r := &out[k]
		r.Exit, r.ExitCause, r.Promoted = o.Exit, o.ExitCause, o.Promoted
		r.Engagement, r.Feedback = clonePtr(o.Engagement), clonePtr(o.Feedback)
		r.GASTScore = clonePtr(o.GASTScore)
		r.Recommend = clonePtr(o.Recommend)
		r.SessionRatings = cloneFloats(o.SessionRatings)
		r.Covariates = cloneFloats(o.Covariates)
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

func clonePtr[T any](p *T) *T {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}

func cloneFloats(x []float64) []float64 {
	if x == nil {
		return nil
	}
	return append([]float64(nil), x...)
}
