package goals

import "github.com/mentorkit/mentorkit/internal/enum"

// Severity says how much a finding matters. A letter of the SMART check is
// met when none of its findings is an Error.
type Severity uint8

// The severities, from least to most serious. The zero value is unset;
// no finding has it.
const (
	SeverityUnset Severity = iota // not given
	Info                          // worth knowing; nothing to fix
	Warning                       // a weakness a mentor should look at
	Error                         // the letter is not met
)

var severityTable = enum.New[Severity]("severity", "", "info", "warning", "error")

// String returns the JSON name: "info", "warning", "error" or "unset".
func (s Severity) String() string { return severityTable.String(s) }

// MarshalText returns the JSON name ("" when unset); undeclared values are
// errors wrapping [ErrUnknownEnum].
func (s Severity) MarshalText() ([]byte, error) { return severityTable.Marshal(s) }

// UnmarshalText parses a name case-insensitively; unknown names are errors
// wrapping [ErrUnknownEnum].
func (s *Severity) UnmarshalText(text []byte) error { return severityTable.Unmarshal(text, s) }

// Code identifies a kind of finding. Codes are stable: they never change
// meaning between releases, so callers may store them and key their own
// texts on them. The part before the dot names the criterion of the common
// reading (ReadingCommon); under another reading a code keeps its name and
// moves to the letter that reading gives it (the pace codes "achievable.*"
// to R for Realistic, the owner codes to A).
type Code string

// The finding codes, grouped by criterion. The default severity is given
// in brackets; all severities are our choice.
const (
	// CodeVagueVerb [error]: a vague verb or comparative (improve, better,
	// more; verbeteren, beter, meer) without a quantity in the goal text.
	CodeVagueVerb Code = "specific.vague-verb"
	// CodeVagueDeadline [error]: a vague deadline (as soon as possible; zo
	// snel mogelijk, z.s.m.) without a date or time span in the goal text.
	CodeVagueDeadline Code = "specific.vague-deadline"
	// CodeVagueOwner [warning]: a vague owner (the team will, to be
	// determined; het team gaat, wordt opgepakt, nader te bepalen).
	CodeVagueOwner Code = "specific.vague-owner"
	// CodeNoNumber [warning]: neither title nor description has a number.
	CodeNoNumber Code = "specific.no-number"

	// CodeNoMetric [error]: Metric is empty.
	CodeNoMetric Code = "measurable.no-metric"
	// CodeNoUnit [error]: Unit is empty.
	CodeNoUnit Code = "measurable.no-unit"
	// CodeNoDirection [error]: Direction is unset.
	CodeNoDirection Code = "measurable.no-direction"
	// CodeNoTarget [error]: no Target (Increase, Decrease) or Band (Within).
	CodeNoTarget Code = "measurable.no-target"
	// CodeNoBaseline [warning]: no Baseline; progress cannot be computed.
	CodeNoBaseline Code = "measurable.no-baseline"
	// CodeWrongDirection [error]: Target does not lie beyond Baseline in the
	// stated direction (an increase to a lower value, or to the same).
	CodeWrongDirection Code = "measurable.wrong-direction"
	// CodeAlreadyInBand [info]: a Within goal's Baseline is already inside
	// its Band, so the goal is to keep it there.
	CodeAlreadyInBand Code = "measurable.already-in-band"
	// CodeBadMeasure [error]: the measure is malformed (NaN, infinite,
	// Band.Min > Band.Max, a band on an increasing goal); see Report.Invalid.
	CodeBadMeasure Code = "measurable.malformed"

	// CodeRateTooHigh [error]: the rate still needed exceeds the rate seen
	// in the check-ins by more than CheckOptions.RateFactor (Achievable, or
	// Realistic in the Doran and Dutch readings).
	CodeRateTooHigh Code = "achievable.rate-too-high"
	// CodeNoProgress [error]: the check-ins show no movement towards the
	// target while some is still needed.
	CodeNoProgress Code = "achievable.no-progress"
	// CodeNoHistory [info]: fewer than two check-ins at distinct times, so
	// the rate needed cannot be compared with a rate seen.
	CodeNoHistory Code = "achievable.no-history"
	// CodeBadCheckIns [error]: a check-in is malformed (zero time, NaN or
	// infinite value, confidence outside 0–1); see Report.Invalid.
	CodeBadCheckIns Code = "achievable.malformed-check-ins"
	// CodeNoOwner [error]: Owner is empty (Assignable, Acceptable).
	CodeNoOwner Code = "assignable.no-owner"
	// CodeNoOwnerAccepted [error]: Owner is empty, so nobody has accepted
	// the goal (Acceptable).
	CodeNoOwnerAccepted Code = "acceptable.no-owner"
	// CodeMilestoneNoOwner [warning]: a milestone has no owner (Assignable).
	CodeMilestoneNoOwner Code = "assignable.milestone-no-owner"
	// CodeAspirational [info]: the goal is aspirational, not committed
	// (Acceptable): agree with the mentee that 70% is success.
	CodeAspirational Code = "acceptable.aspirational"

	// CodeNoLink [error]: the goal serves no programme objective and no
	// career goal: it has no link with a declared kind and an ID.
	CodeNoLink Code = "relevant.no-link"
	// CodeUnknownObjective [warning]: a link names an objective that is not
	// in CheckOptions.Objectives.
	CodeUnknownObjective Code = "relevant.unknown-objective"

	// CodeNoDue [error]: Due is zero.
	CodeNoDue Code = "time-bound.no-due"
	// CodeNoStart [warning]: Start is zero; expected progress needs it.
	CodeNoStart Code = "time-bound.no-start"
	// CodeDueBeforeStart [error]: Due is not after Start.
	CodeDueBeforeStart Code = "time-bound.due-before-start"
	// CodePastDue [error]: Due is before now and the check-ins do not show
	// the goal achieved.
	CodePastDue Code = "time-bound.past-due"
	// CodeOutsideProgramme [error]: Start or Due lies outside the
	// programme's start and end.
	CodeOutsideProgramme Code = "time-bound.outside-programme"
	// CodeMilestoneAfterDue [warning]: a milestone is due after the goal.
	CodeMilestoneAfterDue Code = "time-bound.milestone-after-due"
)

// Finding is one remark of the SMART check or the text linter.
type Finding struct {
	Code     Code     `json:"code"`
	Severity Severity `json:"severity"`
	// Field is the Goal field the finding is about in JSON names ("title",
	// "description", "due", "milestones[1].owner"), or "" for the goal as a
	// whole.
	Field string `json:"field,omitempty"`
	// Start and End are byte offsets into that field's text for the text
	// linter's findings: Words == text[Start:End]. Both are 0 otherwise.
	Start int `json:"start,omitempty"`
	End   int `json:"end,omitempty"`
	// StartUTF16 and EndUTF16 are the same offsets in UTF-16 code units,
	// as browser front ends index strings; both 0 when not a text finding.
	StartUTF16 int `json:"startUtf16,omitempty"`
	EndUTF16   int `json:"endUtf16,omitempty"`
	// Words are the words found, as written; "" when not a text finding.
	Words string `json:"words,omitempty"`
	// Message explains the finding and what to do, in the report language.
	Message string `json:"message"`
}
