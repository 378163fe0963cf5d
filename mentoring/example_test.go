package mentoring_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/mentorkit/mentorkit/mentoring"
)

func ExamplePerson_Validate() {
	p := mentoring.Person{
		ID:               "ana",
		Name:             "Ana",
		Seniority:        mentoring.Seniority{Level: mentoring.LevelJunior, Years: 2},
		Skills:           []mentoring.Skill{{Name: "Go", Level: 6}, {Name: "go", Level: 3}},
		UTCOffsetMinutes: 330, // India, UTC+05:30
	}
	err := p.Validate()
	fmt.Println(err)

	var fe *mentoring.FieldError
	if errors.As(err, &fe) {
		fmt.Println("first problem:", fe.Field, fe.ID, fe.Code)
		fmt.Println("in Dutch:", fe.Field, fe.Message(true))
	}
	fmt.Println("duplicate?", errors.Is(err, mentoring.ErrDuplicate))
	// Output:
	// mentoring: skills[0].level ("ana") = 6: must lie between 1 and 5
	// mentoring: skills[1].name ("ana") = "go": repeats skills[0]
	// first problem: skills[0].level ana outOfRange
	// in Dutch: skills[0].level moet tussen 1 en 5 liggen
	// duplicate? true
}

func ExampleProgramme_Review() {
	start := time.Date(2026, 9, 1, 9, 0, 0, 0, time.UTC)
	p := mentoring.Programme{
		ID:     "onboarding",
		Name:   "Onboarding buddies",
		Format: mentoring.FormatOneToOne,
		Objectives: []mentoring.Objective{
			{Statement: "New hires feel at home sooner"}, // no measure yet
		},
		Start:         start,
		End:           start.AddDate(0, 6, 0),
		Cadence:       14 * 24 * time.Hour,
		HoursPerMonth: 2,
		Participants: []mentoring.Participant{{
			Person: mentoring.Person{ID: "bo", Name: "Bo", Seniority: mentoring.Seniority{Level: mentoring.LevelSenior, Years: 9}},
			Role:   mentoring.RoleMentor, Capacity: 2, HoursPerMonth: 4,
		}},
	}
	r := p.Review()
	fmt.Println("ready:", r.Ready)
	for _, f := range r.Findings {
		fmt.Printf("%-8s %-24s %s\n", f.Severity, f.Code, f.Message)
	}
	// Output:
	// ready: false
	// blocker  objectiveNotMeasurable   Objective "New hires feel at home sooner" does not say how it is measured or what the target is.
	// blocker  guidelinesMissing        Write guidelines with the roles and responsibilities of mentors and mentees.
	// blocker  feedbackMomentsMissing   Plan moments to ask participants for feedback.
	// blocker  mentorUntrained          Bo (bo) has not been trained as a mentor.
}

func ExampleRelationship_Transition() {
	t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	r, err := mentoring.Propose(mentoring.Relationship{
		ID: "r1", ProgrammeID: "p1", MentorID: "bo", MenteeIDs: []string{"ana"},
	}, t0)
	if err != nil {
		fmt.Println(err)
		return
	}
	r, _ = r.Activate(t0.AddDate(0, 0, 3))
	r, _ = r.Pause(t0.AddDate(0, 2, 0))
	r, _ = r.End(t0.AddDate(0, 3, 0), mentoring.ReasonLeftOrganisation)
	for _, t := range r.Transitions {
		fmt.Println(t.At.Format("2006-01-02"), t.From, "→", t.To, t.Reason)
	}

	_, err = r.Activate(t0.AddDate(0, 4, 0))
	var te *mentoring.TransitionError
	fmt.Println(errors.As(err, &te), te.From, te.To)
	fmt.Println(err)
	// Output:
	// 2026-03-02 unset → proposed unset
	// 2026-03-05 proposed → active unset
	// 2026-05-02 active → paused unset
	// 2026-06-02 paused → ended leftOrganisation
	// true ended active
	// mentoring: relationship "r1": illegal transition from ended to active
}

func ExampleAssessHealth() {
	t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	r, _ := mentoring.Propose(mentoring.Relationship{
		ID: "r1", ProgrammeID: "p1", MentorID: "bo", MenteeIDs: []string{"ana"},
	}, t0)
	r, _ = r.Activate(t0)
	session := func(id string, day int, by string, talk float64) mentoring.Session {
		return mentoring.Session{
			ID: id, RelationshipID: "r1", Start: t0.AddDate(0, 0, day), Duration: time.Hour,
			InitiatedBy: by, MentorTalkShare: mentoring.TalkShare(talk),
		}
	}
	sessions := []mentoring.Session{
		session("s1", 1, "bo", 0.7),
		session("s2", 15, "bo", 0.8),
		session("s3", 29, "ana", 0.6),
	}
	now := t0.AddDate(0, 0, 60) // 31 days after the last session
	h, err := mentoring.AssessHealth(r, sessions, 14*24*time.Hour, now, mentoring.HealthConfig{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("days since last session: %.0f (cadence %.0f)\n", h.DaysSinceLastSession, h.CadenceDays)
	fmt.Printf("mentee initiative: %.2f, mentor talk share: %.2f\n", h.MenteeInitiativeShare, h.MentorTalkShare)
	fmt.Println("concerns:", h.Concerns())
	// Output:
	// days since last session: 31 (cadence 14)
	// mentee initiative: 0.33, mentor talk share: 0.70
	// concerns: [overdue mentorDrivesInitiative mentorTalksMore expectationsNotDiscussed]
}

func ExampleProgramme_ValidateRelationships() {
	person := func(id string, l mentoring.Level, years float64) mentoring.Person {
		return mentoring.Person{ID: id, Name: id, Seniority: mentoring.Seniority{Level: l, Years: years}}
	}
	p := mentoring.Programme{
		ID: "rev", Name: "Reverse mentoring", Format: mentoring.FormatReverse,
		Participants: []mentoring.Participant{
			{Person: person("sam", mentoring.LevelJunior, 1), Role: mentoring.RoleReverseMentor, Capacity: 1,
				Offers: []string{"Social media", "AI tools"}},
			{Person: person("cfo", mentoring.LevelExecutive, 25), Role: mentoring.RoleMentee},
			{Person: person("kim", mentoring.LevelJunior, 0.5), Role: mentoring.RoleMentee},
		},
	}
	t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	good, _ := mentoring.Propose(mentoring.Relationship{ID: "r1", ProgrammeID: "rev", MentorID: "sam", MenteeIDs: []string{"cfo"}, Topic: "social media"}, t0)
	bad, _ := mentoring.Propose(mentoring.Relationship{ID: "r2", ProgrammeID: "rev", MentorID: "sam", MenteeIDs: []string{"kim"}, Topic: "Finance"}, t0)

	fmt.Println(p.ValidateRelationships([]mentoring.Relationship{good}))
	fmt.Println(p.ValidateRelationships([]mentoring.Relationship{good, bad}))
	// Output:
	// <nil>
	// mentoring: relationships[1].topic ("r2") = "Finance": is not among the topics sam offers
	// mentoring: relationships[1].menteeIds[0] ("r2") = "kim": is not more senior than reverse mentor sam (junior, 0.5 years against junior, 1 years)
	// mentoring: relationships[1].mentorId ("r2") = "sam": now has 2 mentees in open relationships, capacity 1
}

func ExampleCanTransition() {
	states := []mentoring.State{
		mentoring.StateProposed, mentoring.StateActive, mentoring.StatePaused,
		mentoring.StateCompleted, mentoring.StateEnded,
	}
	for _, from := range states {
		var to []string
		for _, s := range states {
			if mentoring.CanTransition(from, s) {
				to = append(to, s.String())
			}
		}
		fmt.Printf("%-9s → %v\n", from, to)
	}
	// Output:
	// proposed  → [active ended]
	// active    → [paused completed ended]
	// paused    → [active completed ended]
	// completed → []
	// ended     → []
}

func ExampleProgramme_ValidateSessions() {
	t0 := time.Date(2026, 6, 5, 14, 0, 0, 0, time.UTC)
	p := mentoring.Programme{ID: "flash", Name: "Flash mentoring day", Format: mentoring.FormatFlash}
	r, _ := mentoring.Propose(mentoring.Relationship{ID: "f1", ProgrammeID: "flash", MentorID: "bo", MenteeIDs: []string{"ana"}}, t0)
	sessions := []mentoring.Session{
		{ID: "s1", RelationshipID: "f1", Start: t0.Add(time.Hour), Duration: 30 * time.Minute, InitiatedBy: "ana"},
		{ID: "s2", RelationshipID: "f1", Start: t0.Add(3 * time.Hour), Duration: 30 * time.Minute, InitiatedBy: "ana"},
	}
	err := p.ValidateSessions([]mentoring.Relationship{r}, sessions)
	fmt.Println(err)
	fmt.Println(errors.Is(err, mentoring.ErrTooManySessions))
	// Output:
	// mentoring: sessions[1].relationshipId ("s2") = "f1": already had its single flash session in sessions[0]
	// true
}

func ExampleProgramme_Validate() {
	p := mentoring.Programme{
		ID: "circles", Name: "Leadership circles", Format: mentoring.FormatGroup,
		Start:     time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC),
		End:       time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC), // before the start
		Cadence:   -24 * time.Hour,
		GroupSize: mentoring.GroupSize{Min: 7}, // the default maximum is 6
	}
	err := p.Validate()
	fmt.Println(err)
	fmt.Println(errors.Is(err, mentoring.ErrTimeOrder))
	// Output:
	// mentoring: end = 2026-08-01T00:00:00Z: must be after the start, 2026-09-01T00:00:00Z
	// mentoring: cadence = -24h0m0s: must be from 0 to 366 days
	// mentoring: groupSize = {7 0}: minimum 7 exceeds maximum 6 once defaults apply
	// true
}
