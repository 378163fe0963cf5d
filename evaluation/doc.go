// Package evaluation holds the programme-effectiveness statistics of
// mentorkit, computed to match scipy 1.10.1, statsmodels 0.13.5 and R 4.2.2
// (survival 3.5.3).
package evaluation
