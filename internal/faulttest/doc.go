// Package faulttest holds the assertion the packages' tests make about
// field errors (internal/fault): that an error holds one at a given field
// with a given code, with its English and Dutch text. Only test files
// import it.
package faulttest
