-- Ingest: every imported file is one batch; its rows are kept as they were (raw) and as Tepat
-- read them (normalised), with every problem found. A batch is written in one transaction, so a
-- crash or a kill leaves no trace of it.

CREATE TABLE import_batch (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  source_kind text NOT NULL CHECK (source_kind IN ('dtks', 'regsosek', 'p3ke', 'dtsen', 'opd')),
  profile_name text NOT NULL,
  profile jsonb NOT NULL,
  file_name text NOT NULL,
  file_sha256 text NOT NULL,
  file_size bigint NOT NULL,
  file_format text NOT NULL CHECK (file_format IN ('csv', 'xlsx')),
  encoding text,
  delimiter text,
  header jsonb NOT NULL,
  region_code text REFERENCES region (code),
  as_of date,
  row_count integer NOT NULL,
  rows_with_errors integer NOT NULL,
  problem_count integer NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now(),
  imported_by text NOT NULL,
  CONSTRAINT import_batch_file_once UNIQUE (file_sha256)
);

COMMENT ON TABLE import_batch IS 'One imported source file (DTKS, Regsosek, P3KE, DTSEN or an OPD list): written whole or not at all.';
COMMENT ON COLUMN import_batch.profile IS 'The profile the file was read with, as it was then (profiles may change later).';
COMMENT ON COLUMN import_batch.file_sha256 IS 'Hash of the file bytes: the same file is never imported twice.';
COMMENT ON COLUMN import_batch.header IS 'The header row as found in the file.';
COMMENT ON COLUMN import_batch.region_code IS 'The region the batch covers (--region), when given.';
COMMENT ON COLUMN import_batch.as_of IS 'The date the source data describes (--as-of), used for recency in survivorship.';

CREATE TABLE source_record (
  batch_id bigint NOT NULL REFERENCES import_batch (id),
  row_number integer NOT NULL,
  record_id text NOT NULL,
  raw jsonb NOT NULL,
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
);
CREATE INDEX source_record_nik_idx ON source_record (nik) WHERE nik IS NOT NULL;
CREATE INDEX source_record_region_idx ON source_record (region_code);

COMMENT ON TABLE source_record IS 'One row of an imported file (a person as one source holds them): immutable, never dropped whatever is wrong with it.';
COMMENT ON COLUMN source_record.row_number IS '1-based data row number in the file (the header is row 0).';
COMMENT ON COLUMN source_record.record_id IS 'The record id: the source''s person id column, else the row number.';
COMMENT ON COLUMN source_record.raw IS 'The row as the file had it: header text → cell text.';
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
);
CREATE INDEX record_problem_row_idx ON record_problem (batch_id, row_number);
CREATE INDEX record_problem_code_idx ON record_problem (batch_id, code);

COMMENT ON TABLE record_problem IS 'Every problem found in a row: stable code from the problem catalogue, the column and value it concerns.';
