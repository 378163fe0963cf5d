// Package feedback holds survey instruments and responses, their
// confidential aggregation, and the statistics of feedback in a mentoring
// programme.
package feedback
