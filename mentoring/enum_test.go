package mentoring

import (
	"encoding/json"
	"errors"
	"testing"
)

func TestEnumNamesAndText(t *testing.T) {
	// The expected names are written out by hand from the issue, not
	// copied from the tables in the code.
	want := map[string][]string{
		"Role":      {"mentor", "mentee", "reverseMentor", "peerMentor"},
		"Format":    {"oneToOne", "group", "peer", "reverse", "flash", "crossOrganisation"},
		"Level":     {"junior", "medior", "senior", "lead", "executive"},
		"State":     {"proposed", "active", "paused", "completed", "ended"},
		"EndReason": {"notAGoodFit", "leftOrganisation", "programmeEnded", "declined", "other"},
	}
	got := map[string][]string{
		"Role":      {RoleMentor.String(), RoleMentee.String(), RoleReverseMentor.String(), RolePeerMentor.String()},
		"Format":    {FormatOneToOne.String(), FormatGroup.String(), FormatPeer.String(), FormatReverse.String(), FormatFlash.String(), FormatCrossOrganisation.String()},
		"Level":     {LevelJunior.String(), LevelMedior.String(), LevelSenior.String(), LevelLead.String(), LevelExecutive.String()},
		"State":     {StateProposed.String(), StateActive.String(), StatePaused.String(), StateCompleted.String(), StateEnded.String()},
		"EndReason": {ReasonNotAGoodFit.String(), ReasonLeftOrganisation.String(), ReasonProgrammeEnded.String(), ReasonDeclined.String(), ReasonOther.String()},
	}
	for kind, names := range want {
		for i, n := range names {
			if got[kind][i] != n {
				t.Errorf("%s constant %d String() = %q, want %q", kind, i+1, got[kind][i], n)
			}
		}
	}
	if s := Role(0).String(); s != "unset" {
		t.Errorf("Role(0).String() = %q, want unset", s)
	}
	if s := Format(77).String(); s != "Format(77)" {
		t.Errorf("Format(77).String() = %q", s)
	}
}

func TestEnumJSON(t *testing.T) {
	type doc struct {
		Role   Role      `json:"role"`
		Format Format    `json:"format"`
		Level  Level     `json:"level"`
		State  State     `json:"state"`
		Reason EndReason `json:"reason"`
	}
	in := doc{RoleReverseMentor, FormatCrossOrganisation, LevelExecutive, StatePaused, ReasonLeftOrganisation}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"role":"reverseMentor","format":"crossOrganisation","level":"executive","state":"paused","reason":"leftOrganisation"}`
	if string(b) != want {
		t.Fatalf("Marshal = %s, want %s", b, want)
	}
	var out doc
	if err := json.Unmarshal(b, &out); err != nil || out != in {
		t.Fatalf("round trip = %+v, %v; want %+v", out, err, in)
	}
	// The zero value is "unset" and marshals as "".
	b, err = json.Marshal(doc{})
	if err != nil || string(b) != `{"role":"","format":"","level":"","state":"","reason":""}` {
		t.Fatalf("Marshal(zero) = %s, %v", b, err)
	}
	// Parsing ignores case and surrounding spaces.
	var folded doc
	if err := json.Unmarshal([]byte(`{"role":"Mentor","format":" ONETOONE ","level":"Senior","state":"Paused","reason":"DECLINED"}`), &folded); err != nil ||
		folded != (doc{RoleMentor, FormatOneToOne, LevelSenior, StatePaused, ReasonDeclined}) {
		t.Errorf("case-insensitive Unmarshal = %+v, %v", folded, err)
	}
	for _, bad := range []string{
		`{"role":"boss"}`, `{"format":"one-to-one"}`, `{"level":"principal"}`,
		`{"state":"done"}`, `{"reason":"fired"}`, `{"role":3}`,
	} {
		var d doc
		err := json.Unmarshal([]byte(bad), &d)
		if err == nil {
			t.Errorf("Unmarshal(%s) accepted an unknown value: %+v", bad, d)
			continue
		}
		if bad != `{"role":3}` && !errors.Is(err, ErrUnknownEnum) {
			t.Errorf("Unmarshal(%s) = %v, want ErrUnknownEnum", bad, err)
		}
	}
	if _, err := json.Marshal(doc{Role: 9}); !errors.Is(err, ErrUnknownEnum) {
		t.Errorf("Marshal(Role(9)) = %v, want ErrUnknownEnum", err)
	}
}

func TestFindingCodeText(t *testing.T) {
	var c FindingCode
	if err := c.UnmarshalText([]byte(" MentorUntrained ")); err != nil || c != FindingMentorUntrained {
		t.Errorf("UnmarshalText(MentorUntrained) = %q, %v", c, err)
	}
	if err := c.UnmarshalText([]byte("untrained")); !errors.Is(err, ErrUnknownEnum) || c != FindingMentorUntrained {
		t.Errorf("UnmarshalText(untrained) = %q, %v; want ErrUnknownEnum and c unchanged", c, err)
	}
	if _, err := FindingCode("nope").MarshalText(); !errors.Is(err, ErrUnknownEnum) {
		t.Errorf("MarshalText(nope) = %v, want ErrUnknownEnum", err)
	}
}
