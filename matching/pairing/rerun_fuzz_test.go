package pairing_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/mentoring"
)

// FuzzRematchEvents draws an event list (and active pairs) from bytes
// over the example programme, IDs known and unknown, and checks that
// Rematch never panics, and that a success keeps its promises: no mentee
// twice, the state's active pairs are the result's, and the result is
// explained by New(Programme, Config).
func FuzzRematchEvents(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7})
	f.Add([]byte{1, 0, 0, 1, 2, 3, 4})
	f.Add([]byte{9, 9, 9, 9, 0, 0, 0, 0, 5, 5, 1, 2})
	f.Add([]byte{3, 200, 17, 4, 4, 4, 2, 1, 0, 6, 6, 6, 6})
	ids := []string{"anna", "bram", "chen", "daan", "eva", "femke", "gijs", "zoe"}
	f.Fuzz(func(t *testing.T, data []byte) {
		next := func() int {
			if len(data) == 0 {
				return 0
			}
			b := data[0]
			data = data[1:]
			return int(b)
		}
		id := func() string { return ids[next()%len(ids)] }
		st := pairing.State{ProgrammeID: "spring"}
		for range next() % 4 {
			st.Active = append(st.Active, pairing.Tenure{MentorID: id(), MenteeID: id(), Since: jan})
		}
		var events []pairing.Event
		for range next() % 6 {
			ev := pairing.Event{Kind: pairing.EventKind(next() % 8), MentorID: id(), MenteeID: id(), Outcome: mentoring.EndReason(next() % 7), Capacity: next()%4 - 1}
			switch ev.Kind {
			case pairing.EventJoined:
				q := mentoring.Participant{Person: mentoring.Person{ID: id(), Name: "x"}, Role: mentoring.Role(1 + next()%2)}
				if q.Role == mentoring.RoleMentor {
					q.Capacity = 1
				}
				ev.Participant = &q
			case pairing.EventPersonChanged:
				q := exampleProgramme().Participants[next()%6].Person
				q.ManagerID = []string{"", "anna", "bram", "nobody"}[next()%4]
				ev.Person = &q
			}
			events = append(events, ev)
		}
		penalty := float64(next()%5) / 4
		prog := exampleProgramme()
		cfg := skillsOnly()
		if next()%3 == 0 { // circles of two to three
			prog.Format, prog.GroupSize = mentoring.FormatGroup, mentoring.GroupSize{Min: 2, Max: 3}
			for i := range prog.Participants {
				if prog.Participants[i].Role == mentoring.RoleMentor {
					prog.Participants[i].Capacity = 3
				}
			}
			if next()%2 == 0 { // and a mix on a site each states (or not)
				for i := range prog.Participants {
					if v := []string{"", "north", "south"}[next()%3]; v != "" {
						prog.Participants[i].Person.Attributes = map[string]string{"site": v}
					}
				}
				mixes := []pairing.CircleMix{{Attribute: "site", Value: "north", Min: 1}, {Attribute: "site", Min: 2}, {Attribute: "site", OtherThanMentor: true, Min: 1}, {Attribute: "site", Max: 1}}
				cfg.Rules.CircleMix = []pairing.CircleMix{mixes[next()%len(mixes)]}
			}
		}
		out, err := pairing.Rematch(prog, cfg, st, events, penalty, apr)
		if err != nil {
			return
		}
		seen := map[string]bool{}
		for _, q := range out.Result.Pairs {
			if seen[q.MenteeID] {
				t.Fatalf("mentee %s paired twice", q.MenteeID)
			}
			seen[q.MenteeID] = true
		}
		if len(out.State.Active) != len(out.Result.Pairs) {
			t.Fatalf("state has %d active pairs, result %d", len(out.State.Active), len(out.Result.Pairs))
		}
		p, err := pairing.New(out.Programme, out.Config)
		if err != nil {
			t.Fatalf("the programme after the events: %v", err)
		}
		if _, err := p.Reasons(out.Result); err != nil {
			t.Fatalf("Reasons of the re-matching: %v", err)
		}
		// Every circle meets the mix: CheckCircleMix only explains the
		// mentors dissolved for it.
		list, _ := fault.List(p.CheckCircleMix(out.Result))
		for _, fe := range list {
			if !strings.HasPrefix(fe.Field, "unmatched[") {
				t.Fatalf("a re-matched circle breaks the mix: %v", fe)
			}
		}
		b, err := json.Marshal(out.State)
		if err != nil {
			t.Fatal(err)
		}
		var back pairing.State
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzDecodedResult decodes arbitrary JSON as a Result (seeded with a
// real one and damaged copies) and asks WhyNot and Reasons about it:
// they answer or return an error, never panic.
func FuzzDecodedResult(f *testing.F) {
	p, err := pairing.New(exampleProgramme(), skillsOnly())
	if err != nil {
		f.Fatal(err)
	}
	res, err := p.Solve()
	if err != nil {
		f.Fatal(err)
	}
	good, err := json.Marshal(res)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add([]byte(`{"programmeId":"spring","pairs":[{"mentorId":"anna","menteeId":"daan"}]}`))
	f.Add([]byte(`{"programmeId":"spring","pairs":[{"mentorId":"bram","menteeId":"eva"},{"mentorId":"bram","menteeId":"daan"}],"fingerprint":{"participants":"x"}}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var r pairing.Result
		if json.Unmarshal(data, &r) != nil {
			return
		}
		// Give damaged pairs the real fingerprint half of the time, so
		// the pair checks are reached.
		if len(data)%2 == 0 {
			r.ProgrammeID, r.Fingerprint = res.ProgrammeID, res.Fingerprint
		}
		if w, err := p.WhyNot(r, "bram", "daan"); err == nil && w.MenteeID != "daan" {
			t.Fatalf("WhyNot answered about %s", w.MenteeID)
		}
		_, _ = p.Reasons(r)
	})
}
