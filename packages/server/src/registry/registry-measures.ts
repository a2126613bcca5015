/**
 * What a region summary counts, as SQL select lists over a row set `x`, shared by the count from
 * the versions (registry-summary.queries.ts) and the counts each build stores per desa
 * (registry-aggregate.queries.ts): one text, so both count the same way. Constants only, no
 * input is ever written into them.
 */
const byStatusAndDecile = [
  `count(*) FILTER (WHERE x.status = 'miskin_ekstrem')::int AS s_miskin_ekstrem`,
  `count(*) FILTER (WHERE x.status = 'miskin')::int AS s_miskin`,
  `count(*) FILTER (WHERE x.status = 'rentan')::int AS s_rentan`,
  `count(*) FILTER (WHERE x.status = 'tidak_miskin')::int AS s_tidak_miskin`,
  `count(*) FILTER (WHERE x.status IS NULL)::int AS s_unknown`,
  ...Array.from({ length: 10 }, (_, i) => `count(*) FILTER (WHERE x.decile = ${i + 1})::int AS d_${i + 1}`), // prettier-ignore
  `count(*) FILTER (WHERE x.decile IS NULL)::int AS d_unknown`,
];

/** Over x (status, decile, sex, nik_valid, kk, disagrees, unresolved): every person measure but age. */
export const personMeasures = [
  'count(*)::int AS people',
  ...byStatusAndDecile,
  `count(*) FILTER (WHERE x.sex = 'L')::int AS sex_l`,
  `count(*) FILTER (WHERE x.sex = 'P')::int AS sex_p`,
  `count(*) FILTER (WHERE x.sex IS NULL)::int AS sex_unknown`,
  'count(*) FILTER (WHERE x.disagrees)::int AS disagreeing',
  'count(*) FILTER (WHERE NOT x.nik_valid)::int AS invalid_nik',
  'count(*) FILTER (WHERE x.kk IS NULL)::int AS missing_kk',
  'count(*) FILTER (WHERE x.unresolved)::int AS unresolved',
].join(',\n  ');

/** Over x (age in whole years on the read date, NULL when unknown). */
export const ageMeasures = [
  'count(*) FILTER (WHERE x.age < 6)::int AS a_0_5',
  'count(*) FILTER (WHERE x.age BETWEEN 6 AND 17)::int AS a_6_17',
  'count(*) FILTER (WHERE x.age BETWEEN 18 AND 59)::int AS a_18_59',
  'count(*) FILTER (WHERE x.age >= 60)::int AS a_60',
  'count(*) FILTER (WHERE x.age IS NULL)::int AS a_unknown',
].join(',\n  ');

/** Over x (status, decile, decile_spread, disagrees). */
export const familyMeasures = [
  'count(*)::int AS families',
  ...byStatusAndDecile,
  'count(*) FILTER (WHERE x.disagrees)::int AS disagreeing',
  'count(*) FILTER (WHERE x.decile_spread >= 2)::int AS spread2',
].join(',\n  ');

/** A birth date (YYYY-MM-DD, YYYY-00-00 when only the year is known) as a date. */
export const birthDateOf = (column: string) =>
  `to_date(replace(${column}, '-00', '-01'), 'YYYY-MM-DD')`;
