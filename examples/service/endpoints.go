package main

import (
	"github.com/mentorkit/mentorkit/evaluation/report"
	"github.com/mentorkit/mentorkit/feedback"
	"github.com/mentorkit/mentorkit/goals"
	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/mentoring"
)

// PairRequest is the body of POST /v1/pairings.
type PairRequest struct {
	Programme mentoring.Programme `json:"programme"`
	Config    pairing.Config      `json:"config"`
	// Directory is the organisation's people (pairing.Config.Directory,
	// which JSON does not carry); empty means the participants themselves.
	Directory []mentoring.Person `json:"directory,omitempty"`
	// Reasons asks for the reasons each unmatched mentee is unmatched
	// (pairing.Pairing.Reasons; it costs extra solves).
	Reasons bool `json:"reasons,omitempty"`
}

// PairResponse is the answer of POST /v1/pairings.
type PairResponse struct {
	Result  pairing.Result          `json:"result"`
	Reasons []pairing.MenteeReasons `json:"reasons,omitempty"`
}

// newPairing builds the pairing of a request, with its directory.
func newPairing(prog mentoring.Programme, cfg pairing.Config, people []mentoring.Person) (*pairing.Pairing, error) {
	if len(people) > 0 {
		dir, err := mentoring.NewDirectory(people, mentoring.DirectoryStrict)
		if err != nil {
			return nil, err
		}
		cfg.Directory = dir
	}
	return pairing.New(prog, cfg)
}

func (s *service) pair(req PairRequest) (PairResponse, error) {
	p, err := newPairing(req.Programme, req.Config, req.Directory)
	if err != nil {
		return PairResponse{}, err
	}
	res, err := p.Solve()
	if err != nil {
		return PairResponse{}, err
	}
	out := PairResponse{Result: res}
	if req.Reasons {
		if out.Reasons, err = p.Reasons(res); err != nil {
			return PairResponse{}, err
		}
	}
	return out, nil
}

// WhyNotRequest is the body of POST /v1/pairings/whynot: the programme and
// config the result was solved from, the stored result and the pair asked
// about.
type WhyNotRequest struct {
	Programme mentoring.Programme `json:"programme"`
	Config    pairing.Config      `json:"config"`
	Directory []mentoring.Person  `json:"directory,omitempty"`
	Result    pairing.Result      `json:"result"`
	MentorID  string              `json:"mentorId"`
	MenteeID  string              `json:"menteeId"`
}

func (s *service) whyNot(req WhyNotRequest) (pairing.WhyNot, error) {
	p, err := newPairing(req.Programme, req.Config, req.Directory)
	if err != nil {
		return pairing.WhyNot{}, err
	}
	return p.WhyNot(req.Result, req.MentorID, req.MenteeID)
}

// GoalRequest is the body of POST /v1/goals/check.
type GoalRequest struct {
	Goal    goals.Goal         `json:"goal"`
	Options goals.CheckOptions `json:"options"`
}

// GoalResponse is the answer of POST /v1/goals/check: what the goal's text
// says, and the SMART check of the goal with its empty fields filled from
// the text (unless options.ignoreText).
type GoalResponse struct {
	Reading goals.TextReading `json:"reading"`
	Report  goals.Report      `json:"report"`
}

func (s *service) checkGoal(req GoalRequest) (GoalResponse, error) {
	o := req.Options
	reading, err := goals.Read(req.Goal.Title, req.Goal.Description, goals.ReadOptions{
		Language: o.Language, Now: o.Now, MonthFirst: o.MonthFirst, FiscalYearStart: o.FiscalYearStart,
	})
	if err != nil {
		return GoalResponse{}, err
	}
	return GoalResponse{Reading: reading, Report: goals.Check(req.Goal, o)}, nil
}

// SurveyRequest is the body of POST /v1/surveys/report.
type SurveyRequest struct {
	Instrument feedback.Instrument `json:"instrument"`
	Responses  []feedback.Response `json:"responses"`
	Spec       feedback.ReportSpec `json:"spec"`
	// Ledger is the ledger the previous release of this survey returned;
	// empty for the first release.
	Ledger feedback.Ledger `json:"ledger"`
	// Label names this release in the ledger.
	Label string `json:"label"`
}

// SurveyResponse is the answer of POST /v1/surveys/report: the report and
// the ledger with this release added, to be sent with the next release.
type SurveyResponse struct {
	Report feedback.Report `json:"report"`
	Ledger feedback.Ledger `json:"ledger"`
}

func (s *service) surveyReport(req SurveyRequest) (SurveyResponse, error) {
	rep, ledger, err := feedback.BuildReportLedger(&req.Instrument, req.Responses, req.Spec, req.Ledger, req.Label)
	if err != nil {
		return SurveyResponse{}, err
	}
	return SurveyResponse{Report: rep, Ledger: ledger}, nil
}

// EffectivenessRequest is the body of POST /v1/reports/effectiveness.
type EffectivenessRequest struct {
	Records []report.Record `json:"records"`
	Config  report.Config   `json:"config"`
}

// EffectivenessResponse is the answer of POST /v1/reports/effectiveness.
type EffectivenessResponse struct {
	Report report.Report `json:"report"`
	// Text is the report as plain text for a programme manager.
	Text string `json:"text"`
}

func (s *service) effectiveness(req EffectivenessRequest) (EffectivenessResponse, error) {
	rep, err := report.New(req.Records, req.Config)
	if err != nil {
		return EffectivenessResponse{}, err
	}
	return EffectivenessResponse{Report: rep, Text: rep.String()}, nil
}
