# Extra cumulative-incidence reference cases for evaluation/hazard (three
# causes, three groups, heavy ties), in the schema of cuminc.json.
# Run: Rscript cuminc_extra.R > cuminc_extra.json (R 4.2.2, cmprsk 2.2.11, jsonlite).
suppressMessages({library(cmprsk); library(jsonlite)})
one <- function(name, time, status, group, times, notes) {
  f <- cuminc(time, status, group, cencode = 0)
  tp <- timepoints(f, times)
  curves <- list()
  for (k in seq_len(nrow(tp$est))) {
    parts <- strsplit(rownames(tp$est)[k], " ")[[1]]
    curves[[k]] <- list(group = parts[1], cause = parts[2], est = I(unname(tp$est[k, ])), var = I(unname(tp$var[k, ])))
  }
  tests <- lapply(seq_len(nrow(f$Tests)), function(k) list(cause = rownames(f$Tests)[k],
    stat = unname(f$Tests[k, "stat"]), pvalue = unname(f$Tests[k, "pv"]), df = unname(f$Tests[k, "df"])))
  list(name = name, input = list(time = I(time), status = I(status), group = I(group), times = I(times)),
       expected = list(curves = curves, gray_test = tests), tolerance = list(rel = 1e-7, abs = 1e-12),
       source = "R 4.2.2 cmprsk 2.2.11 fit <- cuminc(time, status, group, cencode = 0); timepoints(fit, times); fit$Tests (rho = 0)",
       notes = notes)
}
set.seed(31)
n <- 300
g <- sample(c("formal", "none", "peer"), n, TRUE)
tt <- ceiling(rexp(n, 1 / 12))
st <- sample(0:3, n, TRUE, prob = c(0.3, 0.4, 0.2, 0.1))
cases <- list(one("three_causes_three_groups", tt, st, g, c(1, 3, 6, 12, 24, 36),
  "300 subjects, whole months (heavy ties), causes 1-3, set.seed(31)"))
cat(toJSON(list(schema_version = 1, statistic = "cuminc_extra", set = "public", generator = "cuminc_extra.R",
  cases = cases), auto_unbox = TRUE, digits = NA, na = "null", pretty = TRUE))
