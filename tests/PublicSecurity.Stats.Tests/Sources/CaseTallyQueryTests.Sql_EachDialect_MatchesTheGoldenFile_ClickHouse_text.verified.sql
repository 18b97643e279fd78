-- the tally query

-- PublicSecurity.Stats case tally (ClickHouse): 4 periods from 15/12/2023 to 14/05/2024 (cut-off day 14).
-- One row per group of cases with the same raw province, outcome, severity and offence group, recorded period,
-- outcome-date code and date rule; the library checks each group's values and builds the tally.
SELECT
  `province_code` AS province_value,
  CASE
    WHEN psstats_rd BETWEEN toDate('2023-12-15') AND toDate('2024-01-14') THEN 0
    WHEN psstats_rd BETWEEN toDate('2024-01-15') AND toDate('2024-02-14') THEN 1
    WHEN psstats_rd BETWEEN toDate('2024-02-15') AND toDate('2024-03-14') THEN 2
    WHEN psstats_rd BETWEEN toDate('2024-04-15') AND toDate('2024-05-14') THEN 3
    ELSE 4 END AS recorded_period,
  CASE WHEN psstats_od IS NULL THEN -1
    WHEN psstats_od BETWEEN toDate('2023-12-15') AND toDate('2024-01-14') THEN 0
    WHEN psstats_od BETWEEN toDate('2024-01-15') AND toDate('2024-02-14') THEN 1
    WHEN psstats_od BETWEEN toDate('2024-02-15') AND toDate('2024-03-14') THEN 2
    WHEN psstats_od BETWEEN toDate('2024-04-15') AND toDate('2024-05-14') THEN 3
    WHEN psstats_od BETWEEN toDate('2024-03-15') AND toDate('2024-04-14') THEN 5
    ELSE 4 END AS outcome_code,
  `outcome` AS outcome_value,
  `severity` AS severity_value,
  `offence_group` AS offence_group_value,
  CASE WHEN (`recorded_on` IS NULL OR trimBoth(`recorded_on`) = '') THEN 1 WHEN psstats_rd IS NULL THEN 2 WHEN psstats_od IS NULL AND NOT (`outcome_on` IS NULL OR trimBoth(`outcome_on`) = '') THEN 3 WHEN psstats_od < psstats_rd THEN 4 WHEN `id` IS NULL OR trimBoth(toString(`id`)) = '' THEN 5 ELSE 0 END AS rule,
  count() AS cases
FROM (
  SELECT *, toDate(coalesce(parseDateTimeOrNull(trimBoth(`recorded_on`), '%Y-%m-%d'), parseDateTimeOrNull(trimBoth(`recorded_on`), '%d/%m/%Y'))) AS psstats_rd, toDate(coalesce(parseDateTimeOrNull(trimBoth(`outcome_on`), '%Y-%m-%d'), parseDateTimeOrNull(trimBoth(`outcome_on`), '%d/%m/%Y'))) AS psstats_od
  FROM cases
) AS cases
GROUP BY province_value, recorded_period, outcome_code, outcome_value, severity_value, offence_group_value, rule

-- the ids found more than once

SELECT id_value, count() AS copies
FROM (SELECT trimBoth(toString(`id`)) AS id_value FROM cases) AS ids
WHERE id_value IS NOT NULL AND id_value <> ''
GROUP BY id_value
HAVING count() > 1

-- the rows of the groups found bad (example values)

SELECT * FROM (SELECT rowNumberInAllBlocks() + 1 AS psstats_row, `id`, `province_code`, `recorded_on`, `outcome`, `outcome_on`, `severity`, `offence_group` FROM cases) AS numbered
WHERE CASE WHEN (`recorded_on` IS NULL OR trimBoth(`recorded_on`) = '') THEN 1 WHEN toDate(coalesce(parseDateTimeOrNull(trimBoth(`recorded_on`), '%Y-%m-%d'), parseDateTimeOrNull(trimBoth(`recorded_on`), '%d/%m/%Y'))) IS NULL THEN 2 WHEN toDate(coalesce(parseDateTimeOrNull(trimBoth(`outcome_on`), '%Y-%m-%d'), parseDateTimeOrNull(trimBoth(`outcome_on`), '%d/%m/%Y'))) IS NULL AND NOT (`outcome_on` IS NULL OR trimBoth(`outcome_on`) = '') THEN 3 WHEN toDate(coalesce(parseDateTimeOrNull(trimBoth(`outcome_on`), '%Y-%m-%d'), parseDateTimeOrNull(trimBoth(`outcome_on`), '%d/%m/%Y'))) < toDate(coalesce(parseDateTimeOrNull(trimBoth(`recorded_on`), '%Y-%m-%d'), parseDateTimeOrNull(trimBoth(`recorded_on`), '%d/%m/%Y'))) THEN 4 WHEN `id` IS NULL OR trimBoth(toString(`id`)) = '' THEN 5 ELSE 0 END <> 0
   OR `province_code` IS NULL
   OR `province_code` IN ('Atlantis')
   OR `outcome` IS NULL
   OR `outcome` IN ('it''s \\ cleared')
   OR `severity` IS NULL
   OR `offence_group` IS NULL
   OR (`outcome` IN ('notCleared') AND NOT (`outcome_on` IS NULL OR trimBoth(`outcome_on`) = ''))
ORDER BY psstats_row
LIMIT 11

-- the rows of some ids

SELECT * FROM (SELECT rowNumberInAllBlocks() + 1 AS psstats_row, `id`, `province_code`, `recorded_on`, `outcome`, `outcome_on`, `severity`, `offence_group` FROM cases) AS numbered
WHERE trimBoth(toString(`id`)) IN ('C-1', 'O''Brien')
ORDER BY psstats_row
