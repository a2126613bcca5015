-- Access by region (issue 7), enforced by PostgreSQL itself: row-level security on every table
-- that holds personal data, so that a query that forgot its WHERE still cannot show one desa's
-- people to another desa's operator.
--
-- Reads on behalf of a user run in a transaction that sets `tepat.region_scope` (the user's
-- region code, or `*` for everything) and switches to the role `tepat_scoped` (db/region-scope.ts).
-- That role may only read, only the tables below, and only the rows of its scope. With no scope
-- set it sees no personal rows at all: forgetting to set one fails closed. Imports, matching and
-- registry builds run as the owner (the command line, jobs), which row-level security leaves alone.

DO $$
BEGIN
  -- Roles belong to the whole server, not one database: another Tepat database on the same
  -- server (or a concurrent migration) may have created it already.
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tepat_scoped') THEN
    BEGIN
      CREATE ROLE tepat_scoped NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END;
  END IF;
  -- The owner must be able to SET ROLE to it (a superuser always can).
  IF NOT pg_has_role(current_user, 'tepat_scoped', 'MEMBER') THEN
    EXECUTE format('GRANT tepat_scoped TO %I', current_user);
  END IF;
END $$;

-- The scope of the current transaction: NULL when none was set (nothing personal is visible).
CREATE FUNCTION tepat_region_scope() RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('tepat.region_scope', true), '') $$;

-- Whether a region code (a desa, kecamatan, kabupaten or province) lies at or below the scope.
-- Kemendagri codes are dotted with fixed-width parts, so "35.74.05" covers "35.74.05.1001" and
-- never "35.74.050…".
CREATE FUNCTION tepat_region_visible(code text) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT CASE
      WHEN tepat_region_scope() IS NULL THEN false
      WHEN tepat_region_scope() = '*' THEN true
      ELSE code IS NOT NULL
        AND (code = tepat_region_scope() OR starts_with(code, tepat_region_scope() || '.'))
    END
  $$;

COMMENT ON FUNCTION tepat_region_visible(text) IS 'Row-level security: the region code is at or below the transaction''s tepat.region_scope (* = everything, unset = nothing).';

-- Reference data and metadata without personal data: readable in any scope. Batches and runs are
-- readable for their names and dates; their counts stay with the owner (routes for stewards).
GRANT SELECT ON region, region_bps_code, region_boundary, reference_dataset, source_profile,
  registry_rule, registry_build, review_decision TO tepat_scoped;
GRANT SELECT (id, source_kind, profile_name, file_name, file_format, region_code, as_of,
  imported_at) ON import_batch TO tepat_scoped;
GRANT SELECT (id, region_code, started_at, finished_at, batch_ids) ON match_run TO tepat_scoped;

-- Personal data: readable by scope only.
GRANT SELECT ON source_record, record_problem, record_link, review_pair, registry_person,
  registry_person_record, registry_family TO tepat_scoped;

-- A source row belongs to the deepest region it resolved to; a row whose region is unknown
-- belongs to the region its batch was imported for (a kabupaten steward sees it, a desa does not).
ALTER TABLE source_record ENABLE ROW LEVEL SECURITY;
CREATE POLICY source_record_by_region ON source_record FOR SELECT TO tepat_scoped
  USING (tepat_region_visible(coalesce(region_code,
    (SELECT b.region_code FROM import_batch b WHERE b.id = batch_id))));

-- Problems, links and registry membership follow their source row (its own policy applies
-- inside the subquery).
ALTER TABLE record_problem ENABLE ROW LEVEL SECURITY;
CREATE POLICY record_problem_by_region ON record_problem FOR SELECT TO tepat_scoped
  USING (EXISTS (SELECT FROM source_record s
    WHERE s.batch_id = record_problem.batch_id AND s.row_number = record_problem.row_number));

ALTER TABLE record_link ENABLE ROW LEVEL SECURITY;
CREATE POLICY record_link_by_region ON record_link FOR SELECT TO tepat_scoped
  USING (EXISTS (SELECT FROM source_record s
    WHERE s.batch_id = record_link.batch_id AND s.row_number = record_link.row_number));

ALTER TABLE registry_person_record ENABLE ROW LEVEL SECURITY;
CREATE POLICY registry_person_record_by_region ON registry_person_record FOR SELECT TO tepat_scoped
  USING (EXISTS (SELECT FROM source_record s
    WHERE s.batch_id = registry_person_record.batch_id
      AND s.row_number = registry_person_record.row_number));

-- A pair under review shows two people: both must be in scope.
ALTER TABLE review_pair ENABLE ROW LEVEL SECURITY;
CREATE POLICY review_pair_by_region ON review_pair FOR SELECT TO tepat_scoped
  USING (
    EXISTS (SELECT FROM source_record s
      WHERE s.batch_id = review_pair.a_batch_id AND s.row_number = review_pair.a_row_number)
    AND EXISTS (SELECT FROM source_record s
      WHERE s.batch_id = review_pair.b_batch_id AND s.row_number = review_pair.b_row_number));

-- Golden records: their chosen region; one that resolved to none belongs to the build's scope.
ALTER TABLE registry_person ENABLE ROW LEVEL SECURITY;
CREATE POLICY registry_person_by_region ON registry_person FOR SELECT TO tepat_scoped
  USING (tepat_region_visible(coalesce(region_code, nullif(scope, ''))));

ALTER TABLE registry_family ENABLE ROW LEVEL SECURITY;
CREATE POLICY registry_family_by_region ON registry_family FOR SELECT TO tepat_scoped
  USING (tepat_region_visible(coalesce(region_code, nullif(scope, ''))));
