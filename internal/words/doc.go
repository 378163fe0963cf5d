// Package words finds whole words and phrases in English and Dutch text,
// ignoring case and accents. It is the one word matcher shared by the goals
// linter (vague phrases such as "werken aan" or "as soon as possible"), the
// pairing criteria of matching (skills, interests and career goals compared
// as words, so that "AI" never matches "retail" and "Coördinatie" equals
// "coordinatie") and the SBI lint of feedback (trait words such as "lui").
//
// Three layers, each usable on its own:
//
//   - [Fold] lower-cases a string and removes the diacritics of Latin letters
//     ("Coördinatie" → "coordinatie", "Ĳsselmeer" → "ijsselmeer").
//   - [Tokens] splits a text into words with byte offsets into the original
//     text; [Equal] compares two terms word by word after folding.
//   - [Matcher] is a compiled set of phrases; [Matcher.FindAll] returns every
//     whole-word occurrence with its byte offsets, [Matcher.FindLongest] the
//     non-overlapping leftmost-longest ones, [Matcher.Contains] whether any
//     occurs.
//
// # Words, hyphens, apostrophes and punctuation
//
// A word is a run of letters and digits with their combining marks. An
// apostrophe between two letters stays inside the word ("auto's", "z’n"),
// as does a trailing "+" or "#" after a letter ("C++", "C#"). Hyphens split
// words: "e-mail" is the two words "e" and "mail" and matches the phrase
// "e mail", but not "email". Dots split words, so the abbreviation "z.s.m."
// is the three words "z", "s" and "m". Between the words of a phrase the
// text may use any white space, hyphens, apostrophes or quotation marks;
// other punctuation ends the phrase unless the phrase has punctuation at
// that place too, so "werken aan" is not found in "Ik blijf werken. Aan de
// slag!".
//
// # Errors
//
// Only [NewMatcher] returns errors: a phrase without any word is a
// [*PhraseError] that unwraps to [ErrNoWords]. Every other function accepts
// any string, including invalid UTF-8 (an invalid byte is a one-byte
// separator), and never panics.
//
// # Determinism
//
// Results depend only on the arguments. Matches are ordered by start offset,
// then longer first, then by phrase index. Offsets always lie on rune
// boundaries of the original text and within it.
//
// The accent table covers Latin-1 Supplement, Latin Extended-A and -B and
// Latin Extended Additional (U+00C0..U+024F, U+1E00..U+1EFF); it is generated
// from Unicode 14 decompositions by gen_fold_table.py. Letters of other
// scripts are only lower-cased.
package words
