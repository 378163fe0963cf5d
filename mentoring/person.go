package mentoring

import (
	"cmp"
	"maps"
	"slices"

	"github.com/mentorkit/mentorkit/internal/enum"
)

// Level is a person's career level. Levels are ordered: a higher level is
// more senior. It marshals to JSON as a string ("senior"); the zero value is
// unset and marshals as "".
type Level uint8

// The career levels, from least to most senior.
const (
	// LevelJunior is a starter.
	LevelJunior Level = iota + 1
	// LevelMedior is mid-level (Dutch "medior").
	LevelMedior
	// LevelSenior is an experienced professional.
	LevelSenior
	// LevelLead leads a team or a discipline.
	LevelLead
	// LevelExecutive is director or board level ("directie").
	LevelExecutive
)

var levelTable = enum.New[Level]("Level", "", "junior", "medior", "senior", "lead", "executive")

// String returns the JSON name, "unset" for the zero value or
// "Level(n)" for an undeclared value.
func (l Level) String() string { return levelTable.String(l) }

// MarshalText implements encoding.TextMarshaler; an undeclared value is an
// error wrapping ErrUnknownEnum.
func (l Level) MarshalText() ([]byte, error) { return levelTable.Marshal(l) }

// UnmarshalText implements encoding.TextUnmarshaler, ignoring case; an
// unknown string is an error wrapping ErrUnknownEnum and leaves l unchanged.
func (l *Level) UnmarshalText(text []byte) error { return levelTable.Unmarshal(text, l) }

// MaxYears is the largest accepted number of years of experience.
const MaxYears = 70

// Seniority is how senior a person is: a career level and years of
// experience.
type Seniority struct {
	// Level is the career level; required.
	Level Level `json:"level"`
	// Years is the years of relevant work experience, 0 to MaxYears
	// (fractions allowed).
	Years float64 `json:"years"`
}

// Compare orders seniorities: by Level first, then by Years. It returns -1
// when s is less senior than t, +1 when more senior and 0 when equal. Age
// plays no part: experience makes a mentor, not age.
func (s Seniority) Compare(t Seniority) int {
	if c := cmp.Compare(s.Level, t.Level); c != 0 {
		return c
	}
	return cmp.Compare(s.Years, t.Years)
}

// Skill levels run from MinSkillLevel (aware) to MaxSkillLevel (expert).
const (
	MinSkillLevel = 1 // lowest skill level: aware of the skill
	MaxSkillLevel = 5 // highest skill level: expert who can teach it
)

// Skill is a named skill and how well the person masters it.
type Skill struct {
	// Name names the skill ("negotiation"); unique per person as a term
	// (ignoring case, accents and punctuation between words).
	Name string `json:"name"`
	// Level is MinSkillLevel (1, aware) to MaxSkillLevel (5, expert).
	Level int `json:"level"`
}

// Personality is a Big Five profile, each trait scored 0 (lowest) to 1
// (highest), for example a rescaled IPIP-NEO or BFI score. mentorkit does
// not score questionnaires; it only carries the result.
type Personality struct {
	// Openness to experience, 0 to 1.
	Openness float64 `json:"openness"`
	// Conscientiousness, 0 to 1.
	Conscientiousness float64 `json:"conscientiousness"`
	// Extraversion, 0 to 1.
	Extraversion float64 `json:"extraversion"`
	// Agreeableness, 0 to 1.
	Agreeableness float64 `json:"agreeableness"`
	// Neuroticism (the inverse of emotional stability), 0 to 1.
	Neuroticism float64 `json:"neuroticism"`
}

// Validate reports every trait outside [0, 1] (NaN included), joined.
func (p Personality) Validate() error {
	var v validator
	p.check(&v, "")
	return v.err()
}

func (p Personality) check(v *validator, path string) {
	v.unitInterval(path, "openness", p.Openness)
	v.unitInterval(path, "conscientiousness", p.Conscientiousness)
	v.unitInterval(path, "extraversion", p.Extraversion)
	v.unitInterval(path, "agreeableness", p.Agreeableness)
	v.unitInterval(path, "neuroticism", p.Neuroticism)
}

// Person is someone in the organisation: who they are, where they sit in it
// and what they bring. A Person is a plain value; the same person can be a
// participant in several programmes.
type Person struct {
	// ID identifies the person; required, unique within a programme, no
	// surrounding white space.
	ID string `json:"id"`
	// Name is the display name; required.
	Name string `json:"name"`
	// Organisation is the employer; needed for cross-organisation
	// programmes, optional otherwise.
	Organisation string `json:"organisation,omitempty"`
	// Department is the department or team.
	Department string `json:"department,omitempty"`
	// ManagerID is the ID of the person's manager (the reporting line), or
	// empty. A person is not their own manager.
	ManagerID string `json:"managerId,omitempty"`
	// Seniority is the career level and years of experience.
	Seniority Seniority `json:"seniority"`
	// Skills are the person's skills with levels 1 to 5; names unique.
	Skills []Skill `json:"skills,omitempty"`
	// Interests are topics the person cares about; unique as terms.
	Interests []string `json:"interests,omitempty"`
	// CareerGoals are where the person wants to go ("team lead within two
	// years"); unique as terms.
	CareerGoals []string `json:"careerGoals,omitempty"`
	// Languages are the languages the person can be mentored in: BCP 47
	// tags ("nl", "en-GB") or names in English, Dutch or the language
	// itself ("Dutch", "Nederlands"), each as [ParseLanguage] reads it.
	// Validate refuses unknown ones and two entries that read as the same
	// tag ("nl" and "Dutch"); [Person.LanguageTags] returns them
	// normalised. Kept as written, so an export round-trips unchanged.
	Languages []string `json:"languages,omitempty"`
	// UTCOffsetMinutes is the time zone as a fixed offset from UTC in
	// minutes (India is +330), MinUTCOffset to MaxUTCOffset. It is used
	// only when TimeZone is empty.
	UTCOffsetMinutes int `json:"utcOffsetMinutes"`
	// TimeZone is the time zone by IANA name ("Europe/Amsterdam", matched
	// ignoring case) or as an offset ("UTC+05:30"), as [ParseZone] reads
	// it. When set it wins over UTCOffsetMinutes, which is then ignored
	// (but still checked for range); empty means the fixed offset
	// UTCOffsetMinutes. [Person.Zone] returns the zone in force.
	TimeZone string `json:"timeZone,omitempty"`
	// Location is a free place name ("Utrecht").
	Location string `json:"location,omitempty"`
	// Personality is the optional Big Five profile; nil when unknown.
	Personality *Personality `json:"personality,omitempty"`
	// Attributes are free custom attributes; keys must be non-empty. JSON
	// writes them in key order.
	Attributes map[string]string `json:"attributes,omitempty"`
	// Availability are the times the person is free every week, on the
	// clock of their own zone ([Person.Zone]; summer time moves them with
	// it): windows that do not cross midnight and do not overlap (see
	// [WeeklyWindow]). Empty means unknown, not never.
	Availability []WeeklyWindow `json:"availability,omitempty"`
}

// Validate reports every problem with the person, joined with errors.Join;
// each is a *FieldError that unwraps to a sentinel such as ErrMissing,
// ErrOutOfRange, ErrDuplicate or ErrUnknownEnum. It returns nil for a valid
// person.
func (p Person) Validate() error {
	var v validator
	p.check(&v, "")
	return v.err()
}

func (p Person) check(v *validator, path string) {
	defer v.about(p.ID)()
	v.requireID(path, "id", p.ID)
	v.requireText(path, "name", p.Name)
	if p.ManagerID != "" {
		switch {
		case badID(p.ManagerID):
			v.requireID(path, "managerId", p.ManagerID)
		case p.ManagerID == p.ID:
			v.add(field(path, "managerId"), p.ManagerID, msgOwnManager)
		}
	}
	checkEnum(v, path, "seniority.level", "Level", levelTable, p.Seniority.Level, true)
	v.between(path, "seniority.years", p.Seniority.Years, 0, MaxYears)
	v.uniqueTerms(path, "skills", "name", len(p.Skills), func(i int) string { return p.Skills[i].Name }, func(i int) {
		if l := p.Skills[i].Level; l < MinSkillLevel || l > MaxSkillLevel {
			v.add(field(index(field(path, "skills"), i), "level"), l, msgBetween, MinSkillLevel, MaxSkillLevel)
		}
	})
	v.uniqueTexts(path, "interests", p.Interests)
	v.uniqueTexts(path, "careerGoals", p.CareerGoals)
	p.checkLanguages(v, path)
	if p.UTCOffsetMinutes < MinUTCOffset || p.UTCOffsetMinutes > MaxUTCOffset {
		v.add(field(path, "utcOffsetMinutes"), p.UTCOffsetMinutes, msgBetween, MinUTCOffset, MaxUTCOffset)
	}
	p.checkZone(v, path)
	p.checkAvailability(v, path)
	if p.Personality != nil {
		p.Personality.check(v, field(path, "personality"))
	}
	var badKeys []string // collected, then sorted: map order must not reach the errors
	for k := range p.Attributes {
		if blank(k) {
			badKeys = append(badKeys, k)
		}
	}
	slices.Sort(badKeys)
	for _, k := range badKeys {
		v.add(field(path, "attributes"), k, msgEmptyKey)
	}
}

// Clone returns a deep copy of p: no slice, map or pointer is shared.
func (p Person) Clone() Person {
	q := p
	q.Skills = slices.Clone(p.Skills)
	q.Interests = slices.Clone(p.Interests)
	q.CareerGoals = slices.Clone(p.CareerGoals)
	q.Languages = slices.Clone(p.Languages)
	if p.Personality != nil {
		pp := *p.Personality
		q.Personality = &pp
	}
	q.Attributes = maps.Clone(p.Attributes)
	q.Availability = slices.Clone(p.Availability)
	return q
}

// SkillLevel returns the level of the named skill and whether the person has
// it. Names match as terms: the same words, ignoring case, accents and
// punctuation between words ("Coördinatie" is "coordinatie").
func (p Person) SkillLevel(name string) (int, bool) {
	for _, s := range p.Skills {
		if sameTerm(s.Name, name) {
			return s.Level, true
		}
	}
	return 0, false
}
