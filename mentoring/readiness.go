package mentoring

import (
	"slices"
	"strconv"
	"strings"

	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
)

// FindingCode identifies one kind of readiness finding. The codes are
// stable: store them, compare them, translate them. A FindingCode marshals
// to JSON as its string; an unknown string is an error wrapping
// ErrUnknownEnum. The empty code is unset, as for the other enums.
type FindingCode string

// The readiness findings, one per set-up step of a mentoring programme:
// objectives, duration, cadence, commitment, guidelines, feedback moments
// and trained mentors.
const (
	// FindingObjectivesMissing: the programme states no objectives.
	// Blocker.
	FindingObjectivesMissing FindingCode = "objectivesMissing"
	// FindingObjectiveNotMeasurable: an objective says nothing about how it
	// is measured or what its target is. Blocker.
	FindingObjectiveNotMeasurable FindingCode = "objectiveNotMeasurable"
	// FindingDurationMissing: the start or the end is not set. Blocker.
	FindingDurationMissing FindingCode = "durationMissing"
	// FindingCadenceMissing: the meeting cadence is not set (not asked of a
	// flash programme, which has a single session). Blocker.
	FindingCadenceMissing FindingCode = "cadenceMissing"
	// FindingCommitmentMissing: the expected hours per month are not
	// stated, so participants cannot judge the time they commit. Blocker.
	FindingCommitmentMissing FindingCode = "commitmentMissing"
	// FindingGuidelinesMissing: there are no guidelines at all. Blocker.
	FindingGuidelinesMissing FindingCode = "guidelinesMissing"
	// FindingRoleWithoutGuideline: a role held by participants has no
	// guideline of its own. Warning.
	FindingRoleWithoutGuideline FindingCode = "roleWithoutGuideline"
	// FindingFeedbackMomentsMissing: no feedback moment is planned, so
	// progress cannot be monitored. Blocker.
	FindingFeedbackMomentsMissing FindingCode = "feedbackMomentsMissing"
	// FindingMentorUntrained: a participant in a mentoring role has not
	// been trained. Blocker.
	FindingMentorUntrained FindingCode = "mentorUntrained"
	// FindingMentorsMissing: no participant has a mentoring role yet, so
	// training cannot be checked. Warning.
	FindingMentorsMissing FindingCode = "mentorsMissing"
	// FindingParticipantTimeShort: a participant has fewer hours per month
	// than the programme expects. Warning.
	FindingParticipantTimeShort FindingCode = "participantTimeShort"
)

var findingCodes = []FindingCode{
	FindingObjectivesMissing, FindingObjectiveNotMeasurable, FindingDurationMissing,
	FindingCadenceMissing, FindingCommitmentMissing, FindingGuidelinesMissing,
	FindingRoleWithoutGuideline, FindingFeedbackMomentsMissing, FindingMentorUntrained,
	FindingMentorsMissing, FindingParticipantTimeShort,
}

// MarshalText implements encoding.TextMarshaler; an unknown code is an
// error wrapping ErrUnknownEnum.
func (c FindingCode) MarshalText() ([]byte, error) {
	if c != "" && !slices.Contains(findingCodes, c) {
		return nil, msgUnknownFinding.At("FindingCode", string(c))
	}
	return []byte(c), nil
}

// UnmarshalText implements encoding.TextUnmarshaler, ignoring case and
// surrounding spaces as the enums do ("MentorUntrained" reads as
// FindingMentorUntrained); an unknown code is an error wrapping
// ErrUnknownEnum and leaves c unchanged.
func (c *FindingCode) UnmarshalText(text []byte) error {
	s := strings.TrimSpace(string(text))
	if s == "" {
		*c = ""
		return nil
	}
	i := slices.IndexFunc(findingCodes, func(f FindingCode) bool { return strings.EqualFold(string(f), s) })
	if i < 0 {
		return msgUnknownFinding.At("FindingCode", string(text))
	}
	*c = findingCodes[i]
	return nil
}

// Severity says whether a finding keeps a programme from starting. It
// marshals to JSON as "warning" or "blocker"; the zero value is unset.
type Severity uint8

// The severities.
const (
	// SeverityWarning: worth fixing, but the programme can start.
	SeverityWarning Severity = iota + 1
	// SeverityBlocker: the programme is not ready until it is fixed.
	SeverityBlocker
)

var severityTable = enum.New[Severity]("Severity", "", "warning", "blocker")

// String returns the JSON name, "unset" for the zero value or
// "Severity(n)" for an undeclared value.
func (s Severity) String() string { return severityTable.String(s) }

// MarshalText implements encoding.TextMarshaler; an undeclared value is an
// error wrapping ErrUnknownEnum.
func (s Severity) MarshalText() ([]byte, error) { return severityTable.Marshal(s) }

// UnmarshalText implements encoding.TextUnmarshaler, ignoring case; an
// unknown string is an error wrapping ErrUnknownEnum and leaves s unchanged.
func (s *Severity) UnmarshalText(text []byte) error { return severityTable.Unmarshal(text, s) }

// Finding is one result of a readiness review.
type Finding struct {
	// Code is the stable code of the finding.
	Code FindingCode `json:"code"`
	// Severity is blocker or warning.
	Severity Severity `json:"severity"`
	// Field is the path (JSON names) of the programme field concerned, such
	// as "objectives[1].measure" or "participants[3].trained".
	Field string `json:"field"`
	// Message explains the finding in English for a programme manager.
	Message string `json:"message"`
	// Text is the message in English and Dutch (Text.EN is Message).
	Text fault.Text `json:"text"`
}

// Readiness is the outcome of Programme.Review.
type Readiness struct {
	// Ready is true when no finding is a blocker.
	Ready bool `json:"ready"`
	// Findings lists what is missing, in a fixed order: the checks in the
	// order of the Finding constants, and within a check by index.
	Findings []Finding `json:"findings,omitempty"`
}

// Blockers returns the number of blocker findings.
func (r Readiness) Blockers() int {
	n := 0
	for _, f := range r.Findings {
		if f.Severity == SeverityBlocker {
			n++
		}
	}
	return n
}

// Review checks whether the programme is ready to start, against the set-up
// steps of a mentoring programme: measurable objectives stated, duration and
// cadence set, time commitment stated, guidelines present for every role,
// feedback moments planned and mentors trained. It returns findings with
// stable codes rather than an error: an incomplete programme is a normal
// state while it is being set up. Review does not validate values (a
// reversed date range is Validate's business) and never fails.
func (p Programme) Review() Readiness {
	var fs []Finding
	add := func(code FindingCode, sev Severity, fieldPath string, msg fault.Text) {
		fs = append(fs, Finding{Code: code, Severity: sev, Field: fieldPath, Message: msg.EN, Text: msg})
	}
	if len(p.Objectives) == 0 {
		add(FindingObjectivesMissing, SeverityBlocker, "objectives", txtObjectivesMissing.fill())
	}
	for i, o := range p.Objectives {
		if termKey(o.Measure) == "" {
			add(FindingObjectiveNotMeasurable, SeverityBlocker, field(index("objectives", i), "measure"),
				txtObjectiveNotMeasurable.fill(o.Statement))
		}
	}
	switch {
	case p.Start.IsZero() && p.End.IsZero():
		add(FindingDurationMissing, SeverityBlocker, "start", txtDurationMissing.fill())
	case p.Start.IsZero():
		add(FindingDurationMissing, SeverityBlocker, "start", txtStartMissing.fill())
	case p.End.IsZero():
		add(FindingDurationMissing, SeverityBlocker, "end", txtEndMissing.fill())
	}
	if p.Cadence == 0 && p.Format != FormatFlash {
		add(FindingCadenceMissing, SeverityBlocker, "cadence", txtCadenceMissing.fill())
	}
	if p.HoursPerMonth == 0 {
		add(FindingCommitmentMissing, SeverityBlocker, "hoursPerMonth", txtCommitmentMissing.fill())
	}
	if len(p.Guidelines) == 0 {
		add(FindingGuidelinesMissing, SeverityBlocker, "guidelines", txtGuidelinesMissing.fill())
	} else {
		var missing []Role
		for _, q := range p.Participants {
			if q.Role != 0 && !slices.ContainsFunc(p.Guidelines, func(g Guideline) bool { return g.Role == q.Role }) && !slices.Contains(missing, q.Role) {
				missing = append(missing, q.Role)
			}
		}
		slices.Sort(missing)
		for _, r := range missing {
			add(FindingRoleWithoutGuideline, SeverityWarning, "guidelines",
				txtRoleWithoutGuideline.fill(roleText(r), roleText(r)))
		}
	}
	if len(p.FeedbackMoments) == 0 {
		add(FindingFeedbackMomentsMissing, SeverityBlocker, "feedbackMoments", txtFeedbackMomentsMissing.fill())
	}
	mentors := 0
	for i, q := range p.Participants {
		if q.Role.canMentor() {
			mentors++
			if !q.Trained {
				add(FindingMentorUntrained, SeverityBlocker, field(index("participants", i), "trained"),
					txtMentorUntrained.fill(q.Person.Name, q.Person.ID))
			}
		}
	}
	if mentors == 0 {
		add(FindingMentorsMissing, SeverityWarning, "participants", txtMentorsMissing.fill())
	}
	if p.HoursPerMonth > 0 {
		for i, q := range p.Participants {
			if q.HoursPerMonth < p.HoursPerMonth {
				add(FindingParticipantTimeShort, SeverityWarning, field(index("participants", i), "hoursPerMonth"),
					txtParticipantTimeShort.fill(q.Person.Name, q.Person.ID, hoursText(q.HoursPerMonth), hoursText(p.HoursPerMonth)))
			}
		}
	}
	ready := true
	for _, f := range fs {
		if f.Severity == SeverityBlocker {
			ready = false
		}
	}
	return Readiness{Ready: ready, Findings: fs}
}

// hours formats a number of hours: "1 hour", "1.5 hours", "0 hours".
func hours(h float64) string {
	if h == 1 {
		return "1 hour"
	}
	return strconv.FormatFloat(h, 'g', -1, 64) + " hours"
}
