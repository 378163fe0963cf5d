package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/mentorkit/mentorkit/problems"
)

// Defaults of Options.
const (
	DefaultMaxBody = 1 << 20 // 1 MiB
	DefaultTimeout = 30 * time.Second
	DefaultMaxWork = 4
)

// Options are the service's settings; zero fields mean the defaults.
type Options struct {
	MaxBody int64         // largest request body in bytes
	Timeout time.Duration // longest a request waits for its work
	MaxWork int           // requests whose work may run at once
}

func (o Options) withDefaults() Options {
	if o.MaxBody <= 0 {
		o.MaxBody = DefaultMaxBody
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxWork <= 0 {
		o.MaxWork = DefaultMaxWork
	}
	return o
}

// service holds only settings and the work limiter, never request data.
type service struct {
	opts Options
	work chan struct{} // a slot per running piece of work
}

// NewHandler returns the service's routes.
func NewHandler(opts Options) http.Handler {
	return newService(opts).routes()
}

func newService(opts Options) *service {
	s := &service{opts: opts.withDefaults()}
	s.work = make(chan struct{}, s.opts.MaxWork)
	return s
}

func (s *service) routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/pairings", handle(s, s.pair))
	mux.HandleFunc("POST /v1/pairings/whynot", handle(s, s.whyNot))
	mux.HandleFunc("POST /v1/goals/check", handle(s, s.checkGoal))
	mux.HandleFunc("POST /v1/surveys/report", handle(s, s.surveyReport))
	mux.HandleFunc("POST /v1/reports/effectiveness", handle(s, s.effectiveness))
	// Everything else: 405 for another method on an endpoint, 404 for any
	// other path, both as JSON. (A catch-all pattern takes precedence over
	// the mux's own 405, so it says it here.)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/v1/pairings", "/v1/pairings/whynot", "/v1/goals/check", "/v1/surveys/report", "/v1/reports/effectiveness":
			w.Header().Set("Allow", http.MethodPost)
			writeJSON(w, http.StatusMethodNotAllowed, ErrorBody{Status: http.StatusMethodNotAllowed, Error: problems.Text{
				EN: "Use POST with a JSON body.", NL: "Gebruik POST met een JSON-body.",
			}})
		default:
			writeJSON(w, http.StatusNotFound, ErrorBody{Status: http.StatusNotFound, Error: problems.Text{
				EN: "There is no such endpoint.", NL: "Dit endpoint bestaat niet.",
			}})
		}
	})
	return mux
}

// handle decodes the body into a Req, runs fn with the request's context
// and writes its answer or error.
func handle[Req, Resp any](s *service, fn func(Req) (Resp, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req Req
		if err := decode(w, r, s.opts.MaxBody, &req); err != nil {
			writeError(w, err)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), s.opts.Timeout)
		defer cancel()
		resp, err := do(ctx, s, func() (Resp, error) { return fn(req) })
		if err != nil {
			writeError(w, err)
			return
		}
		writeJSON(w, http.StatusOK, resp)
	}
}

// errCancelled is the error of work the request stopped waiting for.
var errCancelled = errors.New("service: request cancelled or timed out")

// do runs fn in its own goroutine and waits for it or for ctx. The SDK's
// work cannot be interrupted: when ctx ends first, fn runs on in the
// background, holding its work slot until it returns, and its result is
// dropped.
func do[Resp any](ctx context.Context, s *service, fn func() (Resp, error)) (Resp, error) {
	var zero Resp
	if ctx.Err() != nil { // the client is gone already: start nothing
		return zero, errCancelled
	}
	select {
	case s.work <- struct{}{}:
	case <-ctx.Done():
		return zero, errCancelled
	}
	type out struct {
		v   Resp
		err error
	}
	done := make(chan out, 1) // buffered: the goroutine never blocks on a gone request
	go func() {
		defer func() { <-s.work }()
		defer func() {
			if p := recover(); p != nil {
				done <- out{err: internalError{fmt.Errorf("service: internal error: %v", p)}}
			}
		}()
		v, err := fn()
		done <- out{v, err}
	}()
	select {
	case o := <-done:
		return o.v, o.err
	case <-ctx.Done():
		return zero, errCancelled
	}
}
