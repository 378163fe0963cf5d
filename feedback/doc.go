// Package feedback holds survey instruments and responses, their
// confidential aggregation, and the statistics of feedback in a mentoring
// programme: regular feedback moments, asking participants for honest
// feedback and acting on it, monitoring progress, and a mentor checking
// their own practice.
//
// An [Instrument] has items (text per language, subscales, reverse keying)
// on a [Scale]; a [Response] holds one respondent's answers about one
// subject, from a [RaterGroup] (a declared one such as [Peer], or the
// caller's own). [BuildReport] aggregates responses for any
// number of groupings at once (teams, departments, rater groups and their
// cross-cuts) under a [Policy], and is the only way statistics about groups
// of people leave the package:
//
//	survey := feedback.Instrument{ID: "pulse", Scale: feedback.LikertScale(5), Items: items}
//	rep, err := feedback.BuildReport(&survey, responses, feedback.ReportSpec{
//		Dimensions: []feedback.Dimension{teamDim, feedback.RaterGroupDimension()},
//		Groupings:  []feedback.Grouping{{Name: "overall"}, {Name: "team", By: []string{"team"}}},
//	})
//	for _, c := range rep.Cells {
//		if !c.Suppressed {
//			fmt.Println(c.String(), c.N, c.Items[0].Mean)
//		}
//	}
//
// [BuildReportLedger] checks a release together with the earlier ones a
// [Ledger] records and returns it updated; [ReleaseComments] releases
// free-text comments under their own, higher minimum, shuffled with the
// caller's generator. Response.Attributes carry the dimension values a
// Dimension without a Key reads, so a [ReportSpec] in JSON needs no code.
// [Build360] gives rater-group means and the self–other gap on top of it;
// [NPS] is the Net Promoter Score, and [Instrument.ReliabilityMatrix]
// prepares the input of the reliability and agreement statistics of the
// subpackage feedback/reliability (Cronbach's alpha with Feldt's interval,
// ICC, r_wg, Krippendorff's alpha); [LintSBI] checks
// Situation–Behaviour–Impact feedback in English and Dutch; [SelfCheck]
// answers a mentor's questions about one relationship (who takes the
// initiative, who talks, were expectations discussed, do the sessions work
// on the goals) from the health signals of [mentoring.AssessHealth].
//
// # Confidentiality
//
// No released combination of numbers of one [Report] determines any linear
// combination (a total, a difference, any weighting) of the answers of
// fewer than Policy.MinRespondents persons (5 by default, never below 3),
// with the answers of exempt rater groups (Policy.ExemptGroups: a
// published self-rating) treated as public. BuildReport
// suppresses per cell and per item — too few persons answered
// ([SuppressedPrimary]), or to protect another group
// ([SuppressedComplementary]) — and certifies the result with an exact
// check in rational arithmetic; where its bounded search would not finish
// it releases less and says so ([SuppressedBound], Report.Bounded). A
// respondent is a person: several responses of one person (a 360 of
// several colleagues) count once. The guarantee is about linear inference;
// a released group that answered unanimously still shows what each member
// answered, and two separate Reports over overlapping responses are only
// as safe as the caller keeps them apart: build everything one audience
// sees in one call, or release through [BuildReportLedger], which checks a
// release together with everything its ledger records (figures, subscale
// scores and, through [ReleaseCommentsLedger], comments).
//
// Statistics that take raw data (NPS, feedback/reliability's) apply no
// policy: feed them released cells ([NPSFromDistribution]) or data the
// caller may see.
//
// # Errors
//
// Bad input is an error, never a panic. Every error matches one of the
// sentinels with errors.Is: [ErrInvalid], [ErrDuplicate], [ErrUnknownItem],
// [ErrOutOfRange], [ErrNaN], [ErrShape], [ErrTooFew], and [ErrUnknownEnum]
// (the module's one unknown-enum sentinel) for a level or suppression
// reason that is not declared. Each problem is a [*FieldError] (the module's one field
// error) with the field path in JSON names ("responses[3].answers[1].value"),
// the respondent's, subject's or relationship's ID where one applies, the
// value, a stable code ("answerOffScale") and its message in English and
// Dutch; validation joins every problem, one level deep, with errors.Join.
//
// # JSON
//
// Every exported type has lowerCamel JSON names and decodes back to what
// was written. NaN and ±Inf are the strings "NaN", "Infinity" and
// "-Infinity" (a statistic that does not exist, such as the SD of one
// answer); null reads as NaN. Enums are their names ("directReport").
// A [Dimension]'s Key is a function and is not written: the JSON says
// "keyOmitted": true in its place, and a decoded Dimension needs its Key
// set again before use.
//
// # Determinism
//
// Results depend only on the arguments: no clock, no randomness, no I/O.
// Cells come in grouping order and then in lexicographic key order;
// suppression choices break ties by that order, so the same responses in any
// order give the same report. Inputs are never modified and results never
// alias them.
//
// # Numerics
//
// Report statistics come from exact answer counts (histograms), so means,
// medians, trimmed means and shares are exact up to the final division.
// Standard deviations use n−1. Suppression is decided with math/big.Rat.
// NPS follows the published formulas; the tests hold it to reference
// values. Settings
// follow one rule: a zero config is the reference tool's default (95 %
// intervals, as psych::ICC), and a coverage is always called Confidence.
package feedback
