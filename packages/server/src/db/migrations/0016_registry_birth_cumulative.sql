-- People per place and birth month (migration 0007) become one row per place holding, month by
-- month, how many were born up to that month. A summary's age groups are differences of two
-- entries of that array, so a kabupaten of 1,000,000 people reads about 330 rows instead of
-- 270,000 (one per desa and month): the summary spent most of its time there, and under
-- row-level security (every row checked against the scope) more than 300 ms of it.

CREATE TABLE registry_birth_cumulative (
  build_id bigint NOT NULL REFERENCES registry_build (id),
  scope text NOT NULL,
  region_code text NOT NULL,
  resolved boolean NOT NULL,
  first_month date,
  born_by integer[] NOT NULL,
  unknown integer NOT NULL
)
-- An array of a century of months is about 6 kB: kept in the row uncompressed, reading an entry
-- is an offset; compressed (the default above 2 kB), every entry read decompressed it whole.
WITH (toast_tuple_target = 8160);
CREATE INDEX registry_birth_cumulative_idx ON registry_birth_cumulative (build_id, region_code text_pattern_ops);
COMMENT ON TABLE registry_birth_cumulative IS 'People open after a build per place, counted cumulatively by month of birth, for age groups on any read date: the months wholly inside a group are a difference of two entries; the few months a group boundary crosses are counted from the people themselves.';
COMMENT ON COLUMN registry_birth_cumulative.region_code IS 'As in registry_region_count: the desa of the people counted; when unresolved, their region code or else the scope.';
COMMENT ON COLUMN registry_birth_cumulative.first_month IS 'The earliest birth month among the people counted (first day of the month, after the summary''s rule for unknown parts: YYYY-00-00 is 1 January); NULL when no one''s is known.';
COMMENT ON COLUMN registry_birth_cumulative.born_by IS 'Entry k (from 1): the people born in first_month or up to k - 1 months after it. The last entry is everyone with a known birth month.';
COMMENT ON COLUMN registry_birth_cumulative.unknown IS 'The people whose birth month is unknown.';

-- The rows of builds before this migration, from their per-month counts.
INSERT INTO registry_birth_cumulative (build_id, scope, region_code, resolved, first_month, born_by, unknown)
WITH place AS (
  SELECT build_id, scope, region_code, resolved, min(birth_month) AS first_month,
    max(birth_month) AS last_month, coalesce(sum(n) FILTER (WHERE birth_month IS NULL), 0)::int AS unknown
  FROM registry_birth_count GROUP BY build_id, scope, region_code, resolved
), running AS (
  SELECT p.build_id, p.scope, p.region_code, p.resolved, m.month,
    sum(coalesce(c.n, 0)) OVER (PARTITION BY p.build_id, p.scope, p.region_code, p.resolved ORDER BY m.month)::int AS born_by
  FROM place p
  CROSS JOIN LATERAL generate_series(p.first_month::timestamp, p.last_month::timestamp, interval '1 month') AS m (month)
  LEFT JOIN registry_birth_count c ON (c.build_id, c.scope, c.region_code, c.resolved, c.birth_month)
    = (p.build_id, p.scope, p.region_code, p.resolved, m.month::date)
)
SELECT p.build_id, p.scope, p.region_code, p.resolved, p.first_month,
  coalesce(array_agg(r.born_by ORDER BY r.month) FILTER (WHERE r.month IS NOT NULL), '{}'), p.unknown
FROM place p
LEFT JOIN running r USING (build_id, scope, region_code, resolved)
GROUP BY p.build_id, p.scope, p.region_code, p.resolved, p.first_month, p.unknown;

DROP TABLE registry_birth_count;

-- Access by region, as for the per-month counts it replaces (migration 0011).
GRANT SELECT ON registry_birth_cumulative TO tepat_scoped;
ALTER TABLE registry_birth_cumulative ENABLE ROW LEVEL SECURITY;
CREATE POLICY registry_birth_cumulative_by_region ON registry_birth_cumulative FOR SELECT TO tepat_scoped
  USING (tepat_region_visible(region_code));

COMMENT ON COLUMN registry_build.aggregated IS 'The build wrote its region aggregates (registry_region_count, registry_birth_cumulative); builds before migration 0007 did not, and summaries of their state are counted from the versions.';
