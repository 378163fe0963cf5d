package causal

import (
	"testing"

	"github.com/mentorkit/mentorkit/internal/fault"
)

func TestMessages(t *testing.T) {
	if err := fault.CheckTable(messages); err != nil {
		t.Error(err)
	}
}
