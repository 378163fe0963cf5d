# Expected values for internal/glm's bounded fits, written by R 4.2.2
# (run: Rscript make_bounded.R > bounded.json).
# Least squares with non-negative coefficients: quadprog::solve.QP (the
# Goldfarb–Idnani dual active-set method, an algorithm independent of
# Lawson–Hanson) on D = X'WX, d = X'Wy with one constraint β_j ≥ 0 per
# bounded column. Logistic regression with non-negative coefficients:
# optim(method = "L-BFGS-B") on the binomial log-likelihood with its
# analytic gradient and lower bounds 0 (intercept −Inf), tolerances
# factr = 1, pgtol = 1e-12; compared to about 1e-5.
suppressMessages(library(jsonlite))
suppressMessages(library(quadprog))
set.seed(17)
ls_case <- function(name, y, X, w, intercept, bounded) {
  M <- if (intercept) cbind(1, X) else X
  b <- if (intercept) c(FALSE, bounded) else bounded
  D <- t(M) %*% (w * M); d <- t(M) %*% (w * y)
  A <- diag(ncol(M))[, b, drop = FALSE]
  s <- solve.QP(D, d, A, rep(0, sum(b)))
  coef <- s$solution; coef[b & coef < 1e-13] <- 0
  r <- y - M %*% coef
  list(name = name, y = y, x = lapply(seq_len(ncol(X)), function(j) X[, j]), w = w,
       intercept = intercept, bounded = bounded, coef = coef, rss = sum(w * r^2))
}
n <- 30
X <- matrix(round(runif(n * 4), 3), n)
y <- round(drop(X %*% c(2, -1, 0.5, -0.3)) + rnorm(n, 0, 0.3), 3)
cases <- list()
cases[[1]] <- ls_case("nnls_no_intercept", y, X, rep(1, n), FALSE, rep(TRUE, 4))
X2 <- matrix(round(runif(50 * 6), 3), 50)
y2 <- round(1 + drop(X2 %*% c(1.5, 0, -0.8, 0.7, -0.2, 0.3)) + rnorm(50, 0, 0.4), 3)
w2 <- round(runif(50, 0.5, 2), 2)
cases[[2]] <- ls_case("weighted_intercept_free", y2, X2, w2, TRUE, rep(TRUE, 6))
cases[[3]] <- ls_case("mixed_bounds", y2, X2, rep(1, 50), TRUE, c(TRUE, FALSE, TRUE, TRUE, FALSE, TRUE))

lg_case <- function(name, y, X, bounded) {
  M <- cbind(1, X)
  nll <- function(b) { e <- drop(M %*% b); sum(log1p(exp(e)) - y * e) }
  gr <- function(b) { p <- plogis(drop(M %*% b)); -drop(t(M) %*% (y - p)) }
  lower <- c(-Inf, ifelse(bounded, 0, -Inf))
  o <- optim(rep(0, ncol(M)), nll, gr, method = "L-BFGS-B", lower = lower,
             control = list(factr = 1, pgtol = 1e-12, maxit = 10000))
  list(name = name, y = y, x = lapply(seq_len(ncol(X)), function(j) X[, j]),
       bounded = bounded, coef = o$par, deviance = 2 * o$value)
}
X3 <- matrix(round(runif(400 * 4), 3), 400)
y3 <- rbinom(400, 1, plogis(-1 + drop(X3 %*% c(1.5, -1, 0.8, 0))))
lg <- list(lg_case("logistic_nonneg", y3, X3, rep(TRUE, 4)),
           lg_case("logistic_mixed", y3, X3, c(TRUE, FALSE, TRUE, TRUE)))
cat(toJSON(list(source = "R 4.2.2, make_bounded.R (quadprog::solve.QP; optim L-BFGS-B)",
                least_squares = cases, logistic = lg), digits = NA, auto_unbox = TRUE, pretty = TRUE))
