# generate_ebest.R — reference values for empirical-Bayes shrinkage of provincial rates (issue 19, part 4).
#
# What, per set of provinces (one CSV row per province, the set's parameters repeated on each of its rows):
#   ebest_poisson.csv   spdep::EBest(n, x, family = "poisson"): n = event counts, x = populations (at risk).
#     Marshall's (1991) global moment estimator, as spdep codes it:
#       p_i = n_i / x_i (raw); b = sum(n) / sum(x); s2 = sum(x_i * (p_i - b)^2) / sum(x);
#       a = max(0, s2 - b / (sum(x) / m))  (m = number of provinces);
#       estmm_i = b + a * (p_i - b) / (a + b / x_i).
#     The fitted gamma prior has mean b and variance a (shape b^2/a, rate b/a when a > 0). Columns: raw, estmm, and the
#     set's a, b (spdep's attr(res, "parameters") = list(a, b); b is the overall rate, "m" in Marshall's notation).
#   ebest_binomial.csv  beta-binomial shrinkage of proportions (n_i successes of x_i trials: cleared of recorded), two ways:
#     (1) spdep::EBest(n, x, family = "binomial") (spdep's moment estimator, Martuzzi & Elliott 1996):
#       p_i, b, s2 as above; rho_i = (x_i s2 - (x_i / mean(x)) b(1-b)) / ((x_i - 1) s2 + ((mean(x) - x_i) / mean(x)) b(1-b));
#       estmm_i = rho_i p_i + (1 - rho_i) b. Columns spdep_estmm, spdep_rho, s2 (spdep's "a"), b. rho_i is not
#       clamped by spdep, so it can leave [0, 1] (column rho_in_unit_interval) and is NaN when 0/0 (written empty).
#     (2) plain method of moments (no package; written here in base R, VGAM not used), the beta posterior mean:
#       pbar = b; tau2 = s2 - b(1-b) / xbar with xbar = sum(x)/m;
#       if b == 0 or b == 1 or tau2 <= 0:  M = Infinity, mom_estimate_i = b   (complete shrinkage)
#       else M = b(1-b)/tau2 - 1; if M <= 0: M = 0, mom_estimate_i = p_i  (no shrinkage)
#       else alpha = b M, beta = (1-b) M, mom_estimate_i = (n_i + alpha) / (x_i + M).
#     Columns mom_tau2, mom_M, mom_alpha, mom_beta, mom_estimate. mom_estimate always lies between p_i and b.
#   all-zero Poisson sets: spdep returns estmm = NaN (0/0; written empty; C# should return the raw 0, flagged).
#   between (both files): the shrunken rate lies between the raw rate and the overall rate b (within 1e-12 relative).
# R call: EBest(n, x, family = ...) with spdep as below; the set-generating code is below (seed 19004).
# Sets: 215 Poisson sets and 215 binomial sets of 1-63 provinces: single province, two provinces, all-zero counts,
#   many zeros, equal rates (s2 = 0), ties, populations from 1,000 to 14,000,000 (very different sizes), overdispersed
#   and not (a = 0 cases), proportions 0 and 1.
# Versions: printed at the end and recorded in ../README.md (R 4.2.2, spdep 1.2.7).
# Tolerances for the C# tests: raw exact up to one division (relative 1e-15); estmm, a, b, rho, s2 and the MoM
#   columns relative 1e-12 (absolute 1e-15 where the value is 0 or a difference cancels to ~0; a and tau2: absolute
#   1e-12 * b when they are clamped at or near 0). The "between" flag is exact; the a == 0 / tau2 <= 0 decisions
#   are taken on rows far from the boundary except the constructed equal-rate sets, where s2 is exactly 0.
HERE <- local({ f <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)); if (length(f)) dirname(normalizePath(f)) else getwd() })
source(file.path(HERE, "common.R"))
suppressPackageStartupMessages(library(spdep))
set.seed(19004)
between <- function(e, r, b) { lo <- pmin(r, b); hi <- pmax(r, b); t <- 1e-12 * pmax(abs(lo), abs(hi)); e >= lo - t & e <= hi + t }

gen_pop <- function(m) round(exp(runif(m, log(1e3), log(1.4e7))))
poisson_sets <- list()
addp <- function(n, x, note) poisson_sets[[length(poisson_sets) + 1]] <<- list(n = n, x = x, note = note)
addp(5, 100000, "single province"); addp(0, 250000, "single province, zero")
addp(c(3, 7), c(1e5, 2e5), "two provinces"); addp(c(0, 0), c(1e5, 3e6), "two provinces, both zero")
addp(rep(0, 10), gen_pop(10), "all zero"); addp(c(10, 20, 30), c(1e5, 2e5, 3e5), "equal rates (s2 = 0)")
addp(c(4, 4, 4, 4), c(5e4, 5e4, 5e4, 5e4), "ties: equal counts and populations")
addp(c(1, 0, 0, 0, 0, 0, 0, 0), c(2e3, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6), "one event in a tiny province")
addp(c(500, 2, 0, 1, 3), c(1.4e7, 1e3, 2e3, 1.5e3, 5e3), "one huge, several tiny")
for (i in 1:206) {
  m <- sample(c(1, 2, 3, 5, 8, 12, 20, 34, 34, 63, 63), 1)
  x <- gen_pop(m)
  rate <- exp(runif(1, log(2e-6), log(5e-3)))
  disp <- sample(c(0, 0.05, 0.3, 1), 1)              # gamma heterogeneity of true rates (0: none)
  theta <- if (disp > 0) rgamma(m, 1 / disp^2, 1 / (rate * disp^2)) else rep(rate, m)
  n <- rpois(m, theta * x)
  if (runif(1) < 0.1) n[sample(m, max(1, m %/% 2))] <- 0
  if (runif(1) < 0.1 && m > 2) { x[2] <- x[1]; n[2] <- n[1] }      # a tie
  addp(n, x, sprintf("random m=%d disp=%g", m, disp))
}
rows <- list()
for (s in seq_along(poisson_sets)) {
  S <- poisson_sets[[s]]
  e <- EBest(S$n, S$x, family = "poisson")
  pa <- attr(e, "parameters")
  btw <- between(e$estmm, e$raw, pa$b)
  stopifnot(all(btw | is.na(e$estmm)))   # all-zero sets: b = a = 0 gives 0/0 = NaN in spdep (written empty)
  for (i in seq_along(S$n))
    rows[[length(rows) + 1]] <- c(case_id = sprintf("EP%03d", s), unit = int(i), m = int(length(S$n)),
      events = int(S$n[i]), population = num(S$x[i]), raw = num(e$raw[i]), estmm = num(e$estmm[i]),
      a = num(pa$a), b = num(pa$b), between = bool(btw[i]), note = S$note)
}
write_rows(rows, file.path(HERE, "ebest_poisson.csv"))

binom_sets <- list()
addb <- function(n, x, note) binom_sets[[length(binom_sets) + 1]] <<- list(n = n, x = x, note = note)
addb(30, 40, "single province"); addb(0, 12, "single province, zero cleared")
addb(c(3, 7), c(10, 20), "two provinces"); addb(c(0, 0, 0), c(5, 50, 500), "all zero")
addb(c(5, 50, 500), c(5, 50, 500), "all cleared (proportion 1)"); addb(c(1, 2, 3), c(2, 4, 6), "equal proportions (s2 = 0)")
addb(c(6, 6, 6, 6), c(8, 8, 8, 8), "ties: equal counts and trials")
addb(c(1, 40, 300, 0, 2), c(1, 60, 420, 3, 2), "one trial, tiny provinces")
for (i in 1:207) {
  m <- sample(c(1, 2, 3, 5, 8, 12, 20, 34, 34, 63, 63), 1)
  x <- pmax(1, round(exp(runif(m, log(1), log(20000)))))
  p0 <- runif(1, 0.02, 0.98)
  disp <- sample(c(0, 0.02, 0.1, 0.3), 1)          # beta heterogeneity: 1/(M+1) = disp
  p <- if (disp > 0) { M <- 1 / disp - 1; rbeta(m, p0 * M, (1 - p0) * M) } else rep(p0, m)
  n <- rbinom(m, x, p)
  if (runif(1) < 0.08) n[sample(m, max(1, m %/% 3))] <- 0
  if (runif(1) < 0.08) { k <- sample(m, max(1, m %/% 3)); n[k] <- x[k] }
  if (runif(1) < 0.1 && m > 2) { x[2] <- x[1]; n[2] <- n[1] }
  addb(n, x, sprintf("random m=%d disp=%g", m, disp))
}
rows <- list()
for (s in seq_along(binom_sets)) {
  S <- binom_sets[[s]]
  e <- suppressWarnings(EBest(S$n, S$x, family = "binomial"))
  pa <- attr(e, "parameters"); b <- pa$b; s2 <- pa$a
  m <- length(S$n); p <- S$n / S$x; xsum <- sum(S$x)
  rho <- (S$x * s2 - (S$x / mean(S$x)) * (b * (1 - b))) / ((S$x - 1) * s2 + ((mean(S$x) - S$x) / mean(S$x)) * (b * (1 - b)))
  tau2 <- s2 - b * (1 - b) / (xsum / m)
  if (b == 0 || b == 1 || tau2 <= 0) { M <- Inf; al <- NA; be <- NA; mom <- rep(b, m)
  } else { M <- b * (1 - b) / tau2 - 1
    if (M <= 0) { M <- 0; al <- 0; be <- 0; mom <- p } else { al <- b * M; be <- (1 - b) * M; mom <- (S$n + al) / (S$x + M) } }
  btw <- between(mom, p, b); stopifnot(all(btw))
  btw_sp <- between(e$estmm, p, b)
  for (i in seq_len(m))
    rows[[length(rows) + 1]] <- c(case_id = sprintf("EB%03d", s), unit = int(i), m = int(m),
      successes = int(S$n[i]), trials = int(S$x[i]), raw = num(e$raw[i]),
      spdep_estmm = num(e$estmm[i]), spdep_rho = num(rho[i]), rho_in_unit_interval = bool(rho[i] >= 0 & rho[i] <= 1),
      s2 = num(s2), b = num(b), spdep_between = bool(btw_sp[i]),
      mom_tau2 = num(tau2), mom_M = num(M), mom_alpha = num(al), mom_beta = num(be), mom_estimate = num(mom[i]),
      mom_between = bool(btw[i]), note = S$note)
}
write_rows(rows, file.path(HERE, "ebest_binomial.csv"))
cat(versions_line(c("spdep")), "\n")
