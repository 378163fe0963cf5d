# R's pt on the points of evaluation/testdata/nct_grid.json, for the doc's
# statement of where and by how much R differs from the exact distribution.
# Input: a CSV with columns t,df,ncp (bench/refgen/nct_r_pt.sh makes it from
# the JSON); output on stdout: t,df,ncp,lower,upper with lower = pt(t, df, ncp)
# and upper = pt(t, df, ncp, lower.tail = FALSE), 17 significant digits.
args <- commandArgs(trailingOnly = TRUE)
p <- read.csv(args[1])
lo <- mapply(function(t, df, ncp) pt(t, df, ncp), p$t, p$df, p$ncp)
up <- mapply(function(t, df, ncp) pt(t, df, ncp, lower.tail = FALSE), p$t, p$df, p$ncp)
cat("# ", R.version.string, ": pt(t, df, ncp) and pt(..., lower.tail = FALSE)\n", sep = "")
cat("t,df,ncp,lower,upper\n")
cat(sprintf("%.17g,%.17g,%.17g,%.17g,%.17g\n", p$t, p$df, p$ncp, lo, up), sep = "")
