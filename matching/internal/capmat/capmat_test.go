package capmat

import (
	"errors"
	"testing"

	"github.com/mentorkit/mentorkit/internal/fault"
)

func TestMessages(t *testing.T) {
	sentinel := errors.New("test")
	table := make([]fault.Message, len(Messages))
	for i, m := range Messages {
		table[i] = m.With(sentinel)
	}
	if err := fault.CheckTable(table); err != nil {
		t.Fatal(err)
	}
}
