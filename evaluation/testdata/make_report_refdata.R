# Reference values for the programme-report statistics of package
# evaluation (issue 9), computed with Debian's r-base-core 4.2.2 and
# r-cran-survival 3.5.3. Run from this directory:
#
#   Rscript make_report_refdata.R
#
# It writes effect_size_ci.json (Cohen's d and d_z intervals: noncentral t
# by pt(q, df, ncp) inverted with uniroot, and the normal approximation)
# and rmst.json (restricted mean survival time from summary.survfit).
library(survival)
options(digits = 17)

num <- function(v) {
  if (is.na(v)) return("NaN")
  if (is.infinite(v)) return(if (v > 0) "Infinity" else "-Infinity")
  formatC(v, digits = 17, format = "g")
}
vec <- function(x) paste0("[", paste(sapply(x, function(v) {
  s <- num(v); if (grepl("^[A-Za-z-]", s) && !grepl("^-?[0-9]", s)) paste0('"', s, '"') else s
}), collapse = ", "), "]")
val <- function(v) { s <- num(v); if (s %in% c("NaN", "Infinity", "-Infinity")) paste0('"', s, '"') else s }
write_file <- function(stem, description, cases) {
  con <- file(paste0(stem, ".json"), "w")
  cat('{"schema_version": 1, "statistic": "', stem, '", "set": "evaluation",\n',
      ' "generator": "make_report_refdata.R",\n',
      ' "generated_with": {"R": "', as.character(getRversion()), '", "survival": "',
      as.character(packageVersion("survival")), '"},\n',
      ' "description": "', description, '",\n "cases": [\n',
      paste(cases, collapse = ",\n"), "\n]}\n", file = con, sep = "")
  close(con)
}

# Noncentral t interval for the noncentrality: pt(t, df, ncp) decreases in
# ncp; solve pt = (1+c)/2 (lower) and (1-c)/2 (upper).
nct_ci <- function(t, df, conf) {
  f <- function(d, p) pt(t, df, ncp = d) - p
  lo <- uniroot(f, c(t - 15, t + 15), p = (1 + conf) / 2, tol = 1e-13, maxiter = 1000)$root
  hi <- uniroot(f, c(t - 15, t + 15), p = (1 - conf) / 2, tol = 1e-13, maxiter = 1000)$root
  c(lo, hi)
}

cases <- c()
two <- list(
  list("hedges_olkin", c(5.1, 4.8, 6.0, 5.5, 5.9, 6.2, 4.9, 5.3), c(4.2, 4.5, 5.0, 4.1, 4.8, 5.2, 4.4)),
  list("small_effect", c(3.2, 3.6, 2.9, 3.8, 3.1, 3.5, 3.3, 3.0, 3.7, 3.4), c(3.1, 3.5, 3.0, 3.6, 3.2, 3.3, 2.9, 3.4, 3.0)),
  list("negative", c(1, 2, 3, 4, 5), c(4, 5, 6, 7, 8, 9)),
  list("tiny", c(1.0, 2.0), c(3.5)),
  list("large_d", c(5.2, 6.1, 5.8, 6.5, 5.5), c(3.9, 4.4, 4.1, 4.8, 4.0, 4.6))
)
for (cs in two) {
  x <- cs[[2]]; y <- cs[[3]]; n1 <- length(x); n2 <- length(y)
  sp <- sqrt((sum((x - mean(x))^2) + sum((y - mean(y))^2)) / (n1 + n2 - 2))
  d <- (mean(x) - mean(y)) / sp
  m <- n1 + n2 - 2
  J <- exp(lgamma(m / 2) - lgamma((m - 1) / 2)) / sqrt(m / 2)
  s <- sqrt(1 / n1 + 1 / n2)
  for (conf in c(0.95, 0.90)) {
    ci <- nct_ci(d / s, m, conf) * s
    z <- qnorm((1 + conf) / 2)
    se <- sqrt((n1 + n2) / (n1 * n2) + d^2 / (2 * (n1 + n2)))
    cases <- c(cases, paste0(
      '{"name": "d_', cs[[1]], "_", conf, '", "input": {"kind": "two-sample", "x": ', vec(x), ', "y": ', vec(y),
      ', "confidence": ', conf, '}, "expected": {"d": ', val(d), ', "d_lower": ', val(ci[1]), ', "d_upper": ', val(ci[2]),
      ', "g_lower": ', val(J * ci[1]), ', "g_upper": ', val(J * ci[2]),
      ', "normal_lower": ', val(d - z * se), ', "normal_upper": ', val(d + z * se),
      '}, "tolerance": {"rel": 1e-7, "abs": 1e-10}, "source": "R ', getRversion(),
      ': d from the pooled SD sqrt((SSx + SSy)/(n1+n2-2)); noncentral t: uniroot(function(d) pt(d_obs/sqrt(1/n1+1/n2), n1+n2-2, ncp = d) - p, tol = 1e-13) times sqrt(1/n1+1/n2), p = (1+conf)/2 and (1-conf)/2; g bounds times J = exp(lgamma(m/2) - lgamma((m-1)/2))/sqrt(m/2); normal: d -/+ qnorm((1+conf)/2)*sqrt((n1+n2)/(n1*n2) + d^2/(2*(n1+n2)))"}'))
  }
}
paired <- list(
  list("engagement", c(3.9, 4.1, 3.2, 4.5, 3.8, 4.0, 3.6, 4.4, 3.7, 4.2), c(3.5, 4.0, 3.3, 4.0, 3.4, 3.6, 3.6, 4.1, 3.2, 3.9)),
  list("sleep", c(1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4), c(0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0)),
  list("three", c(2, 4, 9), c(1, 1, 1))
)
for (cs in paired) {
  dd <- cs[[2]] - cs[[3]]; n <- length(dd)
  dz <- mean(dd) / sd(dd)
  for (conf in c(0.95, 0.99)) {
    ci <- nct_ci(dz * sqrt(n), n - 1, conf) / sqrt(n)
    z <- qnorm((1 + conf) / 2)
    se <- sqrt(1 / n + dz^2 / (2 * n))
    cases <- c(cases, paste0(
      '{"name": "dz_', cs[[1]], "_", conf, '", "input": {"kind": "paired", "x": ', vec(cs[[2]]), ', "y": ', vec(cs[[3]]),
      ', "confidence": ', conf, '}, "expected": {"d": ', val(dz), ', "d_lower": ', val(ci[1]), ', "d_upper": ', val(ci[2]),
      ', "normal_lower": ', val(dz - z * se), ', "normal_upper": ', val(dz + z * se),
      '}, "tolerance": {"rel": 1e-7, "abs": 1e-10}, "source": "R ', getRversion(),
      ': d_z = mean(d)/sd(d); noncentral t: uniroot(function(g) pt(d_z*sqrt(n), n-1, ncp = g) - p, tol = 1e-13)/sqrt(n); normal: d_z -/+ qnorm((1+conf)/2)*sqrt(1/n + d_z^2/(2n))"}'))
  }
}
write_file("effect_size_ci", "confidence intervals for Cohen's d, Hedges' g and d_z", cases)

# Restricted mean survival time.
cases <- c()
rm_case <- function(name, time, event, taus, conf = 0.95) {
  out <- c()
  fit <- survfit(Surv(time, event) ~ 1, conf.int = conf)
  for (tau in taus) {
    tab <- summary(fit, rmean = tau)$table
    out <- c(out, paste0(
      '{"name": "rmst_', name, "_", tau, '", "input": {"time": ', vec(time), ', "event": ', vec(event),
      ', "tau": ', tau, ', "confidence": ', conf, '}, "expected": {"rmean": ', val(tab[["rmean"]]),
      ', "se_rmean": ', val(tab[["se(rmean)"]]),
      '}, "tolerance": {"rel": 1e-9, "abs": 1e-12}, "source": "R ', getRversion(), ' survival ',
      packageVersion("survival"), ': summary(survfit(Surv(time, event) ~ 1), rmean = ', tau, ')$table"}'))
  }
  out
}
cases <- c(cases, rm_case("aml", aml$time, aml$status, c(5, 12, 30, 48, 161, 200)))
l <- lung[1:60, ]
cases <- c(cases, rm_case("lung60", l$time, l$status - 1, c(180, 365, 730)))
set.seed(9)
tm <- pmin(rpois(80, 18) + rbinom(80, 1, 0.3) * 10, 36)
ev <- as.integer(tm < 36 & runif(80) < 0.7)
cases <- c(cases, rm_case("retention80", tm, ev, c(12, 24, 36)))
cases <- c(cases, rm_case("all_events", c(2, 3, 3, 5, 8), c(1, 1, 1, 1, 1), c(2, 4, 8, 10)))
write_file("rmst", "restricted mean survival time and its standard error", cases)
