# Expected values for internal/glm's weighted and quasi-separated fits,
# written by R (run: Rscript make_weighted.R > weighted.json). R's glm is
# converged to epsilon 1e-14 and refitted from its own coefficients so that
# the standard errors are taken at the MLE, as in the shared logistic.json;
# the quasi-separation case keeps the default glm.control(), like R users
# see it, and only its deviance and separated fitted values are asserted.
suppressMessages(library(jsonlite))
set.seed(2020)
fitref <- function(y, X, w, ctl) {
  d <- data.frame(y = y, X)
  f <- glm(y ~ ., data = d, family = binomial(), weights = w, control = ctl)
  if (ctl$epsilon < 1e-10) {
    f <- glm(y ~ ., data = d, family = binomial(), weights = w, control = ctl, start = coef(f))
  }
  s <- summary(f)$coefficients
  list(coef = unname(coef(f)), se = unname(s[, 2]), deviance = deviance(f),
       null_deviance = f$null.deviance, aic = AIC(f), loglik = as.numeric(logLik(f)), fitted = unname(fitted(f)), iter = f$iter)
}
tight <- glm.control(epsilon = 1e-14, maxit = 100)
cases <- list()
# Frequency-like weights with fractional values.
n <- 40
x1 <- round(rnorm(n), 2); x2 <- round(runif(n, 0, 3), 2)
y <- rbinom(n, 1, plogis(-0.5 + 0.8 * x1 + 0.3 * x2))
w <- round(runif(n, 0.2, 3), 2)
cases[[1]] <- list(name = "fractional_weights", y = y, x = list(x1, x2), w = w,
                   expected = fitref(y, data.frame(x1, x2), w, tight))
# Proportions with trials as weights.
m <- 25
xp <- round(seq(-2, 2, length.out = m), 3)
trials <- sample(5:20, m, replace = TRUE)
succ <- rbinom(m, trials, plogis(0.3 + 1.1 * xp))
cases[[2]] <- list(name = "proportions_with_trials", y = succ / trials, x = list(xp), w = trials,
                   expected = fitref(succ / trials, data.frame(xp), trials, tight))
# Quasi-complete separation, default control.
xq <- c(1, 2, 3, 3, 4, 5, 2.5, 3)
yq <- c(0, 0, 0, 1, 1, 1, 0, 0)
e <- suppressWarnings(fitref(yq, data.frame(xq), rep(1, 8), glm.control()))
cases[[3]] <- list(name = "quasi_separation_default_control", y = yq, x = list(xq), w = rep(1, 8),
                   expected = e)
cat(toJSON(cases, digits = NA, auto_unbox = TRUE, pretty = TRUE))
