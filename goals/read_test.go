package goals

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestCheckFillsFromText checks which fields Check takes from the text: a
// measure only when the form gives none of its parts, the due date when
// empty, and FromText naming each field with its words.
func TestCheckFillsFromText(t *testing.T) {
	title := "Van 3 naar 1 keer per week overwerken, voor eind Q2"
	now := date(2026, time.December, 7)
	type fact struct{ Field, Text string }
	facts := func(r Report) []fact {
		out := []fact{}
		for _, f := range r.FromText {
			out = append(out, fact{f.Field, f.Span.Text})
		}
		return out
	}
	// Empty fields: the measure and the due date from the text.
	r := Check(Goal{Title: title}, CheckOptions{Now: now})
	want := []fact{{"metric", "1 keer per week"}, {"unit", "1 keer per week"}, {"direction", "1 keer per week"},
		{"target", "1 keer per week"}, {"baseline", "3"}, {"due", "eind Q2"}}
	if diff := cmp.Diff(want, facts(r)); diff != "" {
		t.Errorf("FromText (-want +got):\n%s", diff)
	}
	if !r.Letters[1].Met || !r.Letters[4].Met {
		t.Errorf("M and T not met from the text: %+v", summarise(r))
	}
	// A metric in the form: the measure stays the form's, the due date
	// still comes from the text.
	r = Check(Goal{Title: title, Metric: "overuren"}, CheckOptions{Now: now})
	if diff := cmp.Diff([]fact{{"due", "eind Q2"}}, facts(r)); diff != "" {
		t.Errorf("FromText with a metric (-want +got):\n%s", diff)
	}
	if r.Letters[1].Met {
		t.Error("M met although the form's measure has no unit or target")
	}
	// IgnoreText: nothing from the text.
	r = Check(Goal{Title: title}, CheckOptions{Now: now, IgnoreText: true})
	if len(r.FromText) != 0 || r.Letters[1].Met || r.Letters[4].Met {
		t.Errorf("IgnoreText read the text: %+v", r.FromText)
	}
}

// TestPlaceholder lists IDs that are and are not placeholders.
func TestPlaceholder(t *testing.T) {
	for _, id := range []string{"", " ", "n.v.t.", "N/A", "nvt", "tbd", "T.B.D.", "-", "?", "nog niet", "n.t.b.", "TODO"} {
		if !Placeholder(id) {
			t.Errorf("Placeholder(%q) = false", id)
		}
	}
	for _, id := range []string{"OBJ-7", "cg-speaker", "nvt-2026", "na-1", "objective 3"} {
		if Placeholder(id) {
			t.Errorf("Placeholder(%q) = true", id)
		}
	}
}

// TestReadUnits covers unit rules the corpus does not: the unit before
// "from", a bare "per week", the Dutch verb at the end of a clause, thousands
// with a decimal, a currency after the number.
func TestReadUnits(t *testing.T) {
	tests := []struct {
		text string
		lang Language
		want []Quantity // Value and Unit only
	}{
		{"Increase my billable hours from 28 to 32 per week by 1 July", English,
			[]Quantity{{Value: 28, Unit: "hours"}, {Value: 32, Unit: "hours per week"}}},
		{"Van 2 naar 4 per week sporten", Dutch, []Quantity{{Value: 2}, {Value: 4, Unit: "per week"}}},
		{"Mijn NPS van 7 naar 8 krijgen", Dutch, []Quantity{{Value: 7}, {Value: 8}}},
		{"Omzet van 1.500,5 naar 2.000 euro", Dutch, []Quantity{{Value: 1500.5}, {Value: 2000, Unit: "euro"}}},
		{"Grow from 1,500.5 to 2,000 subscribers", English, []Quantity{{Value: 1500.5}, {Value: 2000, Unit: "subscribers"}}},
		{"Meer omzet: 500€ per maand extra", Dutch, []Quantity{{Value: 500, Unit: "€ per maand"}}},
		{"Increase NPS to 50 by Q4", English, []Quantity{{Value: 50}}},
		{"Verzuim verlagen naar 3,5 voor eind 2027", Dutch, []Quantity{{Value: 3.5}}},
		{"Go to 3 meetups", English, []Quantity{{Value: 3, Unit: "meetups"}}},
		{"Read chapter 3 to 5", English, nil},
		{"Vijfentwintig klanten en tweeëntwintig offertes", Dutch, []Quantity{{Value: 25, Unit: "klanten"}, {Value: 22, Unit: "offertes"}}},
		{"Win twenty-five clients", English, []Quantity{{Value: 25, Unit: "clients"}}},
	}
	for _, tt := range tests {
		r, err := Read(tt.text, "", ReadOptions{Language: tt.lang})
		if err != nil {
			t.Fatal(err)
		}
		var got []Quantity
		for _, q := range r.Quantities {
			got = append(got, Quantity{Value: q.Value, Unit: q.Unit})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Read(%q) quantities (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestReadUnitlessTarget: a target without a unit is read with its
// direction, so a form can take it and ask only for the unit (Check still
// reports the missing unit).
func TestReadUnitlessTarget(t *testing.T) {
	r, err := Read("Verzuim verlagen naar 3,5 voor eind 2027", "", ReadOptions{Now: date(2026, 12, 7)})
	if err != nil || r.Target == nil || r.Target.Value != 3.5 || r.Direction != Decrease || r.Metric != "Verzuim" {
		t.Fatalf("Read = %+v, %v; want target 3.5, decrease, metric Verzuim", r, err)
	}
	rep := Check(Goal{Title: "Verzuim verlagen naar 3,5 voor eind 2027"}, CheckOptions{Now: date(2026, 12, 7)})
	if got := summarise(rep)[1].Codes; !cmp.Equal(got, []Code{CodeNoUnit, CodeNoBaseline}) {
		t.Errorf("M codes %v, want no-unit and no-baseline", got)
	}
}
