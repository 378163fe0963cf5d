package feedback

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
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

// Default thresholds of SelfCheckConfig. The questions come from mentoring
// practice; the numbers are mentorkit's choice, easy to explain and to
// override.
const (
	DefaultMinGoalsCovered    = 1.0  // every learning goal should come up at least once
	DefaultMinSessionsOnGoals = 0.5  // at least half of the sessions work on a goal
	DefaultMinCoreValueIndex  = 60.0 // on the 0–100 index of the survey's subscale
)

// SelfCheckInput is what the mentor's self-check reads. Health must come
// from [mentoring.AssessHealth] over exactly these Sessions, with
// SelfCheckConfig.Health as its config: the initiative and talk-share
// signals are taken from it, never recomputed.
type SelfCheckInput struct {
	Health   mentoring.Health    `json:"health"`
	Sessions []mentoring.Session `json:"sessions"`
	// GoalIDs are the mentee's learning goals (IDs of package goals); the
	// sessions record the goal IDs they worked on.
	GoalIDs []string `json:"goalIds,omitempty"`
	// CoreValues are the mentee's scores on the organisation's core values,
	// one subscale each, taken from a released cell of a confidential
	// [Report] (a 360 on the mentee); nil when no survey provides them.
	CoreValues []SubscaleStats `json:"coreValues,omitempty"`
}

// SelfCheckConfig holds the thresholds. The zero value means the defaults:
// mentoring's health defaults and the Default* constants above. A
// threshold cannot be set to 0: 0 reads as its default.
type SelfCheckConfig struct {
	// Health is the config the health was assessed with; its zero value is
	// mentoring's defaults.
	Health mentoring.HealthConfig `json:"health"`
	// MinGoalsCovered is a share 0–1; 0 means DefaultMinGoalsCovered (1).
	MinGoalsCovered float64 `json:"minGoalsCovered,omitempty"`
	// MinSessionsOnGoals is a share 0–1; 0 means DefaultMinSessionsOnGoals
	// (0.5).
	MinSessionsOnGoals float64 `json:"minSessionsOnGoals,omitempty"`
	// MinCoreValueIndex is on the 0–100 index; 0 means
	// DefaultMinCoreValueIndex (60).
	MinCoreValueIndex float64 `json:"minCoreValueIndex,omitempty"`
}

// MarshalJSON writes the input by the module's number rule (NaN as "NaN").
func (in SelfCheckInput) MarshalJSON() ([]byte, error) { return jsonx.Marshal(in) }

// UnmarshalJSON reads what MarshalJSON writes.
func (in *SelfCheckInput) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, in) }

// MarshalJSON writes the config by the module's number rule.
func (c SelfCheckConfig) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads what MarshalJSON writes.
func (c *SelfCheckConfig) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, c) }

// MarshalJSON writes the signal by the module's number rule (NaN as "NaN").
func (s Signal) MarshalJSON() ([]byte, error) { return jsonx.Marshal(s) }

// UnmarshalJSON reads what MarshalJSON writes.
func (s *Signal) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, s) }

// MarshalJSON writes the result by the module's number rule (NaN as "NaN").
func (r SelfCheckResult) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *SelfCheckResult) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, r) }

// Signal is one answer of the self-check: a value, the threshold it is held
// against, and whether it calls for attention.
type Signal struct {
	Code string `json:"code"`
	// Subject names what the signal is about when there are several of a
	// code: the core value's subscale name.
	Subject string `json:"subject,omitempty"`
	// Question is the question the signal answers, [0] in English and [1]
	// in Dutch.
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

// SelfCheck answers a mentor's questions about one relationship (who takes
// the initiative, who talks, were expectations discussed, do the sessions
// work on the mentee's goals, how does the mentee score on the core
// values):
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
// Errors (joined [*FieldError]s, with the relationship's ID): the sessions
// must be those of the health (same relationship, same count) and valid
// for mentoring; goal IDs non-empty and unique; core values named, unique,
// with an index in 0–100 or NaN; thresholds in range. Inputs are not
// modified.
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
	id := in.Health.RelationshipID
	var errs fault.Collector
	errs.Add(nested(cfg.Health.Validate(), "cfg.health", ""))
	for _, f := range []struct {
		name string
		v    float64
		max  float64
	}{{"cfg.minGoalsCovered", cfg.MinGoalsCovered, 1}, {"cfg.minSessionsOnGoals", cfg.MinSessionsOnGoals, 1}, {"cfg.minCoreValueIndex", cfg.MinCoreValueIndex, 100}} {
		if !(f.v >= 0 && f.v <= f.max) {
			errs.Add(msgBetween.At(f.name, f.v, 0, f.max))
		}
	}
	if id == "" {
		errs.Add(msgNoHealth.At("health.relationshipId", nil))
	}
	if len(in.Sessions) != in.Health.Sessions {
		errs.Add(msgSessionCount.New("sessions", id, nil, len(in.Sessions), in.Health.Sessions))
	}
	for i, s := range in.Sessions {
		path := fault.Index("sessions", i)
		if s.RelationshipID != id {
			errs.Add(msgOtherRelationship.New(path+".relationshipId", id, s.RelationshipID, id))
		}
		errs.Add(nested(s.Validate(), path, id))
	}
	errs.Add(checkNames(in.GoalIDs, "goalIds", "", true, id))
	names := make([]string, len(in.CoreValues))
	for i, cv := range in.CoreValues {
		names[i] = cv.Subscale
	}
	errs.Add(checkNames(names, "coreValues", ".subscale", true, id))
	for i, cv := range in.CoreValues {
		path := fault.Index("coreValues", i)
		if !math.IsNaN(cv.Index) && !(cv.Index >= 0 && cv.Index <= 100) {
			errs.Add(msgIndexRange.New(path+".index", id, cv.Index))
		}
		if cv.N < 0 {
			errs.Add(msgNegative.New(path+".n", id, cv.N))
		}
	}
	return errs.Err()
}

// nested puts the errors of a nested value (a session, the health config)
// under path: each FieldError's Field is prefixed with it and an empty ID
// becomes id. An error that is not made of FieldErrors is wrapped with the
// path as its prefix.
func nested(err error, path, id string) error {
	if err == nil {
		return nil
	}
	list, ok := fault.List(err)
	if !ok {
		return fmt.Errorf("%s: %w", path, err)
	}
	errs := make([]error, len(list))
	for i, fe := range list {
		c := *fe
		c.Field = fault.Path(path, fe.Field)
		if c.ID == "" {
			c.ID = id
		}
		errs[i] = &c
	}
	return fault.Join(errs...)
}
