package problems

import (
	"testing"

	"github.com/mentorkit/mentorkit/internal/fault"
)

func TestMessageTable(t *testing.T) {
	if err := fault.CheckTable(messages); err != nil {
		t.Fatal(err)
	}
}
