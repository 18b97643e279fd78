# Peer timing for TauBestBenchmarks (issue 19): csranks cstaubest for 63 units, R = 1000 bootstrap draws, tau = 2,
# coverage 0.95, stepdown TRUE, timed inside R after the code is loaded: system.time over repeated calls, per call.
# csranks is sourced from the vendored copy used for the reference values
# (tests/PublicSecurity.Stats.Tests/ReferenceData/monitoring/vendor/csranks, csranks 1.2.2.9001, commit bd4f755).
# Run by hand, never in CI:  Rscript benchmarks/peers/cstaubest.R
args <- commandArgs(FALSE)
here <- dirname(normalizePath(sub("^--file=", "", grep("^--file=", args, value = TRUE))))
vendor <- file.path(here, "..", "..", "tests", "PublicSecurity.Stats.Tests", "ReferenceData", "monitoring", "vendor", "csranks")
for (f in c("argument_checks.R", "utilityfunctions.R", "diffmeans.R", "ranks.R")) source(file.path(vendor, f))
suppressPackageStartupMessages(library(MASS))
set.seed(19008)
p <- 63
x <- round(50 + 10 * (runif(p) - 0.5) * 3.4, 3)
se <- exp(log(0.5) + runif(p) * (log(10) - log(0.5)))
Sigma <- diag(se^2)
invisible(cstaubest(x, Sigma, tau = 2, R = 1000, seed = 101))   # warm-up
reps <- 20
t <- system.time(for (i in 1:reps) cstaubest(x, Sigma, tau = 2, coverage = 0.95, stepdown = TRUE, R = 1000, seed = 101))
cat(sprintf("cstaubest p=63 R=1000: %.1f ms per call (%d calls, elapsed %.2f s; %s)\n",
            1000 * t[["elapsed"]] / reps, reps, t[["elapsed"]], R.version.string))
