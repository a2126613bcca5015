// The DuckDB baseline of bench/linkage.js: the same records, the same blocking rules (same keys,
// each pair once, blocks over each rule's size cap dropped) and Jaro–Winkler name levels computed in SQL,
// Splink-style, on one DuckDB thread. Returns pairs and seconds of the blocking + comparison query.
import { DuckDBInstance } from '@duckdb/node-api';

const keyColumns = (rule, i) =>
  rule.on
    .map((part) => {
      const col = `"${part.column}"`;
      return part.prefix === undefined ? col : `substr(${col}, 1, ${part.prefix})`;
    })
    .join(` || chr(31) || `) + ` AS k${i}`;

export async function duckdbBaseline(table, rules, maxBlockSize, threads = 1) {
  const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
  const db = await instance.connect();
  const columns = ['name', 'nameKey', 'nik', 'kk', 'birthDate', 'birthYear', 'sex', 'desaCode', 'rtRw']; // prettier-ignore
  await db.run(`CREATE TABLE raw (id INTEGER, ${columns.map((c) => `"${c}" VARCHAR`).join(', ')})`);
  const appender = await db.createAppender('raw');
  for (let i = 0; i < table.size; i++) {
    appender.appendInteger(i);
    for (const c of columns) {
      const v = table.columns[c][i];
      if (v === null || v === undefined || v === '') appender.appendNull();
      else appender.appendVarchar(v);
    }
    appender.endRow();
  }
  appender.closeSync();
  await db.run(`CREATE TABLE r AS SELECT *, ${rules.map(keyColumns).join(', ')} FROM raw`);
  // Blocks over the cap are dropped, as Tepat's blocking drops them.
  for (let k = 0; k < rules.length; k++) {
    const cap = rules[k].maxBlockSize ?? maxBlockSize;
    await db.run(
      `UPDATE r SET k${k} = NULL WHERE k${k} IN (SELECT k${k} FROM r WHERE k${k} IS NOT NULL GROUP BY 1 HAVING count(*) > ${cap})`,
    );
  }
  const ruleSql = rules.map((_, k) => {
    const earlier = Array.from({ length: k }, (_, e) => `coalesce(l.k${e} = r.k${e}, false)`);
    const exclude = earlier.length === 0 ? '' : ` AND NOT (${earlier.join(' OR ')})`;
    return `SELECT l.*, r.name AS name_r, r.nameKey AS nameKey_r, r.nik AS nik_r, r.kk AS kk_r, r.birthDate AS birthDate_r, r.sex AS sex_r, r.desaCode AS desaCode_r, r.rtRw AS rtRw_r
      FROM r AS l JOIN r AS r ON l.k${k} = r.k${k} AND l.id < r.id${exclude}`;
  });
  const jw = 'jaro_winkler_similarity(name, name_r)';
  const query = `
    WITH pairs AS (${ruleSql.join(' UNION ALL ')}),
    gamma AS (SELECT
      CASE WHEN name IS NULL OR name_r IS NULL THEN 0 WHEN name = name_r THEN 1
           WHEN nameKey = nameKey_r THEN 2 WHEN ${jw} >= 0.92 THEN 3
           WHEN ${jw} >= 0.88 THEN 4 WHEN ${jw} >= 0.7 THEN 5 ELSE 6 END AS g_name,
      CASE WHEN nik IS NULL OR nik_r IS NULL THEN 0 WHEN nik = nik_r THEN 1
           WHEN length(nik) = length(nik_r) AND hamming(nik, nik_r) = 1 THEN 2
           WHEN substr(nik, 1, 12) = substr(nik_r, 1, 12) THEN 3
           WHEN substr(nik, 7, 6) = substr(nik_r, 7, 6) THEN 4 ELSE 5 END AS g_nik,
      CASE WHEN birthDate IS NULL OR birthDate_r IS NULL THEN 0 WHEN birthDate = birthDate_r THEN 1
           WHEN damerau_levenshtein(birthDate, birthDate_r) <= 1 THEN 2
           WHEN abs(date_diff('day', try_cast(birthDate AS DATE), try_cast(birthDate_r AS DATE))) <= 31 THEN 3
           WHEN abs(date_diff('day', try_cast(birthDate AS DATE), try_cast(birthDate_r AS DATE))) <= 365 THEN 4
           WHEN abs(try_cast(substr(birthDate, 1, 4) AS INTEGER) - try_cast(substr(birthDate_r, 1, 4) AS INTEGER)) <= 10 THEN 5
           ELSE 6 END AS g_date,
      CASE WHEN sex IS NULL OR sex_r IS NULL THEN 0 WHEN sex = sex_r THEN 1 ELSE 2 END AS g_sex,
      CASE WHEN kk IS NULL OR kk_r IS NULL THEN 0 WHEN kk = kk_r THEN 1
           WHEN substr(kk, 1, 6) = substr(kk_r, 1, 6) THEN 2 ELSE 3 END AS g_kk,
      CASE WHEN desaCode IS NULL OR desaCode_r IS NULL THEN 0 WHEN desaCode = desaCode_r THEN 1
           WHEN substr(desaCode, 1, 6) = substr(desaCode_r, 1, 6) THEN 2
           WHEN substr(desaCode, 1, 4) = substr(desaCode_r, 1, 4) THEN 3 ELSE 4 END AS g_region,
      CASE WHEN rtRw IS NULL OR rtRw_r IS NULL THEN 0 WHEN rtRw = rtRw_r THEN 1 ELSE 2 END AS g_rtrw
      FROM pairs)
    SELECT count(*) AS pairs, sum(g_name + g_nik + g_date + g_sex + g_kk + g_region + g_rtrw) AS levels FROM gamma`;
  const started = performance.now();
  const reader = await db.runAndReadAll(query);
  const seconds = (performance.now() - started) / 1000;
  const [pairs] = reader.getRows()[0];
  db.closeSync?.();
  return { pairs: Number(pairs), seconds, threads };
}
