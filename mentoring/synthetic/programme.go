package synthetic

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/mentoring"
)

// reverseTopics are what junior staff typically offer in reverse
// mentoring: topics where the young know more than their seniors.
var reverseTopics = []string{"AI", "social media", "diversity and inclusion", "work-life balance", "globalisation"}

// ProgrammeConfig sets the shape of a generated programme.
type ProgrammeConfig struct {
	// ID of the programme; empty means "prog".
	ID string `json:"id,omitempty"`
	// Name of the programme; empty means "Programme".
	Name string `json:"name,omitempty"`
	// Format is one-to-one (unset means it), group, reverse or peer.
	Format mentoring.Format `json:"format,omitempty"`
	// Mentors and Mentees are how many participants take each side (for
	// peer programmes, Mentors + Mentees peer mentors); each at least 1.
	Mentors int `json:"mentors"`
	Mentees int `json:"mentees"`
	// MaxCapacity is the largest capacity a mentor draws (uniform from 1,
	// or from the group minimum in a group programme); 0 means 2 (6 for
	// groups).
	MaxCapacity int `json:"maxCapacity,omitempty"`
	// Ranked is how many people on the other side each participant ranks
	// (mentoring.Participant.Preferences.Ranked): first those who offer
	// something the participant wants to develop (or want something the
	// mentor offers), in random order, then anyone; 0 means none, at most
	// 100. One participant in twenty also dismisses one other person.
	Ranked int `json:"ranked,omitempty"`
	// Availability gives everyone two to five weekly windows of one to
	// four hours on weekdays between 07:00 and 20:00 on their own clock
	// (mentoring.Person.Availability).
	Availability bool `json:"availability,omitempty"`
}

// Programme draws a programme from people (as Organisation makes them):
// one-to-one and group programmes take mentors from the most senior and
// mentees from the least senior people; a reverse programme the other way
// round, with reverse mentors offering one or two typical reverse-mentoring
// topics (AI, social media, diversity and inclusion, work-life balance,
// globalisation) and senior mentees wanting to develop them; a peer
// programme people of one level. Mentors offer their skills at level 3 or more; mentees want to
// develop two or three skills of their department they are weak in. The
// result passes mentoring's Programme.Validate; people is not modified.
//
// Errors: a [*FieldError] (ErrConfig) for bad settings or too few
// eligible people; for those, Field is "mentees" and Value is Mentors +
// Mentees.
func Programme(rng *rand.Rand, people []mentoring.Person, cfg ProgrammeConfig) (mentoring.Programme, error) {
	var c fault.Collector
	if rng == nil {
		c.Add(msgNoRNG.At("rng", nil))
	}
	format := cmp.Or(cfg.Format, mentoring.FormatOneToOne)
	switch format {
	case mentoring.FormatOneToOne, mentoring.FormatGroup, mentoring.FormatReverse, mentoring.FormatPeer:
	default:
		c.Add(msgFormat.At("format", format.String()))
	}
	if cfg.Mentors < 1 {
		c.Add(msgAtLeastOne.At("mentors", cfg.Mentors))
	}
	if cfg.Mentees < 1 {
		c.Add(msgAtLeastOne.At("mentees", cfg.Mentees))
	}
	maxCap := cfg.MaxCapacity
	minCap := 1
	if format == mentoring.FormatGroup {
		minCap = mentoring.DefaultGroupMin
		maxCap = cmp.Or(maxCap, mentoring.DefaultGroupMax)
	}
	maxCap = cmp.Or(maxCap, 2)
	if maxCap < minCap || maxCap > mentoring.MaxCapacity {
		c.Add(msgZeroOrBetween.At("maxCapacity", cfg.MaxCapacity, minCap, mentoring.MaxCapacity))
	}
	if cfg.Ranked < 0 || cfg.Ranked > 100 {
		c.Add(msgZeroOrBetween.At("ranked", cfg.Ranked, 1, 100))
	}
	if err := c.Err(); err != nil {
		return mentoring.Programme{}, err
	}

	// People by seniority, most senior first (ties by ID).
	order := make([]int, len(people))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Or(people[b].Seniority.Compare(people[a].Seniority), cmp.Compare(people[a].ID, people[b].ID))
	})
	need := cfg.Mentors + cfg.Mentees
	if len(people) < need {
		return mentoring.Programme{}, msgTooFewPeople.At("mentees", need, len(people))
	}
	prog := mentoring.Programme{ID: cmp.Or(cfg.ID, "prog"), Name: cmp.Or(cfg.Name, "Programme"), Format: format}
	// The senior side takes mentors (mentees in reverse mentoring) from the
	// most senior half, the junior side from the rest.
	nTop, nBottom := cfg.Mentors, cfg.Mentees
	if format == mentoring.FormatReverse {
		nTop, nBottom = cfg.Mentees, cfg.Mentors
	}
	split := len(order) / 2
	if split < nTop {
		split = nTop
	} else if len(order)-split < nBottom {
		split = len(order) - nBottom
	}
	top := sample(rng, order[:split], nTop)
	bottom := sample(rng, order[split:], nBottom)
	switch format {
	case mentoring.FormatReverse:
		for _, i := range bottom {
			prog.Participants = append(prog.Participants, reverseMentor(rng, people[i], maxCap))
		}
		for _, i := range top {
			p := mentoring.Participant{Person: people[i].Clone(), Role: mentoring.RoleMentee}
			p.WantsToDevelop = pick(rng, reverseTopics, 1+rng.IntN(2))
			prog.Participants = append(prog.Participants, p)
		}
	case mentoring.FormatPeer:
		mid := order[len(order)/4 : len(order)-len(order)/4]
		for _, i := range sample(rng, mid, need) {
			p := mentor(rng, people[i], mentoring.RolePeerMentor, 1, 1)
			p.WantsToDevelop = wants(rng, people[i])
			prog.Participants = append(prog.Participants, p)
		}
		prog.PeerBandYears = 40
		if len(prog.Participants) < need {
			return mentoring.Programme{}, msgTooFewPeers.At("mentees", need)
		}
	default:
		for _, i := range top {
			prog.Participants = append(prog.Participants, mentor(rng, people[i], mentoring.RoleMentor, minCap, maxCap))
		}
		for _, i := range bottom {
			p := mentoring.Participant{Person: people[i].Clone(), Role: mentoring.RoleMentee}
			p.WantsToDevelop = wants(rng, people[i])
			prog.Participants = append(prog.Participants, p)
		}
	}
	// Drawn last, so that a programme without them is drawn as before.
	if cfg.Ranked > 0 {
		rankOthers(rng, prog.Participants, cfg.Ranked)
	}
	if cfg.Availability {
		for i := range prog.Participants {
			prog.Participants[i].Person.Availability = weekWindows(rng)
		}
	}
	return prog, nil
}

// rankOthers gives each participant a ranked list of k people on the
// other side (peers: other peers), those whose topics fit first, and one
// in twenty a dismissal of someone not ranked.
func rankOthers(rng *rand.Rand, parts []mentoring.Participant, k int) {
	for i := range parts {
		q := &parts[i]
		var fit, rest []string
		for j := range parts {
			o := &parts[j]
			if o.Person.ID == q.Person.ID || !otherSide(q.Role, o.Role) {
				continue
			}
			if shares(q.WantsToDevelop, o.Offers) || shares(q.Offers, o.WantsToDevelop) {
				fit = append(fit, o.Person.ID)
			} else {
				rest = append(rest, o.Person.ID)
			}
		}
		rng.Shuffle(len(fit), func(a, b int) { fit[a], fit[b] = fit[b], fit[a] })
		rng.Shuffle(len(rest), func(a, b int) { rest[a], rest[b] = rest[b], rest[a] })
		all := append(fit, rest...)
		n := min(k, len(all))
		q.Preferences.Ranked = slices.Clone(all[:n])
		if n < len(all) && rng.IntN(20) == 0 {
			q.Preferences.Dismissed = []string{all[len(all)-1]}
		}
	}
}

// otherSide reports whether a participant of role a ranks one of role b:
// a mentee ranks mentors, a mentor mentees, a peer other peers.
func otherSide(a, b mentoring.Role) bool {
	if a == mentoring.RolePeerMentor && b == mentoring.RolePeerMentor {
		return true
	}
	return (a == mentoring.RoleMentee) != (b == mentoring.RoleMentee)
}

// shares reports whether a and b have a text in common.
func shares(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// weekWindows draws two to five windows of one to four hours on distinct
// weekdays, between 07:00 and 20:00.
func weekWindows(rng *rand.Rand) []mentoring.WeeklyWindow {
	days := rng.Perm(5)[:2+rng.IntN(4)]
	slices.Sort(days)
	out := make([]mentoring.WeeklyWindow, len(days))
	for i, d := range days {
		s := 7*60 + rng.IntN(9*60)
		e := s + 60 + rng.IntN(181)
		out[i] = mentoring.WeeklyWindow{Day: time.Weekday(d + 1), Start: hhmm(s), End: hhmm(e)}
	}
	return out
}

// hhmm writes minutes after midnight as "HH:MM".
func hhmm(m int) string { return fmt.Sprintf("%02d:%02d", m/60, m%60) }

// sample returns k distinct elements of pool in random order (fewer when
// the pool is smaller).
func sample(rng *rand.Rand, pool []int, k int) []int {
	idx := rng.Perm(len(pool))
	k = min(k, len(pool))
	out := make([]int, k)
	for i := range k {
		out[i] = pool[idx[i]]
	}
	return out
}

// mentor makes a mentor-side participant offering the person's skills of
// level 3 and up (at least their best one).
func mentor(rng *rand.Rand, p mentoring.Person, role mentoring.Role, minCap, maxCap int) mentoring.Participant {
	q := mentoring.Participant{Person: p.Clone(), Role: role, Capacity: minCap + rng.IntN(maxCap-minCap+1), HoursPerMonth: float64(2 + rng.IntN(7)), Trained: rng.Float64() < 0.7}
	best := 0
	for i, s := range p.Skills {
		if s.Level >= 3 {
			q.Offers = append(q.Offers, s.Name)
		}
		if s.Level > p.Skills[best].Level {
			best = i
		}
	}
	if len(q.Offers) == 0 && len(p.Skills) > 0 {
		q.Offers = []string{p.Skills[best].Name}
	}
	return q
}

// reverseMentor makes a reverse mentor who masters one or two
// reverseTopics.
func reverseMentor(rng *rand.Rand, p mentoring.Person, maxCap int) mentoring.Participant {
	q := mentor(rng, p, mentoring.RoleReverseMentor, 1, maxCap)
	q.Offers = nil
	for _, t := range pick(rng, reverseTopics, 1+rng.IntN(2)) {
		q.Offers = append(q.Offers, t)
		if _, ok := q.Person.SkillLevel(t); !ok {
			q.Person.Skills = append(q.Person.Skills, mentoring.Skill{Name: t, Level: 4 + rng.IntN(2)})
		}
	}
	return q
}

// wants picks two or three skills for a mentee to develop: the person's
// weakest skills and skills of the pools they lack.
func wants(rng *rand.Rand, p mentoring.Person) []string {
	var pool []string
	for _, d := range DefaultDepartments() {
		if d.Name == p.Department {
			pool = append(pool, d.Skills...)
		}
	}
	pool = append(pool, commonSkills...)
	k := 2 + rng.IntN(2)
	var out []string
	for _, s := range pick(rng, pool, len(pool)) {
		if lvl, ok := p.SkillLevel(s); !ok || lvl <= 2 {
			out = append(out, s)
		}
		if len(out) == k {
			break
		}
	}
	if len(out) == 0 {
		out = []string{pool[rng.IntN(len(pool))]}
	}
	return out
}
