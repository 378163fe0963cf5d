package evaluation

import "github.com/mentorkit/mentorkit/internal/fault"

// Messages exposes the message table to the external tests.
func Messages() []fault.Message { return messages }
