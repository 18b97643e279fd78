# generate_glrnb.R — reference values for the Poisson / negative-binomial GLR-CUSUM detector (issue 19, part 1).
#
# What: surveillance::algo.glrnb(disProgObj, control) on generated monthly count series (sts with frequency 12 turned
#   into a disProg by sts2disProg; 48-84 months; the monitored range is the last 12-36 months), with
#   control = list(range, c.ARL, mu0, alpha, Mtilde = 1, M, change = "intercept", theta, dir, ret, xMax = 10000)
#   varied over the cases:
#     alpha = 0 (Poisson: glr_cusum / glr_cusum_window) or a given 0.05 / 0.2 / 0.5 (negative binomial, variance
#       mu + alpha mu^2: glr_nb_window), or NULL with an estimated mu0 (then alpha = 1/theta of a glm.nb fit);
#     mu0 given (a vector over the range: the true generating mean, or a constant) or estimated: mu0 = list(S = 1 or 2,
#       trend = TRUE/FALSE, refit = FALSE/TRUE), i.e. a GLM y ~ 1 (+ t) + sum_s cos(2 s pi t / 12) + sin(2 s pi t / 12)
#       on the months before the range (Poisson when alpha = 0, negative.binomial(1/alpha) when alpha is given,
#       glm.nb when alpha is NULL), refitted after each alarm when refit = TRUE;
#     c.ARL = 2, 3, 5 or 8; M = -1 (all past) or 6 / 12 (window); theta = NULL (GLR) or log(1.5) / log(2) (recursive LR
#       with a fixed change kappa; only with dir = "inc" and alpha = 0, as R supports), dir = "inc" / "dec",
#       ret = "value" (upperbound = GLR statistic) or "cases" (upperbound = the count that would have raised an alarm;
#       brute force in R for the negative binomial, far too slow for a grid: ret = "cases" is used with alpha = 0 only).
# Files:
#   glrnb_series.csv   the inputs: case_id, t, observed, mu_true (the generating mean, for information).
#   glrnb_results.csv  one row per case and monitored time point: the control options (repeated; mu0_mode = given /
#     estimated, with mu0_S, mu0_trend, mu0_refit when estimated), t, observed, mu0 (the value R used at t: the given
#     vector or control$mu0 after estimation and refits), alpha_used (R's control$alpha after estimation),
#     upperbound = res$upperbound, alarm = res$alarm (true/false); error = R's message for a failed call (then empty
#     outputs).
# Note that after an alarm R restarts the detector at the next time point (res$N), as in the code.
# Seed: set.seed(19006).
# Versions: printed at the end and recorded in ../README.md (R 4.2.2, surveillance 1.20.3, MASS 7.3-58.2).
# Tolerances for the C# tests: with mu0 given (the detector alone): upperbound relative 1e-9 for ret = "value"
#   (R's C code maximises over the change point in closed form for the Poisson and by Newton iterations for the
#   negative binomial, so use 1e-7 relative when alpha > 0), exact for ret = "cases" (integers), alarms exact except
#   where the statistic is within 1e-7 relative of c.ARL. With mu0 estimated: mu0 and alpha_used relative 1e-6 (IRLS /
#   glm.nb convergence), upperbound relative 1e-5, and alarms exact away from the threshold (within 1e-5 of c.ARL
#   skip). Or feed R's mu0 and alpha_used columns to the detector and use the mu0-given tolerances.
HERE <- local({ f <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)); if (length(f)) dirname(normalizePath(f)) else getwd() })
source(file.path(HERE, "common.R"))
suppressPackageStartupMessages({ library(surveillance); library(MASS) })
set.seed(19006)
series_rows <- list(); res_rows <- list(); nerr <- 0; NC <- 224
for (ci in 1:NC) {
  n <- sample(48:84, 1)
  tt <- 1:n
  base <- exp(runif(1, log(0.3), log(150)))
  amp <- runif(1, 0, 0.5); slope <- if (runif(1) < 0.3) rnorm(1, 0, 0.005) else 0
  mu <- base * exp(amp * sin(2 * pi * tt / 12 + runif(1, 0, 2 * pi)) + slope * tt)
  nb_alpha <- sample(c(0, 0, 0.05, 0.2, 0.5), 1)
  y <- if (nb_alpha == 0) rpois(n, mu) else rnbinom(n, size = 1 / nb_alpha, mu = mu)
  first <- n - sample(11:35, 1)
  ob <- "none"
  if (runif(1) < 0.5) {                      # a shift in the monitored range: up or down
    k <- sample(first:n, 1); f <- sample(c(1.5, 2, 3, 0.4), 1)
    y[k:n] <- if (nb_alpha == 0) rpois(n - k + 1, mu[k:n] * f) else rnbinom(n - k + 1, size = 1 / nb_alpha, mu = mu[k:n] * f)
    ob <- sprintf("shift x%g from t=%d", f, k)
  }
  if (ci <= 6) { y[] <- 0L; ob <- "all zero" }
  if (ci > 6 && ci <= 10) { y[] <- 0L; y[sample(n, 3)] <- 1L; ob <- "sparse" }
  range <- first:n
  mu0_mode <- if (ci <= 10) "given" else sample(c("given", "estimated"), 1)
  alpha <- if (mu0_mode == "estimated" && runif(1) < 0.3) NULL else sample(c(0, 0, 0.05, 0.2, 0.5), 1)
  # ret = "cases" for the negative binomial is a brute-force search in R (one C call per count step): Poisson only here
  ret <- if (!is.null(alpha) && alpha == 0) sample(c("value", "cases"), 1) else "value"
  dir <- sample(c("inc", "inc", "dec"), 1)
  theta <- if (!is.null(alpha) && alpha == 0 && dir == "inc" && runif(1) < 0.2) sample(c(log(1.5), log(2)), 1) else NULL
  M <- sample(c(-1, -1, 6, 12), 1)
  c.ARL <- sample(c(2, 3, 5, 8), 1)
  S <- sample(1:2, 1); trend <- runif(1) < 0.4; refit <- runif(1) < 0.25
  mu0 <- if (mu0_mode == "given") { if (runif(1) < 0.7) mu[range] else rep(max(0.1, round(mean(y[1:(first - 1)]), 2)), length(range)) }
         else list(S = S, trend = trend, refit = refit)
  ctrl <- list(range = range, c.ARL = c.ARL, mu0 = mu0, alpha = alpha, Mtilde = 1, M = M, change = "intercept",
               theta = theta, dir = dir, ret = ret, xMax = 10000)
  s <- sts(observed = as.integer(y), start = c(2017, 1), frequency = 12)
  res <- tryCatch(suppressWarnings(suppressMessages(algo.glrnb(sts2disProg(s), control = ctrl))), error = function(e) e)
  id <- sprintf("G%03d", ci)
  if (ci %% 25 == 0) cat(id, format(Sys.time()), "\n")
  for (t in 1:n) series_rows[[length(series_rows) + 1]] <- c(case_id = id, t = int(t), observed = int(y[t]), mu_true = num(mu[t]))
  err <- if (inherits(res, "error")) gsub("[,\n]", ";", conditionMessage(res)) else ""
  if (nzchar(err)) nerr <- nerr + 1
  L <- length(range)
  ub <- if (nzchar(err)) rep(NA, L) else as.numeric(res$upperbound)
  al <- if (nzchar(err)) rep(NA, L) else as.logical(res$alarm)
  mu0used <- if (nzchar(err)) rep(NA, L) else as.numeric(res$control$mu0)
  aused <- if (nzchar(err)) NA else res$control$alpha
  stopifnot(length(ub) == L, length(al) == L, length(mu0used) == L)
  for (j in seq_len(L)) {
    t <- range[j]
    res_rows[[length(res_rows) + 1]] <- c(case_id = id, n_months = int(n), range_first = int(range[1]),
      mu0_mode = mu0_mode, mu0_S = if (mu0_mode == "estimated") int(S) else "",
      mu0_trend = if (mu0_mode == "estimated") bool(trend) else "", mu0_refit = if (mu0_mode == "estimated") bool(refit) else "",
      alpha = if (is.null(alpha)) "" else num(alpha), c_ARL = num(c.ARL), M = int(M), Mtilde = int(1),
      theta = if (is.null(theta)) "" else num(theta), dir = dir, ret = ret,
      t = int(t), observed = int(y[t]), mu0 = num(mu0used[j]), alpha_used = num(aused),
      upperbound = num(ub[j]), alarm = bool(al[j]), error = err, note = ob)
  }
}
write_rows(series_rows, file.path(HERE, "glrnb_series.csv"))
write_rows(res_rows, file.path(HERE, "glrnb_results.csv"))
cat("cases:", NC, " failed calls:", nerr, "\n")
cat(versions_line(c("surveillance", "MASS")), "\n")
