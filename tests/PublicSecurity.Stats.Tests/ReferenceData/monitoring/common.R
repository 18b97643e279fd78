# Shared helpers of the monitoring reference generators (issue 19). Sourced by generate_*.R; not a generator itself.
# CSV conventions (see ../README.md, section "monitoring (issue 19)"):
#   header line; separator ","; no quoting (no field contains a comma); decimal mark ".";
#   doubles as sprintf("%.17g") (round-trips to the exact double; parse with CultureInfo.InvariantCulture);
#   integers as integers; booleans true/false; NA/NaN written as an empty field; +-Inf as Infinity / -Infinity.
num <- function(x) {
  out <- sprintf("%.17g", as.numeric(x))
  out[is.na(x)] <- ""
  out[!is.na(x) & is.infinite(x) & x > 0] <- "Infinity"
  out[!is.na(x) & is.infinite(x) & x < 0] <- "-Infinity"
  out
}
int <- function(x) { out <- format(as.integer(x), scientific = FALSE, trim = TRUE); out[is.na(x)] <- ""; out }
bool <- function(x) { out <- ifelse(as.logical(x), "true", "false"); out[is.na(x)] <- ""; out }
# rows: list of named character vectors (all with the same names, in the same order)
write_rows <- function(rows, file) {
  hdr <- names(rows[[1]])
  lines <- vapply(rows, function(r) {
    stopifnot(identical(names(r), hdr))
    if ("note" %in% names(r)) r[["note"]] <- gsub(",", ";", r[["note"]], fixed = TRUE)   # notes never hold a comma
    if (any(grepl(",", r, fixed = TRUE))) stop("a field contains a comma: ", paste(r, collapse = " | "))
    paste(r, collapse = ",") }, "")
  writeLines(c(paste(hdr, collapse = ","), lines), file, sep = "\n", useBytes = TRUE)
  cat(sprintf("%s: %d rows\n", file, length(rows)))
}
# data.frame of character columns -> CSV (same conventions)
write_df <- function(df, file) {
  if (any(vapply(df, function(col) any(grepl(",", col, fixed = TRUE)), TRUE))) stop("a field contains a comma")
  lines <- do.call(paste, c(unname(as.list(df)), sep = ","))
  writeLines(c(paste(names(df), collapse = ","), lines), file, sep = "\n", useBytes = TRUE)
  cat(sprintf("%s: %d rows\n", file, nrow(df)))
}
versions_line <- function(pkgs) {
  paste0(R.version.string, "; ", paste(sprintf("%s %s", pkgs, vapply(pkgs, function(p) as.character(packageVersion(p)), "")), collapse = "; "))
}
here <- function() {
  a <- commandArgs(trailingOnly = FALSE); f <- sub("^--file=", "", a[grep("^--file=", a)])
  if (length(f)) dirname(normalizePath(f)) else getwd()
}
