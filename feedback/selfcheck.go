package feedback

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/mentorkit/mentorkit/mentoring"
)

// Self-check signal codes. They are stable: store and compare them.
const (
	SignalInitiative        = "initiative"
	SignalTalkShare         = "talkShare"
	SignalExpectationsFirst = "expectationsFirstSession"
	SignalGoalsCovered      = "goalsCovered"
	SignalSessionsOnGoals   = "sessionsOnGoals"
	SignalCoreValue         = "coreValue"
)

// Default thresholds of SelfCheckConfig. The seed asks the questions; the
// numbers are mentorkit's choice, easy to explain and to override.
const (
	DefaultMinGoalsCovered    = 1.0  // every learning goal should come up at least once
	DefaultMinSessionsOnGoals = 0.5  // at least half of the sessions work on a goal
	DefaultMinCoreValueIndex  = 60.0 // on the 0–100 index of the survey's subscale
)

// SelfCheckInput is what the mentor's self-check (seed 004) reads. Health
// must come from mentoring.AssessHealth over exactly these Sessions, with
// SelfCheckConfig.Health as its config: the initiative and talk-share
// signals are taken from it, never recomputed.
type SelfCheckInput struct {
	Health   mentoring.Health
	Sessions []mentoring.Session
	// GoalIDs are the mentee's learning goals (IDs of package goals); the
	// sessions record the goal IDs they worked on.
	GoalIDs []string
	// CoreValues are the mentee's scores on the organisation's core values,
	// one subscale each, taken from a released cell of a confidential
	// Report (a 360 on the mentee); nil when no survey provides them.
	CoreValues []SubscaleStats
}

// SelfCheckConfig holds the thresholds. The zero value means the defaults:
// mentoring's health defaults and the Default* constants above.
type SelfCheckConfig struct {
	Health             mentoring.HealthConfig
	MinGoalsCovered    float64 // share 0–1; 0 means DefaultMinGoalsCovered
	MinSessionsOnGoals float64 // share 0–1; 0 means DefaultMinSessionsOnGoals
	MinCoreValueIndex  float64 // 0–100; 0 means DefaultMinCoreValueIndex
}

// Signal is one answer of the self-check: a value, the threshold it is held
// against, and whether it calls for attention.
type Signal struct {
	Code string `json:"code"`
	// Subject names what the signal is about when there are several of a
	// code: the core value's subscale name.
	Subject string `json:"subject,omitempty"`
	// Question is the seed's question, in English and Dutch.
	Question  [2]string `json:"question"`
	Value     float64   `json:"value"`
	Threshold float64   `json:"threshold"`
	AtLeast   bool      `json:"atLeast"` // true: Value should be ≥ Threshold; false: ≤
	// Known is false when there is too little data: Concern is then
	// false, and Value is 0, except for initiative and talkShare, which
	// keep the health's share from fewer sessions than its MinSessions.
	Known   bool     `json:"known"`
	Concern bool     `json:"concern"`
	Basis   int      `json:"basis"`             // observations behind Value (sessions, goals, respondents)
	Missing []string `json:"missing,omitempty"` // goal IDs never worked on in a session
}

// SelfCheckResult is the mentor's self-check of one relationship.
type SelfCheckResult struct {
	RelationshipID string   `json:"relationshipId"`
	Signals        []Signal `json:"signals"`
}

// Concerns returns the signals that call for attention, in order.
func (r SelfCheckResult) Concerns() []Signal {
	var out []Signal
	for _, s := range r.Signals {
		if s.Concern {
			out = append(out, s)
		}
	}
	return out
}

// SelfCheck answers seed 004's questions for one relationship:
//
//   - initiative: the mentee's share of initiated sessions against
//     MinMenteeInitiative; the concern is Health.MentorDrivesInitiative;
//   - talkShare: the mentor's mean talk share against MaxMentorTalkShare;
//     the concern is Health.MentorTalksMore;
//   - expectationsFirstSession: whether the first session (earliest start,
//     ties by ID) discussed expectations (1 or 0, threshold 1);
//   - goalsCovered: the share of the mentee's goals worked on in at least
//     one session, listing the others in Missing; sessionsOnGoals: the share
//     of sessions that worked on one of the mentee's goals;
//   - coreValue, once per core value: the subscale's 0–100 index against
//     MinCoreValueIndex; unknown when the survey cell held no score (NaN).
//
// Errors (joined FieldErrors): the sessions must be those of the health
// (same relationship, same count) and valid for mentoring; goal IDs
// non-empty and unique; core values named, unique, with an index in 0–100
// or NaN; thresholds in range. Inputs are not modified.
func SelfCheck(in SelfCheckInput, cfg SelfCheckConfig) (SelfCheckResult, error) {
	if err := validateSelfCheck(&in, &cfg); err != nil {
		return SelfCheckResult{}, err
	}
	h := in.Health
	minSessions := cmp.Or(cfg.Health.MinSessions, mentoring.DefaultMinSessions)
	res := SelfCheckResult{RelationshipID: h.RelationshipID}

	res.Signals = append(res.Signals, Signal{Code: SignalInitiative,
		Question: [2]string{"Who takes the initiative for the mentoring conversations?", "Wie neemt het initiatief voor de mentorgesprekken?"},
		Value:    h.MenteeInitiativeShare, Threshold: cmp.Or(cfg.Health.MinMenteeInitiative, mentoring.DefaultMinMenteeInitiative),
		AtLeast: true, Known: h.Sessions >= minSessions, Concern: h.MentorDrivesInitiative, Basis: h.Sessions})
	res.Signals = append(res.Signals, Signal{Code: SignalTalkShare,
		Question: [2]string{"How is the balance between sending and receiving?", "Hoe is de verhouding zenden/ontvangen?"},
		Value:    h.MentorTalkShare, Threshold: cmp.Or(cfg.Health.MaxMentorTalkShare, mentoring.DefaultMaxMentorTalkShare),
		Known: h.TalkShareSessions >= minSessions, Concern: h.MentorTalksMore, Basis: h.TalkShareSessions})

	exp := Signal{Code: SignalExpectationsFirst,
		Question:  [2]string{"What does the mentee expect of you? Have you discussed it out loud?", "Welke verwachting heeft de mentee van jou? Hebben jullie dit hardop besproken?"},
		Threshold: 1, AtLeast: true, Known: len(in.Sessions) > 0}
	if exp.Known {
		first := slices.MinFunc(in.Sessions, func(a, b mentoring.Session) int {
			return cmp.Or(a.Start.Compare(b.Start), cmp.Compare(a.ID, b.ID))
		})
		exp.Basis = 1
		if first.ExpectationsDiscussed {
			exp.Value = 1
		}
		exp.Concern = exp.Value < 1
	}
	res.Signals = append(res.Signals, exp)

	goalQ := [2]string{"What is the mentee's learning goal, and what do you see of it in the conversations?", "Wat is het leerdoel van de mentee, en wat zie je hiervan terug in de gesprekken?"}
	covered := Signal{Code: SignalGoalsCovered, Question: goalQ, Threshold: cmp.Or(cfg.MinGoalsCovered, DefaultMinGoalsCovered),
		AtLeast: true, Known: len(in.GoalIDs) > 0 && len(in.Sessions) > 0, Basis: len(in.GoalIDs)}
	onGoals := Signal{Code: SignalSessionsOnGoals, Question: goalQ, Threshold: cmp.Or(cfg.MinSessionsOnGoals, DefaultMinSessionsOnGoals),
		AtLeast: true, Known: covered.Known, Basis: len(in.Sessions)}
	if covered.Known {
		isGoal := make(map[string]bool, len(in.GoalIDs))
		for _, g := range in.GoalIDs {
			isGoal[g] = true
		}
		seen := map[string]bool{}
		sessionsOn := 0
		for _, s := range in.Sessions {
			on := false
			for _, g := range s.GoalIDs {
				if isGoal[g] {
					seen[g] = true
					on = true
				}
			}
			if on {
				sessionsOn++
			}
		}
		for _, g := range in.GoalIDs {
			if !seen[g] {
				covered.Missing = append(covered.Missing, g)
			}
		}
		covered.Value = float64(len(seen)) / float64(len(in.GoalIDs))
		covered.Concern = covered.Value < covered.Threshold
		onGoals.Value = float64(sessionsOn) / float64(len(in.Sessions))
		onGoals.Concern = onGoals.Value < onGoals.Threshold
	}
	res.Signals = append(res.Signals, covered, onGoals)

	for _, cv := range in.CoreValues {
		s := Signal{Code: SignalCoreValue, Subject: cv.Subscale,
			Question:  [2]string{"How does your mentee score on your organisation's core values?", "Hoe scoort jouw mentee op de kernwaarden van jullie organisatie?"},
			Threshold: cmp.Or(cfg.MinCoreValueIndex, DefaultMinCoreValueIndex), AtLeast: true,
			Known: !math.IsNaN(cv.Index) && cv.N > 0, Basis: cv.N}
		if s.Known {
			s.Value = cv.Index
			s.Concern = s.Value < s.Threshold
		}
		res.Signals = append(res.Signals, s)
	}
	return res, nil
}

func validateSelfCheck(in *SelfCheckInput, cfg *SelfCheckConfig) error {
	var errs []error
	if err := cfg.Health.Validate(); err != nil {
		errs = append(errs, err)
	}
	for _, f := range []struct {
		name string
		v    float64
		max  float64
	}{{"cfg.minGoalsCovered", cfg.MinGoalsCovered, 1}, {"cfg.minSessionsOnGoals", cfg.MinSessionsOnGoals, 1}, {"cfg.minCoreValueIndex", cfg.MinCoreValueIndex, 100}} {
		if !(f.v >= 0 && f.v <= f.max) {
			errs = append(errs, fieldErr(ErrOutOfRange, f.v, fmt.Sprintf("want 0..%g", f.max), f.name))
		}
	}
	if in.Health.RelationshipID == "" {
		errs = append(errs, fieldErr(ErrInvalid, nil, "take the health from mentoring.AssessHealth", "health.relationshipId"))
	}
	if len(in.Sessions) != in.Health.Sessions {
		errs = append(errs, fieldErr(ErrInvalid, len(in.Sessions), fmt.Sprintf("the health was assessed over %d sessions; pass the same sessions", in.Health.Sessions), "sessions"))
	}
	for i, s := range in.Sessions {
		if s.RelationshipID != in.Health.RelationshipID {
			errs = append(errs, fieldErr(ErrInvalid, s.RelationshipID, "not the relationship of the health ("+in.Health.RelationshipID+")", fmt.Sprintf("sessions[%d].relationshipId", i)))
		}
		if err := s.Validate(); err != nil {
			errs = append(errs, fmt.Errorf("sessions[%d]: %w", i, err))
		}
	}
	seen := map[string]bool{}
	for i, g := range in.GoalIDs {
		switch {
		case g == "":
			errs = append(errs, fieldErr(ErrInvalid, nil, "must not be empty", fmt.Sprintf("goalIds[%d]", i)))
		case seen[g]:
			errs = append(errs, fieldErr(ErrDuplicate, g, "goal IDs are unique", fmt.Sprintf("goalIds[%d]", i)))
		}
		seen[g] = true
	}
	names := map[string]bool{}
	for i, cv := range in.CoreValues {
		switch {
		case cv.Subscale == "":
			errs = append(errs, fieldErr(ErrInvalid, nil, "must not be empty", fmt.Sprintf("coreValues[%d].subscale", i)))
		case names[cv.Subscale]:
			errs = append(errs, fieldErr(ErrDuplicate, cv.Subscale, "core values are unique", fmt.Sprintf("coreValues[%d].subscale", i)))
		}
		names[cv.Subscale] = true
		if !math.IsNaN(cv.Index) && !(cv.Index >= 0 && cv.Index <= 100) {
			errs = append(errs, fieldErr(ErrOutOfRange, cv.Index, "an index is 0..100, or NaN when suppressed", fmt.Sprintf("coreValues[%d].index", i)))
		}
		if cv.N < 0 {
			errs = append(errs, fieldErr(ErrOutOfRange, cv.N, "a count is non-negative", fmt.Sprintf("coreValues[%d].n", i)))
		}
	}
	return errors.Join(errs...)
}
