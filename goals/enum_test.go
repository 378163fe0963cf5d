package goals

import (
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestEnumsText round-trips every declared value of every enum through its
// text form, checks that parsing ignores case, and that unknown names and
// undeclared values are errors wrapping ErrUnknownEnum.
func TestEnumsText(t *testing.T) {
	type enumCase struct {
		name  string
		names []string // index 0 is the unset value
		value func(i int) encoding.TextMarshaler
		zero  func() encoding.TextUnmarshaler
	}
	cases := []enumCase{
		{"Direction", []string{"", "increase", "decrease", "within"}, func(i int) encoding.TextMarshaler { return Direction(i) }, func() encoding.TextUnmarshaler { return new(Direction) }},
		{"Commitment", []string{"", "committed", "aspirational"}, func(i int) encoding.TextMarshaler { return Commitment(i) }, func() encoding.TextUnmarshaler { return new(Commitment) }},
		{"LinkKind", []string{"", "objective", "careerGoal"}, func(i int) encoding.TextMarshaler { return LinkKind(i) }, func() encoding.TextUnmarshaler { return new(LinkKind) }},
		{"Language", []string{"", "en", "nl"}, func(i int) encoding.TextMarshaler { return Language(i) }, func() encoding.TextUnmarshaler { return new(Language) }},
		{"Severity", []string{"", "info", "warning", "error"}, func(i int) encoding.TextMarshaler { return Severity(i) }, func() encoding.TextUnmarshaler { return new(Severity) }},
		{"Status", []string{"", "onTrack", "behind", "atRisk", "achieved"}, func(i int) encoding.TextMarshaler { return Status(i) }, func() encoding.TextUnmarshaler { return new(Status) }},
		{"Decision", []string{"", "keep", "changePlan", "raiseGoal"}, func(i int) encoding.TextMarshaler { return Decision(i) }, func() encoding.TextUnmarshaler { return new(Decision) }},
		{"Criterion", []string{"", "specific", "measurable", "achievable", "assignable", "acceptable", "relevant", "realistic", "timeBound"}, func(i int) encoding.TextMarshaler { return Criterion(i) }, func() encoding.TextUnmarshaler { return new(Criterion) }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for i, name := range c.names {
				text, err := c.value(i).MarshalText()
				require.NoError(t, err)
				require.Equal(t, name, string(text))
				str := c.value(i).(fmt.Stringer).String()
				if i == 0 {
					require.Equal(t, "unset", str)
				} else {
					require.Equal(t, name, str)
				}
				back := c.zero()
				require.NoError(t, back.UnmarshalText([]byte(strings.ToUpper(name))))
				require.Equal(t, c.value(i), reflect.ValueOf(back).Elem().Interface())
			}
			_, err := c.value(len(c.names)).MarshalText()
			require.ErrorIs(t, err, ErrUnknownEnum)
			require.Contains(t, c.value(len(c.names)).(fmt.Stringer).String(), "(")
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
