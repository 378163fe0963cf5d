# Extra Cox reference cases for evaluation/hazard (strata, collinear and
# monotone-likelihood covariates, no events, a zph with strata), written in
# the schema of coxph.json. Run: Rscript coxph_extra.R > coxph_extra.json
# (R 4.2.2, survival 3.5.3, jsonlite).
suppressMessages({library(survival); library(jsonlite)})
num <- function(x) ifelse(is.na(x), NA, x)
one <- function(name, time, event, covs, ties = "efron", strata = NULL, notes = "", monotone = FALSE) {
  df <- data.frame(time = time, event = event, covs)
  rhs <- paste(names(covs), collapse = " + ")
  if (!is.null(strata)) { df$s <- strata; rhs <- paste(rhs, "+ strata(s)") }
  f <- as.formula(paste("Surv(time, event) ~", rhs))
  w <- character(0)
  fit <- withCallingHandlers(
    coxph(f, data = df, ties = ties, control = if (monotone) coxph.control() else coxph.control(eps = 1e-11, iter.max = 100)),
    warning = function(m) { w <<- c(w, conditionMessage(m)); invokeRestart("muffleWarning") })
  s <- summary(fit)
  cf <- fit$coefficients; se <- sqrt(diag(fit$var)); z <- qnorm(0.975)
  cc <- fit$concordance
  exp <- list(n = fit$n, nevent = fit$nevent, loglik_null = fit$loglik[1],
    score_test = list(statistic = unname(fit$score), df = sum(!is.na(cf)),
                      pvalue = pchisq(unname(fit$score), sum(!is.na(cf)), lower.tail = FALSE)),
    concordance = list(concordance = unname(cc["concordance"]), concordant = unname(cc["concordant"]),
      discordant = unname(cc["discordant"]), tied_x = unname(cc["tied.x"]), tied_y = unname(cc["tied.y"]),
      tied_xy = unname(cc["tied.xy"])))
  if (!monotone) {
    df1 <- sum(!is.na(cf))
    exp <- c(exp, list(coef = I(num(unname(cf))), se = I(unname(se)),
      hr = I(num(unname(exp(cf)))), hr_lower95 = I(num(unname(exp(cf - z * se)))), hr_upper95 = I(num(unname(exp(cf + z * se)))),
      z = I(num(unname(cf / se))), pvalue = I(num(unname(2 * pnorm(-abs(cf / se))))), loglik = fit$loglik[2],
      lr_test = list(statistic = 2 * diff(fit$loglik), df = df1, pvalue = pchisq(2 * diff(fit$loglik), df1, lower.tail = FALSE)),
      wald_test = if (df1 > 0) list(statistic = unname(fit$wald.test), df = df1, pvalue = pchisq(unname(fit$wald.test), df1, lower.tail = FALSE))))
    # With nothing estimable R's wald.test is numeric(0) (a constant covariate) or 0 (no events);
    # coxph.json's convention is null: the Go code returns NaN, and the case leaves it out.
    zp <- tryCatch(cox.zph(fit, transform = "km")$table, error = function(e) NULL)
    if (!is.null(zp)) exp$zph <- list(terms = I(rownames(zp)), chisq = I(unname(zp[, 1])), df = I(unname(zp[, 2])), pvalue = I(unname(zp[, 3])))
  }
  inp <- list(time = time, event = event, covariate_names = I(names(covs)), covariates = as.list(covs), ties = ties)
  if (!is.null(strata)) inp$strata <- strata
  list(name = name, input = inp, expected = exp, tolerance = list(rel = 1e-6, abs = 1e-9),
       source = paste0("R 4.2.2 survival 3.5.3 coxph(", deparse(f), ", ties = '", ties, "', ", if (monotone) "default control" else "eps = 1e-11, iter.max = 100", ")"),
       notes = notes, info = list(warnings = I(w), coef = I(num(unname(cf)))))
}
set.seed(20)
n <- 60
x1 <- rbinom(n, 1, 0.5); x2 <- round(rnorm(n, 40, 8)); st <- rep(1:3, length.out = n)
tt <- ceiling(rexp(n, exp(0.7 * x1 + 0.03 * (x2 - 40) + 0.4 * (st - 2))) * 12)
ev <- rbinom(n, 1, 0.75)
cases <- list(
  one("strata_three_efron", tt, ev, data.frame(mentored = x1, age = x2), "efron", st, "three strata"),
  one("strata_three_breslow", tt, ev, data.frame(mentored = x1, age = x2), "breslow", st, "three strata"),
  one("collinear_third_column", tt, ev, data.frame(mentored = x1, age = x2, both = x1 + 2 * x2), "efron", NULL,
      "third covariate = mentored + 2 age: R gives it NA"),
  one("monotone_likelihood", c(1, 2, 3, 4, 5, 6, 7, 8), c(1, 1, 1, 1, 1, 1, 0, 1), data.frame(x = c(1, 1, 1, 1, 0, 0, 0, 0), z = c(0.5, -1, 2, 0.3, 1, -0.2, 0.7, 0)),
      "efron", NULL, "x = 1 for the four earliest events: beta_x -> +Inf; as coxph.json, only n, nevent, loglik_null, the score test and the concordance are asserted (fitted with R's default control, where R warns that the coefficient may be infinite; at eps 1e-11 it returns NA for x instead and counts df 1)", TRUE),
  one("no_events", c(1, 2, 3, 4, 5), c(0, 0, 0, 0, 0), data.frame(x = c(1, 0, 1, 0, 1)), "efron", NULL, "no events"))
cat(toJSON(list(schema_version = 1, statistic = "coxph_extra", set = "public", generator = "coxph_extra.R",
  cases = cases), auto_unbox = TRUE, digits = NA, na = "null", null = "null", pretty = TRUE))
