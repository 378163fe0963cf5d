// Command service is a reference HTTP JSON API that embeds mentorkit the way
// a product would: standard library only (net/http, encoding/json), every
// request self-contained, no state shared between requests.
//
//	go run ./examples/service -addr 127.0.0.1:8080
//
// # Endpoints
//
// Every endpoint takes POST with a JSON body and answers JSON.
//
//   - POST /v1/pairings: {"programme": mentoring.Programme, "config":
//     pairing.Config, "directory": [mentoring.Person], "reasons": bool} → {"result": pairing.Result,
//     "reasons": [pairing.MenteeReasons]}. Every pair of the result carries
//     its score breakdown (the explanation); "reasons" (optional, it costs
//     extra solves) adds why each unmatched mentee is unmatched. "directory"
//     (optional) is the organisation's people, for the reporting-line rule
//     (pairing.Config.Directory, which JSON does not carry); without it the
//     participants themselves are the directory.
//   - POST /v1/pairings/whynot: {"programme", "config", "directory", "result" (a result
//     of /v1/pairings, stored by the caller), "mentorId", "menteeId"} →
//     pairing.WhyNot with its text in English and Dutch. The result is
//     checked against the programme and config by its fingerprint.
//   - POST /v1/goals/check: {"goal": goals.Goal, "options":
//     goals.CheckOptions} → {"reading": goals.TextReading (what the goal's
//     title and description say), "report": goals.Report (the SMART check)}.
//   - POST /v1/surveys/report: {"instrument": feedback.Instrument,
//     "responses": [feedback.Response], "spec": feedback.ReportSpec,
//     "ledger": feedback.Ledger, "label": string} → {"report":
//     feedback.Report, "ledger": feedback.Ledger}. The service keeps no
//     ledger: the caller stores the returned one and sends it with the next
//     release of the same survey, which is then checked against everything
//     released before. Dimensions read the responses' attributes (a nil
//     Key), so a spec in JSON needs no code.
//   - POST /v1/reports/effectiveness: {"records": [report.Record],
//     "config": report.Config} → {"report": report.Report, "text": the
//     report as plain text}.
//
// Example (a goal typed as text, read and checked):
//
//	curl -s localhost:8080/v1/goals/check -d '{"goal":{"id":"g1","title":"Van 3 naar 1 keer per week overwerken, uiterlijk eind Q2 2027","owner":"sanne"},"options":{"now":"2027-01-04T00:00:00Z"}}'
//
// # Errors
//
// Errors are JSON: {"status", "error": {"en", "nl"}, "fields": [...]}.
//
//   - 400 Bad Request: a body that is not one JSON value of the endpoint's
//     shape (syntax error, wrong type, trailing data, an empty body), or
//     one with members nothing reads, at any depth: then "fields" lists
//     each by its full path in the request ("goal.bogus",
//     "programme.participants[0].person.nmae") with the code
//     "unknownMember" (problems.UnknownMembers).
//   - 413 Request Entity Too Large: a body over -max-body bytes (1 MiB by
//     default).
//   - 405 Method Not Allowed (with Allow: POST) for another method on an
//     endpoint, 404 Not Found for any other path.
//   - 422 Unprocessable Entity: well-formed JSON the SDK refuses. "fields"
//     lists every problem, flattened from the SDK's joined errors, each a
//     FieldError as the library marshals it: {"field", "id", "value",
//     "code", "kind", "message": {"en", "nl"}}, where "field" is the path
//     inside the value the endpoint hands to the SDK ("participants[2].role"
//     of the programme, "records[12].exit") and "id" the person, goal,
//     response or record it concerns; a problem that is not a FieldError is
//     listed with its message only.
//   - 503 Service Unavailable: the request was cancelled (the client went
//     away) or the work took longer than -timeout. The SDK's solves cannot
//     be interrupted: the handler stops waiting, and the work finishes in the
//     background and is thrown away. -max-work bounds how much such work
//     runs at once (further requests wait for a slot, or give up with 503
//     when cancelled while waiting).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "service:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("service", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	opts := Options{}
	fs.Int64Var(&opts.MaxBody, "max-body", DefaultMaxBody, "largest request body in bytes")
	fs.DurationVar(&opts.Timeout, "timeout", DefaultTimeout, "longest time a request waits for its work")
	fs.IntVar(&opts.MaxWork, "max-work", DefaultMaxWork, "requests whose work may run at once")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := NewServer(opts)
	log.Printf("service: listening on http://%s", ln.Addr())

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// NewServer returns an http.Server with the service's handler and its
// timeouts: 5 s to read the headers, 30 s to read the body, the work
// timeout plus 10 s to write the answer, 2 min for an idle keep-alive.
func NewServer(opts Options) *http.Server {
	opts = opts.withDefaults()
	return &http.Server{
		Handler:           NewHandler(opts),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      opts.Timeout + 10*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
}
