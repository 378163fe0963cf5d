// Package jsontest checks mentorkit's JSON promise in tests: every value a
// user gets back marshals, and decodes back equal. Only test files import
// it.
package jsontest
