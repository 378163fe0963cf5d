package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/mentorkit/mentorkit/goals"
)

// TestValidationBodyFlattens: FieldErrors anywhere in a joined or wrapped
// tree are listed once each, and other problems with their message.
func TestValidationBodyFlattens(t *testing.T) {
	_, err1 := goals.Read(string(bytes.Repeat([]byte("a"), goals.MaxTextLength+1)), "", goals.ReadOptions{})
	var fe *goals.FieldError
	if !errors.As(err1, &fe) {
		t.Fatalf("no FieldError from Read: %v", err1)
	}
	plain := errors.New("plain problem")
	err := errors.Join(err1, plain, fmt.Errorf("wrapped: %w", errors.Join(fe, errors.New("inner problem"))))
	b := validationBody(err)
	got, err := json.Marshal(b.Fields)
	if err != nil {
		t.Fatal(err)
	}
	var list []map[string]any
	if err := json.Unmarshal(got, &list); err != nil {
		t.Fatal(err)
	}
	// Tree order, depth first (problems.List): the FieldError, the plain
	// problem, then inside the wrapper the FieldError again and the inner
	// problem.
	if len(list) != 4 || list[0]["code"] != fe.Code || list[2]["code"] != fe.Code {
		t.Fatalf("fields: %s", got)
	}
	for i, want := range map[int]string{1: "plain problem", 3: "inner problem"} {
		msg, _ := list[i]["message"].(map[string]any)
		if msg["en"] != want || msg["nl"] != want || list[i]["code"] != nil {
			t.Errorf("problem %d: %v, want %q without a code", i, list[i], want)
		}
	}
	if b.Status != http.StatusUnprocessableEntity || b.Error.EN == "" || b.Error.NL == "" {
		t.Errorf("body: %+v", b)
	}
}

// FuzzHandler sends arbitrary bodies to every endpoint: the answer is
// always JSON with a status the package doc lists, never a 500.
func FuzzHandler(f *testing.F) {
	fx := getFixtures(f)
	for _, s := range [][]byte{fx.goal, fx.survey, fx.eff, []byte(`{}`), []byte(`{"goal":{"title":"Van 3 naar 1 eind Q2"},"options":{"now":"2027-01-04T00:00:00Z"}}`),
		[]byte(`{"records":[{"id":"a","start":"2025-01-01T00:00:00Z"}],"config":{"end":"2026-01-01T00:00:00Z"}}`), []byte(`{"ledger":{"survey":"x"}}`)} {
		for p := range 5 {
			f.Add(uint8(p), s)
		}
	}
	paths := []string{"/v1/pairings", "/v1/pairings/whynot", "/v1/goals/check", "/v1/surveys/report", "/v1/reports/effectiveness"}
	// A work timeout of 5 s turns a slow input into a 503 and a failure.
	h := NewHandler(Options{Timeout: 5 * time.Second})
	f.Fuzz(func(t *testing.T, p uint8, body []byte) {
		req := httptest.NewRequest(http.MethodPost, paths[int(p)%len(paths)], bytes.NewReader(body))
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		switch rec.Code {
		case http.StatusOK, http.StatusBadRequest, http.StatusUnprocessableEntity, http.StatusRequestEntityTooLarge:
		default:
			t.Fatalf("status %d for %q: %s", rec.Code, body, rec.Body)
		}
		if !json.Valid(rec.Body.Bytes()) {
			t.Fatalf("answer is not JSON: %s", rec.Body)
		}
	})
}
