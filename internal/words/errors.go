package words

import (
	"errors"
	"strconv"
)

// ErrNoWords is returned by [NewMatcher] for a phrase that contains no word
// (empty, or only spaces and punctuation), because it could never match.
var ErrNoWords = errors.New("words: phrase has no words")

// PhraseError reports a phrase that [NewMatcher] rejected. It unwraps to the
// sentinel that says why ([ErrNoWords]).
type PhraseError struct {
	Index  int    // position of the phrase in the arguments of NewMatcher
	Phrase string // the phrase as given
	Err    error  // the sentinel
}

// Error implements the error interface.
func (e *PhraseError) Error() string {
	return "words: phrase " + strconv.Itoa(e.Index) + " " + strconv.Quote(e.Phrase) + ": " + trimPrefix(e.Err.Error())
}

// Unwrap returns the sentinel.
func (e *PhraseError) Unwrap() error { return e.Err }

// trimPrefix drops the package prefix of a sentinel's message.
func trimPrefix(msg string) string {
	const p = "words: "
	if len(msg) >= len(p) && msg[:len(p)] == p {
		return msg[len(p):]
	}
	return msg
}
