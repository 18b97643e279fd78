# generate_cstaubest.R — reference sets for tau-best / tau-worst confidence sets (issue 19, part 2).
#
# What: csranks::cstaubest(x, Sigma, tau, coverage, stepdown, R = 1000, seed) and cstauworst(...) (Mogstad, Romano,
#   Shaikh & Wilhelm 2023, the projection confidence set for the tau-best), sourced from vendor/csranks/ (csranks
#   1.2.2.9001, danielwilhelm/R-CS-ranks commit bd4f755, GPL >= 3). x = estimates of p = 2-63 units (rates per 100,000
#   and the like), Sigma = their covariance: diagonal (se^2) for most data sets, a full matrix for a few (written to
#   cstaubest_sigma.csv). tau = 1, 2, 3 (and 5 for p >= 20); coverage 0.95 (0.9 for some sets); stepdown TRUE
#   (FALSE for some sets).
# Deterministic or not: csranks has NO deterministic (normal-approximation) variant of cstaubest / cstauworst: both
#   always go through csranks_simul -> csdiffmeans, whose critical values are quantiles of a parametric bootstrap
#   (MASS::mvrnorm(R, 0, Sigma) of the max of standardised differences; set.seed(seed) first; stepdown repeats it on
#   the remaining differences). Deterministic parts, which C# must reproduce exactly: the standardised differences
#   (x_k - x_i) / sqrt(Sigma_ii + Sigma_kk - 2 Sigma_ik), the structure of the step-down, the rank bound
#   L_i = 1 + #{k: unit k is significantly better than i} (tau-best: in_set iff L_i <= tau; tau-worst: U_i = p - #{k:
#   significantly worse} and in_set iff U_i >= p - tau + 1), and the nesting (the set for tau contains the set for
#   tau - 1, because L does not depend on tau). Randomised part: the critical value.
# Files:
#   cstaubest_results.csv one row per case (data set x direction x tau) and unit: case_id, set_id, p, direction (best /
#     worst), tau, coverage, stepdown, R (1000), seed (101), unit, estimate, se (sqrt(Sigma_ii)), sigma_diagonal,
#     in_set (cstaubest / cstauworst with seed = 101), rank_bound (L_i for best, U_i for worst, from the internal
#     csranks_simul with the same seed; in_set is checked to equal the rule above), votes (in how many of 5 runs with
#     seeds 101-105 the unit is in the set), stable (votes is 0 or 5), note.
#   cstaubest_sigma.csv   the full covariance of the non-diagonal sets: set_id, i, j, sigma.
# Monte-Carlo tolerance for the C# tests (its own normal draws, R = 1000): on rows with stable = true the membership
#   must agree; over all rows at least 97% must agree; nesting in tau and the L/U rule are exact properties. With
#   R = 1000 the bootstrap quantile at 0.95 has a standard error of about 1-2% of its value, so units whose
#   standardised gap to the tau-th competitor is within ~2% of the critical value can flip (these are the unstable
#   rows). Data sets with ties (equal estimates and se) are included: tied units always share their membership.
# Seed: set.seed(19008) for the data sets; csranks seed = 101 (and 102-105 for the stability votes).
# Versions: printed at the end and recorded in ../README.md (R 4.2.2, MASS 7.3-58.2, cli 3.6.0).
HERE <- local({ f <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)); if (length(f)) dirname(normalizePath(f)) else getwd() })
source(file.path(HERE, "common.R"))
for (f in c("argument_checks.R", "utilityfunctions.R", "diffmeans.R", "ranks.R")) source(file.path(HERE, "vendor", "csranks", f))
set.seed(19008)
Rb <- 1000; seeds <- 101:105
sets <- list()
adds <- function(x, Sigma, note, coverage = 0.95, stepdown = TRUE) sets[[length(sets) + 1]] <<- list(x = x, Sigma = Sigma, note = note, coverage = coverage, stepdown = stepdown)
# edge sets
adds(c(10, 5), diag(c(1, 1)), "two units, far apart")
adds(c(10, 9.5), diag(c(1, 1)), "two units, close")
adds(c(3, 3, 3), diag(c(0.5, 0.5, 0.5)), "three units, all tied")
adds(c(20, 10, 10, 10, 5), diag(rep(1, 5)), "one clear leader, tie behind")
adds(c(8, 8, 4, 4, 1), diag(c(0.3, 0.3, 0.3, 0.3, 0.3)), "pairs of ties")
adds(c(5, 4, 3, 2, 1), diag(rep(1e-6, 5)), "almost no noise")
adds(c(5, 4, 3, 2, 1), diag(rep(100, 5)), "huge noise")
for (i in 1:38) {
  p <- sample(c(5, 5, 8, 10, 12, 20, 34, 34, 63), 1)
  mu <- rnorm(p, 50, sample(c(2, 10, 30), 1))
  se <- exp(runif(p, log(0.5), log(sample(c(3, 10, 20), 1))))
  x <- round(rnorm(p, mu, se), 3)
  if (runif(1) < 0.15) { x[2] <- x[1]; se[2] <- se[1] }
  Sigma <- diag(se^2)
  note <- sprintf("random p=%d", p)
  if (i %% 6 == 0) {                                     # correlated estimates
    A <- matrix(rnorm(p * p), p); C <- cov2cor(crossprod(A) + diag(p) * p)
    Sigma <- diag(se) %*% C %*% diag(se); Sigma <- (Sigma + t(Sigma)) / 2; note <- paste(note, "full covariance")
  }
  adds(x, Sigma, note, coverage = if (i %% 5 == 0) 0.9 else 0.95, stepdown = !(i %% 7 == 0))
}
rows <- list(); sig_rows <- list(); ncase <- 0; nunstable <- 0; nrow_tot <- 0
for (s in seq_along(sets)) {
  S <- sets[[s]]; p <- length(S$x); sid <- sprintf("S%02d", s)
  diagonal <- all(S$Sigma[upper.tri(S$Sigma)] == 0)
  if (!diagonal) for (i in 1:p) for (j in 1:p) sig_rows[[length(sig_rows) + 1]] <- c(set_id = sid, i = int(i), j = int(j), sigma = num(S$Sigma[i, j]))
  taus <- intersect(c(1, 2, 3, if (p >= 20) 5), 1:p)
  for (direction in c("best", "worst")) {
    cstype <- if (direction == "best") "lower" else "upper"
    bounds <- lapply(seeds, function(sd) { r <- csranks_simul(S$x, S$Sigma, coverage = S$coverage, cstype = cstype,
                       stepdown = S$stepdown, R = Rb, seed = sd); if (direction == "best") r$L else r$U })
    for (tau in taus) {
      ncase <- ncase + 1; cid <- sprintf("C%03d", ncase)
      main <- if (direction == "best") cstaubest(S$x, S$Sigma, tau = tau, coverage = S$coverage, stepdown = S$stepdown, R = Rb, seed = seeds[1])
              else cstauworst(S$x, S$Sigma, tau = tau, coverage = S$coverage, stepdown = S$stepdown, R = Rb, seed = seeds[1])
      member <- function(b) if (direction == "best") b <= tau else b >= p - tau + 1
      stopifnot(identical(as.logical(main), member(bounds[[1]])))
      votes <- Reduce(`+`, lapply(bounds, function(b) as.integer(member(b))))
      for (i in 1:p) {
        nrow_tot <- nrow_tot + 1; stable <- votes[i] %in% c(0, length(seeds)); if (!stable) nunstable <- nunstable + 1
        rows[[length(rows) + 1]] <- c(case_id = cid, set_id = sid, p = int(p), direction = direction, tau = int(tau),
          coverage = num(S$coverage), stepdown = bool(S$stepdown), R = int(Rb), seed = int(seeds[1]), unit = int(i),
          estimate = num(S$x[i]), se = num(sqrt(S$Sigma[i, i])), sigma_diagonal = bool(diagonal), in_set = bool(main[i]),
          rank_bound = int(bounds[[1]][i]), votes = int(votes[i]), stable = bool(stable), note = S$note)
      }
    }
  }
}
write_rows(rows, file.path(HERE, "cstaubest_results.csv"))
write_rows(sig_rows, file.path(HERE, "cstaubest_sigma.csv"))
cat("cases:", ncase, " rows:", nrow_tot, " unstable rows:", nunstable, "\n")
cat(versions_line(c("MASS", "cli")), "; csranks 1.2.2.9001 (vendored, danielwilhelm/R-CS-ranks bd4f755)\n")
