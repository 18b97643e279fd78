# Peer of FarringtonBenchmarks (issue 19): surveillance::farringtonFlexible on 34 provinces x 5 criteria x 60 months
# (170 series in one sts), the last 12 months monitored, b = 3, w = 3, reweighting, trend test, delta threshold on the
# 2/3 power, day-count offset (populationOffset = TRUE with the days of each statistical month as the population).
# Timed inside R after the packages are loaded: system.time over repeated calls, per call.
# Run: Rscript benchmarks/peers/farrington_bench.R [repeats]
suppressPackageStartupMessages(library(surveillance))
args <- commandArgs(trailingOnly = TRUE); repeats <- if (length(args)) as.integer(args[1]) else 3
set.seed(19)
n <- 60; k <- 170
means <- rep(c(30, 10, 15, 8, 12), times = 34) * rep(runif(34, 0.3, 5), each = 5)
obs <- sapply(seq_len(k), function(j) { phase <- runif(1, 0, 2 * pi); rpois(n, means[j] * exp(0.2 * sin(2 * pi * (1:n) / 12 + phase))) })
# days of the statistical months (15th of M-1 to 14th of M), January 2019 to December 2023
ends <- seq(as.Date("2019-01-14"), by = "month", length.out = n); starts <- seq(as.Date("2018-12-15"), by = "month", length.out = n)
days <- as.numeric(ends - starts) + 1
s <- sts(observed = obs, start = c(2019, 1), frequency = 12, population = matrix(days, n, k))
ctrl <- list(range = (n - 11):n, b = 3, w = 3, reweight = TRUE, weightsThreshold = 2.58, trend = TRUE, pThresholdTrend = 0.05,
             thresholdMethod = "delta", alpha = 0.05, populationOffset = TRUE, powertrans = "2/3", limit54 = c(5, 4),
             noPeriods = 1, glmWarnings = FALSE)
invisible(farringtonFlexible(s, control = ctrl))   # warm-up
t <- system.time(for (i in seq_len(repeats)) res <- farringtonFlexible(s, control = ctrl))
cat(sprintf("%s; surveillance %s\n", R.version.string, packageVersion("surveillance")))
cat(sprintf("farringtonFlexible 34x5x60 (12 monitored): %d calls, elapsed %.2f s, per call %.3f s (user %.2f s); alarms %d\n",
            repeats, t[["elapsed"]], t[["elapsed"]] / repeats, t[["user.self"]] / repeats, sum(alarms(res))))
