# Times R survival's survfit (Kaplan-Meier), survdiff (log-rank) and the
# RMST (print.survfit's rmean) on one gen.py file: Rscript r_bench.R FILE REPS.
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
  f()  # warm-up, not timed (every tool gets one)
  ts <- numeric(reps); out <- NULL
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
