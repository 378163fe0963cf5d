package words_test

import (
	"fmt"

	"github.com/mentorkit/mentorkit/internal/words"
)

func ExampleMatcher_FindAll() {
	m := words.MustNewMatcher("meer", "werken aan", "z.s.m.")
	text := "Meerdere keren meer werken. Aan mijn presentaties werken aan, z.s.m.!"
	for _, mt := range m.FindAll(text) {
		fmt.Printf("phrase %d at [%d,%d): %q\n", mt.Phrase, mt.Start, mt.End, text[mt.Start:mt.End])
	}
	// Output:
	// phrase 0 at [15,19): "meer"
	// phrase 1 at [50,60): "werken aan"
	// phrase 2 at [62,67): "z.s.m"
}

func ExampleEqual() {
	fmt.Println(words.Equal("Coördinatie", "coordinatie"))
	fmt.Println(words.Equal("Machine-learning", "machine learning"))
	fmt.Println(words.Equal("AI", "retail"))
	// Output:
	// true
	// true
	// false
}

func ExampleTokens() {
	for _, t := range words.Tokens("Één café, z’n C++") {
		fmt.Printf("%q [%d,%d)\n", t.Text, t.Start, t.End)
	}
	// Output:
	// "een" [0,5)
	// "cafe" [6,11)
	// "z'n" [13,18)
	// "c++" [19,22)
}

func ExampleFold() {
	fmt.Println(words.Fold("Ĳsselmeer, Coördinatie, Straße"))
	// Output: ijsselmeer, coordinatie, strasse
}

func ExampleMatcher_FindLongest() {
	m := words.MustNewMatcher("werken", "werken aan")
	// "Werken aan" is bytes 0–10; the second "werken" bytes 28–34. FindAll
	// would also report the "Werken" inside "Werken aan".
	text := "Werken aan de slag, blijven werken"
	for _, mt := range m.FindLongest(text) {
		fmt.Printf("phrase %d at [%d,%d): %q\n", mt.Phrase, mt.Start, mt.End, text[mt.Start:mt.End])
	}
	// Output:
	// phrase 1 at [0,10): "Werken aan"
	// phrase 0 at [28,34): "werken"
}
