package feedback

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/internal/faulttest"
)

func TestInstrumentValidate(t *testing.T) {
	nps := NPSScale
	tests := []struct {
		name   string
		in     Instrument
		want   []error
		fields []string
	}{
		{"valid", *fiveItems(), nil, nil},
		{"empty", Instrument{}, []error{ErrInvalid, ErrTooFew}, []string{"instrument.id", "scale", "instrument.items"}},
		{"reversed scale", Instrument{ID: "x", Scale: Scale{Min: 5, Max: 1}, Items: []Item{{ID: "a", Text: map[string]string{"en": "A"}}}},
			[]error{ErrInvalid}, []string{"scale = 5..1"}},
		{"too many points", Instrument{ID: "x", Scale: Scale{Min: 0, Max: 200}, Items: []Item{{ID: "a", Text: map[string]string{"en": "A"}}}},
			[]error{ErrOutOfRange}, []string{"scale = 0..200"}},
		{"items", Instrument{ID: "x", Scale: LikertScale(5), Items: []Item{
			{ID: "a", Text: map[string]string{"en": "A"}, Subscale: "s"},
			{ID: "a", Text: map[string]string{"en": ""}},
			{ID: "", Text: nil},
			{ID: "b", Text: map[string]string{"nl": "B"}, Subscale: "s", Scale: &nps},
		}}, []error{ErrDuplicate, ErrInvalid}, []string{"instrument.items[1].id", "instrument.items[1].text", "instrument.items[2].id", "instrument.items[2].text", "instrument.items[3].scale"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.in.Validate()
			if tc.want == nil {
				require.NoError(t, err)
				return
			}
			for _, w := range tc.want {
				require.ErrorIs(t, err, w)
			}
			for _, f := range tc.fields {
				require.ErrorContains(t, err, f)
			}
			var fe *FieldError
			require.True(t, errors.As(err, &fe))
		})
	}
}

func TestValidateResponse(t *testing.T) {
	in := fiveItems()
	in.Items[4].Scale = &NPSScale
	require.NoError(t, in.ValidateResponse(&Response{Respondent: "a", Subject: "s", Group: Peer,
		Answers: []Answer{{"q5", 10}, {"q1", 1}}})) // any order; q5 is 0..10; q2..q4 missing
	err := in.ValidateResponse(&Response{Answers: []Answer{{"q1", 6}, {"zz", 1}, {"q1", 2}, {"q5", 11}}})
	for _, want := range []struct{ field, code string }{
		{"response.respondent", "required"}, {"response.subject", "required"}, {"response.group", "required"},
		{"response.answers[0].value", "answerOffScale"}, {"response.answers[1].item", "unknownItem"},
		{"response.answers[2].item", "duplicate"}, {"response.answers[3].value", "answerOffScale"},
	} {
		faulttest.Require(t, err, want.field, want.code)
	}
	require.ErrorContains(t, err, "response.answers[0].value = 6: is off the scale of item q1, 1 to 5")
	require.ErrorContains(t, err, `response.answers[2].item = "q1": repeats answers[0]`)
	require.ErrorContains(t, err, "response.answers[3].value = 11: is off the scale of item q5, 0 to 10")
	require.ErrorIs(t, err, ErrUnknownItem)
	require.ErrorIs(t, err, ErrOutOfRange)
	require.ErrorIs(t, err, ErrDuplicate)
	fe := faulttest.Require(t, err, "response.answers[0].value", "answerOffScale")
	require.Equal(t, "valt buiten de schaal van vraag q1, 1 tot en met 5", fe.Message(true))
	require.Equal(t, 6, fe.Value)
	// A named respondent's errors carry the respondent's ID.
	err = in.ValidateResponse(&Response{Respondent: "ann", Answers: []Answer{{"q1", 6}}})
	require.Equal(t, "ann", faulttest.Require(t, err, "response.subject", "required").ID)
	require.Equal(t, "ann", faulttest.Require(t, err, "response.group", "required").ID)
	require.Equal(t, "ann", faulttest.Require(t, err, "response.answers[0].value", "answerOffScale").ID)
}

func TestValidateResponsesManyDuplicates(t *testing.T) {
	// 2,000 respondents, each twice (a retried upload): the first ten
	// duplicates are listed with the place of the first answer, the rest
	// counted in one error. Finding the first place scans the responses,
	// so listing all 2,000 cost O(n²) time, and O(n) errors.
	in := fiveItems()
	var rs []Response
	for range 2 {
		for i := range 2000 {
			rs = append(rs, Response{Respondent: fmt.Sprint("r", i), Subject: "s", Group: Peer})
		}
	}
	err := in.ValidateResponses(rs)
	require.ErrorIs(t, err, ErrDuplicate)
	require.ErrorContains(t, err, `responses[2000].respondent ("r0"): repeats responses[0]`)
	require.Equal(t, "r9", faulttest.Require(t, err, "responses[2009].respondent", "duplicate").ID)
	require.NotContains(t, err.Error(), "responses[2010]")
	require.ErrorContains(t, err, "hold 1990 more responses from a respondent who answered about the same subject before")
	faulttest.Require(t, err, "responses", "moreDuplicateRespondents")
	joined, ok := err.(interface{ Unwrap() []error })
	require.True(t, ok)
	require.Len(t, joined.Unwrap(), 11)
}
