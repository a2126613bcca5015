-- Ingest at speed: each batch's source records and problems go into tables of their own
-- (partitions of `source_record` and `record_problem`, kept in schema `tepat_batch`), created in
-- the batch's transaction, filled by COPY before any index exists, indexed in one pass and then
-- attached. Keeping up index entries row by row cost more than everything else an import does.
-- Dropping a batch becomes dropping its two tables.
--
-- The raw row is now the cells in file order (a JSON array); the batch keeps the header once
-- instead of every row repeating it. Stored as `json` (kept as text, checked on the way in):
-- nothing searches inside it, and `jsonb` parsing was the second-largest cost of a load.

CREATE SCHEMA tepat_batch;
COMMENT ON SCHEMA tepat_batch IS 'One source_record and one record_problem partition per import batch.';

ALTER TABLE record_problem RENAME TO record_problem_0002;
ALTER TABLE source_record RENAME TO source_record_0002;
ALTER INDEX source_record_pkey RENAME TO source_record_0002_pkey;
ALTER INDEX source_record_nik_idx RENAME TO source_record_0002_nik_idx;
ALTER INDEX source_record_region_idx RENAME TO source_record_0002_region_idx;
ALTER INDEX record_problem_row_idx RENAME TO record_problem_0002_row_idx;
ALTER INDEX record_problem_code_idx RENAME TO record_problem_0002_code_idx;

CREATE TABLE source_record (
  batch_id bigint NOT NULL REFERENCES import_batch (id),
  row_number integer NOT NULL,
  record_id text NOT NULL,
  raw json NOT NULL,
  nik text,
  kk text,
  name text,
  sex char(1) CHECK (sex IN ('L', 'P')),
  birth_place text,
  birth_date text CHECK (birth_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  relation smallint,
  person_id text,
  family_id text,
  region_code text,
  desa_code text,
  address text,
  rt text,
  rw text,
  decile smallint,
  decile_national smallint,
  decile_provincial smallint,
  decile_kabkota smallint,
  pkh boolean,
  bpnt boolean,
  pbi boolean,
  extra jsonb NOT NULL DEFAULT '{}',
  error_count smallint NOT NULL DEFAULT 0,
  warning_count smallint NOT NULL DEFAULT 0,
  PRIMARY KEY (batch_id, row_number)
) PARTITION BY LIST (batch_id);
CREATE INDEX source_record_nik_idx ON source_record (nik) WHERE nik IS NOT NULL;
CREATE INDEX source_record_region_idx ON source_record (region_code);

COMMENT ON TABLE source_record IS 'One row of an imported file (a person as one source holds them): immutable, never dropped whatever is wrong with it. One partition per batch.';
COMMENT ON COLUMN source_record.row_number IS '1-based data row number in the file (the header is row 0).';
COMMENT ON COLUMN source_record.record_id IS 'The record id: the source''s person id column, else the row number.';
COMMENT ON COLUMN source_record.raw IS 'The row as the file had it: its cells in file order, as texts (the header is import_batch.header).';
COMMENT ON COLUMN source_record.birth_date IS 'YYYY-MM-DD; YYYY-00-00 when only the year is known; NULL when unusable.';
COMMENT ON COLUMN source_record.region_code IS 'The deepest Kemendagri region the row resolved to (desa when known): the key of access by region.';
COMMENT ON COLUMN source_record.extra IS 'Other mapped fields (occupation, schooling, housing codes …) as text.';

CREATE TABLE record_problem (
  batch_id bigint NOT NULL,
  row_number integer NOT NULL,
  code text NOT NULL,
  severity text NOT NULL CHECK (severity IN ('error', 'warning')),
  column_name text,
  value text,
  data jsonb NOT NULL,
  FOREIGN KEY (batch_id, row_number) REFERENCES source_record (batch_id, row_number)
) PARTITION BY LIST (batch_id);
CREATE INDEX record_problem_row_idx ON record_problem (batch_id, row_number);
CREATE INDEX record_problem_code_idx ON record_problem (batch_id, code);

COMMENT ON TABLE record_problem IS 'Every problem found in a row: stable code from the problem catalogue, the column and value it concerns. One partition per batch.';

-- Batches loaded before this migration move into partitions of their own; raw objects become
-- arrays in the order of the batch header.
DO $$
DECLARE
  b record;
BEGIN
  FOR b IN SELECT id FROM import_batch ORDER BY id LOOP
    EXECUTE format('CREATE TABLE tepat_batch.source_record_%s PARTITION OF source_record FOR VALUES IN (%s)', b.id, b.id);
    EXECUTE format('CREATE TABLE tepat_batch.record_problem_%s PARTITION OF record_problem FOR VALUES IN (%s)', b.id, b.id);
  END LOOP;
END $$;

INSERT INTO source_record
SELECT s.batch_id, s.row_number, s.record_id,
  (SELECT coalesce(json_agg(s.raw ->> h.name ORDER BY h.n), '[]'::json)
     FROM jsonb_array_elements_text(b.header) WITH ORDINALITY AS h (name, n)),
  s.nik, s.kk, s.name, s.sex, s.birth_place, s.birth_date, s.relation, s.person_id, s.family_id,
  s.region_code, s.desa_code, s.address, s.rt, s.rw, s.decile, s.decile_national,
  s.decile_provincial, s.decile_kabkota, s.pkh, s.bpnt, s.pbi, s.extra, s.error_count,
  s.warning_count
FROM source_record_0002 s
JOIN import_batch b ON b.id = s.batch_id;

INSERT INTO record_problem SELECT * FROM record_problem_0002;

DROP TABLE record_problem_0002;
DROP TABLE source_record_0002;
