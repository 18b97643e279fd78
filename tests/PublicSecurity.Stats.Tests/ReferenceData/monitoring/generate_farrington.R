# generate_farrington.R — reference values for the improved Farrington method on monthly series (issue 19, part 1).
#
# What: surveillance::farringtonFlexible(sts, control) on generated monthly count series (sts with frequency 12,
#   start January 2016 or 2017, 60-84 months), one call per case, with the control options varied over the cases:
#   b (1-5 years back), w (0-3 months either side), noPeriods (1, 3, 10), reweight TRUE/FALSE, weightsThreshold
#   (1, 2.58), trend TRUE/FALSE, pThresholdTrend 0.05 (fixed), thresholdMethod "delta" / "nbPlugin" / "muan",
#   alpha (0.01, 0.05, 0.1), pastWeeksNotIncluded (NULL = w, or 0 / 6 when noPeriods > 1), populationOffset
#   TRUE/FALSE (TRUE with the caller's yearly populations in population(sts), constant within a year), powertrans
#   "2/3" (mostly) / "1/2" / "none", limit54 c(5, 4) (mostly) / c(0, 4) / c(3, 2); glmWarnings = FALSE,
#   fitFun = "algo.farrington.fitGLM.flexible" (default). The monitored range is the last 12-24 months (never before
#   month b*12 + w + 1).
# Files:
#   farrington_series.csv   the inputs: case_id, t (1-based month index), year, month, observed, population
#                           (population only for populationOffset cases, else empty).
#   farrington_results.csv  one row per case and monitored month: the case's control options (repeated), t, observed,
#     expected = control(res)$expected, upperbound = upperbound(res), alarm = alarms(res) (true/false),
#     trend = control(res)$trend (1 if the trend was kept, 0 if not; empty where not reported),
#     trend_coef = control(res)$trendVector, phi = control(res)$phiVector, score = control(res)$score,
#     pvalue = control(res)$pvalue, mu0 = control(res)$mu0Vector, and error (empty, or R's error message for a case
#     whose call failed: then all outputs are empty).
#   NA (R's "no value", e.g. upperbound when there is nothing to fit) is written as an empty field.
# Series: seasonal negative-binomial or Poisson counts (monthly mean from 0.05 to 400, with and without a year trend),
#   with outbreaks added in the history and/or the monitored months for some cases, all-zero series, very sparse
#   series (a few events in years), a single burst, ties (constant series).
# Seed: set.seed(19005).
# Versions: printed at the end and recorded in ../README.md (R 4.2.2, surveillance 1.20.3).
# Tolerances for the C# tests: expected, upperbound, trend_coef, phi, score, mu0 relative 1e-6 (R fits the
#   quasi-Poisson GLM by IRLS with glm.control's epsilon = 1e-8 on the deviance, so only ~7-8 digits are
#   meaningful; a tighter C# fit may differ at 1e-7); pvalue absolute 1e-6; alarm and trend exact except on rows where
#   observed is within 1e-6 relative of upperbound (none are expected; a test may skip such rows) and where the trend
#   p-value is within 1e-6 of pThresholdTrend. Reweighting (Anscombe residuals, weightsThreshold) must follow
#   surveillance's code, since a residual at the threshold changes the weights.
HERE <- local({ f <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)); if (length(f)) dirname(normalizePath(f)) else getwd() })
source(file.path(HERE, "common.R"))
suppressPackageStartupMessages(library(surveillance))
set.seed(19005)

make_series <- function(kind, n, start_year) {
  month <- ((0:(n - 1)) %% 12) + 1
  yr <- start_year + (0:(n - 1)) %/% 12
  base <- switch(kind, zero = 0, sparse = runif(1, 0.02, 0.15), small = runif(1, 0.5, 4), mid = runif(1, 5, 40),
                 large = runif(1, 50, 400), const = 0)
  amp <- runif(1, 0, 0.5); phase <- runif(1, 0, 2 * pi)
  slope <- if (runif(1) < 0.4) rnorm(1, 0, 0.08) else 0            # per year, log scale
  mu <- base * exp(amp * sin(2 * pi * month / 12 + phase) + slope * (yr - start_year))
  size <- sample(c(Inf, Inf, 50, 10, 3), 1)
  y <- if (is.infinite(size)) rpois(n, mu) else rnbinom(n, size = size, mu = mu)
  if (kind == "zero") y <- rep(0L, n)
  if (kind == "const") y <- rep(sample(c(1L, 3L, 10L), 1), n)
  if (kind == "sparse" && sum(y) == 0) y[sample(n, 2)] <- 1L
  ob <- "none"
  if (kind %in% c("small", "mid", "large") && runif(1) < 0.5) {
    where <- sample(c("history", "monitored", "both"), 1)
    k <- if (where == "history") sample(13:(n - 26), 1) else sample((n - 11):n, 1)
    y[k:min(n, k + 1)] <- y[k:min(n, k + 1)] + round(runif(1, 3, 6) * sqrt(max(1, mean(mu))) + 3)
    if (where == "both") { k2 <- sample(13:(n - 26), 1); y[k2] <- y[k2] + round(5 * sqrt(max(1, mean(mu))) + 5) }
    ob <- where
  }
  if (kind == "burst") { y <- rep(0L, n); y[sample((n - 30):(n - 20), 1)] <- 12L; ob <- "burst in history" }
  list(y = as.integer(y), month = month, year = yr, outbreak = ob, slope = slope, size = size)
}

kinds <- c(rep("mid", 80), rep("small", 60), rep("large", 40), rep("sparse", 20), rep("zero", 8), rep("const", 8), rep("burst", 6))
series_rows <- list(); res_rows <- list(); ncase <- 0; nerr <- 0
for (ci in seq_along(kinds)) {
  kind <- kinds[ci]
  n <- sample(60:84, 1); start_year <- sample(2016:2017, 1)
  S <- make_series(kind, n, start_year)
  w <- sample(0:3, 1)
  bmax <- (n - 12 - w - 1) %/% 12
  b <- if (runif(1) < 0.1) 1 else sample(2:min(5, bmax), 1)   # b = 1 often makes R fail (too few points)
  noPeriods <- sample(c(1, 1, 1, 3, 10), 1)
  pwni <- if (noPeriods > 1) sample(list(NULL, 0, 6), 1)[[1]] else NULL
  reweight <- runif(1) < 0.7
  weightsThreshold <- sample(c(2.58, 2.58, 1), 1)
  trend <- runif(1) < 0.6
  thresholdMethod <- sample(c("delta", "delta", "nbPlugin", "muan"), 1)
  alpha <- sample(c(0.05, 0.05, 0.01, 0.1), 1)
  popoff <- runif(1) < 0.25
  powertrans <- sample(c("2/3", "2/3", "2/3", "1/2", "none"), 1)
  limit54 <- sample(list(c(5, 4), c(5, 4), c(0, 4), c(3, 2)), 1)[[1]]
  first <- max(b * 12 + w + 1 + if (!is.null(pwni)) pwni else 0, n - sample(11:23, 1))
  range <- first:n
  pop <- if (popoff) { yp <- round(exp(runif(1, log(2e5), log(8e6))) * cumprod(c(1, 1 + rnorm(20, 0.01, 0.02))))
                       yp[S$year - start_year + 1] } else rep(1, n)
  s <- sts(observed = S$y, start = c(start_year, 1), frequency = 12, population = matrix(as.numeric(pop)))
  ctrl <- list(range = range, b = b, w = w, noPeriods = noPeriods, pastWeeksNotIncluded = pwni, reweight = reweight,
               weightsThreshold = weightsThreshold, trend = trend, pThresholdTrend = 0.05, thresholdMethod = thresholdMethod,
               alpha = alpha, populationOffset = popoff, powertrans = powertrans, limit54 = limit54, glmWarnings = FALSE)
  res <- tryCatch(farringtonFlexible(s, control = ctrl), error = function(e) e)
  id <- sprintf("F%03d", ci)
  for (t in 1:n) series_rows[[length(series_rows) + 1]] <- c(case_id = id, t = int(t), year = int(S$year[t]),
    month = int(S$month[t]), observed = int(S$y[t]), population = if (popoff) num(pop[t]) else "")
  err <- if (inherits(res, "error")) gsub("[,\n]", ";", conditionMessage(res)) else ""
  if (nzchar(err)) nerr <- nerr + 1
  get <- function(name) { if (nzchar(err)) return(rep(NA_real_, length(range))); v <- control(res)[[name]]
                          if (is.null(v)) rep(NA_real_, length(range)) else as.numeric(v) }
  ub <- if (nzchar(err)) rep(NA_real_, length(range)) else as.numeric(upperbound(res))
  al <- if (nzchar(err)) rep(NA, length(range)) else as.logical(alarms(res))
  ex <- get("expected"); tr <- get("trend"); tv <- get("trendVector"); ph <- get("phiVector")
  sc <- get("score"); pv <- get("pvalue"); m0 <- get("mu0Vector")
  for (j in seq_along(range)) {
    t <- range[j]
    res_rows[[length(res_rows) + 1]] <- c(case_id = id, kind = kind, n_months = int(n), start_year = int(start_year),
      b = int(b), w = int(w), noPeriods = int(noPeriods), pastWeeksNotIncluded = if (is.null(pwni)) "" else int(pwni),
      reweight = bool(reweight), weightsThreshold = num(weightsThreshold), trend_option = bool(trend),
      pThresholdTrend = num(0.05), thresholdMethod = thresholdMethod, alpha = num(alpha), populationOffset = bool(popoff),
      powertrans = powertrans, limit54_cases = int(limit54[1]), limit54_periods = int(limit54[2]),
      range_first = int(first), t = int(t), observed = int(S$y[t]),
      expected = num(ex[j]), upperbound = num(ub[j]), alarm = bool(al[j]), trend = num(tr[j]), trend_coef = num(tv[j]),
      phi = num(ph[j]), score = num(sc[j]), pvalue = num(pv[j]), mu0 = num(m0[j]), error = err,
      note = paste0("outbreak ", S$outbreak))
  }
}
write_rows(series_rows, file.path(HERE, "farrington_series.csv"))
write_rows(res_rows, file.path(HERE, "farrington_results.csv"))
cat("cases:", length(kinds), " failed calls:", nerr, "\n")
cat(versions_line(c("surveillance")), "\n")
