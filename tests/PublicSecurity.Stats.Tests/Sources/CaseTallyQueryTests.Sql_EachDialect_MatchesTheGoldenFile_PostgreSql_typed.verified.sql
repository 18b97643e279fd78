-- the tally query

-- PublicSecurity.Stats case tally (PostgreSql): 4 periods from 15/12/2023 to 14/05/2024 (cut-off day 14).
-- One row per group of cases with the same raw province, outcome, severity and offence group, recorded period,
-- outcome-date code and date rule; the library checks each group's values and builds the tally.
SELECT
  "province_code" AS province_value,
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
  CASE WHEN "recorded_on" IS NULL THEN 1 WHEN psstats_rd IS NULL THEN 2 WHEN psstats_od IS NULL AND NOT "outcome_on" IS NULL THEN 3 WHEN psstats_od < psstats_rd THEN 4 WHEN "id" IS NULL OR trim(CAST("id" AS text)) = '' THEN 5 ELSE 0 END AS rule,
  count(*) AS cases
FROM (
  SELECT *, CAST("recorded_on" AS date) AS psstats_rd, CAST("outcome_on" AS date) AS psstats_od
  FROM cases
) AS cases
GROUP BY 1, 2, 3, 4, 5, 6, 7

-- the ids found more than once

SELECT id_value, count(*) AS copies
FROM (SELECT trim(CAST("id" AS text)) AS id_value FROM cases) AS ids
WHERE id_value IS NOT NULL AND id_value <> ''
GROUP BY id_value
HAVING count(*) > 1

-- the rows of the groups found bad (example values)

SELECT * FROM (SELECT row_number() OVER (ORDER BY "id", "province_code", "recorded_on", "outcome", "outcome_on", "severity", "offence_group") AS psstats_row, "id", "province_code", "recorded_on", "outcome", "outcome_on", "severity", "offence_group" FROM cases) AS numbered
WHERE CASE WHEN "recorded_on" IS NULL THEN 1 WHEN CAST("recorded_on" AS date) IS NULL THEN 2 WHEN CAST("outcome_on" AS date) IS NULL AND NOT "outcome_on" IS NULL THEN 3 WHEN CAST("outcome_on" AS date) < CAST("recorded_on" AS date) THEN 4 WHEN "id" IS NULL OR trim(CAST("id" AS text)) = '' THEN 5 ELSE 0 END <> 0
   OR "province_code" IS NULL
   OR "province_code" IN ('Atlantis')
   OR "outcome" IS NULL
   OR "outcome" IN ('it''s \ cleared')
   OR "severity" IS NULL
   OR "offence_group" IS NULL
   OR ("outcome" IN ('notCleared') AND NOT "outcome_on" IS NULL)
ORDER BY psstats_row
LIMIT 11

-- the rows of some ids

SELECT * FROM (SELECT row_number() OVER (ORDER BY "id", "province_code", "recorded_on", "outcome", "outcome_on", "severity", "offence_group") AS psstats_row, "id", "province_code", "recorded_on", "outcome", "outcome_on", "severity", "offence_group" FROM cases) AS numbered
WHERE trim(CAST("id" AS text)) IN ('C-1', 'O''Brien')
ORDER BY psstats_row
