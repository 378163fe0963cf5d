// Package goals checks, tracks and scores mentees' goals: the Goal model,
// a SMART check per letter with stable finding codes and messages in
// English and Dutch, a linter for vague wording, progress and forecasts
// from check-ins with the four-point rule, and Goal Attainment Scaling.
//
// The source articles ask for "heldere en meetbare doelen" and SMART goals
// for every mentoring relationship; this package checks them. It imports no
// other domain package: what it needs of a programme (its start and end,
// its objectives) comes in as plain values in CheckOptions.
package goals
