package pairing

import (
	"math"

	"github.com/mentorkit/mentorkit/internal/enum"

	"github.com/mentorkit/mentorkit/mentoring"
)

// Criterion names one of the built-in compatibility criteria. Each scores a
// mentor–mentee pair in [0, 1]; the formulas are on the constants. Terms
// (skills, topics, interests, languages, locations, departments) are
// compared as whole words, ignoring case and Latin diacritics
// ("Coördinatie" = "coordinatie"; "AI" never matches "retail"): a term is
// the sequence of its words as internal/words tokenises and folds them.
// The zero value is unset (no criterion); it marshals as "".
//
// Missing data is not a score: a criterion without the data it compares
// does not apply to the pair and drops out of that pair's score, whose
// weights are renormalised over the criteria that apply,
//
//	score = Σ_{k applies} w_k·s_k / Σ_{k applies} w_k
//
// The constants say when each does not apply; the breakdown lists such a
// criterion with [Contribution.Missing] set. Custom criteria, skills,
// working hours and experience always apply. A pair to which no weighted
// criterion applies scores 0.
type Criterion int

// The built-in criteria, in the order breakdowns list them. They start at
// 1: 0 is the unset Criterion.
const (
	// CriterionSkills is asymmetric skill coverage: how much of what the
	// mentee wants to develop the mentor offers, weighted by level and gap.
	// For each topic s in the mentee's WantsToDevelop, let e_s be the
	// mentee's own level of s (0 when not in Skills) and m_s the mentor's
	// level when s is among the mentor's Offers (the mentor's skill level,
	// or DefaultOfferedLevel when the offered topic has no skill entry;
	// 0 when not offered). Then
	//
	//	c_s = clamp((m_s - e_s) / 2, 0, 1)   coverage: two levels above the mentee covers fully
	//	n_s = 6 - e_s                         need: the less the mentee knows, the more it weighs
	//	score = Σ n_s·c_s / Σ n_s
	//
	// and 0 when the mentee wants to develop nothing. Unlike Jaccard it is
	// asymmetric: what else the mentor offers does not dilute it.
	CriterionSkills Criterion = iota + 1
	// CriterionInterests is the Jaccard index of the two interest sets,
	// |A ∩ B| / |A ∪ B| (Jaccard 1912). Not scored when both are empty
	// (one empty set scores 0).
	CriterionInterests
	// CriterionCareerGoals is career-goal alignment: the share of the
	// content words of the mentee's CareerGoals (stop words in English and
	// Dutch removed) that occur among the words of the mentor's
	// CareerGoals, Offers and skill names: |G ∩ T| / |G|. Not scored when
	// the mentee states no goal (no content word).
	CriterionCareerGoals
	// CriterionPersonality is Big Five similarity, 1 - ‖p - q‖₂ / √5 over the
	// five traits in [0, 1] (deep-level similarity, Eby et al. 2013). Not
	// scored when either side has no profile (no hidden neutral 0.5).
	CriterionPersonality
	// CriterionLanguages is the overlap coefficient of the two language
	// sets, |A ∩ B| / min(|A|, |B|) (Szymkiewicz–Simpson), comparing base
	// languages as mentoring.ParseLanguage reads them ("en-GB" counts as
	// "en"; "Nederlands", "nl-BE" and "NL" as "nl"). Not scored when
	// either side lists no language.
	CriterionLanguages
	// CriterionWorkingHours is the overlap of the two working days across
	// time zones. Both are taken to work L minutes from the same local
	// starting time (L = Config.WorkingDayMinutes; 0 means
	// DefaultWorkingDayMinutes = 480, a 09:00–17:00 day); with d the
	// circular distance between the UTC offsets, min(δ, 1440 - δ) minutes
	// for δ = |Δ| mod 1440 (offsets run from -720 to +840, so |Δ| can
	// exceed a day), the score is max(0, L - d) / L.
	//
	// Each person's zone is mentoring.Person.Zone (an IANA name or a fixed
	// offset), and d is the worst case over the programme's period: the
	// largest distance at the programme's Start or at any summer-time or
	// other transition of either zone up to End (mentoring.Zone.Gap, the
	// zone table of Result.TZDataVersion; without dates, the calendar year
	// of that table). Amsterdam and UTC, one hour apart in winter and two
	// in summer, score (480 - 120) / 480 = 0.75 in a programme that runs
	// into summer. Rules.MaxTimeZoneGap compares the same d.
	CriterionWorkingHours
	// CriterionExperience scores the experience gap Δ = mentor's years -
	// mentee's years (Seniority.Years) by the mentor's role, with T =
	// Config.ExperienceGapYears (5 by default) and b the programme's peer
	// band (PeerBandYears, or mentoring.DefaultPeerBandYears):
	//
	//	mentor:         clamp(Δ / T, 0, 1)     more senior is better, up to T years
	//	reverse mentor: clamp(-Δ / T, 0, 1)    less senior is better (reverse mentoring)
	//	peer mentor:    max(0, 1 - |Δ| / b)    close is better
	CriterionExperience
	// CriterionLocation is 1 when both give the same location (as a term),
	// else 0. Not scored when either location is unknown (empty).
	CriterionLocation
	// CriterionPreference is how much the two want each other, from their
	// own rankings (mentoring.Participant.Preferences.Ranked). A side with
	// a ranked list of L people scores the person at position i (0 for
	// the first) 1 - i/L: 1 for the first choice, descending linearly to
	// 1/L for the last, and 0 for someone not on the list. The pair's score
	// is the mean over the sides that rank anyone: mutual first choices
	// score 1, a first choice of one side whom the other ranks second of
	// two (1 + 1/2)/2 = 0.75. Not scored when neither side ranks anyone (a
	// list that only dismisses people is no ranking). Dismissals are a rule
	// (RuleDismissed), not a score.
	CriterionPreference
	// CriterionAvailability is the mutual weekly free time of the two,
	// from their mentoring.Person.Availability windows, scaled by a target
	// T = Config.OverlapTargetMinutes (0 means DefaultOverlapTargetMinutes,
	// 2 hours a week): min(1, overlap / T). The overlap is counted in
	// minutes of the week in UTC, each window moved from its person's
	// clock by the offset of their zone (mentoring.Person.Zone); as the
	// offsets change with summer time, it is counted for every
	// combination of the two offsets in force at the programme's start and
	// after each transition of either zone up to its end (as
	// mentoring.Zone.Gap samples them), and the smallest (the worst week)
	// is the pair's. Not scored when either side states no window;
	// Rules.MinOverlapMinutes compares the same overlap.
	CriterionAvailability
)

// numCriteria is the number of built-in criteria.
const numCriteria = int(CriterionAvailability)

// DefaultOfferedLevel is the level at which a mentor covers an offered topic
// that is not among the mentor's skills.
const DefaultOfferedLevel = 4

// Weights are the relative weights of the built-in criteria. A pair's score
// is the weighted mean of its criterion scores,
//
//	score = Σ_k w_k·s_k / Σ_k w_k
//
// over the built-in and the custom criteria, so it stays in [0, 1] and only
// the ratios of the weights matter: they are divided by the largest weight
// before they are summed, so any finite weight up to math.MaxFloat64 works
// (all weights MaxFloat64 score exactly as all weights 1). Weights must be
// finite and non-negative and at least one must be positive (NaN, ±Inf,
// negative or all zero: a *FieldError, ErrWeight, naming the weight); a
// zero weight switches a criterion off (it then adds nothing and is left
// out of breakdowns).
type Weights struct {
	Skills       float64 `json:"skills"`
	Interests    float64 `json:"interests"`
	CareerGoals  float64 `json:"careerGoals"`
	Personality  float64 `json:"personality"`
	Languages    float64 `json:"languages"`
	WorkingHours float64 `json:"workingHours"`
	Experience   float64 `json:"experience"`
	Location     float64 `json:"location"`
	Preference   float64 `json:"preference"`
	Availability float64 `json:"availability"`
}

// DefaultWeights returns the weights used when Config.Weights is nil:
// skills 3, career goals 2, personality 2, preference 2, interests 1,
// experience 1, languages 1, availability 1, working hours 0.5, location
// 0.5. Preference and availability count only in programmes where
// someone ranks people or states windows (a criterion nobody has data
// for is left out as if its weight were 0), so a programme without them
// scores as before they existed. Skills and goals lead
// (what a mentee wants to learn and become is what a mentor is chosen
// for), personality weighs as much as goals because
// deep-level similarity predicts how mentees rate the relationship (Eby et
// al. 2013, ρ = .38–.59).
func DefaultWeights() Weights {
	return Weights{Skills: 3, Interests: 1, CareerGoals: 2, Personality: 2, Languages: 1, WorkingHours: 0.5, Experience: 1, Location: 0.5, Preference: 2, Availability: 1}
}

// array returns the weights in Criterion order (index Criterion-1).
func (w Weights) array() [numCriteria]float64 {
	return [numCriteria]float64{w.Skills, w.Interests, w.CareerGoals, w.Personality, w.Languages, w.WorkingHours, w.Experience, w.Location, w.Preference, w.Availability}
}

// Scorer is a criterion the caller adds. Score returns how well mentor and
// mentee fit on it, in [0, 1]; anything else (NaN included) makes the
// pairing fail with a *FieldError (ErrCriterion, code
// "criterionOutOfRange", ID the pair's relationship ID). Score must be deterministic and must
// not modify the participants; it is called once per pair considered, so a
// fast Scorer keeps pairing fast.
type Scorer interface {
	// Name identifies the criterion in breakdowns and errors; it must be
	// unique and differ from the built-in names.
	Name() string
	// Score scores the pair in [0, 1].
	Score(mentor, mentee *mentoring.Participant) float64
}

// CustomCriterion is a caller's criterion with its weight, on the same
// scale as Weights. In JSON it is {"name", "weight", "version", "scorer":
// "omitted"}:
// the Scorer is the caller's code and is not written (see
// [CustomCriterion.MarshalJSON]).
type CustomCriterion struct {
	Scorer Scorer
	Weight float64
	// Version is the caller's version of the Scorer's code ("2026-q4",
	// "v3"): a stored Result is checked against the Pairing it is used
	// with by the criteria's names and versions, since their code cannot
	// be compared. Change it whenever the Scorer scores differently.
	Version string
}

// Contribution is one criterion's part of a pair's score: the criterion
// scored Score in [0, 1], it carries Share of the total weight (the shares
// sum to 1), and it adds Points = Share·Score to the pair's score, which
// is the sum of the Points. "skills 0.42 of 0.5" is Points of Share.
//
// A criterion that does not apply to the pair (missing data, see
// [Criterion]) has Missing set to the side whose data is missing, and
// Score, Share and Points 0: it was not scored, and the shares of the
// others are renormalised.
type Contribution struct {
	Criterion string  `json:"criterion"`
	Score     float64 `json:"score"`
	Share     float64 `json:"share"`
	Points    float64 `json:"points"`
	Missing   Missing `json:"missing,omitempty"`
}

// Missing says whose data a criterion lacks for a pair, so that it was
// not scored (see [Criterion]). The zero value means the criterion was
// scored; it marshals as "".
type Missing int

// The sides whose data is missing.
const (
	MissingMentee Missing = iota + 1 // the mentee's data is missing
	MissingMentor                    // the mentor's data is missing
	MissingBoth                      // neither side has the data
)

var missingTable = enum.New[Missing]("missing", "", "mentee", "mentor", "both")

// String returns "mentee", "mentor", "both", "unset" for the zero value or
// "missing(n)" for an undeclared value.
func (m Missing) String() string { return missingTable.String(m) }

// MarshalText writes the side's name ("" when unset); an undeclared value
// is an error wrapping ErrUnknownEnum.
func (m Missing) MarshalText() ([]byte, error) { return missingTable.Marshal(m) }

// UnmarshalText reads a side's name, ignoring case; an unknown name is an
// error wrapping ErrUnknownEnum and leaves m unchanged.
func (m *Missing) UnmarshalText(b []byte) error { return missingTable.Unmarshal(b, m) }

// pairMiss holds missing-data bits: bit k-1 is set when criterion k
// lacks its data on a side (pairMissingOf) or for a pair
// (pairMissingPair).
type pairMiss = uint16

// The missing-data bits.
const (
	pairBitInterests    = 1 << (CriterionInterests - 1)
	pairBitGoals        = 1 << (CriterionCareerGoals - 1)
	pairBitPersonality  = 1 << (CriterionPersonality - 1)
	pairBitLanguages    = 1 << (CriterionLanguages - 1)
	pairBitLocation     = 1 << (CriterionLocation - 1)
	pairBitPreference   = 1 << (CriterionPreference - 1)
	pairBitAvailability = 1 << (CriterionAvailability - 1)
	// pairBothBits are the criteria missing only when both sides lack
	// their data.
	pairBothBits = pairBitInterests | pairBitPreference
)

// pairMissingOf returns one side's missing-data bits: no personality
// profile, no goal words, no interests, no languages, no location (loc <
// 0). A mentor passes goals 1: the criterion reads only the mentee's goals.
// pairPrefAvailMiss adds those of preference and availability.
func pairMissingOf(hasPers bool, goals, interests, langs, loc int32) pairMiss {
	var b pairMiss
	if !hasPers {
		b |= pairBitPersonality
	}
	if goals == 0 {
		b |= pairBitGoals
	}
	if interests == 0 {
		b |= pairBitInterests
	}
	if langs == 0 {
		b |= pairBitLanguages
	}
	if loc < 0 {
		b |= pairBitLocation
	}
	return b
}

// pairPrefAvailMiss returns a side's missing-data bits of preference (no
// ranked list) and availability (no window).
func pairPrefAvailMiss(ranks, avail bool) pairMiss {
	var b pairMiss
	if !ranks {
		b |= pairBitPreference
	}
	if !avail {
		b |= pairBitAvailability
	}
	return b
}

// pairMissingPair returns the criteria that do not apply to a pair from
// the two sides' bits: interests and preference when both lack them, the
// others when either does.
func pairMissingPair(e, m pairMiss) pairMiss {
	return (e|m)&^pairBothBits | e&m&pairBothBits
}

// pairMissingSide names the side whose data criterion k lacks.
func pairMissingSide(k Criterion, e, m bool) Missing {
	switch {
	case k == CriterionInterests || k == CriterionPreference || e && m:
		return MissingBoth
	case e:
		return MissingMentee
	}
	return MissingMentor
}

// pairClamp01 clamps x to [0, 1].
func pairClamp01(x float64) float64 {
	if x < 0 {
		return 0
	}
	if x > 1 {
		return 1
	}
	return x
}

// pairInvSqrt5 is 1/√5.
const pairInvSqrt5 = 0.4472135954999579

// personalityDistance is ‖p - q‖₂.
func personalityDistance(p, q *[5]float64) float64 {
	var s float64
	for i, x := range p {
		d := x - q[i]
		s += d * d
	}
	return math.Sqrt(s)
}
