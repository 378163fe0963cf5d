# Times R survival's survfit (Kaplan-Meier), survdiff (log-rank), the RMST
# (print.survfit's rmean), coxph (Efron ties, the group as covariate) and the
# Aalen-Johansen cumulative incidence (survfit on a factor status; every third
# event by index is cause 2, the others cause 1) on one gen.py file:
# Rscript r_bench.R FILE REPS.
# Prints JSON lines like sm_bench.py.
suppressMessages(library(survival))
args <- commandArgs(trailingOnly = TRUE)
path <- args[1]; reps <- as.integer(args[2])
con <- file(path, "rb")
n <- readBin(con, "integer", size = 8, n = 1, endian = "little")
t <- readBin(con, "double", n = n, endian = "little")
e <- readBin(con, "integer", size = 1, signed = FALSE, n = n)
g <- readBin(con, "integer", size = 4, n = n, endian = "little")
close(con)
timed <- function(f) {
  t0 <- proc.time()[["elapsed"]]
  out <- f()  # warm-up, not timed (every tool gets one) unless it takes over 20 s
  first <- proc.time()[["elapsed"]] - t0
  if (first > 20) return(list(sec = first, out = out))
  ts <- numeric(reps)
  for (i in seq_len(reps)) { t0 <- proc.time()[["elapsed"]]; out <- f(); ts[i] <- proc.time()[["elapsed"]] - t0 }
  list(sec = median(ts), out = out)
}
ver <- paste("R survival", packageVersion("survival"))
r <- timed(function() survfit(Surv(t, e) ~ 1))
cat(sprintf('{"tool": "%s", "what": "km", "seconds": %.6f, "check": %.15g, "rows": %d}\n', ver, r$sec, tail(r$out$surv, 1), length(r$out$time)))
r <- timed(function() survdiff(Surv(t, e) ~ g))
cat(sprintf('{"tool": "%s", "what": "logrank", "seconds": %.6f, "check": %.15g}\n', ver, r$sec, r$out$chisq))
r <- timed(function() summary(survfit(Surv(t, e) ~ 1), rmean = 36)$table[["rmean"]])
cat(sprintf('{"tool": "%s", "what": "km+rmst", "seconds": %.6f, "check": %.15g}\n', ver, r$sec, r$out))
r <- timed(function() coxph(Surv(t, e) ~ g, ties = "efron"))
cat(sprintf('{"tool": "%s", "what": "cox", "seconds": %.6f, "check": %.15g}\n', ver, r$sec, unname(coef(r$out))[1]))
# survfit's multi-state estimate takes 63 s at 100,000 continuous times (it
# grows faster than n), so only up to R_CUMINC_MAX people (default 100000).
if (n <= as.numeric(Sys.getenv("R_CUMINC_MAX", "100000"))) {
status <- ifelse(e == 1 & (seq_len(n) - 1) %% 3 == 0, 2L, as.integer(e))
fs <- factor(status, levels = 0:2)
r <- timed(function() survfit(Surv(t, fs) ~ 1))
cat(sprintf('{"tool": "%s", "what": "cuminc", "seconds": %.6f, "check": %.15g}\n', ver, r$sec, r$out$pstate[nrow(r$out$pstate), 2]))
}
