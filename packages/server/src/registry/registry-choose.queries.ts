/**
 * The choice of every field of a build's people and families: one GROUP BY per level over the
 * candidate records (reg_cand), each field the first non-empty value in the order of its rule.
 *
 * "First in the order" is a plain min() over a sort key written as fixed-width text in front of
 * the value (validity, source priority, data date, batch and row, each as digits that sort as
 * the rule orders), not an ordered aggregate: `array_agg(… ORDER BY …)` sorted each person's few
 * records again for every field, millions of tiny sorts that were most of a build. The key ends
 * in the batch and row, so it is unique and names the chosen record (`chosen_from`). Texts
 * compare in the "C" collation, byte by byte, as the digits need.
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

export const int = (n: number) => {
  if (!Number.isSafeInteger(n)) throw new RangeError('not an integer id');
  return String(n);
};

/** One part of a sort key: SQL giving text of a fixed width. */
type Part = { sql: string; width: number };
/** A boolean ordered DESC (nulls first, as PostgreSQL orders DESC): one character. */
const desc = (b: string): Part => ({ sql: `CASE WHEN ${b} IS NULL THEN '0' WHEN ${b} THEN '1' ELSE '2' END`, width: 1 }); // prettier-ignore
/** Later data dates first (as_of DESC; never missing: it falls back to the import date). */
const recency: Part = { sql: `coalesce(lpad(('9999-12-31'::date - as_of)::text, 7, '0'), '0000000')`, width: 7 }; // prettier-ignore
const batchAndRow: Part[] = [
  { sql: `lpad((999999999999 - batch_id)::text, 12, '0')`, width: 12 },
  { sql: `lpad(row_number::text, 10, '0')`, width: 10 },
];

/** The sort key of a field's rule; `valid` on nik and kk is forced first (registry-rules.ts). */
function keyOf(field: string, rule: FieldRule): Part[] {
  const validity = desc(field === 'nik' ? 'nik_valid' : field === 'kk' ? 'kk_valid' : 'row_valid');
  const parts: Part[] = field === 'nik' || field === 'kk' ? [validity] : [];
  for (const criterion of rule.criteria) {
    if (criterion === 'valid' && !parts.includes(validity)) parts.push(validity);
    if (criterion === 'priority') {
      const list = rule.sources.map((s) => `'${s}'`).join(',');
      parts.push({ sql: `lpad(coalesce(array_position(ARRAY[${list}]::text[], source_kind), 99)::text, 2, '0')`, width: 2 }); // prettier-ignore
    }
    if (criterion === 'recency') parts.push(recency);
  }
  return [...parts, ...batchAndRow];
}

/** The value of `expr` on the first row by `key` where `filter` holds, as text (NULL: none). */
function first(key: Part[], expr: string, filter: string) {
  const width = key.reduce((n, p) => n + p.width, 0);
  const m = `min((${key.map((p) => p.sql).join(' || ')} || (${expr})::text) COLLATE "C") FILTER (WHERE ${filter})`;
  return { text: `substr(${m}, ${width + 1})`, key: `left(${m}, ${width})`, width };
}

const types: Record<string, string> = { sex: 'char(1)', relation: 'smallint', pkh: 'boolean', bpnt: 'boolean', pbi: 'boolean' }; // prettier-ignore

/** How values are compared for disagreement: texts without case and extra spaces. */
const comparable = (f: string) =>
  f === 'name' || f === 'address' || f === 'birth_place'
    ? `upper(regexp_replace(btrim(${f}), '\\s+', ' ', 'g'))`
    : f;

function chosen(field: string, rule: FieldRule, extra?: string) {
  const key = keyOf(field, rule);
  // The extra flag (nik_valid, kk_valid) of the chosen row rides as one character before it.
  const v = first(key, extra ? `CASE WHEN ${extra} THEN 't' ELSE 'f' END || ${field}::text` : field, `${field} IS NOT NULL`); // prettier-ignore
  const value = extra ? `substr(${v.text}, 2)` : v.text;
  const batch = `(999999999999 - substr(${v.key}, ${v.width - 21}, 12)::bigint)`;
  const row = `substr(${v.key}, ${v.width - 9}, 10)::int`;
  const c = `(${comparable(field)})::text COLLATE "C"`;
  return {
    value: `(${value})::${types[field] ?? 'text'} AS ${field}`,
    extra: extra ? [`coalesce(left(${v.text}, 1) = 't', false) AS ${extra}`] : [],
    from: `'${field}', CASE WHEN ${v.key} IS NOT NULL THEN jsonb_build_array(${batch}, ${row}) END`,
    disagrees: `CASE WHEN min(${c}) <> max(${c}) THEN '${field}' END`,
  };
}

const digestOf = (columns: readonly string[]) =>
  `md5(jsonb_build_array(${columns.join(', ')})::text)`;

export const personColumns = ['family_id', 'household_id', ...personFields, 'nik_valid', 'disagreements'] as const; // prettier-ignore

/** Each person's golden record as this build makes it. */
export async function choosePeople(client: pg.PoolClient, rules: RegistryRules): Promise<void> {
  const parts = personFields.map((f) => chosen(f, rules.person[f], f === 'nik' ? 'nik_valid' : undefined)); // prettier-ignore
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
const decileOf = (column: string, source: string) => {
  const head: Part = { sql: `CASE WHEN relation = 1 THEN '0' WHEN relation IS NULL THEN '2' ELSE '1' END`, width: 1 }; // prettier-ignore
  const key = [head, recency, ...batchAndRow];
  return `(${first(key, column, `source_kind = '${source}' AND ${column} IS NOT NULL`).text})::smallint`;
};

/** Each family's golden record: fields from all its members' records, deciles, status. */
export async function chooseFamilies(client: pg.PoolClient, rules: RegistryRules): Promise<void> {
  const parts = familyFields.map((f) => chosen(f, rules.family[f], f === 'kk' ? 'kk_valid' : undefined)); // prettier-ignore
  const s = statusSql(rules.status);
  const dtsen = 'coalesce(decile_dtsen_kabkota, decile_dtsen_provincial, decile_dtsen_national)';
  const head = first(keyOf('name', rules.person.name), 'person_id', 'relation = 1').text;
  await client.query(`CREATE TEMP TABLE reg_family_next ON COMMIT DROP AS
    SELECT *, ${digestOf(familyColumns)} AS digest FROM (
      SELECT *, field_disagreements
          || CASE WHEN decile_spread >= 2 THEN ARRAY['decile'] ELSE '{}'::text[] END AS disagreements
      FROM (
        SELECT *, ${s.decile}::smallint AS decile, ${s.basis} AS decile_basis, ${s.status} AS status,
          (greatest(${dtsen}, decile_regsosek, decile_p3ke) - least(${dtsen}, decile_regsosek, decile_p3ke))::smallint AS decile_spread
        FROM (
          SELECT c.family_id AS id, min(household_id) AS household_id,
            ${parts.flatMap((p) => [p.value, ...p.extra]).join(',\n            ')},
            ${head} AS head_person_id,
            ${decileOf('decile_national', 'dtsen')} AS decile_dtsen_national,
            ${decileOf('decile_provincial', 'dtsen')} AS decile_dtsen_provincial,
            ${decileOf('decile_kabkota', 'dtsen')} AS decile_dtsen_kabkota,
            ${decileOf('decile', 'regsosek')} AS decile_regsosek,
            ${decileOf('decile', 'p3ke')} AS decile_p3ke,
            bool_or(source_kind = 'dtks') AS in_dtks,
            min(m.member_count)::int AS member_count,
            jsonb_strip_nulls(jsonb_build_object(${parts.map((p) => p.from).join(', ')})) AS chosen_from,
            array_remove(ARRAY[${parts.map((p) => p.disagrees).join(', ')}]::text[], NULL) AS field_disagreements
          FROM reg_cand c
          JOIN (SELECT family_id, count(*) AS member_count
            FROM (SELECT DISTINCT family_id, person_id FROM reg_cand) d GROUP BY family_id) m
            ON m.family_id = c.family_id
          GROUP BY c.family_id) f) g) h`);
  await client.query('ANALYZE reg_family_next');
}
