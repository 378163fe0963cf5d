package mentoring_test

import (
	"fmt"

	"github.com/mentorkit/mentorkit/mentoring"
)

// A lenient directory builds despite a manager ID that names nobody,
// reports it, and answers "unknown" where the broken line matters.
func ExampleNewDirectory() {
	staff := []mentoring.Person{
		{ID: "ann", Name: "Ann"},
		{ID: "bas", Name: "Bas", ManagerID: "ann"},
		{ID: "cem", Name: "Cem", ManagerID: "bas"},
		{ID: "fay", Name: "Fay", ManagerID: "bass"}, // a typo
	}
	dir, err := mentoring.NewDirectory(staff, mentoring.DirectoryLenient)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range dir.Findings() {
		fmt.Printf("%s: %s\n", f.Field, f.Message(false))
		fmt.Printf("%s: %s\n", f.Field, f.Message(true))
	}
	fmt.Println("ann within 2 levels above cem:", dir.WithinLevels("ann", "cem", 2))
	fmt.Println("ann skip-level of cem:", dir.SkipLevel("ann", "cem"))
	fmt.Println("bas within 2 levels above fay:", dir.WithinLevels("bas", "fay", 2))
	fmt.Println("chains of cem and fay known:", dir.ChainKnown("cem"), dir.ChainKnown("fay"))

	_, err = mentoring.NewDirectory(staff, mentoring.DirectoryStrict)
	fmt.Println(err)
	// Output:
	// people[3].managerId: names nobody in the directory: the reporting line of fay cannot be checked
	// people[3].managerId: verwijst naar niemand in het personeelsbestand; de rapportagelijn van fay is niet te controleren
	// ann within 2 levels above cem: yes
	// ann skip-level of cem: yes
	// bas within 2 levels above fay: unknown
	// chains of cem and fay known: true false
	// mentoring: people[3].managerId ("fay") = "bass": names nobody in the directory: the reporting line of fay cannot be checked
}
