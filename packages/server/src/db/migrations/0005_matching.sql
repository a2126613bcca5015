-- Matching (pemadanan): the current batches of a region are matched into people, families and
-- households. Each run is one row of match_run; its people, families, households, the link of
-- every source record to one person and the review queue are written in the run's transaction.
-- Only the latest run of a region keeps its rows (the run row itself stays as history): stable
-- ids carry the identity of people from run to run, not the rows.
--
-- Review decisions are an append-only log keyed by the two records' stable keys (source, record
-- id, fingerprint), not by batch and row, so they survive re-imports and reruns.

CREATE TABLE match_run (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  region_code text REFERENCES region (code),
  run_by text NOT NULL,
  started_at timestamptz NOT NULL,
  finished_at timestamptz NOT NULL DEFAULT now(),
  batch_ids bigint[] NOT NULL,
  settings jsonb NOT NULL,
  model jsonb NOT NULL,
  model_reused boolean NOT NULL,
  record_count integer NOT NULL,
  candidate_pairs bigint NOT NULL,
  link_count integer NOT NULL,
  person_count integer NOT NULL,
  family_count integer NOT NULL,
  household_count integer NOT NULL,
  review_count integer NOT NULL,
  persons_kept integer NOT NULL,
  stage_seconds jsonb NOT NULL,
  metrics jsonb NOT NULL
);
CREATE INDEX match_run_region_idx ON match_run (region_code, id);

COMMENT ON TABLE match_run IS 'One matching run over the current batches of a region: who, when, what was read, the settings and trained model, counts and timings.';
COMMENT ON COLUMN match_run.region_code IS 'The region matched (--region); NULL when all imported batches were matched together.';
COMMENT ON COLUMN match_run.batch_ids IS 'The current batches read: the latest batch of each source kind for the region.';
COMMENT ON COLUMN match_run.model IS 'The trained Fellegi–Sunter model (LinkageModel JSON): prior, m and u per level, TF tables.';
COMMENT ON COLUMN match_run.model_reused IS 'True when the previous run''s model was reused because the batches and settings were the same.';
COMMENT ON COLUMN match_run.persons_kept IS 'People who kept their id from the previous run of the region.';
COMMENT ON COLUMN match_run.stage_seconds IS 'Seconds per stage: read, table, train, score, cluster, write.';
COMMENT ON COLUMN match_run.metrics IS 'Blocking report (pairs per rule, oversized blocks), refused links per reason, review band.';

CREATE TABLE match_household (
  run_id bigint NOT NULL REFERENCES match_run (id) ON DELETE CASCADE,
  id text NOT NULL,
  PRIMARY KEY (run_id, id)
);
COMMENT ON TABLE match_household IS 'A household (rumah tangga) of a run: the families one DTKS household id holds, or one family alone.';
COMMENT ON COLUMN match_household.id IS 'Stable household id (H…), kept from run to run while most of its records stay.';

CREATE TABLE match_family (
  run_id bigint NOT NULL REFERENCES match_run (id) ON DELETE CASCADE,
  id text NOT NULL,
  household_id text NOT NULL,
  person_count integer NOT NULL,
  PRIMARY KEY (run_id, id)
);
COMMENT ON TABLE match_family IS 'A family (keluarga, one KK) of a run.';
COMMENT ON COLUMN match_family.id IS 'Stable family id (K…), kept from run to run while most of its records stay.';

CREATE TABLE match_person (
  run_id bigint NOT NULL REFERENCES match_run (id) ON DELETE CASCADE,
  id text NOT NULL,
  family_id text NOT NULL,
  record_count integer NOT NULL,
  PRIMARY KEY (run_id, id)
);
COMMENT ON TABLE match_person IS 'A person of a run: the source records found to be one human being. Family membership is family_id.';
COMMENT ON COLUMN match_person.id IS 'Stable person id (O…), kept from run to run while most of its records stay.';

CREATE TABLE record_link (
  run_id bigint NOT NULL REFERENCES match_run (id) ON DELETE CASCADE,
  batch_id bigint NOT NULL REFERENCES import_batch (id),
  row_number integer NOT NULL,
  source_kind text NOT NULL,
  record_id text NOT NULL,
  fingerprint text NOT NULL,
  person_id text NOT NULL,
  family_id text NOT NULL,
  household_id text NOT NULL,
  weight double precision,
  reason text NOT NULL,
  PRIMARY KEY (run_id, batch_id, row_number)
);
CREATE INDEX record_link_person_idx ON record_link (run_id, person_id);

COMMENT ON TABLE record_link IS 'Every source record read by a run, linked to exactly one person (and through it to a family and household).';
COMMENT ON COLUMN record_link.record_id IS 'The source''s record id as SOURCES.md defines it (person id column, else the data row number).';
COMMENT ON COLUMN record_link.fingerprint IS 'Hash of the record''s NIK, name and birth date as read: with source and record id, the record''s stable key.';
COMMENT ON COLUMN record_link.weight IS 'Match weight (log2 Bayes factor) of the strongest accepted link that joined this record to its person; NULL for a person of one record.';
COMMENT ON COLUMN record_link.reason IS 'The blocking rule that found that link, `decision` when a reviewer''s acceptance forced it, `alone` for a person of one record.';

CREATE TABLE review_pair (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  run_id bigint NOT NULL REFERENCES match_run (id) ON DELETE CASCADE,
  a_batch_id bigint NOT NULL,
  a_row_number integer NOT NULL,
  a_source_kind text NOT NULL,
  a_record_id text NOT NULL,
  a_fingerprint text NOT NULL,
  b_batch_id bigint NOT NULL,
  b_row_number integer NOT NULL,
  b_source_kind text NOT NULL,
  b_record_id text NOT NULL,
  b_fingerprint text NOT NULL,
  weight double precision NOT NULL,
  probability double precision NOT NULL,
  reason text NOT NULL,
  explanation jsonb NOT NULL,
  state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'accepted', 'rejected'))
);
CREATE INDEX review_pair_run_idx ON review_pair (run_id, state, weight DESC);

COMMENT ON TABLE review_pair IS 'The review queue: pairs of a run whose match probability lies in the uncertain band, or that the clustering guards refused.';
COMMENT ON COLUMN review_pair.reason IS '`band` (review ≤ probability < match), or the guard that refused a link above the match threshold.';
COMMENT ON COLUMN review_pair.explanation IS 'Prior, each comparison''s level, weight and TF adjustment, the total: the waterfall a reviewer reads.';
COMMENT ON COLUMN review_pair.state IS 'open until a decision is posted; later runs do not queue a pair already decided.';

CREATE TABLE review_decision (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  a_key text NOT NULL,
  b_key text NOT NULL,
  decision text NOT NULL CHECK (decision IN ('accept', 'reject')),
  note text,
  review_pair_id bigint,
  decided_by text NOT NULL,
  decided_at timestamptz NOT NULL DEFAULT now(),
  CHECK (a_key < b_key)
);
CREATE INDEX review_decision_pair_idx ON review_decision (a_key, b_key, id);

COMMENT ON TABLE review_decision IS 'Append-only log of reviewers'' decisions on pairs of records; the latest per pair counts, and every later run honours it.';
COMMENT ON COLUMN review_decision.a_key IS 'Stable key of the first record, `source:record id:fingerprint`; a_key < b_key.';
COMMENT ON COLUMN review_decision.decision IS 'accept: the two records are one person (forced link); reject: never one person (cannot-link).';
COMMENT ON COLUMN review_decision.review_pair_id IS 'The queued pair the decision was made on, when made from the queue (not a foreign key: queues are replaced by later runs).';
