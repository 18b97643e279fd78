# generate_glmnb_targets.R — reference fits for year-end targets (issue 19, part 5).
#
# What: MASS::glm.nb(count ~ factor(month) + year, data = d) (default control: glm.control(epsilon = 1e-8,
#   maxit = 25), init.theta unset, link = log) on generated monthly series: 3-6 full past years plus the first k
#   months (k = 1-11) of the current year. year is the calendar year as a number (2017 ...), factor(month) uses R's
#   treatment contrasts with January as the baseline. Only this deterministic fit is a reference; the year-end
#   projection and its interval are simulated in C#.
# Files:
#   glmnb_targets_series.csv  the inputs: case_id, t, year, month, count (only the months used in the fit).
#   glmnb_targets_fit.csv     one row per case: past_years, current_year, k (months observed in the current year),
#     coef_intercept, coef_month2 ... coef_month12, coef_year (coef(fit)), se_* (sqrt(diag(vcov(fit)))),
#     theta (fit$theta), se_theta (fit$SE.theta), twologlik (fit$twologlik), deviance, iter (fit$iter),
#     converged (fit$converged), warning (R's warning text, e.g. "iteration limit reached" when the data are
#     near-Poisson and theta runs off; empty if none), mu_m1 ... mu_m12 = predict(fit, newdata = the current year's
#     months, type = "response") for the remaining months k+1..12 (empty for the months already observed), and
#     remaining_sum = the sum of those means.
# Seed: set.seed(19007).
# Versions: printed at the end and recorded in ../README.md (R 4.2.2, MASS 7.3-58.2).
# Tolerances for the C# tests (rows with an empty warning and converged = true): mu_* and remaining_sum relative 1e-6;
#   coefficients absolute 1e-6 (coef_year and the intercept are strongly correlated because year is not centred:
#   compare coef_intercept relative 1e-6 too, or compare the predictions only); theta relative 1e-4 when theta < 1000
#   (glm.nb alternates IRLS and theta.ml until the deviance changes by < 1e-8, so theta is only that good);
#   se_* relative 1e-4. Rows with a warning (theta diverging to a Poisson fit): compare mu_* at relative 1e-4 only.
HERE <- local({ f <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)); if (length(f)) dirname(normalizePath(f)) else getwd() })
source(file.path(HERE, "common.R"))
suppressPackageStartupMessages(library(MASS))
set.seed(19007)
series_rows <- list(); fit_rows <- list(); NC <- 275
for (ci in 1:NC) {
  py <- sample(3:6, 1); k <- sample(1:11, 1); cy <- 2023
  years <- c(rep((cy - py):(cy - 1), each = 12), rep(cy, k)); months <- c(rep(1:12, py), 1:k)
  base <- exp(runif(1, log(if (ci <= 15) 0.3 else 2), log(500)))
  amp <- runif(1, 0, 0.6); ph <- runif(1, 0, 2 * pi); slope <- rnorm(1, 0, 0.1)
  mu <- base * exp(amp * sin(2 * pi * months / 12 + ph) + slope * (years - cy))
  size <- sample(c(1.5, 2, 3, 5, 8, 12, 20, 40, 1e6), 1)   # 1e6: near-Poisson, theta runs off (R warns)
  y <- rnbinom(length(mu), size = size, mu = mu)
  if (ci %% 37 == 0) y[sample(length(y), 3)] <- 0L
  d <- data.frame(count = y, month = months, year = years)
  wmsg <- character(0)
  fit <- withCallingHandlers(tryCatch(glm.nb(count ~ factor(month) + year, data = d), error = function(e) e),
                             warning = function(w) { wmsg <<- c(wmsg, conditionMessage(w)); invokeRestart("muffleWarning") })
  id <- sprintf("T%03d", ci)
  for (i in seq_along(y)) series_rows[[length(series_rows) + 1]] <- c(case_id = id, t = int(i), year = int(years[i]),
    month = int(months[i]), count = int(y[i]))
  if (inherits(fit, "error")) { message(id, ": ", conditionMessage(fit)); next }
  cf <- coef(fit); se <- sqrt(diag(vcov(fit)))
  nm <- c("(Intercept)", paste0("factor(month)", 2:12), "year"); short <- c("intercept", paste0("month", 2:12), "year")
  stopifnot(identical(names(cf), nm))
  cc <- num(cf); names(cc) <- paste0("coef_", short); ss <- num(se); names(ss) <- paste0("se_", short)
  nd <- data.frame(month = 1:12, year = cy)
  p <- as.numeric(predict(fit, newdata = nd, type = "response")); p[1:k] <- NA
  pm <- num(p); names(pm) <- paste0("mu_m", 1:12)
  fit_rows[[length(fit_rows) + 1]] <- c(case_id = id, past_years = int(py), current_year = int(cy), k = int(k),
    n_obs = int(length(y)), cc, ss, theta = num(fit$theta), se_theta = num(fit$SE.theta), twologlik = num(fit$twologlik),
    deviance = num(deviance(fit)), iter = int(fit$iter), converged = bool(fit$converged),
    warning = gsub("[,\n]", ";", paste(unique(wmsg), collapse = " / ")), pm, remaining_sum = num(sum(p, na.rm = TRUE)),
    note = sprintf("true size %g", size))
}
write_rows(series_rows, file.path(HERE, "glmnb_targets_series.csv"))
write_rows(fit_rows, file.path(HERE, "glmnb_targets_fit.csv"))
cat(versions_line(c("MASS")), "\n")
