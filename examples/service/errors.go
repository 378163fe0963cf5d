package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"

	"github.com/mentorkit/mentorkit/problems"
)

// badRequest is a body that is not one JSON value of the endpoint's shape.
type badRequest struct{ err error }

func (e badRequest) Error() string { return "bad request: " + e.err.Error() }
func (e badRequest) Unwrap() error { return e.err }

// internalError is a failure of the service itself (a panic in the SDK).
type internalError struct{ err error }

func (e internalError) Error() string { return e.err.Error() }
func (e internalError) Unwrap() error { return e.err }

// decode reads exactly one JSON value of r's body, at most limit bytes,
// into dst, and refuses members nothing reads, at any depth: the SDK's
// types skip unknown members when they decode (as encoding/json does),
// so problems.UnknownMembers names them, with their paths, afterwards.
func decode(w http.ResponseWriter, r *http.Request, limit int64, dst any) error {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		return err // *http.MaxBytesError, or the connection failed
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	if err := dec.Decode(dst); err != nil {
		if errors.Is(err, io.EOF) {
			return badRequest{errors.New("empty body")}
		}
		return badRequest{err}
	}
	// One value only: anything but white space after it is an error.
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return badRequest{errors.New("data after the JSON value")}
	}
	if err := problems.UnknownMembers(body, dst); err != nil {
		return badRequest{err}
	}
	return nil
}

// ErrorBody is the JSON of every error answer.
type ErrorBody struct {
	Status int           `json:"status"`
	Error  problems.Text `json:"error"`
	// Fields are the problems of a 422 as problems.List gives them
	// ({"field", "id", "code", "message": {"en", "nl"}}; a problem that is
	// not a FieldError has only its message).
	Fields []problems.Problem `json:"fields,omitempty"`
}

// writeError answers err with its status (see the package doc).
func writeError(w http.ResponseWriter, err error) {
	var (
		tooBig *http.MaxBytesError
		bad    badRequest
		inner  internalError
	)
	switch {
	case errors.As(err, &tooBig):
		writeJSON(w, http.StatusRequestEntityTooLarge, ErrorBody{Status: http.StatusRequestEntityTooLarge, Error: problems.Text{
			EN: fmt.Sprintf("The request is larger than %d bytes.", tooBig.Limit),
			NL: fmt.Sprintf("Het verzoek is groter dan %d bytes.", tooBig.Limit),
		}})
	case errors.As(err, &bad) && errors.Is(bad.err, problems.ErrUnknownMember):
		fields := problems.List(bad.err)
		writeJSON(w, http.StatusBadRequest, ErrorBody{Status: http.StatusBadRequest, Error: problems.Text{
			EN: fmt.Sprintf("The request has %d member(s) the service does not read; see fields.", len(fields)),
			NL: fmt.Sprintf("Het verzoek bevat %d veld(en) die de service niet leest; zie fields.", len(fields)),
		}, Fields: fields})
	case errors.As(err, &bad):
		writeJSON(w, http.StatusBadRequest, ErrorBody{Status: http.StatusBadRequest, Error: problems.Text{
			EN: "The request is not valid JSON of the expected shape: " + bad.err.Error(),
			NL: "Het verzoek is geen geldige JSON in de verwachte vorm: " + bad.err.Error(),
		}})
	case errors.Is(err, errCancelled):
		writeJSON(w, http.StatusServiceUnavailable, ErrorBody{Status: http.StatusServiceUnavailable, Error: problems.Text{
			EN: "The request was cancelled or took too long; try again later.",
			NL: "Het verzoek is afgebroken of duurde te lang; probeer het later opnieuw.",
		}})
	case errors.As(err, &inner):
		log.Print(err)
		writeJSON(w, http.StatusInternalServerError, ErrorBody{Status: http.StatusInternalServerError, Error: problems.Text{
			EN: "Something went wrong in the service.",
			NL: "Er ging iets mis in de service.",
		}})
	default:
		writeJSON(w, http.StatusUnprocessableEntity, validationBody(err))
	}
}

// validationBody flattens a (joined) validation error into its problems
// with problems.List: every FieldError and every other leaf, in the
// order the library found them.
func validationBody(err error) ErrorBody {
	b := ErrorBody{Status: http.StatusUnprocessableEntity, Fields: problems.List(err)}
	n := len(b.Fields)
	b.Error = problems.Text{
		EN: fmt.Sprintf("The request has %d problem(s); see fields.", n),
		NL: fmt.Sprintf("Het verzoek bevat %d probleem/problemen; zie fields.", n),
	}
	return b
}

// writeJSON writes v with status; encoding errors become a 500.
func writeJSON(w http.ResponseWriter, status int, v any) {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(v); err != nil {
		log.Printf("service: encoding the answer: %v", err)
		status = http.StatusInternalServerError
		buf.Reset()
		buf.WriteString(`{"status":500,"error":{"en":"The answer could not be encoded.","nl":"Het antwoord kon niet worden gecodeerd."}}` + "\n")
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}
