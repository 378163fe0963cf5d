package pairing

import (
	"testing"

	"github.com/mentorkit/mentorkit/mentoring"
)

// pairDirectory builds a directory of people or fails the test.
func pairDirectory(t testing.TB, mode mentoring.DirectoryMode, people ...mentoring.Person) *mentoring.Directory {
	t.Helper()
	d, err := mentoring.NewDirectory(people, mode)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
