package synthetic

import (
	"cmp"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/words"
	"github.com/mentorkit/mentorkit/mentoring"
)

// ErrConfig is wrapped by every error of this package: a setting out of
// its documented range.
var ErrConfig = errors.New("synthetic: bad setting")

// Site is an office: its name and its UTC offset in minutes.
type Site struct {
	// Name is the site's name, which becomes each person's Location;
	// required.
	Name string `json:"name"`
	// UTCOffsetMinutes is the site's time zone as minutes from UTC,
	// mentoring.MinUTCOffset to mentoring.MaxUTCOffset.
	UTCOffsetMinutes int `json:"utcOffsetMinutes"`
	// Languages spoken there; every person at the site speaks the first.
	// At least one; each a language mentoring.ParseLanguage knows (a BCP
	// 47 tag or a name); a repeat of one tag ("nl", "Dutch") counts once.
	Languages []string `json:"languages"`
}

// DefaultSites are the offices of the default organisation: two Dutch
// sites, London, New York, Bangalore and Singapore.
func DefaultSites() []Site {
	return []Site{
		{"Utrecht", 60, []string{"nl", "en"}},
		{"Amsterdam", 60, []string{"nl", "en"}},
		{"London", 0, []string{"en"}},
		{"New York", -300, []string{"en", "es"}},
		{"Bangalore", 330, []string{"en", "hi"}},
		{"Singapore", 480, []string{"en", "zh"}},
	}
}

// Department is a department with the skills its people tend to have.
type Department struct {
	// Name is the department's name; required.
	Name string `json:"name"`
	// Skills its people draw from, together with the skills common to
	// every department (leadership, coordination, project management,
	// feedback, public speaking, time and stakeholder management). Each
	// must have a word; a repeat (ignoring case and accents, as mentoring
	// compares skills), also of a common skill, counts once.
	Skills []string `json:"skills"`
}

// DefaultDepartments are the departments of the default organisation.
func DefaultDepartments() []Department {
	return []Department{
		{"Engineering", []string{"Go", "software architecture", "AI", "data engineering", "cloud", "security"}},
		{"Data", []string{"AI", "statistics", "data visualisation", "SQL", "machine learning", "experimentation"}},
		{"Sales", []string{"negotiation", "account management", "presenting", "CRM", "retail"}},
		{"Marketing", []string{"social media", "copywriting", "brand strategy", "presenting", "data visualisation"}},
		{"Finance", []string{"budgeting", "forecasting", "SQL", "risk management", "negotiation"}},
		{"People", []string{"coaching", "recruitment", "employment law", "change management", "diversity and inclusion"}},
	}
}

// commonSkills are skills found in every department.
var commonSkills = []string{"leiderschap", "coördinatie", "project management", "feedback", "public speaking", "time management", "stakeholder management"}

// interestPool is the pool of interests people pick from.
var interestPool = []string{"hiking", "chess", "photography", "cooking", "running", "music", "reading", "gaming", "sustainability", "volunteering", "travel", "cycling", "yoga", "gardening", "start-ups", "history"}

// careerGoalPool is the pool of career goals people pick from.
var careerGoalPool = []string{"become a team lead", "move into product management", "grow into software architecture", "lead a data team", "become a people manager", "start an international assignment", "specialise in AI", "improve public speaking", "become a sales director", "switch to marketing", "senior specialist in security", "teamleider worden"}

// Config sets the shape of a generated organisation. The zero value gives
// DefaultPeople people over DefaultSites and DefaultDepartments.
type Config struct {
	// People is the number of people, 1 to 1,000,000; 0 means
	// DefaultPeople.
	People int `json:"people,omitempty"`
	// Sites are the offices; nil means DefaultSites, an empty list is an
	// error.
	Sites []Site `json:"sites,omitempty"`
	// Departments are the departments; nil means DefaultDepartments, an
	// empty list is an error.
	Departments []Department `json:"departments,omitempty"`
	// SpanOfControl is how many people a manager leads, 2 to 50; 0 means
	// 7.
	SpanOfControl int `json:"spanOfControl,omitempty"`
	// IDPrefix starts every person ID (empty means "p"); IDs are the
	// prefix and a zero-padded number, so they sort in generation order.
	IDPrefix string `json:"idPrefix,omitempty"`
}

// check reports every setting out of range, joined.
func (cfg Config) check(rng *rand.Rand) error {
	var c fault.Collector
	if rng == nil {
		c.Add(msgNoRNG.At("rng", nil))
	}
	if cfg.People < 0 || cfg.People > maxPeople {
		c.Add(msgBetween.At("people", cfg.People, 0, maxPeople))
	}
	if cfg.SpanOfControl != 0 && (cfg.SpanOfControl < 2 || cfg.SpanOfControl > 50) {
		c.Add(msgZeroOrBetween.At("spanOfControl", cfg.SpanOfControl, 2, 50))
	}
	if cfg.Sites != nil && len(cfg.Sites) == 0 {
		c.Add(msgEmpty.At("sites", nil))
	}
	for i, s := range cfg.Sites {
		sp := fault.Index("sites", i)
		if s.Name == "" || len(s.Languages) == 0 || s.UTCOffsetMinutes < mentoring.MinUTCOffset || s.UTCOffsetMinutes > mentoring.MaxUTCOffset {
			c.Add(msgSiteIncomplete.At(sp, s.Name, mentoring.MinUTCOffset, mentoring.MaxUTCOffset))
		}
		for k, l := range s.Languages {
			if words.Equal(l, "") {
				c.Add(msgNoWords.At(fault.Index(sp+".languages", k), l))
			} else if _, err := mentoring.ParseLanguage(l); err != nil {
				c.Add(msgUnknownLanguage.At(fault.Index(sp+".languages", k), l))
			}
		}
	}
	if cfg.Departments != nil && len(cfg.Departments) == 0 {
		c.Add(msgEmpty.At("departments", nil))
	}
	for i, d := range cfg.Departments {
		dp := fault.Index("departments", i)
		if d.Name == "" || len(d.Skills) == 0 {
			c.Add(msgDepartmentIncomplete.At(dp, d.Name))
		}
		for k, sk := range d.Skills {
			if words.Equal(sk, "") {
				c.Add(msgNoWords.At(fault.Index(dp+".skills", k), sk))
			}
		}
	}
	return c.Err()
}

// maxPeople is the largest Config.People.
const maxPeople = 1_000_000

// DefaultPeople is the size of an organisation when Config.People is 0.
const DefaultPeople = 300

// Organisation generates a seeded organisation: a chief executive, one head
// per department reporting to them, and under each head a tree of teams
// with the given span of control; departments, reporting lines (ManagerID),
// sites with their time zones and languages, seniority (the chief
// executive, leads for managers, juniors to seniors for the others),
// skills (from the department's pool and the skills common to every
// department, levels rising with experience),
// interests, career goals and a Big Five personality (uniform on [0, 1]).
// The same rng state and cfg give the same organisation. Every person
// passes mentoring's Person.Validate.
//
// Errors: a [*FieldError] (ErrConfig) per setting out of range, joined.
func Organisation(rng *rand.Rand, cfg Config) ([]mentoring.Person, error) {
	if err := cfg.check(rng); err != nil {
		return nil, err
	}
	n := cmp.Or(cfg.People, DefaultPeople)
	sites, depts := cfg.Sites, cfg.Departments
	if sites == nil {
		sites = DefaultSites()
	}
	if depts == nil {
		depts = DefaultDepartments()
	}
	span := cmp.Or(cfg.SpanOfControl, 7)
	prefix := cmp.Or(cfg.IDPrefix, "p")
	width := len(strconv.Itoa(n))

	people := make([]mentoring.Person, 0, n)
	depth := make([]int, 0, n)
	reports := make([]int, 0, n)
	id := func(i int) string { return fmt.Sprintf("%s%0*d", prefix, width, i+1) }
	add := func(dept string, manager, d int) {
		p := mentoring.Person{ID: id(len(people)), Department: dept}
		p.Name = fmt.Sprintf("Person %d", len(people)+1)
		if manager >= 0 {
			p.ManagerID = people[manager].ID
			reports[manager]++
		}
		people = append(people, p)
		depth = append(depth, d)
		reports = append(reports, 0)
	}
	add("Board", -1, 0)
	heads := make([]int, 0, len(depts))
	for i := 0; i < len(depts) && len(people) < n; i++ {
		heads = append(heads, len(people))
		add(depts[i].Name, 0, 1)
	}
	// Breadth-first: each new person joins the shallowest manager in a
	// random department who still has room.
	queue := make([][]int, len(heads))
	for i, h := range heads {
		queue[i] = []int{h}
	}
	for len(people) < n {
		d := rng.IntN(len(heads))
		q := queue[d]
		for reports[q[0]] >= span {
			q = q[1:]
		}
		mgr := q[0]
		queue[d] = append(q, len(people))
		add(depts[d].Name, mgr, depth[mgr]+1)
	}

	for i := range people {
		p := &people[i]
		p.Seniority = seniority(rng, depth[i], reports[i])
		site := sites[rng.IntN(len(sites))]
		p.Location = site.Name
		p.UTCOffsetMinutes = site.UTCOffsetMinutes
		p.Languages = []string{site.Languages[0]}
		for _, l := range site.Languages[1:] {
			if !hasLanguage(p.Languages, l) && rng.Float64() < 0.8 {
				p.Languages = append(p.Languages, l)
			}
		}
		if !hasLanguage(p.Languages, "en") && rng.Float64() < 0.5 {
			p.Languages = append(p.Languages, "en")
		}
		var pool []string
		if depth[i] == 0 {
			pool = slices.Clone(commonSkills)
		} else {
			for _, d := range depts {
				if d.Name == p.Department {
					pool = pool[:0]
					for _, sk := range append(slices.Clone(d.Skills), commonSkills...) {
						if !hasTerm(pool, sk) {
							pool = append(pool, sk)
						}
					}
				}
			}
		}
		for _, s := range pick(rng, pool, 3+rng.IntN(3)) {
			lvl := 1 + int(p.Seniority.Years/6) + rng.IntN(2)
			p.Skills = append(p.Skills, mentoring.Skill{Name: s, Level: min(lvl, mentoring.MaxSkillLevel)})
		}
		p.Interests = pick(rng, interestPool, 2+rng.IntN(3))
		p.CareerGoals = pick(rng, careerGoalPool, 1+rng.IntN(2))
		p.Personality = &mentoring.Personality{
			Openness: rng.Float64(), Conscientiousness: rng.Float64(), Extraversion: rng.Float64(),
			Agreeableness: rng.Float64(), Neuroticism: rng.Float64(),
		}
	}
	return people, nil
}

// seniority draws a level and years: the chief executive is executive,
// managers (people with reports) are leads, everybody else is junior
// (40%), medior (35%) or senior (25%).
func seniority(rng *rand.Rand, depth, reports int) mentoring.Seniority {
	var lvl mentoring.Level
	switch x := rng.Float64(); {
	case depth == 0:
		lvl = mentoring.LevelExecutive
	case reports > 0:
		lvl = mentoring.LevelLead
	case x < 0.40:
		lvl = mentoring.LevelJunior
	case x < 0.75:
		lvl = mentoring.LevelMedior
	default:
		lvl = mentoring.LevelSenior
	}
	base := [...]float64{mentoring.LevelJunior: 0, mentoring.LevelMedior: 3, mentoring.LevelSenior: 7, mentoring.LevelLead: 10, mentoring.LevelExecutive: 18}[lvl]
	years := base + 8*rng.Float64()
	return mentoring.Seniority{Level: lvl, Years: float64(int(years*10)) / 10}
}

// hasTerm reports whether list holds term as words (ignoring case and
// accents, as mentoring's validation compares skills and languages).
func hasTerm(list []string, term string) bool {
	return slices.ContainsFunc(list, func(s string) bool { return words.Equal(s, term) })
}

// hasLanguage reports whether list holds lang as mentoring reads
// languages: the same BCP 47 tag ("nl", "NL" and "Dutch" are one), so a
// person never lists a language twice. Config checks that every site
// language parses.
func hasLanguage(list []string, lang string) bool {
	l, err := mentoring.ParseLanguage(lang)
	if err != nil {
		return hasTerm(list, lang)
	}
	return slices.ContainsFunc(list, func(s string) bool {
		m, err := mentoring.ParseLanguage(s)
		return err == nil && m == l
	})
}

// pick returns k distinct elements of pool in random order (all of them
// when k >= len(pool)).
func pick(rng *rand.Rand, pool []string, k int) []string {
	idx := rng.Perm(len(pool))
	k = min(k, len(pool))
	out := make([]string, k)
	for i := range k {
		out[i] = pool[idx[i]]
	}
	return out
}

// FieldError is the one field-error type of mentorkit (the same type as
// mentoring.FieldError): Field is the setting's JSON name, such as
// "sites[2].languages[0]" or "rng" for the generator argument; Code and the
// English and Dutch Text say what is wrong; it unwraps to ErrConfig.
type FieldError = fault.Error
