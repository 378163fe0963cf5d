package feedback

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/mentoring"
)

// FuzzBuildReport decodes bytes into an organisation and its responses
// (three bytes each: team, rater group, answers), builds a report and plays
// the attacker on it: the rank tests must hold for any input.
func FuzzBuildReport(f *testing.F) {
	f.Add([]byte{5, 0x13, 0, 1, 9, 0, 1, 7, 1, 2, 3, 1, 6, 200, 2, 1, 1})
	f.Add([]byte{3, 0x03, 0, 6, 1, 0, 6, 2, 1, 1, 3, 1, 3, 4, 1, 5, 5})
	f.Add([]byte{3, 0x3f, 0, 3, 9, 0, 0x83, 7, 1, 0x8b, 3, 1, 3, 4, 2, 0x93, 5, 2, 4, 6})
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) < 2 || len(b) > 2+3*40 {
			return
		}
		in := fiveItems()
		o := testOrg{team: map[string]string{}, dept: map[string]string{}}
		var rs []Response
		for i := 2; i+2 < len(b); i += 3 {
			id, subject := fmt.Sprint("r", len(rs)), "s"
			if b[i+1]&0x80 != 0 && len(rs) > 0 { // a person answering again, about another subject
				id, subject = fmt.Sprint("r", int(b[i+1]>>3&7)%len(rs)), fmt.Sprint("s", len(rs))
			}
			if b[i]%8 != 7 {
				o.team[id] = fmt.Sprint("t", b[i]%8)
				o.dept[id] = fmt.Sprint("d", b[i]%8/3)
			}
			r := Response{Respondent: id, Subject: subject, Group: fuzzGroups[b[i+1]%8]}
			if b[i]&16 != 0 {
				r.Comment = fmt.Sprint("c", b[i]%3)
			}
			for j, it := range in.Items {
				v := int(b[i+2]>>j) % 7 // 0 and 6 are out of range: errors
				if v != 3 || j%2 == 0 {
					r.Answers = append(r.Answers, Answer{Item: it.ID, Value: v})
				}
			}
			rs = append(rs, r)
		}
		all := []Grouping{{Name: "overall"}, {Name: "dept", By: []string{"dept"}}, {Name: "team", By: []string{"team"}},
			{Name: "raterGroup", By: []string{"raterGroup"}}, {Name: "team×raterGroup", By: []string{"team", "raterGroup"}},
			{Name: "dept×raterGroup", By: []string{"dept", "raterGroup"}}}
		var gs []Grouping
		for k, g := range all {
			if b[1]>>k&1 == 1 {
				gs = append(gs, g)
			}
		}
		spec := ReportSpec{Policy: Policy{MinRespondents: int(b[0] % 8), ExemptGroups: exempts(b[1]&64 != 0, b[1]&128 != 0)},
			Dimensions: o.dims(), Groupings: gs}
		if b[0]&8 != 0 { // list the teams, one more than can occur
			spec.Dimensions[1].Values = []string{"t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7"}
		}
		if m, ids, err := in.ReliabilityMatrix(rs, "support"); err == nil {
			_, c := m.Dims()
			require.Len(t, ids, c)
		}
		rep, err := BuildReport(in, rs, spec)
		if err != nil {
			require.NotEmpty(t, err.Error())
			return
		}
		attack(t, in, rs, spec, rep)
		groups, err := ReleaseComments(in, rs, spec, int(b[0]%16), rand.New(rand.NewPCG(1, 2)))
		require.NoError(t, err)
		require.Len(t, groups, len(rep.Cells))
	})
}

func FuzzValidateResponseJSON(f *testing.F) {
	f.Add([]byte(`{"respondent":"a","subject":"s","group":"peer","answers":[{"item":"q1","value":3}]}`))
	f.Add([]byte(`{"respondent":"","group":"boss","answers":[{"item":"q9","value":9},{"item":"q1","value":1},{"item":"q1","value":2}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var r Response
		if json.Unmarshal(b, &r) != nil {
			return
		}
		in := fiveItems()
		if err := in.ValidateResponse(&r); err == nil {
			out, err := json.Marshal(r)
			require.NoError(t, err)
			var back Response
			require.NoError(t, json.Unmarshal(out, &back))
			require.NoError(t, in.ValidateResponse(&back))
		}
	})
}

func FuzzNPS(f *testing.F) {
	f.Add([]byte{5, 3, 1, 2, 3, 4, 5, 2, 3, 4, 255, 3, 3, 1})
	f.Add([]byte{1, 1, 7, 7})
	f.Fuzz(func(t *testing.T, b []byte) {
		ratings := make([]int, len(b))
		for i, x := range b {
			ratings[i] = int(x) - 3
		}
		if res, err := NPS(ratings, NPSConfig{}); err == nil {
			require.True(t, res.Lower <= res.Score && res.Score <= res.Upper && res.Lower >= -100 && res.Upper <= 100)
		}
	})
}

func FuzzLintSBI(f *testing.F) {
	f.Add("Tijdens het overleg", "je was lui", "niemand sprak")
	f.Add("", "LAZY \xff not a team-player", "")
	f.Fuzz(func(t *testing.T, s, b, i string) {
		for _, lang := range []string{"en", "nl"} {
			for _, fd := range LintSBI(SBI{Situation: s, Behaviour: b, Impact: i}, lang) {
				require.NotEmpty(t, fd.Message)
				if fd.Code == SBIBehaviourTraitWord {
					require.Equal(t, fd.Word, b[fd.Start:fd.End])
				}
			}
		}
	})
}

func FuzzSelfCheck(f *testing.F) {
	f.Add([]byte{3, 1, 0, 2, 1, 1, 0, 5}, 55.0)
	f.Fuzz(func(t *testing.T, b []byte, index float64) {
		if len(b) > 40 {
			return
		}
		day := time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)
		r, err := mentoring.Propose(mentoring.Relationship{ID: "r1", ProgrammeID: "p", MentorID: "m", MenteeIDs: []string{"e"}}, day)
		require.NoError(t, err)
		r, err = r.Activate(day.Add(time.Hour))
		require.NoError(t, err)
		var sessions []mentoring.Session
		for i, x := range b {
			s := mentoring.Session{ID: fmt.Sprint("s", i), RelationshipID: "r1", Start: day.Add(time.Duration(i+1) * 24 * time.Hour),
				Duration: time.Hour, InitiatedBy: []string{"m", "e"}[x&1], ExpectationsDiscussed: x&2 != 0}
			if x&4 != 0 {
				s.GoalIDs = []string{fmt.Sprint("g", x>>4%3)}
			}
			if x&8 != 0 {
				s.MentorTalkShare = mentoring.TalkShare(float64(x>>4) / 15)
			}
			sessions = append(sessions, s)
		}
		h, err := mentoring.AssessHealth(r, sessions, 14*24*time.Hour, day.Add(60*24*time.Hour), mentoring.HealthConfig{})
		require.NoError(t, err)
		res, err := SelfCheck(SelfCheckInput{Health: h, Sessions: sessions, GoalIDs: []string{"g0", "g1"},
			CoreValues: []SubscaleStats{{Subscale: "v", N: 5, Index: index}}}, SelfCheckConfig{})
		if err != nil {
			require.ErrorIs(t, err, ErrOutOfRange)
			return
		}
		for _, s := range res.Signals {
			require.False(t, s.Concern && !s.Known, "%s: a concern needs data", s.Code)
		}
	})
}

// fuzzGroups maps a fuzz byte to a rater group: unset, the declared ones
// and a caller's own.
var fuzzGroups = []RaterGroup{"", Mentee, Mentor, Peer, DirectReport, Manager, Self, "client"}

// exempts is a policy's exempt groups: Self and Manager as asked.
func exempts(self, manager bool) []RaterGroup {
	var out []RaterGroup
	if self {
		out = append(out, Self)
	}
	if manager {
		out = append(out, Manager)
	}
	return out
}
