# The complier effect's standard error against the HC2 sandwich of 2SLS
# (instrument: the offer z; treatment: take-up d), by hand in base R 4.2.2.
# Run: Rscript iv_hc2.R
hc2 <- function(z, d, y) {
  X <- cbind(1, d); Z <- cbind(1, z)
  b <- solve(t(Z) %*% X, t(Z) %*% y); e <- as.vector(y - X %*% b)
  A <- solve(t(Z) %*% X)
  h <- diag(Z %*% solve(t(Z) %*% Z) %*% t(Z))
  V <- A %*% (t(Z) %*% diag(e^2 / (1 - h)) %*% Z) %*% t(A)
  cat(sprintf("cace %.15g se %.15g\n", b[2], sqrt(V[2, 2])))
}
# The package example: one-sided non-compliance.
hc2(c(rep(1, 8), rep(0, 8)), c(rep(1, 6), rep(0, 10)),
    c(7, 8, 6, 9, 7, 8, 5, 6, 5, 6, 4, 6, 5, 5, 6, 5))
# Two-sided non-compliance, unequal arms.
hc2(c(1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0),
    c(1, 1, 1, 0, 1, 0, 1, 0, 1, 0, 0, 0),
    c(5.1, 6.2, 4.8, 3.9, 5.5, 4.1, 6.0, 3.8, 4.9, 4.2, 3.5, 4.0))
