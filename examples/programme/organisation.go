package main

import (
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/mentorkit/mentorkit/goals"
	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/mentoring"
	"github.com/mentorkit/mentorkit/mentoring/synthetic"
)

// The random streams: each step draws from its own stream of the seed, so
// changing one step's model leaves the others' draws alone.
const (
	streamOrganisation = iota + 1
	streamProgrammes
	streamTraining
	streamSessions
	streamLeavers
	streamGoals
	streamSurvey
	streamOutcomes
)

// year is the state of the programme as the steps build it up.
type year struct {
	seed            uint64
	start, mid, end time.Time // the programme's first day, its mid-point and its end (one year on)
	org             []mentoring.Person
	people          map[string]mentoring.Person
	leaves          map[string]time.Time // person ID → the day they leave within the year
	objectives      []goals.Goal         // the programme's SMART objectives (step 1)
	tracks          []*track             // one-to-one, reverse and group (step 3 on)
	sessions        *rand.Rand           // draws every relationship's fit and sessions, in the order they start
	gas             map[string]float64   // mentee ID → GAS T-score of their goals (step 4, at the end)
	recommend       map[string]int       // mentee ID → 0–10 answer of the final survey (step 7)
}

// track is one of the programme's three formats and everything that
// happens in it.
type track struct {
	prog    mentoring.Programme
	cadence time.Duration
	hours   float64 // expected hours per month
	pairing *pairing.Pairing
	res     pairing.Result
	// rm keeps the one-to-one pairing optimal as people leave and poor fits
	// end (nil for the other formats).
	rm *pairing.Rematcher

	rels     []mentoring.Relationship       // every relationship, in the order they started
	fit      map[string]float64             // relationship ID → how well the pair clicks, 0–1 (hidden from the manager)
	sessions map[string][]mentoring.Session // relationship ID → its sessions
	ratings  map[string][]float64           // session ID → the mentees' 1–5 ratings
	goals    map[string][]goals.Goal        // mentee ID → their goals (step 4)
	health   []mentoring.Health             // at the mid-point (step 6)
}

func newRand(seed, stream uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, stream)) }

// newYear draws the organisation and the three programmes' participants.
// The one-to-one, reverse and group programmes draw from disjoint pools, so
// nobody is in two of them.
func newYear(seed uint64) (*year, error) {
	start := time.Date(2026, time.January, 5, 0, 0, 0, 0, time.UTC)
	y := &year{seed: seed, start: start, mid: start.AddDate(0, 6, 0), end: start.AddDate(1, 0, 0),
		sessions: newRand(seed, streamSessions), gas: map[string]float64{}, recommend: map[string]int{}}
	var err error
	if y.org, err = synthetic.Organisation(newRand(seed, streamOrganisation), synthetic.Config{People: 300}); err != nil {
		return nil, err
	}
	y.people = make(map[string]mentoring.Person, len(y.org))
	for _, p := range y.org {
		y.people[p.ID] = p
	}
	rng := newRand(seed, streamProgrammes)
	pool := y.org
	for _, c := range []struct {
		cfg     synthetic.ProgrammeConfig
		cadence time.Duration
		hours   float64
	}{
		{synthetic.ProgrammeConfig{ID: "grow", Name: "Grow (one-to-one)", Mentors: 30, Mentees: 40, MaxCapacity: 2}, 14 * day, 2},
		{synthetic.ProgrammeConfig{ID: "reverse", Name: "Reverse mentoring", Format: mentoring.FormatReverse, Mentors: 8, Mentees: 12, MaxCapacity: 2}, 28 * day, 1},
		{synthetic.ProgrammeConfig{ID: "circles", Name: "Circles (group)", Format: mentoring.FormatGroup, Mentors: 5, Mentees: 24, MaxCapacity: 6}, 28 * day, 2},
	} {
		prog, err := synthetic.Programme(rng, pool, c.cfg)
		if err != nil {
			return nil, err
		}
		pool = slices.DeleteFunc(slices.Clone(pool), func(p mentoring.Person) bool {
			_, in := prog.Participant(p.ID)
			return in
		})
		y.tracks = append(y.tracks, &track{prog: prog, cadence: c.cadence, hours: c.hours,
			fit: map[string]float64{}, sessions: map[string][]mentoring.Session{},
			ratings: map[string][]float64{}, goals: map[string][]goals.Goal{}})
	}
	return y, nil
}

const day = 24 * time.Hour

// stepOrganisation prints who works where and who takes part.
func stepOrganisation(w io.Writer, y *year) error {
	sites := map[string]bool{}
	for _, p := range y.org {
		sites[p.Location] = true
	}
	fmt.Fprintf(w, "Mentoring year %s – %s, seed %d\n", y.start.Format("2 Jan 2006"), y.end.Format("2 Jan 2006"), y.seed)
	fmt.Fprintf(w, "Organisation: %d people in %d departments at %d sites (synthetic)\n\n",
		len(y.org), len(synthetic.DefaultDepartments()), len(sites))
	tw := table(w)
	fmt.Fprintln(tw, "programme\tformat\tmentors\tmentees\tmeets every")
	for _, t := range y.tracks {
		mentors, mentees := t.sides()
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d days\n", t.prog.Name, formatWords[t.prog.Format], len(mentors), len(mentees), int(t.cadence/day))
	}
	return tw.Flush()
}

// formatWords names the formats in plain words.
var formatWords = map[mentoring.Format]string{mentoring.FormatOneToOne: "one mentor, one mentee",
	mentoring.FormatReverse: "junior mentors senior", mentoring.FormatGroup: "one mentor, a circle"}

// sides returns the IDs of the programme's mentors (any mentoring role) and
// mentees, in participant order.
func (t *track) sides() (mentors, mentees []string) {
	for _, q := range t.prog.Participants {
		if q.Role == mentoring.RoleMentee {
			mentees = append(mentees, q.Person.ID)
		} else {
			mentors = append(mentors, q.Person.ID)
		}
	}
	return mentors, mentees
}
