package mentoring

import (
	"math"
	"time"
)

// maxMinSessions is the largest HealthConfig.MinSessions.
const maxMinSessions = 1000

// Defaults that a zero HealthConfig field stands for.
const (
	// DefaultOverdueAfter: a relationship is overdue once more than 1.5
	// cadences have passed since the last session.
	DefaultOverdueAfter = 1.5
	// DefaultStalledAfter: a relationship has stalled once more than 3
	// cadences have passed since the last session.
	DefaultStalledAfter = 3.0
	// DefaultMinSessions: the initiative and talk signals need at least 3
	// sessions before they raise a concern.
	DefaultMinSessions = 3
	// DefaultMinMenteeInitiative: the mentee should take the initiative for
	// at least half of the sessions.
	DefaultMinMenteeInitiative = 0.5
	// DefaultMaxMentorTalkShare: the mentor talks more than they listen
	// when their mean talk share exceeds one half.
	DefaultMaxMentorTalkShare = 0.5
)

// HealthConfig holds the thresholds of AssessHealth. The zero value means
// the documented defaults; each zero field takes its own default. The
// mentoring literature asks the questions (who takes the initiative, who
// talks most), not the numbers: the defaults are mentorkit's choice, made
// to be easy to explain to a programme manager.
type HealthConfig struct {
	// OverdueAfter is the number of cadences after the last session from
	// which the relationship is overdue; finite and at least 1; 0 means
	// DefaultOverdueAfter.
	OverdueAfter float64 `json:"overdueAfter,omitempty"`
	// StalledAfter is the number of cadences after the last session from
	// which the relationship has stalled; at least OverdueAfter; 0 means
	// DefaultStalledAfter.
	StalledAfter float64 `json:"stalledAfter,omitempty"`
	// MinSessions is how many sessions the initiative signal needs (and how
	// many sessions with a recorded talk share the talk signal needs) before
	// it raises a concern; 0 means DefaultMinSessions, at most 1000.
	MinSessions int `json:"minSessions,omitempty"`
	// MinMenteeInitiative is the share of sessions, 0 to 1, the mentees
	// should initiate; below it MentorDrivesInitiative is set. 0 means
	// DefaultMinMenteeInitiative.
	MinMenteeInitiative float64 `json:"minMenteeInitiative,omitempty"`
	// MaxMentorTalkShare is the mean mentor talk share, 0 to 1, above which
	// MentorTalksMore is set; 0 means DefaultMaxMentorTalkShare.
	MaxMentorTalkShare float64 `json:"maxMentorTalkShare,omitempty"`
}

// WithDefaults returns c with every zero field replaced by its documented
// default: the thresholds AssessHealth actually applies. It does not
// validate; see Validate.
func (c HealthConfig) WithDefaults() HealthConfig {
	if c.OverdueAfter == 0 {
		c.OverdueAfter = DefaultOverdueAfter
	}
	if c.StalledAfter == 0 {
		c.StalledAfter = DefaultStalledAfter
	}
	if c.MinSessions == 0 {
		c.MinSessions = DefaultMinSessions
	}
	if c.MinMenteeInitiative == 0 {
		c.MinMenteeInitiative = DefaultMinMenteeInitiative
	}
	if c.MaxMentorTalkShare == 0 {
		c.MaxMentorTalkShare = DefaultMaxMentorTalkShare
	}
	return c
}

// Validate reports every threshold out of range, joined, after the zero
// fields have taken their defaults.
func (c HealthConfig) Validate() error {
	var v validator
	c.check(&v, "")
	return v.err()
}

func (c HealthConfig) check(v *validator, path string) {
	d := c.WithDefaults()
	if math.IsNaN(d.OverdueAfter) || d.OverdueAfter < 1 || math.IsInf(d.OverdueAfter, 0) {
		v.add(field(path, "overdueAfter"), c.OverdueAfter, msgOverdueAfter)
	}
	if math.IsNaN(d.StalledAfter) || math.IsInf(d.StalledAfter, 0) || d.StalledAfter < d.OverdueAfter {
		v.add(field(path, "stalledAfter"), c.StalledAfter, msgStalledAfter, d.OverdueAfter)
	}
	if d.MinSessions < 0 || d.MinSessions > maxMinSessions {
		v.add(field(path, "minSessions"), c.MinSessions, msgBetween, 0, maxMinSessions)
	}
	v.unitInterval(path, "minMenteeInitiative", d.MinMenteeInitiative)
	v.unitInterval(path, "maxMentorTalkShare", d.MaxMentorTalkShare)
}

// Health is the state of one relationship as seen at a moment: how long
// since the last session against the programme's cadence, when the next
// one is due, who takes the initiative, and whether the mentor talks more
// than they listen. Everything in it is as of At: later sessions and
// transitions are left out.
// It is the one place these signals are computed; package feedback reads
// them.
type Health struct {
	// RelationshipID is the relationship's ID.
	RelationshipID string `json:"relationshipId"`
	// State is the relationship's state at At (the state its last
	// transition at or before At entered).
	State State `json:"state"`
	// At is the moment of the assessment (the now passed in).
	At time.Time `json:"at"`
	// Sessions is the number of sessions held by At.
	Sessions int `json:"sessions"`
	// LaterSessions is the number of sessions given that start after At:
	// left out of every signal.
	LaterSessions int `json:"laterSessions"`
	// LastSession is the start of the latest session; zero when there was
	// none.
	LastSession time.Time `json:"lastSession,omitzero"`
	// DaysSinceLastSession is the time from LastSession to At in days
	// (24-hour days, fractional). With no session yet it counts from the
	// relationship's activation, and it is 0 for a relationship that was
	// never active.
	DaysSinceLastSession float64 `json:"daysSinceLastSession"`
	// DaysWithoutSession is, for an active relationship, the time in days
	// from the later of LastSession and the moment it last became active
	// (after a pause, say) to At: the clock Overdue and Stalled read. It is
	// 0 for a relationship that is not active.
	DaysWithoutSession float64 `json:"daysWithoutSession"`
	// CadenceDays is the programme's cadence in days; 0 when there is none,
	// and then Overdue and Stalled stay false.
	CadenceDays float64 `json:"cadenceDays"`
	// Overdue reports an active relationship whose DaysWithoutSession
	// exceeds OverdueAfter × CadenceDays. Paused, proposed and closed
	// relationships are never overdue.
	Overdue bool `json:"overdue"`
	// Stalled reports an active relationship whose DaysWithoutSession
	// exceeds StalledAfter × CadenceDays; a stalled relationship is also
	// overdue.
	Stalled bool `json:"stalled"`
	// NextSessionDue is when the next session is due for an active
	// relationship with a cadence: one cadence after the start of the
	// clock DaysWithoutSession reads (the later of the last session and
	// the last activation). It may lie before At: the session is late
	// (Overdue follows only after OverdueAfter cadences). Zero when the
	// relationship is not active at At or the programme has no cadence.
	NextSessionDue time.Time `json:"nextSessionDue,omitzero"`
	// MenteeInitiativeShare is the share of sessions, 0 to 1, initiated by a
	// mentee; 0 when Sessions is 0.
	MenteeInitiativeShare float64 `json:"menteeInitiativeShare"`
	// MentorInitiativeShare is the share of sessions, 0 to 1, initiated by
	// the mentor; 0 when Sessions is 0. With at least one session the two
	// shares add up to 1.
	MentorInitiativeShare float64 `json:"mentorInitiativeShare"`
	// MentorDrivesInitiative reports that, over at least MinSessions
	// sessions, the mentees initiated fewer than MinMenteeInitiative of
	// them: the mentee is not taking responsibility for their own
	// learning.
	MentorDrivesInitiative bool `json:"mentorDrivesInitiative"`
	// TalkShareSessions is the number of sessions that recorded the mentor's
	// talk share.
	TalkShareSessions int `json:"talkShareSessions"`
	// MentorTalkShare is the mean mentor talk share, 0 to 1, over those
	// sessions (each session weighs the same); 0 when TalkShareSessions is
	// 0.
	MentorTalkShare float64 `json:"mentorTalkShare"`
	// MentorTalksMore reports that, over at least MinSessions sessions with
	// a recorded talk share, MentorTalkShare exceeds MaxMentorTalkShare: the
	// mentor sends more than they receive ("zenden/ontvangen").
	MentorTalksMore bool `json:"mentorTalksMore"`
	// ExpectationsDiscussed reports whether any session discussed mutual
	// expectations.
	ExpectationsDiscussed bool `json:"expectationsDiscussed"`
}

// Concern codes returned by Health.Concerns. They are stable: store and
// compare them.
const (
	// ConcernOverdue: Health.Overdue is set (and Stalled is not).
	ConcernOverdue = "overdue"
	// ConcernStalled: Health.Stalled is set.
	ConcernStalled = "stalled"
	// ConcernMentorDrivesInitiative: Health.MentorDrivesInitiative is set.
	ConcernMentorDrivesInitiative = "mentorDrivesInitiative"
	// ConcernMentorTalksMore: Health.MentorTalksMore is set.
	ConcernMentorTalksMore = "mentorTalksMore"
	// ConcernExpectationsNotDiscussed: sessions were held, but none
	// discussed mutual expectations.
	ConcernExpectationsNotDiscussed = "expectationsNotDiscussed"
)

// Concerns returns the codes of the signals that call for attention, in
// this fixed order: stalled (or else overdue), mentorDrivesInitiative,
// mentorTalksMore, expectationsNotDiscussed (raised for a relationship with
// at least one session, none of which discussed expectations). It returns
// nil for a healthy relationship.
func (h Health) Concerns() []string {
	var out []string
	switch {
	case h.Stalled:
		out = append(out, ConcernStalled)
	case h.Overdue:
		out = append(out, ConcernOverdue)
	}
	if h.MentorDrivesInitiative {
		out = append(out, ConcernMentorDrivesInitiative)
	}
	if h.MentorTalksMore {
		out = append(out, ConcernMentorTalksMore)
	}
	if h.Sessions > 0 && !h.ExpectationsDiscussed {
		out = append(out, ConcernExpectationsNotDiscussed)
	}
	return out
}

// day24 is the length of a day in the health signals: 24 hours, ignoring
// daylight-saving changes.
const day24 = 24 * time.Hour

// daysBetween returns (b − a) in 24-hour days without the ±292-year limit
// of time.Duration. The Unix seconds are subtracted as float64: their
// int64 difference overflows for times more than 2^63 seconds apart.
func daysBetween(a, b time.Time) float64 {
	secs := float64(b.Unix()) - float64(a.Unix())
	nanos := float64(b.Nanosecond() - a.Nanosecond())
	return secs/86400 + nanos/86400e9
}

// AssessHealth computes the health of r as of now from its sessions, given
// the programme's cadence (Programme.Cadence; 0 for none, as for a flash
// programme) and thresholds in cfg (zero value: defaults).
//
// As of now: what happens after now is ignored, so the health of a
// relationship can be computed for any earlier date from today's records.
// Sessions that start after now are left out (counted in LaterSessions,
// never an error), and so are r's transitions after now: r is read as
// [Relationship.AsOf] now returns it.
//
// Every session must pass Validate, belong to r (RelationshipID), be
// initiated by r's mentor or one of its mentees, have a unique ID, and
// start no earlier than r was proposed; r must pass Validate and now must
// not be before r was proposed. All problems are returned joined
// (sessions' fields prefixed "sessions[i]."), and then the Health is zero.
//
// Days are 24-hour periods: DaysSinceLastSession = (now − last start) / 24h.
// Sessions may come in any order; the result does not depend on it. The
// cost is O(len(sessions)).
func AssessHealth(r Relationship, sessions []Session, cadence time.Duration, now time.Time, cfg HealthConfig) (Health, error) {
	if err := checkHealthInput(r, sessions, cadence, now, cfg); err != nil {
		return Health{}, err
	}
	cfg = cfg.WithDefaults()
	r, _ = r.AsOf(now)

	h := Health{RelationshipID: r.ID, State: r.State, At: now}
	var mentorInitiated int
	var talkSum float64
	for _, s := range sessions {
		if s.Start.After(now) {
			h.LaterSessions++
			continue
		}
		if h.Sessions == 0 || s.Start.After(h.LastSession) {
			h.LastSession = s.Start
		}
		h.Sessions++
		if s.InitiatedBy == r.MentorID {
			mentorInitiated++
		}
		if s.MentorTalkShare != nil {
			h.TalkShareSessions++
			talkSum += *s.MentorTalkShare
		}
		h.ExpectationsDiscussed = h.ExpectationsDiscussed || s.ExpectationsDiscussed
	}
	// Times before year 1 are valid, so "no session" is Sessions == 0,
	// never a zero LastSession.
	ref, ok := h.LastSession, h.Sessions > 0
	if !ok {
		ref, ok = r.Activated()
	}
	if ok {
		h.DaysSinceLastSession = daysBetween(ref, now)
	}
	h.CadenceDays = float64(cadence) / float64(day24)
	if r.State == StateActive {
		// The clock runs from the later of the last session and the last
		// (re)activation: a relationship that just came back from a pause
		// is not overdue for the time it was paused.
		basis := r.Since()
		if h.Sessions > 0 && h.LastSession.After(basis) {
			basis = h.LastSession
		}
		h.DaysWithoutSession = daysBetween(basis, now)
		if cadence > 0 {
			h.NextSessionDue = basis.Add(cadence)
			h.Overdue = h.DaysWithoutSession > cfg.OverdueAfter*h.CadenceDays
			h.Stalled = h.DaysWithoutSession > cfg.StalledAfter*h.CadenceDays
		}
	}
	if n := h.Sessions; n > 0 {
		h.MentorInitiativeShare = float64(mentorInitiated) / float64(n)
		h.MenteeInitiativeShare = float64(n-mentorInitiated) / float64(n)
		h.MentorDrivesInitiative = n >= cfg.MinSessions && h.MenteeInitiativeShare < cfg.MinMenteeInitiative
	}
	if h.TalkShareSessions > 0 {
		h.MentorTalkShare = talkSum / float64(h.TalkShareSessions)
		h.MentorTalksMore = h.TalkShareSessions >= cfg.MinSessions && h.MentorTalkShare > cfg.MaxMentorTalkShare
	}
	return h, nil
}

// checkHealthInput reports every problem with the arguments of
// AssessHealth, joined.
func checkHealthInput(r Relationship, sessions []Session, cadence time.Duration, now time.Time, cfg HealthConfig) error {
	var v validator
	restore := v.about(r.ID)
	r.check(&v, "relationship")
	restore()
	cfg.check(&v, "config")
	restore = v.about(r.ID) // the cadence and now of r's assessment
	checkCadence(&v, "cadence", cadence)
	if now.IsZero() {
		v.add("now", nil, msgRequired)
	}
	restore()
	var proposed time.Time
	if len(r.Transitions) > 0 {
		proposed = r.Transitions[0].At
	}
	if !now.IsZero() && !proposed.IsZero() && now.Before(proposed) {
		v.errs = append(v.errs, msgNowBeforeProposal.New("now", r.ID, now, r.ID, proposed.Format(time.RFC3339)))
	}
	ids := make(map[string]int, len(sessions))
	for i, s := range sessions {
		restore := v.about(s.ID)
		p := func() string { return index("sessions", i) }
		v.nested(p, s.check)
		if s.ID != "" {
			if j, dup := ids[s.ID]; dup {
				v.add(field(p(), "id"), s.ID, msgDuplicate, index("sessions", j))
			} else {
				ids[s.ID] = i
			}
		}
		if s.RelationshipID != "" && s.RelationshipID != r.ID {
			v.add(field(p(), "relationshipId"), s.RelationshipID, msgOtherRelationship, r.ID)
		}
		if s.InitiatedBy != "" && !r.HasMember(s.InitiatedBy) {
			v.add(field(p(), "initiatedBy"), s.InitiatedBy, msgNotMember, r.ID)
		}
		if !s.Start.IsZero() && !proposed.IsZero() && s.Start.Before(proposed) {
			v.add(field(p(), "start"), s.Start, msgBeforeProposal, r.ID)
		}
		restore()
	}
	return v.err()
}

// checkCadence reports a cadence below 0 or above MaxCadence.
func checkCadence(v *validator, path string, cadence time.Duration) {
	if cadence < 0 || cadence > MaxCadence {
		v.add(path, cadence, msgCadence, int(MaxCadence/day24))
	}
}
