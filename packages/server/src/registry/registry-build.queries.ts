/**
 * The SQL of a registry build, set-based from end to end: the run's records into a temporary
 * candidate table, one GROUP BY per level choosing every field by its rule (ordered aggregates
 * over the few records of each person), then the difference against the open versions closes
 * and opens only what changed. Runs inside the build's transaction on one client.
 *
 * Only integers (ids), validated dates, a region code checked against its pattern and SQL built
 * from the fixed rule vocabulary (registry-rules.ts) are written into statement texts; the
 * temporary tables are created by utility statements that take no parameters.
 */
import type pg from 'pg';
import {
  decileBases,
  familyFields,
  personFields,
  type DecileBasis,
  type FieldRule,
  type RegistryRules,
  type StatusRule,
} from './registry-rules.js';

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

/** Every record of the run with what survivorship needs: data date and validity of NIK and KK. */
export async function loadCandidates(client: pg.PoolClient, c: BuildContext): Promise<void> {
  await client.query(`CREATE TEMP TABLE reg_cand ON COMMIT DROP AS
    SELECT l.person_id, l.family_id, l.household_id, l.batch_id, l.row_number, l.source_kind,
      l.record_id, coalesce(b.as_of, b.imported_at::date) AS as_of, s.nik, s.kk, s.name, s.sex,
      s.birth_place, s.birth_date, s.relation, s.region_code, s.address, s.decile,
      s.decile_national, s.decile_provincial, s.decile_kabkota, s.pkh, s.bpnt, s.pbi,
      s.error_count = 0 AS row_valid,
      s.nik IS NOT NULL AND NOT coalesce(p.nik_bad, false) AS nik_valid,
      s.kk IS NOT NULL AND NOT coalesce(p.kk_bad, false) AS kk_valid
    FROM record_link l
    JOIN source_record s ON s.batch_id = l.batch_id AND s.row_number = l.row_number
    JOIN import_batch b ON b.id = l.batch_id
    LEFT JOIN (
      SELECT batch_id, row_number, bool_or(code LIKE 'nik.%' OR code LIKE 'batch.nik%') AS nik_bad,
        bool_or(code LIKE 'kk.%') AS kk_bad
      FROM record_problem WHERE severity = 'error'
        AND batch_id IN (SELECT batch_id FROM record_link WHERE run_id = ${int(c.runId)})
      GROUP BY batch_id, row_number) p ON p.batch_id = l.batch_id AND p.row_number = l.row_number
    WHERE l.run_id = ${int(c.runId)}`);
  await client.query('ANALYZE reg_cand');
}

/** ORDER BY of a field's rule; `valid` on nik and kk is forced first (registry-rules.ts). */
function orderOf(field: string, rule: FieldRule): string {
  const validity = field === 'nik' ? 'nik_valid DESC' : field === 'kk' ? 'kk_valid DESC' : 'row_valid DESC'; // prettier-ignore
  const parts: string[] = field === 'nik' || field === 'kk' ? [validity] : [];
  for (const criterion of rule.criteria) {
    if (criterion === 'valid' && !parts.includes(validity)) parts.push(validity);
    if (criterion === 'priority') {
      const list = rule.sources.map((s) => `'${s}'`).join(',');
      parts.push(`array_position(ARRAY[${list}]::text[], source_kind) NULLS LAST`);
    }
    if (criterion === 'recency') parts.push('as_of DESC');
  }
  return [...parts, 'batch_id DESC', 'row_number'].join(', ');
}

/** How values are compared for disagreement: texts without case and extra spaces. */
const comparable = (f: string) =>
  f === 'name' || f === 'address' || f === 'birth_place'
    ? `upper(regexp_replace(btrim(${f}), '\\s+', ' ', 'g'))`
    : f;

function chosen(field: string, rule: FieldRule, extra: string[] = []) {
  const order = orderOf(field, rule);
  const pick = (expr: string) => `(array_agg(${expr} ORDER BY ${order}) FILTER (WHERE ${field} IS NOT NULL))[1]`; // prettier-ignore
  return {
    value: `${pick(field)} AS ${field}`,
    extra: extra.map((e) => `coalesce(${pick(e)}, false) AS ${e}`),
    from: `'${field}', ${pick('jsonb_build_array(batch_id, row_number)')}`,
    disagrees: `CASE WHEN count(DISTINCT ${comparable(field)}) > 1 THEN '${field}' END`,
  };
}

const digestOf = (columns: readonly string[]) =>
  `md5(jsonb_build_array(${columns.join(', ')})::text)`;

export const personColumns = ['family_id', 'household_id', ...personFields, 'nik_valid', 'disagreements'] as const; // prettier-ignore

/** Each person's golden record as this build makes it. */
export async function choosePeople(client: pg.PoolClient, rules: RegistryRules): Promise<void> {
  const parts = personFields.map((f) => chosen(f, rules.person[f], f === 'nik' ? ['nik_valid'] : [])); // prettier-ignore
  await client.query(`CREATE TEMP TABLE reg_person_next ON COMMIT DROP AS
    SELECT *, ${digestOf(personColumns)} AS digest FROM (
      SELECT person_id AS id, min(family_id) AS family_id, min(household_id) AS household_id,
        ${parts.flatMap((p) => [p.value, ...p.extra]).join(',\n        ')},
        jsonb_strip_nulls(jsonb_build_object(${parts.map((p) => p.from).join(', ')})) AS chosen_from,
        array_remove(ARRAY[${parts.map((p) => p.disagrees).join(', ')}]::text[], NULL) AS disagreements
      FROM reg_cand GROUP BY person_id) x`);
  await client.query('ANALYZE reg_person_next');
}

const decileColumns = [
  'decile_dtsen_national', 'decile_dtsen_provincial', 'decile_dtsen_kabkota', 'decile_regsosek',
  'decile_p3ke', 'in_dtks', 'decile', 'decile_basis', 'status', 'decile_spread',
] as const; // prettier-ignore
export const familyColumns = [
  'household_id', ...familyFields, 'kk_valid', 'head_person_id', ...decileColumns, 'member_count',
  'disagreements',
] as const; // prettier-ignore

const basisExpr = (b: DecileBasis, s: StatusRule) =>
  b === 'dtks' ? `CASE WHEN in_dtks THEN ${int(s.dtksDecile)} END` : `decile_${b}`;

function statusSql(s: StatusRule) {
  const order = s.order.filter((b) => (decileBases as readonly string[]).includes(b));
  const decile = `coalesce(${order.map((b) => basisExpr(b, s)).join(', ')})`;
  const basis = `CASE ${order.map((b) => `WHEN ${basisExpr(b, s)} IS NOT NULL THEN '${b}'`).join(' ')} END`; // prettier-ignore
  const status = `CASE WHEN ${decile} IS NULL THEN NULL WHEN ${decile} <= ${int(s.extremeMax)} THEN 'miskin_ekstrem'
    WHEN ${decile} <= ${int(s.poorMax)} THEN 'miskin' WHEN ${decile} <= ${int(s.vulnerableMax)} THEN 'rentan'
    ELSE 'tidak_miskin' END`; // prettier-ignore
  return { decile, basis, status };
}

/** A source's decile of the family: from the head's row first, then the latest. */
const decileOf = (column: string, source: string) =>
  `(array_agg(${column} ORDER BY (relation = 1) DESC NULLS LAST, as_of DESC, batch_id DESC, row_number)
     FILTER (WHERE source_kind = '${source}' AND ${column} IS NOT NULL))[1]`;

/** Each family's golden record: fields from all its members' records, deciles, status. */
export async function chooseFamilies(client: pg.PoolClient, rules: RegistryRules): Promise<void> {
  const parts = familyFields.map((f) => chosen(f, rules.family[f], f === 'kk' ? ['kk_valid'] : [])); // prettier-ignore
  const s = statusSql(rules.status);
  const dtsen = 'coalesce(decile_dtsen_kabkota, decile_dtsen_provincial, decile_dtsen_national)';
  await client.query(`CREATE TEMP TABLE reg_family_next ON COMMIT DROP AS
    SELECT *, ${digestOf(familyColumns)} AS digest FROM (
      SELECT *, field_disagreements
          || CASE WHEN decile_spread >= 2 THEN ARRAY['decile'] ELSE '{}'::text[] END AS disagreements
      FROM (
        SELECT *, ${s.decile}::smallint AS decile, ${s.basis} AS decile_basis, ${s.status} AS status,
          (greatest(${dtsen}, decile_regsosek, decile_p3ke) - least(${dtsen}, decile_regsosek, decile_p3ke))::smallint AS decile_spread
        FROM (
          SELECT family_id AS id, min(household_id) AS household_id,
            ${parts.flatMap((p) => [p.value, ...p.extra]).join(',\n            ')},
            (array_agg(person_id ORDER BY ${orderOf('name', rules.person.name)}) FILTER (WHERE relation = 1))[1] AS head_person_id,
            ${decileOf('decile_national', 'dtsen')} AS decile_dtsen_national,
            ${decileOf('decile_provincial', 'dtsen')} AS decile_dtsen_provincial,
            ${decileOf('decile_kabkota', 'dtsen')} AS decile_dtsen_kabkota,
            ${decileOf('decile', 'regsosek')} AS decile_regsosek,
            ${decileOf('decile', 'p3ke')} AS decile_p3ke,
            bool_or(source_kind = 'dtks') AS in_dtks,
            count(DISTINCT person_id)::int AS member_count,
            jsonb_strip_nulls(jsonb_build_object(${parts.map((p) => p.from).join(', ')})) AS chosen_from,
            array_remove(ARRAY[${parts.map((p) => p.disagrees).join(', ')}]::text[], NULL) AS field_disagreements
          FROM reg_cand GROUP BY family_id) f) g) h`);
  await client.query('ANALYZE reg_family_next');
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
  await client.query(`CREATE TEMP TABLE ${next}_change ON COMMIT DROP AS
    SELECT n.id, o.version_id AS old_version,
      CASE WHEN o.version_id IS NULL THEN '{}'::text[]
        ELSE array_remove(ARRAY[${changed.join(', ')}]::text[], NULL) END AS changed_fields
    FROM ${next} n LEFT JOIN ${table} o ON o.scope = ${S} AND o.id = n.id AND o.valid_to IS NULL
    WHERE o.version_id IS NULL OR o.digest <> n.digest`);
  const closedChanged = await client.query(`UPDATE ${table} o SET valid_to = ${D}, closed_by_build = ${B}
    FROM ${next}_change x WHERE o.version_id = x.old_version`); // prettier-ignore
  const gone = await client.query(`UPDATE ${table} o SET valid_to = ${D}, closed_by_build = ${B}
    WHERE o.scope = ${S} AND o.valid_to IS NULL AND NOT EXISTS (SELECT 1 FROM ${next} n WHERE n.id = o.id)`); // prettier-ignore
  const cols = ['id', ...columns, 'chosen_from', 'digest'];
  // A person's search keys come with the version (reg_name_key, see nameKeysTable): setting them
  // afterwards rewrote every new row and its indexes a second time.
  const person = table === 'registry_person';
  const opened = await client.query(`INSERT INTO ${table}
      (scope, valid_from, build_id, change, changed_fields, ${cols.join(', ')}${person ? ', name_norm, name_key, name_words' : ''})
    SELECT ${S}, ${D}, ${B}, CASE WHEN x.old_version IS NULL THEN 'new' ELSE 'changed' END,
      x.changed_fields, ${cols.map((k) => `n.${k}`).join(', ')}${person ? ', k.norm, k.key, k.words' : ''}
    FROM ${next} n JOIN ${next}_change x ON x.id = n.id
    ${person ? 'LEFT JOIN reg_name_key k ON k.name = n.name' : ''}`);
  return {
    opened: opened.rowCount ?? 0,
    changed: closedChanged.rowCount ?? 0,
    closed: gone.rowCount ?? 0,
  };
}

/** Person ↔ source record membership: closes links that ended, opens links that began. */
export async function applyMembership(client: pg.PoolClient, c: BuildContext) {
  const S = scopeText(c.scope);
  const closed = await client.query(`UPDATE registry_person_record r
    SET valid_to = ${date(c.validFrom)}, closed_by_build = ${int(c.buildId)}
    WHERE r.scope = ${S} AND r.valid_to IS NULL AND NOT EXISTS (SELECT 1 FROM reg_cand x
      WHERE x.batch_id = r.batch_id AND x.row_number = r.row_number AND x.person_id = r.person_id)`);
  const opened = await client.query(`INSERT INTO registry_person_record
      (person_id, scope, batch_id, row_number, source_kind, record_id, valid_from, build_id)
    SELECT x.person_id, ${S}, x.batch_id, x.row_number, x.source_kind, x.record_id,
      ${date(c.validFrom)}, ${int(c.buildId)}
    FROM reg_cand x WHERE NOT EXISTS (SELECT 1 FROM registry_person_record r
      WHERE r.scope = ${S} AND r.valid_to IS NULL AND r.batch_id = x.batch_id AND r.row_number = x.row_number)`); // prettier-ignore
  return { opened: opened.rowCount ?? 0, closed: closed.rowCount ?? 0 };
}

/** The distinct chosen names of this build's people, a page at a time (after `name`). */
export async function distinctNames(client: pg.PoolClient, after: string, limit: number) {
  const r = await client.query<{ name: string }>(
    `SELECT DISTINCT name FROM reg_person_next WHERE name IS NOT NULL AND name > $1
     ORDER BY name LIMIT $2`,
    [after, limit],
  );
  return r.rows.map((x) => x.name);
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

export async function analyseRegistry(c: pg.PoolClient): Promise<void> {
  await c.query('ANALYZE registry_person, registry_family, registry_person_record');
}
