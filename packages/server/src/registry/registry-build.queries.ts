/**
 * The SQL of a registry build, set-based from end to end: the run's records into a temporary
 * candidate table, one GROUP BY per level choosing every field by its rule
 * (registry-survivorship.queries.ts), then the difference against the open versions closes and
 * opens only what changed. Runs inside the build's transaction on one client.
 *
 * Only integers (ids), validated dates, a region code checked against its pattern and SQL built
 * from the fixed rule vocabulary (registry-rules.ts) are written into statement texts; the
 * temporary tables are created by utility statements that take no parameters.
 */
import type pg from 'pg';
import type { RegistryRules } from './registry-rules.js';
import {
  batchSegment,
  comparableColumns,
  recentSegment,
  tailSegment,
} from './registry-survivorship.queries.js';

const int = (n: number) => {
  if (!Number.isSafeInteger(n)) throw new RangeError('not an integer id');
  return String(n);
};
const date = (d: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new RangeError('not a date');
  return `'${d}'::date`;
};
const scopeText = (s: string) => {
  if (!/^([0-9]{2}(\.[0-9]{2}(\.[0-9]{2}(\.[0-9]{4})?)?)?)?$/.test(s)) throw new RangeError('bad scope'); // prettier-ignore
  return `'${s}'`;
};

export interface BuildContext {
  buildId: number;
  runId: number;
  scope: string;
  validFrom: string;
  /** The version tables were empty and truncated (registry-bulk.queries.ts): all is new. */
  fresh: boolean;
}

export async function lockScope(client: pg.PoolClient, scope: string): Promise<void> {
  await client.query(`SELECT pg_advisory_xact_lock(hashtext('tepat.registry:' || $1))`, [scope]);
}

/** The latest run of the region (without one: of any region), with its batches' data date. */
export async function findRun(client: pg.PoolClient, region: string | null) {
  const r = await client.query<{ id: string; region_code: string | null; batch_ids: string[]; data_date: string }>(
    `SELECT m.id, m.region_code, m.batch_ids,
       (SELECT max(coalesce(b.as_of, b.imported_at::date))::text FROM import_batch b
        WHERE b.id = ANY (m.batch_ids)) AS data_date
     FROM match_run m WHERE $1::text IS NULL OR m.region_code = $1 ORDER BY m.id DESC LIMIT 1`,
    [region],
  ); // prettier-ignore
  const row = r.rows[0];
  return row && { id: Number(row.id), scope: row.region_code ?? '', batchIds: row.batch_ids.map(Number), dataDate: row.data_date }; // prettier-ignore
}

/** Versions never start before the open ones of the scope: history only moves forward. */
export async function latestValidFrom(
  client: pg.PoolClient,
  scope: string,
): Promise<string | null> {
  const r = await client.query<{ d: string | null }>(
    `SELECT greatest((SELECT max(valid_from) FROM registry_person WHERE scope = $1),
                     (SELECT max(valid_from) FROM registry_family WHERE scope = $1))::text AS d`,
    [scope],
  );
  return r.rows[0]?.d ?? null;
}

export async function insertBuild(
  client: pg.PoolClient,
  b: { scope: string; runId: number; batchIds: number[]; validFrom: string; rules: RegistryRules; builtBy: string }, // prettier-ignore
): Promise<number> {
  const r = await client.query<{ id: string }>(
    `INSERT INTO registry_build (scope, match_run_id, batch_ids, valid_from, rules, built_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [b.scope, b.runId, b.batchIds, b.validFrom, JSON.stringify(b.rules), b.builtBy],
  );
  return Number(r.rows[0]!.id);
}

export async function setBuildCounts(client: pg.PoolClient, id: number, counts: object) {
  await client.query('UPDATE registry_build SET counts = $2 WHERE id = $1', [id, JSON.stringify(counts)]); // prettier-ignore
}

/** One of `of` parts of a run's records, split by person: no person is in two parts. */
export interface Part {
  index: number;
  of: number;
}

/**
 * The records of the run (of one part of its people) with what survivorship needs
 * (registry-survivorship.queries.ts): data date, validity of NIK and KK, the comparable texts and
 * the sort key segments of recency and batch and row. A batch's segments are made once per
 * batch (MATERIALIZED: inlined, they were made again for each of its records).
 */
export async function loadCandidates(
  client: pg.PoolClient,
  runId: number,
  part: Part = { index: 0, of: 1 },
): Promise<void> {
  const inPart = part.of === 1 ? '' : `AND (hashtext(l.person_id) & 2147483647) % ${int(part.of)} = ${int(part.index)}`; // prettier-ignore
  await client.query(`CREATE TEMP TABLE reg_cand ON COMMIT DROP AS
    WITH b AS MATERIALIZED (
      SELECT id, coalesce(as_of, imported_at::date) AS as_of,
        ${recentSegment('coalesce(as_of, imported_at::date)')} AS recent, ${batchSegment('id')} AS batch_key
      FROM import_batch)
    SELECT l.person_id, l.family_id, l.household_id, l.batch_id, l.row_number, l.source_kind,
      l.record_id, b.as_of, s.nik, s.kk, s.name, s.sex,
      s.birth_place, s.birth_date, s.relation, s.region_code, s.address, s.decile,
      s.decile_national, s.decile_provincial, s.decile_kabkota, s.pkh, s.bpnt, s.pbi,
      s.error_count = 0 AS row_valid,
      s.nik IS NOT NULL AND NOT coalesce(p.nik_bad, false) AS nik_valid,
      s.kk IS NOT NULL AND NOT coalesce(p.kk_bad, false) AS kk_valid,
      ${comparableColumns((f) => `s.${f}`)},
      b.recent, ${tailSegment('b.batch_key', 'l.batch_id', 'l.row_number')} AS tail
    FROM record_link l
    JOIN source_record s ON s.batch_id = l.batch_id AND s.row_number = l.row_number
    JOIN b ON b.id = l.batch_id
    LEFT JOIN (
      SELECT batch_id, row_number, bool_or(code LIKE 'nik.%' OR code LIKE 'batch.nik%') AS nik_bad,
        bool_or(code LIKE 'kk.%') AS kk_bad
      FROM record_problem WHERE severity = 'error'
        AND batch_id IN (SELECT batch_id FROM record_link WHERE run_id = ${int(runId)})
      GROUP BY batch_id, row_number) p ON p.batch_id = l.batch_id AND p.row_number = l.row_number
    WHERE l.run_id = ${int(runId)} ${inPart}`);
  await client.query('ANALYZE reg_cand');
}

/**
 * Closes the open versions that changed or whose person/family is gone, opens the new ones
 * with the fields that changed; the same for person ↔ source record membership. Returns counts.
 */
export async function applyVersions(
  client: pg.PoolClient,
  table: 'registry_person' | 'registry_family',
  columns: readonly string[],
  c: BuildContext,
) {
  const next = table === 'registry_person' ? 'reg_person_next' : 'reg_family_next';
  const S = scopeText(c.scope);
  const D = date(c.validFrom);
  const B = int(c.buildId);
  const changed = columns.map((k) => `CASE WHEN n.${k} IS DISTINCT FROM o.${k} THEN '${k}' END`);
  const of = (t: string) => `ROW(${columns.map((k) => `${t}.${k}`).join(', ')})`;
  const cols = ['id', ...columns, 'chosen_from'];
  // A person's search keys come with the version (reg_name_key, see nameKeysTable): setting them
  // afterwards rewrote every new row and its indexes a second time.
  const person = table === 'registry_person';
  const insert = (change: string, changedFields: string, from: string) => `INSERT INTO ${table}
      (scope, valid_from, build_id, change, changed_fields, ${cols.join(', ')}${person ? ', name_norm, name_key, name_words' : ''})
    SELECT ${S}, ${D}, ${B}, ${change}, ${changedFields}, ${cols.map((k) => `n.${k}`).join(', ')}${person ? ', k.norm, k.key, k.words' : ''}
    FROM ${from}${person ? ' LEFT JOIN reg_name_key k ON k.name = n.name' : ''}`; // prettier-ignore
  if (c.fresh) {
    const opened = await client.query(insert(`'new'`, `'{}'`, `${next} n`));
    return { opened: opened.rowCount ?? 0, changed: 0, closed: 0 };
  }
  // Only the chosen values, family and disagreements make a version: not provenance (a newer
  // batch saying the same opens none).
  await client.query(`CREATE TEMP TABLE ${next}_change ON COMMIT DROP AS
    SELECT n.id, o.version_id AS old_version,
      CASE WHEN o.version_id IS NULL THEN '{}'::text[]
        ELSE array_remove(ARRAY[${changed.join(', ')}]::text[], NULL) END AS changed_fields
    FROM ${next} n LEFT JOIN ${table} o ON o.scope = ${S} AND o.id = n.id AND o.valid_to IS NULL
    WHERE o.version_id IS NULL OR ${of('n')} IS DISTINCT FROM ${of('o')}`);
  const closedChanged = await client.query(`UPDATE ${table} o SET valid_to = ${D}, closed_by_build = ${B}
    FROM ${next}_change x WHERE o.version_id = x.old_version`); // prettier-ignore
  const gone = await client.query(`UPDATE ${table} o SET valid_to = ${D}, closed_by_build = ${B}
    WHERE o.scope = ${S} AND o.valid_to IS NULL AND NOT EXISTS (SELECT 1 FROM ${next} n WHERE n.id = o.id)`); // prettier-ignore
  const opened = await client.query(
    insert(`CASE WHEN x.old_version IS NULL THEN 'new' ELSE 'changed' END`, 'x.changed_fields', `${next} n JOIN ${next}_change x ON x.id = n.id`), // prettier-ignore
  );
  return {
    opened: opened.rowCount ?? 0,
    changed: closedChanged.rowCount ?? 0,
    closed: gone.rowCount ?? 0,
  };
}

/** Person ↔ source record membership: closes links that ended, opens links that began. */
export async function applyMembership(client: pg.PoolClient, c: BuildContext) {
  const S = scopeText(c.scope);
  // The run's links themselves: the build's candidates may be only a part of them.
  const links = `(SELECT person_id, batch_id, row_number, source_kind, record_id FROM record_link
    WHERE run_id = ${int(c.runId)})`;
  const opening = (from: string) => `INSERT INTO registry_person_record
      (person_id, scope, batch_id, row_number, source_kind, record_id, valid_from, build_id)
    SELECT x.person_id, ${S}, x.batch_id, x.row_number, x.source_kind, x.record_id,
      ${date(c.validFrom)}, ${int(c.buildId)}
    FROM ${from} x`;
  if (c.fresh) {
    const opened = await client.query(opening(links));
    return { opened: opened.rowCount ?? 0, closed: 0 };
  }
  const closed = await client.query(`UPDATE registry_person_record r
    SET valid_to = ${date(c.validFrom)}, closed_by_build = ${int(c.buildId)}
    WHERE r.scope = ${S} AND r.valid_to IS NULL AND NOT EXISTS (SELECT 1 FROM record_link x
      WHERE x.run_id = ${int(c.runId)} AND x.batch_id = r.batch_id AND x.row_number = r.row_number
        AND x.person_id = r.person_id)`);
  // The records to open are set aside before the insert: an anti-join against the table being
  // written, planned with statistics from before (none after a TRUNCATE or on a new table) as a
  // nested loop over a scan of it, read the growing table again for every record (a first build
  // of 1,000,000 people that had not finished after 15 minutes).
  await client.query(`CREATE TEMP TABLE reg_record_new ON COMMIT DROP AS
    SELECT x.person_id, x.batch_id, x.row_number, x.source_kind, x.record_id FROM ${links} x
    WHERE NOT EXISTS (SELECT 1 FROM registry_person_record r
      WHERE r.scope = ${S} AND r.valid_to IS NULL AND r.batch_id = x.batch_id AND r.row_number = x.row_number)`); // prettier-ignore
  const opened = await client.query(opening('reg_record_new'));
  return { opened: opened.rowCount ?? 0, closed: closed.rowCount ?? 0 };
}

/** The distinct chosen names of this build's people (registry-name-keys.ts keys them). */
export async function chosenNames(client: pg.PoolClient): Promise<string[]> {
  const r = await client.query<[string]>({
    text: 'SELECT DISTINCT name FROM reg_person_next WHERE name IS NOT NULL',
    rowMode: 'array',
  });
  return r.rows.map((x) => x[0]);
}

/** Where the people's search keys wait for the insert of their versions. */
export async function createNameKeysTable(client: pg.PoolClient): Promise<void> {
  await client.query(
    'CREATE TEMP TABLE reg_name_key (name text PRIMARY KEY, norm text, key text, words text[]) ON COMMIT DROP',
  );
}

/** A page of names' search keys; `words` are each name's word keys joined by spaces. */
export async function addNameKeys(
  client: pg.PoolClient,
  k: { names: string[]; norms: string[]; keys: string[]; words: string[] },
) {
  await client.query(
    `INSERT INTO reg_name_key SELECT n, norm, key, string_to_array(nullif(w, ''), ' ')
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS u (n, norm, key, w)`,
    [k.names, k.norms, k.keys, k.words],
  );
}

/** Word keys under their deletion variants (name-variants.ts), for the name search. */
export async function addNameVariants(client: pg.PoolClient, variants: string[], keys: string[]) {
  await client.query(
    `INSERT INTO registry_name_variant (variant, key) SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT DO NOTHING`,
    [variants, keys],
  );
}

/** Word keys for open versions opened before they existed (migration 0007); none after. */
export async function fillNameWords(client: pg.PoolClient, scope: string) {
  await client.query(
    `UPDATE registry_person p SET name_words = k.words FROM reg_name_key k
     WHERE p.scope = $1 AND p.valid_to IS NULL AND p.name_words IS NULL AND k.name = p.name`,
    [scope],
  );
}

/**
 * Statistics for the planner, and a vacuum while at it: after a build that wrote a million
 * people, autovacuum came a few seconds later and took a core from the first searches (NIK
 * lookup p95 38 ms against 25 ms without it, bench:registry). Vacuum skips the pages no build
 * touched, so a small build pays little; a bulk one about 3 s more than ANALYZE alone.
 */
export async function analyseRegistry(c: pg.PoolClient): Promise<void> {
  await c.query('VACUUM (ANALYZE) registry_person, registry_family, registry_person_record, registry_name_variant'); // prettier-ignore
}
