# generate_funnel_limits.R — quantiles for beta-binomial and negative-binomial funnel limits (issue 19, part 4).
#
# What:
#   funnel_limits_bbinom.csv  beta-binomial quantiles for p in 0.001, 0.025, 0.975, 0.999, over a grid
#     of size (trials n = 1 ... 20000), mean proportion pi (alpha / (alpha + beta)) from 0.0005 to 0.999, and
#     overdispersion M = alpha + beta from 0.3 to 1e4 (alpha = pi * M, beta = (1 - pi) * M; the intra-class
#     correlation is rho = 1 / (M + 1), written too). For each p: q_<p> (the quantile: the smallest integer k with
#     extraDistr::pbbinom(k, size, alpha, beta) >= p.
#     extraDistr 1.9.1 (Debian 12) has no qbbinom, nor has VGAM 1.1.7 a beta-binomial quantile, so the quantile is
#     taken from the whole CDF: cdf <- pbbinom(0:size, size, alpha, beta); q <- min(which(cdf >= p)) - 1) and cdf_<p> = pbbinom(q), cdfm1_<p> = pbbinom(q - 1) (0 when q = 0): the
#     quantile is correct iff cdfm1 < p <= cdf; rows where p is within 1e-7 (beta-binomial) or 1e-11 (negative binomial) relative of cdf or cdfm1 are flagged
#     near_tie = true (a C# test may skip the quantile check on flagged rows).
#   funnel_limits_nbinom.csv  stats::qnbinom(p, size = size, mu = mu) (base R), same four p, over size (the
#     negative-binomial shape theta; variance mu + mu^2 / size) from 0.03 to 1e4 and mu from 0.001 (tiny
#     expectations) to 1e5, with cdf / cdfm1 columns from pnbinom(q, size, mu = mu) as above.
#   The CDF is cross-checked against VGAM::pbetabinom.ab (the script prints the largest relative difference).
# R calls: extraDistr::pbbinom(0:size, size, alpha, beta) and the search above;
#   qnbinom(p, size = s, mu = m), pnbinom(q, size = s, mu = m). No randomness (no seed).
# Versions: printed at the end and recorded in ../README.md (R 4.2.2, extraDistr 1.9.1, VGAM 1.1.7).
# Tolerances for the C# tests: quantiles exact (integers) on rows with near_tie = false; cdf / cdfm1 relative 1e-8
#   for the beta-binomial (extraDistr sums the pmf term by term; it and VGAM differ by up to 2.8e-9 relative on this
#   grid) and relative 1e-10 for the negative binomial. Note that R's qnbinom searches with a fuzz of
#   (1 - 64 * DBL_EPSILON) on p; a C# search should do the same or compare within it.
HERE <- local({ f <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)); if (length(f)) dirname(normalizePath(f)) else getwd() })
source(file.path(HERE, "common.R"))
suppressPackageStartupMessages(library(extraDistr))
probs <- c(0.001, 0.025, 0.975, 0.999); tags <- c("0001", "0025", "0975", "0999")
qcols <- function(q, cdf, cdfm1, tiefuzz) {
  out <- character(0); tie <- FALSE
  for (j in seq_along(probs)) {
    v <- c(int(q[j]), num(cdf[j]), num(cdfm1[j])); names(v) <- paste0(c("q_", "cdf_", "cdfm1_"), tags[j])
    out <- c(out, v)
    tie <- tie || abs(cdf[j] - probs[j]) <= tiefuzz * probs[j] || abs(cdfm1[j] - probs[j]) <= tiefuzz * probs[j]
    stopifnot(cdfm1[j] < probs[j] * (1 + 1e-12), cdf[j] >= probs[j] * (1 - 1e-12))
  }
  c(out, near_tie = bool(tie))
}
maxrel <- 0
rows <- list(); k <- 0
for (n in c(1, 2, 5, 10, 30, 100, 500, 2000, 20000))
  for (pi in c(0.0005, 0.02, 0.1, 0.35, 0.5, 0.8, 0.999))
    for (M in c(0.3, 2, 10, 60, 1e4)) {
      a <- pi * M; b <- (1 - pi) * M
      F <- pbbinom(0:n, n, a, b)
      maxrel <<- max(maxrel, max(abs(F - VGAM::pbetabinom.ab(0:n, n, a, b)) / pmax(F, 1e-300)))
      q <- vapply(probs, function(p) min(which(F >= p)) - 1, 0)
      cdf <- F[q + 1]; cdfm1 <- ifelse(q > 0, F[pmax(q, 1)], 0)
      k <- k + 1
      rows[[k]] <- c(case_id = sprintf("BB%03d", k), size = int(n), alpha = num(a), beta = num(b), mean_prop = num(pi),
                     M = num(M), rho = num(1 / (M + 1)), qcols(q, cdf, cdfm1, 1e-7))
    }
write_rows(rows, file.path(HERE, "funnel_limits_bbinom.csv"))
cat("largest relative difference extraDistr::pbbinom vs VGAM::pbetabinom.ab:", maxrel, "\n")
rows <- list(); k <- 0
for (s in c(0.03, 0.1, 0.5, 1, 3, 10, 30, 100, 1000, 1e4))
  for (mu in c(0.001, 0.01, 0.05, 0.1, 0.3, 0.5, 1, 2, 3, 5, 10, 25, 50, 100, 200, 500, 1000, 5000, 20000, 1e5)) {
    q <- qnbinom(probs, size = s, mu = mu)
    cdf <- pnbinom(q, size = s, mu = mu); cdfm1 <- ifelse(q > 0, pnbinom(pmax(q - 1, 0), size = s, mu = mu), 0)
    k <- k + 1
    rows[[k]] <- c(case_id = sprintf("NB%03d", k), size = num(s), mu = num(mu), variance = num(mu + mu^2 / s),
                   qcols(q, cdf, cdfm1, 1e-11))
  }
write_rows(rows, file.path(HERE, "funnel_limits_nbinom.csv"))
cat(versions_line(c("extraDistr", "VGAM")), "\n")
