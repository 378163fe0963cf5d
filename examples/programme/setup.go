package main

import (
	"fmt"
	"io"
	"time"

	"github.com/mentorkit/mentorkit/mentoring"
)

// guidelines are the roles' responsibilities: clear guidelines,
// communication and feedback, who takes the initiative, and listening more
// than talking.
var guidelines = []mentoring.Guideline{
	{Role: mentoring.RoleMentor, Responsibilities: []string{
		"meet at the programme's cadence and discuss mutual expectations in the first session",
		"ask open questions and listen more than you talk",
		"help the mentee set SMART goals and review them every session",
	}},
	{Role: mentoring.RoleReverseMentor, Responsibilities: []string{
		"share your knowledge of the agreed topic, with examples from your own work",
		"speak freely: the relationship has no reporting line and no stakes",
	}},
	{Role: mentoring.RoleMentee, Responsibilities: []string{
		"take the initiative for the sessions and come with a question",
		"keep your goals up to date and report progress at every session",
	}},
}

// stepSetUp manages expectations before the start: guidelines for every
// role, a realistic time commitment, feedback moments, and trained and
// supported mentors. The readiness review says what is missing at each
// stage; the programme starts only without blockers.
func stepSetUp(w io.Writer, y *year) error {
	section(w, "2. Guidelines and expectations")
	rng := newRand(y.seed, streamTraining)
	tw := table(w)
	fmt.Fprintln(tw, "programme\tblockers as drawn\tafter set-up\tmentors trained in week 1\tafter training\twarnings left")
	for _, t := range y.tracks {
		before := t.prog.Review()

		p := t.prog.Clone()
		p.Objectives = programmeObjectives(y.objectives)
		p.Start, p.End = y.start, y.end
		p.Cadence, p.HoursPerMonth = t.cadence, t.hours
		p.Guidelines = guidelines
		p.FeedbackMoments = []time.Time{y.mid, y.end.AddDate(0, 0, -14)}
		for i := range p.Participants {
			if p.Participants[i].Role == mentoring.RoleMentee {
				// Mentees agree to the expected time, plus a little for
				// their goals.
				p.Participants[i].HoursPerMonth = t.hours + float64(rng.IntN(3))
			}
		}
		set := p.Review()

		// Every mentor not yet trained follows the one-day training in the
		// first week.
		trained := 0
		for i := range p.Participants {
			q := &p.Participants[i]
			if q.Role != mentoring.RoleMentee && !q.Trained {
				q.Trained = true
				trained++
			}
		}
		ready := p.Review()
		if !ready.Ready {
			return fmt.Errorf("%s is not ready: %v", p.Name, ready.Findings)
		}
		if err := p.Validate(); err != nil {
			return err
		}
		t.prog = p
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\n", p.Name, before.Blockers(), set.Blockers(), trained,
			ready.Blockers(), len(ready.Findings))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w, "A programme starts only without blockers; a warning (say, a mentor with fewer hours than expected) does not stop it.")
	return nil
}
