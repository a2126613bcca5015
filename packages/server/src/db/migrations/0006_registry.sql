-- The single registry (issue 6): golden records of people and families built from the latest
-- match run of a region. Every field's value is chosen by survivorship rules (registry_rule over
-- the defaults in code); every version is kept: a change closes the old version (valid_to) and
-- opens a new one, so "the registry as of date D" is a query. Dates are data dates: a build is
-- valid from the latest data date (`import_batch.as_of`) of the batches its run read.
--
-- `scope` is the region code of the match run (or '' for a run over every batch): a build of
-- one scope never closes rows of another.

CREATE TABLE registry_rule (
  name text PRIMARY KEY,
  rule jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL
);
COMMENT ON TABLE registry_rule IS 'A data steward''s override of one survivorship or status rule; rules absent here take the documented defaults in registry/registry-rules.ts.';
COMMENT ON COLUMN registry_rule.name IS '`person.<field>`, `family.<field>` or `status`.';

CREATE TABLE registry_build (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  scope text NOT NULL,
  match_run_id bigint NOT NULL REFERENCES match_run (id),
  batch_ids bigint[] NOT NULL,
  valid_from date NOT NULL,
  rules jsonb NOT NULL,
  built_by text NOT NULL,
  built_at timestamptz NOT NULL DEFAULT now(),
  counts jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX registry_build_scope_idx ON registry_build (scope, id);
COMMENT ON TABLE registry_build IS 'One build of the registry from a match run: who, when, which run and batches, the rules applied, what opened and closed.';
COMMENT ON COLUMN registry_build.valid_from IS 'The data date the versions it opens start on: the latest as_of (else import date) of the run''s batches, never before an earlier build of the scope.';

CREATE TABLE registry_person (
  version_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text NOT NULL,
  scope text NOT NULL,
  valid_from date NOT NULL,
  valid_to date,
  build_id bigint NOT NULL REFERENCES registry_build (id),
  closed_by_build bigint REFERENCES registry_build (id),
  change text NOT NULL CHECK (change IN ('new', 'changed')),
  changed_fields text[] NOT NULL,
  family_id text NOT NULL,
  household_id text NOT NULL,
  nik text,
  nik_valid boolean NOT NULL,
  kk text,
  name text,
  name_norm text,
  name_key text,
  sex char(1),
  birth_date text,
  birth_place text,
  relation smallint,
  region_code text,
  address text,
  chosen_from jsonb NOT NULL,
  disagreements text[] NOT NULL,
  digest text NOT NULL,
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE UNIQUE INDEX registry_person_current_idx ON registry_person (scope, id) WHERE valid_to IS NULL;
CREATE INDEX registry_person_id_idx ON registry_person (id, valid_from);
CREATE INDEX registry_person_family_idx ON registry_person (family_id);
CREATE INDEX registry_person_nik_idx ON registry_person (nik) WHERE nik IS NOT NULL;
CREATE INDEX registry_person_kk_idx ON registry_person (kk) WHERE kk IS NOT NULL;
CREATE INDEX registry_person_key_idx ON registry_person (name_key text_pattern_ops);
CREATE INDEX registry_person_name_trgm_idx ON registry_person USING gin (name_norm gin_trgm_ops);
CREATE INDEX registry_person_region_idx ON registry_person (region_code text_pattern_ops);

COMMENT ON TABLE registry_person IS 'Versions of the golden record of each person (stable id O… from matching); the version valid on a date has valid_from <= date < valid_to (NULL = open).';
COMMENT ON COLUMN registry_person.change IS 'new: the person appeared; changed: a chosen value, membership or disagreement changed (changed_fields says which).';
COMMENT ON COLUMN registry_person.nik_valid IS 'The chosen NIK passed every check of its source row (no nik.* error); false also when there is no NIK.';
COMMENT ON COLUMN registry_person.name_norm IS 'The chosen name through @tepat/linkage normaliseName (titles dropped, old spelling, Muhammad variants): trigram search.';
COMMENT ON COLUMN registry_person.name_key IS 'nameKey of the chosen name (Indonesian phonetic key): spelling-tolerant search by key or prefix.';
COMMENT ON COLUMN registry_person.chosen_from IS 'Field → [batch_id, row_number] of the source record whose value was chosen.';
COMMENT ON COLUMN registry_person.disagreements IS 'Fields whose non-empty values differ between the person''s source records.';
COMMENT ON COLUMN registry_person.digest IS 'Hash of the chosen values, family and disagreements (not of provenance: a newer batch saying the same opens no version): equal digests mean nothing changed.';

CREATE TABLE registry_person_record (
  person_id text NOT NULL,
  scope text NOT NULL,
  batch_id bigint NOT NULL,
  row_number integer NOT NULL,
  source_kind text NOT NULL,
  record_id text NOT NULL,
  valid_from date NOT NULL,
  valid_to date,
  build_id bigint NOT NULL REFERENCES registry_build (id),
  closed_by_build bigint REFERENCES registry_build (id)
);
CREATE UNIQUE INDEX registry_person_record_current_idx ON registry_person_record (scope, batch_id, row_number) WHERE valid_to IS NULL;
CREATE INDEX registry_person_record_person_idx ON registry_person_record (person_id, valid_from);
COMMENT ON TABLE registry_person_record IS 'Which source records (immutable rows of source_record) made a person, over time: every value every source gave, with provenance.';

CREATE TABLE registry_family (
  version_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text NOT NULL,
  scope text NOT NULL,
  valid_from date NOT NULL,
  valid_to date,
  build_id bigint NOT NULL REFERENCES registry_build (id),
  closed_by_build bigint REFERENCES registry_build (id),
  change text NOT NULL CHECK (change IN ('new', 'changed')),
  changed_fields text[] NOT NULL,
  household_id text NOT NULL,
  kk text,
  kk_valid boolean NOT NULL,
  head_person_id text,
  region_code text,
  address text,
  pkh boolean,
  bpnt boolean,
  pbi boolean,
  decile_dtsen_national smallint,
  decile_dtsen_provincial smallint,
  decile_dtsen_kabkota smallint,
  decile_regsosek smallint,
  decile_p3ke smallint,
  in_dtks boolean NOT NULL,
  decile smallint,
  decile_basis text,
  status text CHECK (status IN ('miskin_ekstrem', 'miskin', 'rentan', 'tidak_miskin')),
  decile_spread smallint,
  member_count integer NOT NULL,
  chosen_from jsonb NOT NULL,
  disagreements text[] NOT NULL,
  digest text NOT NULL,
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE UNIQUE INDEX registry_family_current_idx ON registry_family (scope, id) WHERE valid_to IS NULL;
CREATE INDEX registry_family_id_idx ON registry_family (id, valid_from);
CREATE INDEX registry_family_region_idx ON registry_family (region_code text_pattern_ops);

COMMENT ON TABLE registry_family IS 'Versions of the golden record of each family (one KK, stable id K… from matching), with its household (H…), aid, deciles per source and poverty status.';
COMMENT ON COLUMN registry_family.decile IS 'The decile the status was decided on: the first source of the status rule''s order that gives one.';
COMMENT ON COLUMN registry_family.decile_basis IS 'Which source gave `decile`: dtsen_kabkota, dtsen_provincial, dtsen_national, p3ke, regsosek or dtks.';
COMMENT ON COLUMN registry_family.status IS 'miskin_ekstrem, miskin, rentan or tidak_miskin by the status rule; NULL when no source gives a decile.';
COMMENT ON COLUMN registry_family.decile_spread IS 'Largest minus smallest decile among DTSEN (kab/kota, else provincial, else national), Regsosek and P3KE.';
