# generate_exactci.R — reference values for two-sided exact tests with matching intervals (issue 19, part 3).
#
# What: exactci (M. P. Fay) two-sided p-values and their matching confidence intervals for tsmethod = "central",
#   "minlike" and "blaker", for
#     exactci_binom.csv    binom.exact(x, n, p, tsmethod = m, conf.level = cl)$p.value / $conf.int
#     exactci_poisson.csv  poisson.exact(x, T, r, tsmethod = m, conf.level = cl)      (one count, rate r per unit of T;
#                          the interval is for the rate, i.e. the interval for the mean divided by T)
#     exactci_ratio.csv    poisson.exact(c(x1, x2), c(T1, T2), r, tsmethod = m, conf.level = cl) (rate ratio
#                          (x1/T1)/(x2/T2), null ratio r; conditional on x1 + x2, i.e. binom.exact(x1, x1 + x2,
#                          r*T1/(r*T1 + T2)) with the interval mapped by p/(1 - p) * T2/T1)
#   all with alternative = "two.sided", midp = FALSE. One row per input (x, n or T, null, conf.level); one column
#   group per tsmethod: p_<m>, lower_<m>, upper_<m> with the default control = binomControl() (relErr = 1 + 1e-7,
#   tol = 1e-5: what a user of exactci sees; exactbinomCI rounds its limits to 4 decimals), and for minlike / blaker
#   also lower_tight_<m>, upper_tight_<m> from the same call with control = binomControl(tol = 1e-10) (limits rounded
#   by exactci to 9 decimals on the binomial scale), and the bracket R reports for the tight run in
#   attr(conf.int, "conf.limit.prec") (lower_prec_lo/hi, upper_prec_lo/hi; the true limit lies in it; empty for one
#   Poisson count, where exactci reports none: there the tight limits come from calling
#   exactpoissonCI(x, tsmethod = m, conf.level = cl, tol = 1e-10) / T directly, because poisson.exact does not pass
#   the tolerance on). The p-value does not depend on tol (checked).
#   Check columns: reject_<m> = p_<m> < alpha (alpha = 1 - conf.level); null_outside_<m> = the null lies outside
#   [lower, upper] (the tight interval for minlike / blaker). They agree on every row (the "matching" property);
#   the script prints MISMATCH otherwise (it printed none).
# exactci is not in Debian: sourced from vendor/exactci/ (a copy of CRAN's exactci 1.4-5, GPL-3, from the CRAN GitHub
#   mirror cran/exactci, commit a78129c "version 1.4-5"; only the files needed, powerBinom.R and the plots left out).
# Versions: see the line printed at the end and recorded in ../README.md (R 4.2.2, Debian 12).
# Seed: set.seed(19003) for the random part of the grid; the rest is fixed.
# Tolerances for the C# tests:
#   p-values (all methods): relative 1e-12. The minlike / blaker sums use relErr = 1 + 1e-7 to decide which outcomes
#     count as "as or less likely": C# must use the same factor, or rows decided by that tie may differ.
#   central limits (beta / gamma quantiles): relative 1e-12.
#   minlike / blaker limits, compare with the *_tight_* columns: binomial |C# - R| <= 1e-9 (absolute, p scale; the
#     bracket widened by 1e-9 also works); rate ratio relative 5e-7 (the 9-decimal rounding on the p scale is
#     magnified by p/(1-p)); one Poisson count |C# - R| * T <= 1e-8 (mean scale).
#   The default-control columns lower_<m>/upper_<m> are only good to the 4-decimal rounding: binomial absolute 6e-5,
#     rate ratio relative 2e-2, one count relative 1e-6. Use them only to show what R prints.
#   reject_<m> == null_outside_<m> is exact (a property test, and C# must reproduce both columns).
HERE <- local({ f <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)); if (length(f)) dirname(normalizePath(f)) else getwd() })
source(file.path(HERE, "common.R"))
for (f in c("binomControl.R", "exactbinomPvals.R", "exactbinomCI.R", "binom.exact.R",
            "exactpoissonPvals.R", "exactpoissonCI.R", "poisson.exact.R"))
  source(file.path(HERE, "vendor", "exactci", f))
set.seed(19003)
methods <- c("central", "minlike", "blaker")

TIGHT <- binomControl(tol = 1e-10)
# fun(m, tight): the R result for tsmethod m, with the default control (tight = FALSE) or with tol = 1e-10 (tight = TRUE).
method_cols <- function(fun, null, cl) {
  out <- character(0)
  for (m in methods) {
    r <- fun(m, FALSE)
    ci <- as.numeric(r$conf.int)
    alpha <- 1 - cl
    rej <- r$p.value < alpha
    outside <- null < ci[1] || null > ci[2]
    v <- c(num(r$p.value), num(ci[1]), num(ci[2]))
    names(v) <- paste0(c("p_", "lower_", "upper_"), m)
    out <- c(out, v)
    if (m != "central") {
      t <- fun(m, TRUE)
      tci <- as.numeric(t$conf.int)
      prec <- attr(t$conf.int, "conf.limit.prec")
      pv <- if (is.null(prec)) rep(NA_real_, 4) else c(range(prec$lower), range(prec$upper))
      w <- num(c(tci, pv))
      names(w) <- paste0(c("lower_tight_", "upper_tight_", "lower_prec_lo_", "lower_prec_hi_", "upper_prec_lo_", "upper_prec_hi_"), m)
      out <- c(out, w)
      if (abs(t$p.value - r$p.value) > 0) stop("p-value depends on tol")
      outside_t <- null < tci[1] || null > tci[2]
      if (rej != outside_t) message(sprintf("MISMATCH (tight) %s p=%.17g ci=[%.17g,%.17g] null=%g", m, r$p.value, tci[1], tci[2], null))
      outside <- outside_t
    } else if (rej != outside) message(sprintf("MISMATCH %s p=%.17g ci=[%.17g,%.17g] null=%g", m, r$p.value, ci[1], ci[2], null))
    w <- c(bool(rej), bool(outside)); names(w) <- paste0(c("reject_", "null_outside_"), m)
    out <- c(out, w)
  }
  out
}
levels_for <- function(i) if (i %% 7 == 3) 0.9 else if (i %% 7 == 5) 0.99 else 0.95

## ---- binomial: x of n against p ----
bin_in <- list()
add_b <- function(x, n, p, note) bin_in[[length(bin_in) + 1]] <<- list(x = x, n = n, p = p, note = note)
for (n in c(1, 2, 3, 5)) for (x in 0:n) add_b(x, n, 0.5, "tiny n")
for (n in c(10, 20, 50)) for (x in c(0, 1, n %/% 2, n - 1, n)) add_b(x, n, 0.3, "edges")
for (p in c(0.01, 0.05, 0.2, 0.5, 0.8, 0.95, 0.99)) add_b(round(40 * p), 40, p, "x = n p exactly or nearly")
for (p in c(0.001, 0.02, 0.25)) add_b(0, 100, p, "zero successes")
for (p in c(0.75, 0.98, 0.999)) add_b(100, 100, p, "all successes")
add_b(7, 10, 0.7, "x/n equals p"); add_b(3, 12, 0.25, "x/n equals p")
for (i in 1:165) {
  n <- sample(c(sample(2:30, 1), sample(31:300, 1), sample(301:3000, 1)), 1)
  p0 <- signif(runif(1, 0.02, 0.98), 3)
  shift <- sample(c(-1, 0, 1), 1) * runif(1, 0, 4) * sqrt(n * p0 * (1 - p0))
  x <- min(n, max(0, round(n * p0 + shift)))
  add_b(x, n, p0, "random")
}
rows <- list()
for (i in seq_along(bin_in)) {
  a <- bin_in[[i]]; cl <- levels_for(i)
  r <- c(case_id = sprintf("B%03d", i), x = int(a$x), n = int(a$n), p_null = num(a$p), conf_level = num(cl),
         method_cols(function(m, tight) binom.exact(a$x, a$n, a$p, tsmethod = m, conf.level = cl,
                                                      control = if (tight) TIGHT else binomControl()), a$p, cl),
         note = a$note)
  rows[[i]] <- r
}
write_rows(rows, file.path(HERE, "exactci_binom.csv"))

## ---- one Poisson count x over exposure T against rate r ----
poi_in <- list()
add_p <- function(x, T, r, note) poi_in[[length(poi_in) + 1]] <<- list(x = x, T = T, r = r, note = note)
for (x in 0:6) add_p(x, 1, 2.5, "small counts")
for (r in c(0.1, 1, 5, 30)) add_p(0, 1, r, "zero count")
for (x in c(1, 4, 12, 40, 200, 1500)) add_p(x, 1, x, "x equals the null mean")
for (x in c(3, 9, 27)) add_p(x, 365, x / 365 * 1.7, "days exposure")
add_p(12, 100000, 9e-5, "population exposure"); add_p(0, 250000, 2e-6, "population exposure, zero")
for (i in 1:190) {
  T <- sample(c(1, 1, 12, 365, 1e4, 1e5), 1)
  mu <- exp(runif(1, log(0.3), log(3000)))
  x <- rpois(1, mu * exp(rnorm(1, 0, 0.3)))
  add_p(x, T, signif(mu / T, 4), "random")
}
rows <- list()
for (i in seq_along(poi_in)) {
  a <- poi_in[[i]]; cl <- levels_for(i)
  rows[[i]] <- c(case_id = sprintf("P%03d", i), x = int(a$x), T = num(a$T), r_null = num(a$r), conf_level = num(cl),
                 method_cols(function(m, tight) {
                   r <- poisson.exact(a$x, a$T, a$r, tsmethod = m, conf.level = cl)
                   # poisson.exact does not pass control$tol on to exactpoissonCI for one count: call it directly
                   if (tight) r$conf.int <- exactpoissonCI(a$x, tsmethod = m, conf.level = cl, tol = 1e-10) / a$T
                   r }, a$r, cl),
                 note = a$note)
}
write_rows(rows, file.path(HERE, "exactci_poisson.csv"))

## ---- two Poisson counts: rate ratio (x1/T1)/(x2/T2) against r ----
rr_in <- list()
add_r <- function(x1, T1, x2, T2, r, note) rr_in[[length(rr_in) + 1]] <<- list(x1 = x1, T1 = T1, x2 = x2, T2 = T2, r = r, note = note)
add_r(12, 1, 9, 1, 1, "12 -> 9 (DOMAIN example)")
add_r(0, 1, 3, 1, 1, "zero then three"); add_r(3, 1, 0, 1, 1, "three then zero"); add_r(1, 1, 1, 1, 1, "one and one")
add_r(0, 31, 5, 30, 1, "zero, unequal days"); add_r(5, 31, 0, 30, 1, "zero second, unequal days")
add_r(1, 1, 0, 1, 1, "x1 + x2 = 1"); add_r(0, 1, 1, 1, 1, "x1 + x2 = 1")
add_r(100, 1, 100, 1, 1, "equal"); add_r(150, 365, 120, 366, 1, "leap year")
add_r(20, 1, 10, 1, 2, "x1/x2 equals r"); add_r(7, 1, 14, 1, 0.5, "x1/x2 equals r")
for (i in 1:200) {
  T1 <- sample(c(1, 28, 30, 31, 90, 365, 1e5), 1); T2 <- if (runif(1) < 0.5) T1 else T1 * runif(1, 0.5, 2)
  lam <- exp(runif(1, log(0.2), log(800)))
  ratio <- exp(rnorm(1, 0, 0.4))
  x1 <- rpois(1, lam * ratio); x2 <- rpois(1, lam * T2 / T1)
  if (x1 + x2 == 0) x2 <- 1
  r <- if (runif(1) < 0.7) 1 else signif(exp(rnorm(1, 0, 0.3)), 3)
  add_r(x1, signif(T1, 6), x2, signif(T2, 6), r, "random")
}
rows <- list()
for (i in seq_along(rr_in)) {
  a <- rr_in[[i]]; cl <- levels_for(i)
  rows[[i]] <- c(case_id = sprintf("R%03d", i), x1 = int(a$x1), T1 = num(a$T1), x2 = int(a$x2), T2 = num(a$T2),
                 r_null = num(a$r), conf_level = num(cl),
                 method_cols(function(m, tight) poisson.exact(c(a$x1, a$x2), c(a$T1, a$T2), a$r, tsmethod = m, conf.level = cl,
                                                            control = if (tight) TIGHT else binomControl()), a$r, cl),
                 note = a$note)
}
write_rows(rows, file.path(HERE, "exactci_ratio.csv"))
cat(versions_line(c("stats")), "; exactci 1.4-5 (vendored, cran/exactci a78129c)\n")
