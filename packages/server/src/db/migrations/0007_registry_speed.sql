-- Registry speed (issue 6): name search by word keys instead of trigrams over whole names.
--
-- A person's version carries the phonetic key of each word of its normalised name
-- (`name_words`, GIN-indexed). A query word is widened to the known keys of words one letter
-- away (a deletion neighbourhood, registry/name-variants.ts: every word's key is stored under
-- its variants, so words one insertion, deletion or substitution apart share one), and a person
-- must have one of them for every query word: an intersection of short posting lists, not a
-- trigram scan of every name.

ALTER TABLE registry_person ADD COLUMN name_words text[];
CREATE INDEX registry_person_words_idx ON registry_person USING gin (name_words);
COMMENT ON COLUMN registry_person.name_words IS 'wordKey of each word of name_norm (@tepat/linkage nameWordKeys), in order: name search finds people having a key of every query word. NULL on versions opened before migration 0007 until a build fills the open ones.';

CREATE TABLE registry_name_variant (
  variant text NOT NULL,
  key text NOT NULL,
  PRIMARY KEY (variant, key)
);
COMMENT ON TABLE registry_name_variant IS 'The key of every distinct word of the registry''s names under each of its deletion variants (registry/name-variants.ts; no link to any person, no counts): a query word''s variants find the keys of known words one letter away. Only grows.';

-- Region aggregates: each build counts its people and families per desa (and per unresolved
-- place) once, so a kabupaten dashboard sums a few thousand rows instead of reading a million
-- versions. Rows are kept per build: the registry as of a date is the state after the scope's
-- latest build valid from that date, so a dated read sums that build's rows. Every row has the
-- place it counts (desa code where resolved) in `region_code`, for access rules by region prefix.

ALTER TABLE registry_build ADD COLUMN aggregated boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN registry_build.aggregated IS 'The build wrote its region aggregates (registry_region_count, registry_birth_count); builds before migration 0007 did not, and summaries of their state are counted from the versions.';

CREATE TABLE registry_region_count (
  build_id bigint NOT NULL REFERENCES registry_build (id),
  scope text NOT NULL,
  region_code text NOT NULL,
  resolved boolean NOT NULL,
  kind text NOT NULL CHECK (kind IN ('person', 'family', 'field')),
  measure text NOT NULL,
  n integer NOT NULL
);
CREATE INDEX registry_region_count_idx ON registry_region_count (build_id, region_code text_pattern_ops);
COMMENT ON TABLE registry_region_count IS 'Counts of the people and families open after a build, per place: what registry-summary.queries.ts counts from the versions (all but age), summed per region on read.';
COMMENT ON COLUMN registry_region_count.region_code IS 'The desa of the people or families counted; when unresolved (not a known desa), their region code or else the scope.';
COMMENT ON COLUMN registry_region_count.resolved IS 'region_code is a desa of the reference: the rows count under their kecamatan and kabupaten; else as unresolved.';
COMMENT ON COLUMN registry_region_count.measure IS 'person and family: a column of the summary (people, s_miskin, d_3, sex_l, invalid_nik, …); field: a field whose sources disagree (people count).';

CREATE TABLE registry_birth_count (
  build_id bigint NOT NULL REFERENCES registry_build (id),
  scope text NOT NULL,
  region_code text NOT NULL,
  resolved boolean NOT NULL,
  birth_month date,
  n integer NOT NULL
);
CREATE INDEX registry_birth_count_idx ON registry_birth_count (build_id, region_code text_pattern_ops);
COMMENT ON TABLE registry_birth_count IS 'People open after a build per place and month of birth (NULL: unknown), for age groups on any read date: months wholly inside a group are summed here, the few months a group boundary crosses are counted from the people themselves.';
COMMENT ON COLUMN registry_birth_count.birth_month IS 'First day of the birth month, after the summary''s rule for unknown parts (YYYY-00-00 is 1 January).';

CREATE INDEX registry_person_birth_idx ON registry_person ((birth_date COLLATE "C"));
