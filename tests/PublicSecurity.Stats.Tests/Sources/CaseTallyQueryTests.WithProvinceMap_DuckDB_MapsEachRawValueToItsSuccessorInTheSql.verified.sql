-- PublicSecurity.Stats case tally (DuckDB): 4 periods from 15/12/2023 to 14/05/2024 (cut-off day 14).
-- One row per group of cases with the same raw province, outcome, severity and offence group, recorded period,
-- outcome-date code and date rule; the library checks each group's values and builds the tally.
SELECT
  CASE CAST("province_code" AS VARCHAR) WHEN '1' THEN '01' WHEN '74' THEN '79' WHEN '79' THEN '79' WHEN 'Bình Dương' THEN '79' END AS province_value,
  CASE
    WHEN psstats_rd BETWEEN DATE '2023-12-15' AND DATE '2024-01-14' THEN 0
    WHEN psstats_rd BETWEEN DATE '2024-01-15' AND DATE '2024-02-14' THEN 1
    WHEN psstats_rd BETWEEN DATE '2024-02-15' AND DATE '2024-03-14' THEN 2
    WHEN psstats_rd BETWEEN DATE '2024-04-15' AND DATE '2024-05-14' THEN 3
    ELSE 4 END AS recorded_period,
  CASE WHEN psstats_od IS NULL THEN -1
    WHEN psstats_od BETWEEN DATE '2023-12-15' AND DATE '2024-01-14' THEN 0
    WHEN psstats_od BETWEEN DATE '2024-01-15' AND DATE '2024-02-14' THEN 1
    WHEN psstats_od BETWEEN DATE '2024-02-15' AND DATE '2024-03-14' THEN 2
    WHEN psstats_od BETWEEN DATE '2024-04-15' AND DATE '2024-05-14' THEN 3
    WHEN psstats_od BETWEEN DATE '2024-03-15' AND DATE '2024-04-14' THEN 5
    ELSE 4 END AS outcome_code,
  "outcome" AS outcome_value,
  "severity" AS severity_value,
  "offence_group" AS offence_group_value,
  CASE WHEN ("recorded_on" IS NULL OR trim("recorded_on") = '') THEN 1 WHEN psstats_rd IS NULL THEN 2 WHEN psstats_od IS NULL AND NOT ("outcome_on" IS NULL OR trim("outcome_on") = '') THEN 3 WHEN psstats_od < psstats_rd THEN 4 WHEN "id" IS NULL OR trim(CAST("id" AS VARCHAR)) = '' THEN 5 ELSE 0 END AS rule,
  count(*) AS cases
FROM (
  SELECT *, CAST(COALESCE(TRY_STRPTIME(trim("recorded_on"), '%Y-%m-%d'), TRY_STRPTIME(trim("recorded_on"), '%d/%m/%Y')) AS DATE) AS psstats_rd, CAST(COALESCE(TRY_STRPTIME(trim("outcome_on"), '%Y-%m-%d'), TRY_STRPTIME(trim("outcome_on"), '%d/%m/%Y')) AS DATE) AS psstats_od
  FROM read_csv(['a.csv'], header = true, all_varchar = true)
) AS cases
GROUP BY 1, 2, 3, 4, 5, 6, 7
