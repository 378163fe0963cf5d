package goals

import (
	"encoding"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestEnumsText round-trips every declared value of every enum through its
// text form and checks that unknown names and undeclared values are errors.
func TestEnumsText(t *testing.T) {
	type enumCase struct {
		name  string
		names []string
		value func(i int) encoding.TextMarshaler
		zero  func() encoding.TextUnmarshaler
	}
	cases := []enumCase{
		{"Direction", directionNames, func(i int) encoding.TextMarshaler { return Direction(i) }, func() encoding.TextUnmarshaler { return new(Direction) }},
		{"Commitment", commitmentNames, func(i int) encoding.TextMarshaler { return Commitment(i) }, func() encoding.TextUnmarshaler { return new(Commitment) }},
		{"LinkKind", linkKindNames, func(i int) encoding.TextMarshaler { return LinkKind(i) }, func() encoding.TextUnmarshaler { return new(LinkKind) }},
		{"Language", languageNames, func(i int) encoding.TextMarshaler { return Language(i) }, func() encoding.TextUnmarshaler { return new(Language) }},
		{"Severity", severityNames, func(i int) encoding.TextMarshaler { return Severity(i) }, func() encoding.TextUnmarshaler { return new(Severity) }},
		{"Status", statusNames, func(i int) encoding.TextMarshaler { return Status(i) }, func() encoding.TextUnmarshaler { return new(Status) }},
		{"Decision", decisionNames, func(i int) encoding.TextMarshaler { return Decision(i) }, func() encoding.TextUnmarshaler { return new(Decision) }},
		{"Criterion", criterionNames, func(i int) encoding.TextMarshaler { return Criterion(i) }, func() encoding.TextUnmarshaler { return new(Criterion) }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for i, name := range c.names {
				text, err := c.value(i).MarshalText()
				require.NoError(t, err)
				require.Equal(t, name, string(text))
				require.Equal(t, name, c.value(i).(interface{ String() string }).String())
				back := c.zero()
				require.NoError(t, back.UnmarshalText(text))
				require.Equal(t, c.value(i), reflect.ValueOf(back).Elem().Interface())
			}
			_, err := c.value(len(c.names)).MarshalText()
			require.ErrorIs(t, err, ErrUnknownEnum)
			require.Contains(t, c.value(len(c.names)).(interface{ String() string }).String(), "(")
			require.ErrorIs(t, c.zero().UnmarshalText([]byte("no such name")), ErrUnknownEnum)
		})
	}
}

func TestReportJSON(t *testing.T) {
	r := Check(Goal{Title: "Beter worden in presenteren"}, CheckOptions{})
	data, err := json.Marshal(r)
	require.NoError(t, err)
	var back Report
	require.NoError(t, json.Unmarshal(data, &back))
	back.Invalid = r.Invalid // not serialised
	require.Equal(t, r, back)
	require.Len(t, r.Findings(), 10) // S 2, M 5, A 0, R 1, T 2 (see TestCheckVagueDutchGoal)
	require.False(t, r.Met())
	require.NoError(t, r.Invalid)
}
