package problems_test

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/mentorkit/mentorkit/mentoring"
	"github.com/mentorkit/mentorkit/problems"
)

// A directory where someone manages themselves and a manager nobody knows: the
// joined errors become a list a form can show in either language.
func ExampleList() {
	_, err := mentoring.NewDirectory([]mentoring.Person{
		{ID: "p1", Name: "Anna", ManagerID: "p9"},
		{ID: "p2", Name: "Bram", ManagerID: "p2"},
	}, mentoring.DirectoryStrict)
	for _, p := range problems.List(err) {
		fmt.Printf("%s %s [%s]: %s / %s\n", p.Field, p.ID, p.Code, p.Message.EN, p.Message.NL)
	}
	enc := json.NewEncoder(os.Stdout)
	_ = enc.Encode(problems.List(err)[:1])
	// Output:
	// people[0].managerId p1 [unknownManager]: names nobody in the directory: the reporting line of p1 cannot be checked / verwijst naar niemand in het personeelsbestand; de rapportagelijn van p1 is niet te controleren
	// people[1].managerId p2 [ownManager]: a person is not their own manager / iemand kan niet zijn eigen leidinggevende zijn
	// [{"field":"people[0].managerId","id":"p1","code":"unknownManager","message":{"en":"names nobody in the directory: the reporting line of p1 cannot be checked","nl":"verwijst naar niemand in het personeelsbestand; de rapportagelijn van p1 is niet te controleren"}}]
}

// A misspelt member deep inside a programme decodes without a word;
// UnknownMembers names it by its path.
func ExampleUnknownMembers() {
	data := []byte(`{"id": "voorjaar", "participants": [{"person": {"id": "e1", "nmae": "Eva"}, "role": "mentee"}]}`)
	var prog mentoring.Programme
	if err := json.Unmarshal(data, &prog); err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range problems.List(problems.UnknownMembers(data, &prog)) {
		fmt.Printf("%s (%s): %s\n", p.Field, p.Code, p.Message.NL)
	}
	// Output:
	// participants[0].person.nmae (unknownMember): is geen veld dat hier wordt gelezen (verkeerd gespeld, of uit een andere versie?)
}
