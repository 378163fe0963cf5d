# Seeded random cross-checks against R 4.2.2 and survival 3.5.3 (Debian
# r-base-core, r-cran-survival). Run from this directory:
#   Rscript r_random.R > r_random.json
suppressPackageStartupMessages(library(survival))
set.seed(20261123)
vec <- function(v) {
  s <- ifelse(is.na(v), "null", ifelse(is.infinite(v), ifelse(v > 0, '"Infinity"', '"-Infinity"'), sprintf("%.17g", v)))
  paste0("[", paste(s, collapse = ", "), "]")
}
cases <- character(0)
for (i in 1:20) {
  n <- sample(c(5, 20, 80, 300), 1)
  k <- sample(2:4, 1)
  time <- round(rexp(n, 1 / 12))
  event <- rbinom(n, 1, 0.7)
  group <- sample(1:k, n, replace = TRUE)
  type <- sample(c("log", "log-log"), 1)
  level <- sample(c(0.9, 0.95, 0.99), 1)
  f <- survfit(Surv(time, event) ~ 1, conf.type = type, conf.int = level)
  tab <- summary(f)$table
  med <- unname(tab[grep("median|LCL|UCL", names(tab))])
  lr <- ""
  if (length(unique(group)) >= 2) {
    d <- try(survdiff(Surv(time, event) ~ group), silent = TRUE)
    if (!inherits(d, "try-error")) {
      lr <- sprintf(', "logrank": {"chisq": %s, "pvalue": %s, "expected": %s}',
                    vec(d$chisq), vec(d$pvalue), vec(d$exp))
    }
  }
  cases <- c(cases, sprintf('{"time": %s, "event": %s, "group": %s, "conf_type": "%s", "conf_level": %s, "surv": %s, "std_err": %s, "lower": %s, "upper": %s, "median": %s%s}',
    vec(time), vec(event), vec(group), type, vec(level), vec(f$surv), vec(f$std.err),
    vec(f$lower), vec(f$upper), vec(med), lr))
}
cat('{"generator": "r_random.R", "R": "', R.version$major, ".", R.version$minor, '", "survival": "',
    as.character(packageVersion("survival")), '",\n"tolerance": {"rel": 1e-7, "abs": 1e-12},\n"cases": [\n',
    paste(cases, collapse = ",\n"), "\n]}\n", sep = "")
