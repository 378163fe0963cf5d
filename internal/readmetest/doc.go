// Package readmetest compiles every Go snippet of the repository's README.md
// against the current API, so the README cannot drift from the code.
//
// Rules for README.md:
//   - A fenced block opened with ```go is a snippet: a list of statements, as
//     in a function body that returns error. It is type-checked; declared-
//     but-unused variables and unused imports are allowed, nothing else.
//   - The variables a snippet assumes (a programme, a time, a result of an
//     earlier snippet) are declared in an HTML comment on the line right
//     before the fence, invisible on a rendered page:
//     <!-- snippet: prog mentoring.Programme; now time.Time -->
//     (parameter declarations, separated by ";").
//   - Every public package of the module and the standard and gonum
//     packages in imports below are imported under their usual names.
//   - A block that is not meant to compile uses another language tag
//     (```text, ```sh, ```json).
package readmetest
