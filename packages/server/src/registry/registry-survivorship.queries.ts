/**
 * Survivorship in SQL: each person's and family's golden record, every field chosen by its rule
 * (registry-rules.ts) among the records of the build's candidate table (reg_cand): one GROUP BY
 * for the people, and for the families one per part of the records (a build splits them by
 * person between two connections, registry-choice.ts) and one over the parts.
 *
 * A rule is an ORDER BY over the records; the field takes the first record's non-empty value.
 * `(array_agg(x ORDER BY …) FILTER (…))[1]` says exactly that, once for the value and once for
 * a jsonb [batch, row] of every record, and `count(DISTINCT …)` found disagreements: at
 * 100,000 people (bench:registry) the jsonb of every record and field, four text normalisations
 * per record and the sorts per group and aggregate took most of the time of the choice.
 * Instead every record gets, per rule, a fixed-width text key that sorts byte-wise
 * (COLLATE "C") as the rule's ORDER BY does and ends on the record's batch and row, which no two
 * records share: `min(key || value)` is the first record's value, with no sort, and the key's
 * tail holds the [batch, row] chosen_from needs. Keys are checked against the rules sorted
 * record by record in registry-survivorship.property.test.ts.
 *
 * Only names from the fixed rule vocabulary and integers are written into statement texts.
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
  if (!Number.isSafeInteger(n)) throw new RangeError('not an integer');
  return String(n);
};

/**
 * Key segments of a batch, computed once per batch for reg_cand (loadCandidates).
 * `recent` sorts as `as_of DESC` (NULLs first, as DESC puts them): a class digit for NULL,
 * infinity, finite dates and -infinity, then the days before 2^31 − 1 in ten digits.
 * `batchKey` sorts as `batch_id DESC` (batch ids are positive identities).
 */
export const recentSegment = (asOf: string) =>
  `CASE WHEN ${asOf} IS NULL THEN '00000000000' WHEN ${asOf} = 'infinity' THEN '10000000000'
    WHEN ${asOf} = '-infinity' THEN '30000000000'
    ELSE '2' || lpad((2147483647::bigint - (${asOf} - date '2000-01-01'))::text, 10, '0') END`;
export const batchSegment = (batchId: string) =>
  `lpad((9223372036854775807 - ${batchId})::text, 19, '0')`;
/**
 * The record's `tail`: sorts as `batch_id DESC, row_number` (shifted by 2^31: ten digits hold
 * any), then `[batch_id,row_number]` as JSON text padded with spaces to a fixed width, which
 * chosen_from is made of.
 */
export const tailSegment = (batchSegment: string, batchId: string, rowNumber: string) =>
  `${batchSegment} || lpad((${rowNumber}::bigint + 2147483648)::text, 10, '0')
    || rpad('[' || ${batchId} || ',' || ${rowNumber} || ']', ${sourceWidth})`;

const spaced = ['name', 'address', 'birth_place'];
/**
 * How values are compared for disagreement: texts without case and extra spaces,
 * `upper(regexp_replace(btrim(v), '\s+', ' ', 'g'))`, computed once per record in reg_cand
 * (`<field>_cmp`). Most values are printable ASCII words between single spaces, which that
 * leaves as they are but for case: a match is far cheaper than the replacement.
 */
export const comparableOf = (v: string) =>
  `CASE WHEN ${v} ~ '^([!-~]+( [!-~]+)*)?$' THEN upper(${v})
    ELSE upper(regexp_replace(btrim(${v}), '\\s+', ' ', 'g')) END`;
export const comparableColumns = (of: (field: string) => string) =>
  spaced.map((f) => `${comparableOf(of(f))} AS ${f}_cmp`).join(', ');

const sourceWidth = 34; // [, 19 digits, comma, 11 for an integer, ]
const tailWidth = 29 + sourceWidth;
const recentWidth = 11;

/** `v DESC` of a boolean: NULL first (DESC puts NULLs first), then true, then false. */
const validitySegment = (v: string) => `CASE WHEN ${v} THEN '1' WHEN ${v} IS NULL THEN '0' ELSE '2' END`; // prettier-ignore
/** `array_position(sources, source_kind) NULLS LAST`: the first listed position, else last. */
const prioritySegment = (sources: readonly string[]) =>
  sources.length === 0
    ? `'9'`
    : `CASE source_kind ${sources.map((s, i) => `WHEN '${s}' THEN '${i + 1}'`).join(' ')} ELSE '9' END`;

interface Key {
  sql: string;
  width: number;
}

/** The key of a field's rule; `valid` on nik and kk is forced first (registry-rules.ts). */
function keyOf(field: string, rule: FieldRule): Key {
  const validity = field === 'nik' ? 'nik_valid' : field === 'kk' ? 'kk_valid' : 'row_valid';
  const forced = field === 'nik' || field === 'kk';
  const parts: string[] = forced ? [validitySegment(validity)] : [];
  let valid = forced;
  for (const criterion of rule.criteria) {
    if (criterion === 'valid' && !valid) {
      parts.push(validitySegment(validity));
      valid = true;
    }
    if (criterion === 'priority') parts.push(prioritySegment(rule.sources));
    if (criterion === 'recency') parts.push('recent');
  }
  const width = parts.reduce((w, p) => w + (p === 'recent' ? recentWidth : 1), tailWidth);
  return { sql: [...parts, 'tail'].join(' || '), width };
}

/** The first record's key and value of `expr` among the group's records that pass `filter`. */
const firstOf = (key: Key, expr: string, filter: string) =>
  `min((${key.sql} || ${expr}) COLLATE "C") FILTER (WHERE ${filter})`;
/** The value out of firstOf's result (NULL when no record had one). */
const valueOf = (key: Key, m: string, type: string) => `substr(${m}, ${key.width + 1})::${type}`;
/** `"field":[batch_id,row_number]` of the record firstOf chose, the JSON text in its key's tail. */
const recordOf = (key: Key, m: string, name: string) =>
  `'"${name}":' || substr(${m}, ${key.width - sourceWidth + 1}, ${sourceWidth})`;
/** chosen_from parsed once from its entries' text (jsonb functions took three times as long). */
const chosenFrom = (parts: { from: string }[]) =>
  `('{' || concat_ws(',', ${parts.map((p) => p.from).join(', ')}) || '}')::jsonb`;

const types: Record<string, string> = { sex: 'bpchar', relation: 'smallint', pkh: 'boolean', bpnt: 'boolean', pbi: 'boolean' }; // prettier-ignore
const typeOf = (f: string) => types[f] ?? 'text';

const comparable = (f: string) => (spaced.includes(f) ? `${f}_cmp` : `${f}::text`);

/**
 * One field's parts: the aggregates over the records (inner) and what the row keeps (outer).
 * Two records disagree when their comparable values differ: `count(DISTINCT v) > 1` is
 * `min(v) <> max(v)` in byte order, which needs no sort either (equality under the database's
 * deterministic collation is byte equality; booleans and numbers compare by their texts).
 */
function field(name: string, rule: FieldRule, validFlag?: string) {
  const key = keyOf(name, rule);
  const m = `m_${name}`;
  const c = `(${comparable(name)}) COLLATE "C"`;
  const first = `${firstOf(key, `${name}::text`, `${name} IS NOT NULL`)} AS ${m}`;
  return {
    inner: [first, `min(${c}) <> max(${c}) AS d_${name}`],
    // In two stages (families, see chooseFamilyParts): each part's first value and the bounds
    // of its comparable values, then the first of the firsts and the bounds of the bounds.
    part: [first, `min(${c}) AS lo_${name}`, `max(${c}) AS hi_${name}`],
    whole: [
      `min(${m} COLLATE "C") AS ${m}`,
      `min(lo_${name} COLLATE "C") <> max(hi_${name} COLLATE "C") AS d_${name}`,
    ],
    // The rule's validity comes first in the key of nik and kk: '1' is a valid number.
    outer: [
      `${valueOf(key, m, typeOf(name))} AS ${name}`,
      ...(validFlag ? [`coalesce(left(${m}, 1) = '1', false) AS ${validFlag}`] : []),
    ],
    from: recordOf(key, m, name),
    disagrees: `CASE WHEN d_${name} THEN '${name}' END`,
  };
}

export const personColumns = ['family_id', 'household_id', ...personFields, 'nik_valid', 'disagreements'] as const; // prettier-ignore

/** Each person's golden record of the people in reg_cand, into reg_person_next; returns how many. */
export async function choosePeople(client: pg.PoolClient, rules: RegistryRules): Promise<number> {
  const parts = personFields.map((f) => field(f, rules.person[f], f === 'nik' ? 'nik_valid' : undefined)); // prettier-ignore
  const r = await client.query(`CREATE TEMP TABLE reg_person_next ON COMMIT DROP AS
      SELECT id, family_id, household_id,
        ${parts.flatMap((p) => p.outer).join(',\n        ')},
        ${chosenFrom(parts)} AS chosen_from,
        array_remove(ARRAY[${parts.map((p) => p.disagrees).join(', ')}]::text[], NULL) AS disagreements
      FROM (
        SELECT person_id AS id, min(family_id) AS family_id, min(household_id) AS household_id,
          ${parts.flatMap((p) => p.inner).join(',\n          ')}
        FROM reg_cand GROUP BY person_id) a`);
  return r.rowCount ?? 0;
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

/**
 * A source's decile of the family: from the head's row first, then the latest — the order
 * `(relation = 1) DESC NULLS LAST, as_of DESC, batch_id DESC, row_number`.
 */
const headFirst: Key = {
  sql: `CASE WHEN relation = 1 THEN '0' WHEN relation IS NOT NULL THEN '1' ELSE '2' END || recent || tail`, // prettier-ignore
  width: 1 + recentWidth + tailWidth,
};
const deciles = [
  ['decile_dtsen_national', 'decile_national', 'dtsen'],
  ['decile_dtsen_provincial', 'decile_provincial', 'dtsen'],
  ['decile_dtsen_kabkota', 'decile_kabkota', 'dtsen'],
  ['decile_regsosek', 'decile', 'regsosek'],
  ['decile_p3ke', 'decile', 'p3ke'],
] as const;

const familyParts = (rules: RegistryRules) =>
  familyFields.map((f) => field(f, rules.family[f], f === 'kk' ? 'kk_valid' : undefined));

/**
 * A family's aggregates over the records of reg_cand, into reg_family_part: a build whose
 * records are split by person between connections (registry-choice.ts) makes one row per
 * family and part, and chooseFamilies finishes them. Every aggregate is one that parts combine
 * into the whole's: the first by key is the first of the parts' firsts, disagreement compares
 * the lowest and highest comparable value, and no person is in two parts, so members add up.
 */
export async function chooseFamilyParts(client: pg.PoolClient, rules: RegistryRules) {
  const head = keyOf('name', rules.person.name);
  await client.query(`CREATE TEMP TABLE reg_family_part ON COMMIT DROP AS
    SELECT family_id AS id, min(household_id) AS household_id,
      ${familyParts(rules)
        .flatMap((p) => p.part)
        .join(',\n      ')},
      ${firstOf(head, 'person_id', 'relation = 1')} AS m_head,
      ${deciles.map(([as, column, source]) => `${firstOf(headFirst, `${column}::text`, `source_kind = '${source}' AND ${column} IS NOT NULL`)} AS m_${as}`).join(',\n      ')},
      bool_or(source_kind = 'dtks') AS in_dtks,
      count(DISTINCT person_id)::int AS member_count
    FROM reg_cand GROUP BY family_id`);
}

/** Each family's golden record from its parts: fields from all its members' records, deciles, status. */
export async function chooseFamilies(client: pg.PoolClient, rules: RegistryRules): Promise<void> {
  const parts = familyParts(rules);
  const head = keyOf('name', rules.person.name);
  const s = statusSql(rules.status);
  const dtsen = 'coalesce(decile_dtsen_kabkota, decile_dtsen_provincial, decile_dtsen_national)';
  await client.query(`CREATE TEMP TABLE reg_family_next ON COMMIT DROP AS
      SELECT *, field_disagreements
          || CASE WHEN decile_spread >= 2 THEN ARRAY['decile'] ELSE '{}'::text[] END AS disagreements
      FROM (
        SELECT *, ${s.decile}::smallint AS decile, ${s.basis} AS decile_basis, ${s.status} AS status,
          (greatest(${dtsen}, decile_regsosek, decile_p3ke) - least(${dtsen}, decile_regsosek, decile_p3ke))::smallint AS decile_spread
        FROM (
          SELECT id, household_id,
            ${parts.flatMap((p) => p.outer).join(',\n            ')},
            ${valueOf(head, 'm_head', 'text')} AS head_person_id,
            ${deciles.map(([as]) => `${valueOf(headFirst, `m_${as}`, 'smallint')} AS ${as}`).join(',\n            ')},
            in_dtks, member_count,
            ${chosenFrom(parts)} AS chosen_from,
            array_remove(ARRAY[${parts.map((p) => p.disagrees).join(', ')}]::text[], NULL) AS field_disagreements
          FROM (
            SELECT id, min(household_id) AS household_id,
              ${parts.flatMap((p) => p.whole).join(',\n              ')},
              min(m_head COLLATE "C") AS m_head,
              ${deciles.map(([as]) => `min(m_${as} COLLATE "C") AS m_${as}`).join(',\n              ')},
              bool_or(in_dtks) AS in_dtks, sum(member_count)::int AS member_count
            FROM reg_family_part GROUP BY id) a) f) g`);
  await client.query('ANALYZE reg_family_next');
}
