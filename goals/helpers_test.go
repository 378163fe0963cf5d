package goals

import "time"

// date returns midnight UTC of the given day.
func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// sessionsGoal is an increasing goal used across the tests: from 2 to 10
// mentoring sessions led, 1 January to 1 May 2026 (120 days).
func sessionsGoal() Goal {
	return Goal{
		ID:          "g1",
		Title:       "Lead 10 mentoring sessions by 1 May 2026",
		Description: "From 2 to 10 sessions led, logged in the programme tool",
		Metric:      "mentoring sessions led",
		Unit:        "sessions",
		Direction:   Increase,
		Baseline:    Float(2),
		Target:      Float(10),
		Start:       date(2026, time.January, 1),
		Due:         date(2026, time.May, 1),
		Owner:       "mentee:ana",
		Links:       []Link{{Kind: LinkObjective, ID: "obj-leadership"}},
	}
}

// sessionsCheckIns are at days 30, 60 and 90 after 1 January 2026, given
// out of order.
func sessionsCheckIns() []CheckIn {
	return []CheckIn{
		{Time: date(2026, time.March, 2), Value: 5},
		{Time: date(2026, time.January, 31), Value: 3},
		{Time: date(2026, time.April, 1), Value: 6},
	}
}
