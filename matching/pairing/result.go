package pairing

import (
	"errors"
	"slices"
	"time"

	"github.com/mentorkit/mentorkit/matching/stable"
	"github.com/mentorkit/mentorkit/mentoring"
)

// Match is one mentor–mentee pair of a pairing.
type Match struct {
	MentorID string  `json:"mentorId"`
	MenteeID string  `json:"menteeId"`
	Score    float64 `json:"score"`
	// Breakdown is the score per criterion (see Contribution).
	Breakdown []Contribution `json:"breakdown"`
	// Locked is true for a pair an administrator locked.
	Locked bool `json:"locked,omitempty"`
	// Topic is the wanted topic the mentor covers best, in the mentor's
	// wording (ties by the topic's folded name, so "Go" before "public
	// speaking"), or "" when the mentor covers none; a reverse
	// relationship needs one.
	Topic string `json:"topic,omitempty"`
}

// Circle is a group-mentoring circle: one mentor and the mentees of a
// group programme's group, with their mean score.
type Circle struct {
	MentorID  string   `json:"mentorId"`
	MenteeIDs []string `json:"menteeIds"` // sorted
	MeanScore float64  `json:"meanScore"`
	// BelowMin is true for a circle smaller than the group minimum that
	// could not be dissolved because a lock holds it.
	BelowMin bool `json:"belowMin,omitempty"`
}

// Reason says why a participant was left without a partner. The zero
// value is unset (no reason given; a Result never holds it) and marshals
// as "".
type Reason int

// The reasons, from 1: 0 is the unset Reason.
const (
	// ReasonNoAllowedMentor: every mentor is forbidden by a rule (see
	// Unmatched.Rules for how many per rule).
	ReasonNoAllowedMentor Reason = iota + 1
	// ReasonCapacityExhausted: allowed mentors exist, but their places went
	// to other mentees in the optimum (Unmatched.Full counts them, and
	// Unmatched.Rules the mentors the rules forbid; [Pairing.Reasons]
	// names the change that would match the mentee).
	ReasonCapacityExhausted
	// ReasonNoAllowedMentee: a mentor that every mentee is forbidden for.
	ReasonNoAllowedMentee
	// ReasonNotNeeded: a mentor whose allowed mentees are better placed
	// elsewhere (or there are fewer mentees than places).
	ReasonNotNeeded
	// ReasonGroupTooSmall: a group mentor whose circle could not reach the
	// group minimum and was dissolved.
	ReasonGroupTooSmall
	// ReasonCircleMix: a group mentor whose circle could not meet
	// Rules.CircleMix and was dissolved ([Pairing.CheckCircleMix] says
	// which requirement, in English and Dutch).
	ReasonCircleMix
)

// RuleCount is how many potential partners one rule excluded.
type RuleCount struct {
	Rule  Rule `json:"rule"`
	Count int  `json:"count"`
}

// Unmatched is a participant left without a partner, with the reason.
type Unmatched struct {
	ID     string      `json:"id"`
	Side   stable.Side `json:"side"`
	Reason Reason      `json:"reason"`
	// Rules counts the partners each rule excluded, in Rule order: for a
	// mentee always, for a mentor under ReasonNoAllowedMentee. Each
	// forbidden partner counts once: under the shared-language rule, else
	// the time-zone-gap rule, when one of those forbids the pair (they
	// partition people, so whole groups are counted at once: see
	// [Pairing.Solve]), else under the first rule that forbids it.
	// [Pairing.Reasons] lists every rule of every pair.
	Rules []RuleCount `json:"rules,omitempty"`
	// Allowed is the number of partners the rules allow.
	Allowed int `json:"allowed"`
	// Full counts, for a mentee, the allowed mentors whose places are all
	// taken in the result. [Pairing.Reasons] details every obstacle, with
	// who holds the places, and names the single change that would match
	// the mentee.
	Full int `json:"full,omitempty"`
}

// Result is the outcome of a pairing. It marshals to JSON by the module's
// number rule, losslessly, so it can be stored and used later: a decoded
// Result works with [Pairing.WhyNot] and [Pairing.Reasons] of any Pairing
// built from the same programme and settings, which is checked by
// content (Fingerprint); given another programme or other settings they
// return a *FieldError (ErrOtherProgramme) naming the part that differs.
type Result struct {
	ProgrammeID string           `json:"programmeId"`
	Format      mentoring.Format `json:"format"`
	Priority    Priority         `json:"priority"`
	// Pairs are the pairs formed, sorted by mentor ID, then mentee ID.
	Pairs []Match `json:"pairs"`
	// Circles are the group circles (group programmes only), by mentor ID.
	Circles []Circle `json:"circles,omitempty"`
	// Unmatched are the participants without a partner: mentees first,
	// then mentors, each by ID.
	Unmatched []Unmatched `json:"unmatched,omitempty"`
	// Mentees and Mentors count the participants on each side; Matched the
	// mentees paired.
	Mentees int `json:"mentees"`
	Mentors int `json:"mentors"`
	Matched int `json:"matched"`
	// TotalScore is the sum of the pairs' scores; MeanScore its mean over
	// the pairs (0 without pairs).
	TotalScore float64 `json:"totalScore"`
	MeanScore  float64 `json:"meanScore"`
	// Exact is true when the pairing is optimal over all allowed pairs,
	// which Solve always reaches: on the large-organisation path the
	// Candidates best allowed mentors per mentee are a starting set, and
	// column generation adds back every left-out pair that could improve
	// the optimum, so the solver's duals certify it over all allowed pairs.
	// It is false only in a Result built or decoded by hand that says so.
	// Candidates is the starting set's size (0 on the dense path).
	Exact      bool `json:"exact"`
	Candidates int  `json:"candidates,omitempty"`
	// TZDataVersion is the release of the time zone table the
	// time-zone-gap rule and the working-hours criterion were judged by
	// (mentoring.TZDataVersion): a pair's zones can be further apart under
	// another release's summer-time rules.
	TZDataVersion string `json:"tzDataVersion"`
	// Fingerprint identifies by content the programme and settings the
	// result was solved from ([Pairing.Fingerprint]).
	Fingerprint Fingerprint `json:"fingerprint"`

	st *pairState // the solve, for WhyNot; not in JSON

}

// Relationships converts the pairs (or, for a group programme, the
// circles) into proposed mentoring relationships at time now: one per pair
// or circle, in the order of Pairs (Circles), with ID ProgrammeID + "/" +
// mentor ID + "/" + first mentee ID. A pair's Topic becomes the
// relationship's topic (a circle takes none). Each is created with
// mentoring.Propose, so the errors are mentoring's, joined (a Result built
// or decoded by hand with a circle of no mentees gets Propose's error for
// it, not a panic).
func (r Result) Relationships(now time.Time) ([]mentoring.Relationship, error) {
	var out []mentoring.Relationship
	var errs []error
	add := func(mentor string, mentees []string, topic string) {
		first := "" // a circle without mentees: Propose names the problem
		if len(mentees) > 0 {
			first = mentees[0]
		}
		rel, err := mentoring.Propose(mentoring.Relationship{
			ID:          r.ProgrammeID + "/" + mentor + "/" + first,
			ProgrammeID: r.ProgrammeID,
			MentorID:    mentor,
			MenteeIDs:   slices.Clone(mentees),
			Topic:       topic,
		}, now)
		if err != nil {
			errs = append(errs, err)
			return
		}
		out = append(out, rel)
	}
	if r.Format == mentoring.FormatGroup {
		for _, c := range r.Circles {
			add(c.MentorID, c.MenteeIDs, "")
		}
	} else {
		for _, p := range r.Pairs {
			add(p.MentorID, []string{p.MenteeID}, p.Topic)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}
