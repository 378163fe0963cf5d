package pairing

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/mentoring"
)

// pairPerson builds a valid person for tests.
func pairPerson(id string, years float64, lvl mentoring.Level) mentoring.Person {
	return mentoring.Person{ID: id, Name: "Name " + id, Seniority: mentoring.Seniority{Level: lvl, Years: years}}
}

// pairProg wraps participants in a one-to-one programme.
func pairProg(format mentoring.Format, parts ...mentoring.Participant) mentoring.Programme {
	return mentoring.Programme{ID: "prog", Name: "Test programme", Format: format, Participants: parts}
}

func pairMentor(p mentoring.Person, capacity int, offers ...string) mentoring.Participant {
	return mentoring.Participant{Person: p, Role: mentoring.RoleMentor, Capacity: capacity, Offers: offers}
}

func pairMentee(p mentoring.Person, wants ...string) mentoring.Participant {
	return mentoring.Participant{Person: p, Role: mentoring.RoleMentee, WantsToDevelop: wants}
}

// TestCriteriaHandComputed checks every built-in criterion against values
// computed by hand from the formulas in criteria.go (shown per case).
func TestCriteriaHandComputed(t *testing.T) {
	mentor := pairPerson("m", 12, mentoring.LevelLead)
	mentor.Skills = []mentoring.Skill{{Name: "Leiderschap", Level: 5}, {Name: "retail", Level: 4}}
	mentor.Interests = []string{"coordinatie", "chess", "music"}
	mentor.CareerGoals = []string{"lead a larger team"}
	mentor.Languages = []string{"en-GB"}
	mentor.UTCOffsetMinutes = 330
	mentor.Location = "utrecht"
	mentor.Personality = &mentoring.Personality{Openness: 1}

	mentee := pairPerson("e", 2, mentoring.LevelJunior)
	mentee.Skills = []mentoring.Skill{{Name: "AI", Level: 1}}
	mentee.Interests = []string{"hiking", "Coördinatie"}
	mentee.CareerGoals = []string{"Become a team lead"}
	mentee.Languages = []string{"nl", "en"}
	mentee.UTCOffsetMinutes = 60
	mentee.Location = "Utrecht"
	mentee.Personality = &mentoring.Personality{}

	p, err := New(pairProg(mentoring.FormatOneToOne,
		pairMentor(mentor, 1, "leiderschap", "retail"),
		pairMentee(mentee, "Leiderschap", "AI")), Config{})
	require.NoError(t, err)
	x, err := p.Explain("m", "e")
	require.NoError(t, err)
	got := map[string]float64{}
	for _, c := range x.Breakdown {
		got[c.Criterion] = c.Score
	}
	want := map[string]float64{
		// leiderschap: e=0, n=6, m=5, c=1; AI: e=1, n=5, not offered
		// ("retail" is not "AI"), c=0 → 6/11.
		"skills": 6.0 / 11,
		// {hiking, coordinatie} vs {coordinatie, chess, music}: 1/4.
		"interests": 0.25,
		// {team, lead} all among {lead, larger, team, leiderschap, retail}.
		"careerGoals": 1,
		// distance 1 on one trait: 1 - 1/√5.
		"personality": 1 - 1/math.Sqrt(5),
		// {nl, en} vs {en}: 1 / min(2, 1).
		"languages": 1,
		// d = 270 minutes: (480 - 270) / 480.
		"workingHours": 0.4375,
		// Δ = 10 years, T = 5: clamp(2) = 1.
		"experience": 1,
		// "Utrecht" = "utrecht".
		"location": 1,
	}
	if d := cmp.Diff(want, got, cmpopts.EquateApprox(0, 1e-12)); d != "" {
		t.Errorf("criterion scores (-want +got):\n%s", d)
	}
	// Default weights 3,1,2,2,1,0.5,1,0.5 (sum 11): the score is the
	// weighted mean.
	wantScore := (3*6.0/11 + 0.25 + 2 + 2*(1-1/math.Sqrt(5)) + 1 + 0.5*0.4375 + 1 + 0.5) / 11
	require.InDelta(t, wantScore, x.Score, 1e-12)
	require.Empty(t, x.Rules)
}

// TestCriteriaCases covers edge cases of single criteria, each with its
// hand calculation.
func TestCriteriaCases(t *testing.T) {
	base := func(id string, years float64, lvl mentoring.Level) mentoring.Person {
		return pairPerson(id, years, lvl)
	}
	tests := []struct {
		name      string
		criterion Criterion
		role      mentoring.Role
		format    mentoring.Format
		edit      func(m, e *mentoring.Participant)
		want      float64
	}{
		{"skills: nothing wanted", CriterionSkills, mentoring.RoleMentor, mentoring.FormatOneToOne, func(m, e *mentoring.Participant) { m.Offers = []string{"Go"} }, 0},
		// e = 3 (n = 3), m = 4 offered: c = 1/2 → 0.5.
		{"skills: one level above covers half", CriterionSkills, mentoring.RoleMentor, mentoring.FormatOneToOne, func(m, e *mentoring.Participant) {
			e.WantsToDevelop = []string{"Go"}
			e.Person.Skills = []mentoring.Skill{{Name: "go", Level: 3}}
			m.Offers = []string{"GO"}
			m.Person.Skills = []mentoring.Skill{{Name: "Go", Level: 4}}
		}, 0.5},
		// offered without a skill entry: DefaultOfferedLevel 4 vs e = 0 → 1.
		{"skills: offered topic without level", CriterionSkills, mentoring.RoleMentor, mentoring.FormatOneToOne, func(m, e *mentoring.Participant) {
			e.WantsToDevelop = []string{"coördinatie"}
			m.Offers = []string{"Coordinatie"}
		}, 1},
		{"skills: skill not offered", CriterionSkills, mentoring.RoleMentor, mentoring.FormatOneToOne, func(m, e *mentoring.Participant) {
			e.WantsToDevelop = []string{"AI"}
			m.Person.Skills = []mentoring.Skill{{Name: "AI", Level: 5}}
			m.Offers = []string{"retail"}
		}, 0},
		{"interests: both empty", CriterionInterests, mentoring.RoleMentor, mentoring.FormatOneToOne, func(m, e *mentoring.Participant) {}, 0},
		{"interests: AI is not retail", CriterionInterests, mentoring.RoleMentor, mentoring.FormatOneToOne, func(m, e *mentoring.Participant) {
			e.Person.Interests = []string{"AI"}
			m.Person.Interests = []string{"retail"}
		}, 0},
		// missing data is not scored: no hidden neutral 0.5 (TestMissingNotScored).
		{"personality: missing is not scored", CriterionPersonality, mentoring.RoleMentor, mentoring.FormatOneToOne, func(m, e *mentoring.Participant) {
			m.Person.Personality = &mentoring.Personality{}
		}, 0},
		// all five traits differ by 1: 1 - √5/√5 = 0.
		{"personality: opposite", CriterionPersonality, mentoring.RoleMentor, mentoring.FormatOneToOne, func(m, e *mentoring.Participant) {
			m.Person.Personality = &mentoring.Personality{}
			e.Person.Personality = &mentoring.Personality{Openness: 1, Conscientiousness: 1, Extraversion: 1, Agreeableness: 1, Neuroticism: 1}
		}, 0},
		{"languages: none", CriterionLanguages, mentoring.RoleMentor, mentoring.FormatOneToOne, func(m, e *mentoring.Participant) { m.Person.Languages = []string{"nl"} }, 0},
		// {nl, en, de} vs {en, fr}: 1 / min(3, 2) = 0.5.
		{"languages: overlap coefficient", CriterionLanguages, mentoring.RoleMentor, mentoring.FormatOneToOne, func(m, e *mentoring.Participant) {
			m.Person.Languages = []string{"nl", "EN", "de"}
			e.Person.Languages = []string{"en-US", "fr"}
		}, 0.5},
		// +840 and -720: |Δ| = 1560, circular 120 → (480-120)/480.
		{"working hours: across the date line", CriterionWorkingHours, mentoring.RoleMentor, mentoring.FormatOneToOne, func(m, e *mentoring.Participant) {
			m.Person.UTCOffsetMinutes = 840
			e.Person.UTCOffsetMinutes = -720
		}, 0.75},
		{"working hours: no overlap", CriterionWorkingHours, mentoring.RoleMentor, mentoring.FormatOneToOne, func(m, e *mentoring.Participant) {
			m.Person.UTCOffsetMinutes = 480
			e.Person.UTCOffsetMinutes = -300
		}, 0},
		// Δ = 3, T = 5 → 0.6.
		{"experience: standard", CriterionExperience, mentoring.RoleMentor, mentoring.FormatOneToOne, func(m, e *mentoring.Participant) {
			m.Person.Seniority.Years = 9
			e.Person.Seniority.Years = 6
		}, 0.6},
		{"experience: standard, mentor junior", CriterionExperience, mentoring.RoleMentor, mentoring.FormatOneToOne, func(m, e *mentoring.Participant) {
			m.Person.Seniority.Years = 2
			e.Person.Seniority.Years = 6
		}, 0},
		// reverse: -Δ = 8 → clamp(1.6) = 1.
		{"experience: reverse", CriterionExperience, mentoring.RoleReverseMentor, mentoring.FormatReverse, func(m, e *mentoring.Participant) {
			m.Person.Seniority = mentoring.Seniority{Level: mentoring.LevelJunior, Years: 2}
			e.Person.Seniority = mentoring.Seniority{Level: mentoring.LevelLead, Years: 10}
			m.Offers = []string{"AI"}
			e.WantsToDevelop = []string{"AI"}
		}, 1},
		// peer, band 5: |Δ| = 2 → 0.6.
		{"experience: peer", CriterionExperience, mentoring.RolePeerMentor, mentoring.FormatPeer, func(m, e *mentoring.Participant) {
			m.Person.Seniority.Years = 8
			e.Person.Seniority.Years = 6
		}, 0.6},
		{"location: empty", CriterionLocation, mentoring.RoleMentor, mentoring.FormatOneToOne, func(m, e *mentoring.Participant) {}, 0},
		{"career goals: Dutch stop words", CriterionCareerGoals, mentoring.RoleMentor, mentoring.FormatOneToOne, func(m, e *mentoring.Participant) {
			e.Person.CareerGoals = []string{"Teamleider worden binnen twee jaar"}
			m.Person.CareerGoals = []string{"teamleider"}
		}, 1},
		// {team, lead}: only "lead" among the mentor's words → 1/2.
		{"career goals: half", CriterionCareerGoals, mentoring.RoleMentor, mentoring.FormatOneToOne, func(m, e *mentoring.Participant) {
			e.Person.CareerGoals = []string{"become a team lead"}
			m.Offers = []string{"lead generation"}
		}, 0.5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := mentoring.Participant{Person: base("m", 5, mentoring.LevelSenior), Role: tc.role, Capacity: 1}
			e := mentoring.Participant{Person: base("e", 5, mentoring.LevelSenior), Role: mentoring.RoleMentee}
			if tc.role == mentoring.RolePeerMentor {
				e.Role = mentoring.RolePeerMentor
				e.Capacity = 1
			}
			tc.edit(&m, &e)
			p, err := New(pairProg(tc.format, m, e), Config{})
			require.NoError(t, err)
			x, err := p.Explain("m", "e")
			require.NoError(t, err)
			var got float64 = -1
			for _, c := range x.Breakdown {
				if c.Criterion == tc.criterion.String() {
					got = c.Score
				}
			}
			require.InDelta(t, tc.want, got, 1e-12)
		})
	}
}

// constScorer is a custom criterion returning a fixed value.
type constScorer struct {
	name string
	v    float64
}

func (c constScorer) Name() string                              { return c.name }
func (c constScorer) Score(_, _ *mentoring.Participant) float64 { return c.v }

func TestCustomCriterion(t *testing.T) {
	prog := pairProg(mentoring.FormatOneToOne, pairMentor(pairPerson("m", 9, mentoring.LevelSenior), 1), pairMentee(pairPerson("e", 1, mentoring.LevelJunior)))
	// Only the custom criterion weighs: the score is its value.
	zero := Weights{}
	p, err := New(prog, Config{Weights: &zero, Custom: []CustomCriterion{{Scorer: constScorer{"culture", 0.8}, Weight: 2}}})
	require.NoError(t, err)
	x, err := p.Explain("m", "e")
	require.NoError(t, err)
	want := []Contribution{{Criterion: "culture", Score: 0.8, Share: 1, Points: 0.8}}
	if d := cmp.Diff(want, x.Breakdown); d != "" {
		t.Errorf("breakdown (-want +got):\n%s", d)
	}
	// Out of range: a *FieldError from Solve naming the criterion and the
	// pair (by the relationship ID it would become).
	p, err = New(prog, Config{Custom: []CustomCriterion{{Scorer: constScorer{"broken", math.NaN()}, Weight: 1}}})
	require.NoError(t, err)
	_, err = p.Solve()
	var fe *FieldError
	require.ErrorAs(t, err, &fe)
	require.ErrorIs(t, err, ErrCriterion)
	require.Equal(t, "criterionOutOfRange", fe.Code)
	require.Equal(t, "custom[0]", fe.Field)
	require.Equal(t, "prog/m/e", fe.ID)
	require.Contains(t, fe.Text.EN, `"broken"`)
	require.Contains(t, fe.Text.NL, `"broken"`)
}

// TestCriteriaSettings: the working day and the experience gap follow
// Config (hand values in the comments).
func TestCriteriaSettings(t *testing.T) {
	m := pairMentor(pairPerson("m", 9, mentoring.LevelSenior), 1)
	m.Person.UTCOffsetMinutes = 120
	e := pairMentee(pairPerson("e", 6, mentoring.LevelJunior))
	prog := pairProg(mentoring.FormatOneToOne, m, e)
	got := func(cfg Config, c Criterion) float64 {
		p, err := New(prog, cfg)
		require.NoError(t, err)
		x, err := p.Explain("m", "e")
		require.NoError(t, err)
		for _, b := range x.Breakdown {
			if b.Criterion == c.String() {
				return b.Score
			}
		}
		return -1
	}
	// d = 120, L = 240: (240 - 120) / 240 = 0.5; default L = 480: 0.75.
	require.InDelta(t, 0.5, got(Config{WorkingDayMinutes: 240}, CriterionWorkingHours), 1e-12)
	require.InDelta(t, 0.75, got(Config{}, CriterionWorkingHours), 1e-12)
	// Δ = 3 years: T = 10 gives 0.3, the default T = 5 gives 0.6.
	require.InDelta(t, 0.3, got(Config{ExperienceGapYears: 10}, CriterionExperience), 1e-12)
	require.InDelta(t, 0.6, got(Config{}, CriterionExperience), 1e-12)
	// A zero weight leaves the criterion out of the breakdown.
	w := DefaultWeights()
	w.Location = 0
	require.Equal(t, -1.0, got(Config{Weights: &w}, CriterionLocation))
}

// TestWeightsByRatio checks that only the ratios of the weights matter,
// up to math.MaxFloat64: weights all MaxFloat64 score every pair exactly
// as weights all 1 (x/max is exactly 1), and {1e308, 1e308}, whose sum
// overflows a float64, scores as {1, 1} instead of 0.
func TestWeightsByRatio(t *testing.T) {
	big := math.MaxFloat64
	all := func(x float64) *Weights { return &Weights{x, x, x, x, x, x, x, x, x, x} }
	cases := []struct {
		name     string
		got, ref Config
	}{
		{"all MaxFloat64", Config{Weights: all(big)}, Config{Weights: all(1)}},
		{"1e308 twice", Config{Weights: &Weights{Skills: 1e308, Interests: 1e308}}, Config{Weights: &Weights{Skills: 1, Interests: 1}}},
		{"custom MaxFloat64", Config{Weights: all(big), Custom: []CustomCriterion{{Scorer: constScorer{"c", 0.25}, Weight: big}}},
			Config{Weights: all(1), Custom: []CustomCriterion{{Scorer: constScorer{"c", 0.25}, Weight: 1}}}},
	}
	rng := rand.New(rand.NewPCG(16, 1))
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			positive := 0
			for range 40 {
				prog, _ := pairRandomProgramme(rng, 3, 3)
				p, err := New(prog, tc.got)
				require.NoError(t, err)
				q, err := New(prog, tc.ref)
				require.NoError(t, err)
				for _, e := range p.mentees {
					for _, m := range p.mentors {
						a, err := p.Explain(m.Person.ID, e.Person.ID)
						require.NoError(t, err)
						b, err := q.Explain(m.Person.ID, e.Person.ID)
						require.NoError(t, err)
						require.Equal(t, b.Score, a.Score, "%s / %s", a, b)
						require.False(t, math.IsNaN(a.Score))
						if a.Score > 0 {
							positive++
						}
					}
				}
			}
			require.Positive(t, positive, "some pair must score above 0")
		})
	}
}

// TestMissingNotScored checks that a criterion without data drops out of
// the pair's score, the weights renormalised over the criteria that apply,
// and that the breakdown says which side lacks the data. Hand
// calculations with the default weights (skills 3, interests 1, goals 2,
// personality 2, languages 1, hours 0.5, experience 1, location 0.5):
func TestMissingNotScored(t *testing.T) {
	mentor := pairPerson("m", 10, mentoring.LevelSenior)
	mentor.Skills = []mentoring.Skill{{Name: "Go", Level: 5}}
	mentor.Languages = []string{"en"}
	mentee := pairPerson("e", 5, mentoring.LevelJunior)
	mentee.Languages = []string{"en"}
	only := func(w Weights) *Weights { return &w }
	tests := []struct {
		name    string
		edit    func(m, e *mentoring.Participant)
		weights *Weights
		want    float64
		missing map[string]Missing
	}{
		// Skills (5-0)/2 → 1, languages 1, hours 1, experience Δ = 5 → 1;
		// interests (both empty), goals, personality and location have no
		// data: 5.5·1 / 5.5 = 1 (it was 6.5/11 with a hidden 0.5).
		{"nothing but the essentials", func(m, e *mentoring.Participant) {}, nil, 1,
			map[string]Missing{"interests": MissingBoth, "careerGoals": MissingMentee, "personality": MissingBoth, "location": MissingBoth}},
		// The mentee states interests (the mentor none: scored 0), a
		// profile and a location the mentor lacks: 5.5 / (5.5 + 1) = 11/13.
		{"one side has data", func(m, e *mentoring.Participant) {
			e.Person.Interests = []string{"chess"}
			e.Person.Personality = &mentoring.Personality{Openness: 0.5}
			e.Person.Location = "Utrecht"
		}, nil, 11.0 / 13,
			map[string]Missing{"careerGoals": MissingMentee, "personality": MissingMentor, "location": MissingMentor}},
		// The mentor lists no language: languages drop out, (3+0.5+1)/(4.5) = 1.
		{"no mentor language", func(m, e *mentoring.Participant) { m.Person.Languages = nil }, nil, 1,
			map[string]Missing{"interests": MissingBoth, "careerGoals": MissingMentee, "personality": MissingBoth, "location": MissingBoth, "languages": MissingMentor}},
		// Only personality weighs and nobody has a profile: nothing applies, 0.
		{"nothing applies", func(m, e *mentoring.Participant) {}, only(Weights{Personality: 1}), 0,
			map[string]Missing{"personality": MissingBoth}},
		// A zero-weight criterion is not listed, missing or not.
		{"zero weight", func(m, e *mentoring.Participant) {}, only(Weights{Skills: 1, Location: 0}), 1, map[string]Missing{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, e := pairMentor(mentor, 1, "Go"), pairMentee(mentee, "Go")
			m.Person.Languages = slices.Clone(mentor.Languages)
			tc.edit(&m, &e)
			p, err := New(pairProg(mentoring.FormatOneToOne, m, e), Config{Weights: tc.weights})
			require.NoError(t, err)
			x, err := p.Explain("m", "e")
			require.NoError(t, err)
			require.InDelta(t, tc.want, x.Score, 1e-12, "%s", x)
			got := map[string]Missing{}
			var share float64
			for _, c := range x.Breakdown {
				if c.Missing != 0 {
					got[c.Criterion] = c.Missing
					require.Zero(t, c.Share+c.Score+c.Points)
				}
				share += c.Share
			}
			require.Empty(t, cmp.Diff(tc.missing, got))
			if tc.want > 0 {
				require.InDelta(t, 1, share, 1e-12)
			}
			row := make([]float64, 1)
			require.NoError(t, p.scoreRow(0, row))
			require.Equal(t, x.Score, row[0])
		})
	}
}
