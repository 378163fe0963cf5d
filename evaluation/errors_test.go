package evaluation_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/internal/fault"
)

// fieldCodes maps the field of every *FieldError in err to its code,
// failing when err holds an error of another type.
func fieldCodes(t *testing.T, err error) map[string]string {
	t.Helper()
	list, ok := fault.List(err)
	require.True(t, ok, "not all errors are *FieldError: %v", err)
	m := map[string]string{}
	for _, fe := range list {
		m[fe.Field] = fe.Code
	}
	return m
}

func TestMessages(t *testing.T) {
	require.NoError(t, fault.CheckTable(evaluation.Messages()))
}
