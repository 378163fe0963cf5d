# Extra reference values that the shared refdata set does not cover,
# computed with R 4.2.2 and survival 3.5.3 (Debian packages r-base-core and
# r-cran-survival). Run from this directory:
#   Rscript r_extra.R > r_extra.json
# Every number is printed with 17 significant digits; NA is null.
suppressPackageStartupMessages(library(survival))

num <- function(v) {
  if (length(v) == 0) return("[]")
  s <- ifelse(is.na(v), "null",
       ifelse(is.infinite(v), ifelse(v > 0, '"Infinity"', '"-Infinity"'),
              sprintf("%.17g", v)))
  if (length(v) == 1) s else paste0("[", paste(s, collapse = ", "), "]")
}
vec <- function(v) { s <- num(v); if (length(v) == 1) paste0("[", s, "]") else s }
obj <- function(...) {
  a <- list(...)
  paste0("{", paste(sprintf('"%s": %s', names(a), unlist(a)), collapse = ", "), "}")
}
cases <- character(0)
add <- function(name, source, input, expected) {
  cases <<- c(cases, sprintf('{"name": "%s", "source": "%s", "input": %s, "expected": %s}',
                             name, source, input, expected))
}

# --- Two-sample t-test confidence intervals (scipy 1.10.1 gives none) ---
g1 <- c(6.38, 5.62, 5.72, 4.95, 5.1, 5.49, 6.99, 4.5, 6.51, 3.74, 4.49, 5.54)
g2 <- c(4.53, 3.62, 4.57, 5.91, 3.46, 3.31, 3.72, 4.8, 5.2, 5.18, 5.34, 5.61, 3.81, 4.94, 6.53)
m1 <- c(77.9, 85.3, 66.0, 65.0, 70.9, 75.9, 70.1, 70.1, 80.2, 68.8, 84.7, 78.2, 76.9, 65.8, 76.1, 74.4, 80.2, 68.9, 81.5, 52.9, 70.2, 86.2, 72.4, 69.7, 84.5)
m2 <- c(61.2, 57.7, 71.5, 71.8, 71.2, 57.1, 60.2, 60.6, 79.0, 57.8, 64.2, 66.1, 67.7, 69.3, 67.7, 75.8, 50.6, 63.1)
tt <- function(name, x, y, var.equal, conf) {
  r <- t.test(x, y, var.equal = var.equal, conf.level = conf)
  add(name, sprintf("R t.test(x, y, var.equal = %s, conf.level = %s)", var.equal, conf),
      obj(x = vec(x), y = vec(y), var_equal = tolower(var.equal), confidence = num(conf)),
      obj(statistic = num(unname(r$statistic)), df = num(unname(r$parameter)),
          pvalue = num(r$p.value), ci_low = num(r$conf.int[1]), ci_high = num(r$conf.int[2])))
}
tt("student_n12_n15_95", g1, g2, TRUE, 0.95)
tt("student_n12_n15_90", g1, g2, TRUE, 0.90)
tt("welch_mentored_vs_control_95", m1, m2, FALSE, 0.95)
tt("welch_n2_each_99", c(3, 4), c(5, 7), FALSE, 0.99)
tt("student_n1_vs_n3", c(5), c(1, 7, 3), TRUE, 0.95)

# --- Wilcoxon signed-rank with tied |d|: R uses the normal approximation ---
wx <- c(1, 2, 3.5, 2, -1, 4, 2, 5, 6, -3)
w <- suppressWarnings(wilcox.test(wx, correct = FALSE))
add("wilcoxon_ties_normal_no_correction", "R wilcox.test(x, correct = FALSE)",
    obj(x = vec(wx), correction = "false"),
    obj(r_plus = num(unname(w$statistic)), pvalue = num(w$p.value)))
w <- suppressWarnings(wilcox.test(wx, correct = TRUE))
add("wilcoxon_ties_normal_correction", "R wilcox.test(x, correct = TRUE)",
    obj(x = vec(wx), correction = "true"),
    obj(r_plus = num(unname(w$statistic)), pvalue = num(w$p.value)))

# --- Mann-Whitney U, explicit exact request with ties: R falls back too ---
mx <- c(3, 4, 4, 5, 2, 5); my <- c(2, 3, 3, 1, 4, 2, 3)
w <- suppressWarnings(wilcox.test(mx, my, exact = TRUE, correct = TRUE))
add("mannwhitney_ties_exact_requested", "R wilcox.test(x, y, exact = TRUE, correct = TRUE)",
    obj(x = vec(mx), y = vec(my)),
    obj(u1 = num(unname(w$statistic)), pvalue = num(w$p.value)))

# --- Survival at given times (summary.survfit(times = ...)) ---
km <- function(name, time, event, type, times) {
  f <- survfit(Surv(time, event) ~ 1, conf.type = type)
  s <- summary(f, times = times)
  add(name, sprintf("survival 3.5.3 summary(survfit(Surv(time, event) ~ 1, conf.type = '%s'), times = times)", type),
      obj(time = vec(time), event = vec(event), conf_type = sprintf('"%s"', type), times = vec(times)),
      obj(times = vec(s$time), surv = vec(s$surv), std_err = vec(s$std.err),
          lower = vec(s$lower), upper = vec(s$upper), n_risk = vec(s$n.risk)))
}
at <- c(9, 13, 13, 18, 23, 28, 31, 34, 45, 48, 161)
ae <- c(1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0)
km("aml_maintained_at_times", at, ae, "log", c(0, 5, 9, 12.5, 31, 100, 161))
km("aml_maintained_at_times_loglog", at, ae, "log-log", c(5, 9, 12.5, 31, 100))

# --- Log-rank where one group has expected 0 (all censored before the first event) ---
lr <- function(name, time, event, group) {
  d <- survdiff(Surv(time, event) ~ group)
  e <- d$exp; dfv <- sum(e > 0) - 1
  add(name, "survival 3.5.3 survdiff(Surv(time, event) ~ group)",
      obj(time = vec(time), event = vec(event), group = vec(group)),
      obj(chisq = num(d$chisq), df = num(dfv), pvalue = num(pchisq(d$chisq, dfv, lower.tail = FALSE)),
          observed = vec(d$obs), expected = vec(e), var = vec(as.vector(t(d$var)))))
}
lr("logrank_group_with_zero_expected",
   c(1, 1, 2, 3, 4, 5, 6, 2, 3, 5, 7, 8),
   c(0, 0, 1, 1, 0, 1, 1, 1, 1, 0, 1, 0),
   c(3, 3, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2))
lr("logrank_three_groups_ties",
   c(2, 2, 3, 5, 5, 8, 1, 2, 4, 4, 6, 3, 3, 5, 7, 9),
   c(1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 0),
   c(1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3))

cat('{\n"generator": "r_extra.R",\n"generated_with": {"R": "', R.version$major, ".", R.version$minor,
    '", "survival": "', as.character(packageVersion("survival")), '"},\n',
    '"tolerance": {"rel": 1e-7, "abs": 1e-12},\n"cases": [\n', paste(cases, collapse = ",\n"), "\n]\n}\n", sep = "")
