-- No query looks source records up by NIK: matching reads whole batches, the registry answers
-- NIK lookups from its own index (registry_person_nik_idx), and review pages read records by
-- batch and row. Building this index on every import's partition took about a third of the
-- time an import spends after its last row (bench:ingest), for nothing.
DROP INDEX source_record_nik_idx;
