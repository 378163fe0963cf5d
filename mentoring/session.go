package mentoring

import (
	"slices"
	"time"
)

// MaxSessionDuration is the longest accepted session.
const MaxSessionDuration = 24 * time.Hour

// Session is one meeting of a relationship, recorded as structured signals
// only. There is deliberately no field for free-text notes: what is said in
// a mentoring conversation stays confidential.
type Session struct {
	// ID identifies the session; required, unique per relationship.
	ID string `json:"id"`
	// RelationshipID is the relationship the session belongs to; required.
	RelationshipID string `json:"relationshipId"`
	// Start is when the session started; required.
	Start time.Time `json:"start"`
	// Duration is how long it lasted, more than 0 and at most
	// MaxSessionDuration. JSON writes it in nanoseconds.
	Duration time.Duration `json:"duration"`
	// InitiatedBy is the person ID of whoever took the initiative for the
	// session; required, the mentor or a mentee. A mentee who takes the
	// initiative owns their learning.
	InitiatedBy string `json:"initiatedBy"`
	// MentorTalkShare is the mentor's share of the talking, 0 to 1, or nil
	// when not recorded: a good mentor listens more than they talk
	// ("zenden/ontvangen").
	MentorTalkShare *float64 `json:"mentorTalkShare,omitempty"`
	// Techniques are the techniques used, each at most once.
	Techniques []Technique `json:"techniques,omitempty"`
	// ExpectationsDiscussed reports whether mentor and mentee discussed what
	// they expect of each other, out loud.
	ExpectationsDiscussed bool `json:"expectationsDiscussed,omitempty"`
	// GoalIDs are the IDs of the goals worked on (see package goals); unique.
	GoalIDs []string `json:"goalIds,omitempty"`
}

// TalkShare returns a pointer to a copy of share, for filling
// Session.MentorTalkShare in a literal.
func TalkShare(share float64) *float64 { return &share }

// Validate reports every problem with s on its own, joined. Whether the
// initiator belongs to the relationship is checked by AssessHealth, which
// has the relationship; a session after its now is left out there, not
// refused.
func (s Session) Validate() error {
	var v validator
	s.check(&v, "")
	return v.err()
}

func (s Session) check(v *validator, path string) {
	defer v.about(s.ID)()
	v.requireID(path, "id", s.ID)
	v.requireID(path, "relationshipId", s.RelationshipID)
	if s.Start.IsZero() {
		v.add(field(path, "start"), nil, msgRequired)
	}
	if s.Duration <= 0 || s.Duration > MaxSessionDuration {
		v.add(field(path, "duration"), s.Duration, msgSessionDuration, int(MaxSessionDuration/time.Hour))
	}
	v.requireID(path, "initiatedBy", s.InitiatedBy)
	if s.MentorTalkShare != nil {
		v.unitInterval(path, "mentorTalkShare", *s.MentorTalkShare)
	}
	seen := make(map[Technique]int, len(s.Techniques))
	for i, t := range s.Techniques {
		p := func() string { return index(field(path, "techniques"), i) }
		if t == 0 || !techniqueTable.Declared(t) {
			checkEnum(v, p(), "", "Technique", techniqueTable, t, true)
		}
		if j, dup := seen[t]; dup && t != 0 {
			v.add(p(), t.String(), msgDuplicate, index(field(path, "techniques"), j))
		} else {
			seen[t] = i
		}
	}
	ids := make(map[string]int, len(s.GoalIDs))
	for i, id := range s.GoalIDs {
		p := func() string { return index(field(path, "goalIds"), i) }
		if badID(id) {
			v.requireID(p(), "", id)
		}
		if j, dup := ids[id]; dup && id != "" {
			v.add(p(), id, msgDuplicate, index(field(path, "goalIds"), j))
		} else {
			ids[id] = i
		}
	}
}

// Clone returns a deep copy of s.
func (s Session) Clone() Session {
	q := s
	if s.MentorTalkShare != nil {
		q.MentorTalkShare = TalkShare(*s.MentorTalkShare)
	}
	q.Techniques = slices.Clone(s.Techniques)
	q.GoalIDs = slices.Clone(s.GoalIDs)
	return q
}
