// Package dates finds the dates, periods and deadlines in a goal's text,
// in Dutch and English as people type them, and resolves them against a
// moment now in now's location.
//
// It understands numeric dates (31-12-2026, 31/12, 1.3.27, 2026-12-31),
// day and month names in both languages with or without a year ("1 maart",
// "the 1st of March", "March 15, 2027"), months and years as windows ("in
// juni", "in 2027"), ISO weeks ("week 12", "wk12"), quarters and half-years
// ("Q3", "Q3 2026", "Q3'26", "H2", with a fiscal year that may start in
// another month), parts of periods ("eind/begin/half maart", "eind dit
// jaar", "end of next quarter", "mid-February", "EOY", "EOQ", "EOM"), spans
// from now ("binnen 6 weken", "within 3 months") and seasons as approximate
// windows ("voor de zomer", "before the summer").
//
// A numeric date is day-first unless Options.MonthFirst, except that a date
// impossible day-first and valid month-first ("12/31") is read month-first.
// A date without a year is the next occurrence whose end is on or after
// now's date, and is marked InferredYear. Impossible dates (31-02) and years
// outside 1900–2199 are not dates.
//
// Find runs in time linear in the length of the text (each token is looked
// at a bounded number of times) and never panics.
package dates
