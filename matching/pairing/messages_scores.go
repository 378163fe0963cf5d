package pairing

import "github.com/mentorkit/mentorkit/internal/fault"

// The messages of the scoring settings and the programme rules added with
// the minimum reverse-mentoring gap (kept apart from errors.go's table;
// TestScoreMessageTable checks both together).
var (
	msgReverseGapUnreachable = fault.Message{Code: "reverseGapUnreachable", Err: ErrConfig, EN: "is more than any mentee–reverse-mentor pair reaches (the largest gap is %v)", NL: "is groter dan enig koppel van mentee en omgekeerde mentor haalt (het grootste verschil is %v)"}
)

// scoreMessages lists this file's table.
var scoreMessages = []fault.Message{msgReverseGapUnreachable}
