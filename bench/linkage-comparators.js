// npm run bench:comparators — comparisons per second of @tepat/linkage's Jaro–Winkler and
// Damerau–Levenshtein on name-like strings, against baselines measured in the same run:
// straightforward implementations that allocate their working arrays per call (the usual npm
// style), and fastest-levenshtein (plain Levenshtein, the fastest JS edit distance we know).
// Two sets of pairs: unrelated names, and near pairs (1–2 typos) as blocking produces them.
import { distance as fastestLevenshtein } from 'fastest-levenshtein';
import { damerauLevenshteinDistance, jaroWinkler, osaDistance } from '@tepat/linkage';
import { machine, writeSection } from './lib/report.js';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 200_000);
const RUNS = 5;

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20240601);
const pick = (list) => list[Math.floor(random() * list.length)];

// Invented names from common syllables: the length and letter mix of registry names
// (1–3 words; the mean length is printed), not real people.
const syllables = [
  'SU',
  'SRI',
  'TI',
  'NAH',
  'HAR',
  'TO',
  'WA',
  'NI',
  'DI',
  'YA',
  'MAD',
  'MU',
  'HAM',
  'AN',
  'AH',
  'RA',
  'MI',
  'NUR',
  'YA',
  'TI',
  'DE',
  'WI',
  'BU',
  'KAR',
  'NO',
  'LES',
  'RI',
];
function word() {
  let w = '';
  for (let n = 2 + Math.floor(random() * 2); n > 0; n--) w += pick(syllables);
  return w;
}
function name() {
  const words = [word()];
  for (let n = Math.floor(random() * 2.2); n > 0; n--) words.push(word());
  return words.join(' ');
}
function typo(s) {
  const i = Math.floor(random() * (s.length - 1));
  switch (Math.floor(random() * 3)) {
    case 0:
      return s.slice(0, i) + pick(['A', 'I', 'U', 'E', 'H', 'Y']) + s.slice(i + 1);
    case 1:
      return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    default:
      return s.slice(0, i) + s.slice(i + 1);
  }
}
const unrelated = Array.from({ length: PAIRS }, () => [name(), name()]);
const near = Array.from({ length: PAIRS }, () => {
  const a = name();
  return [a, random() < 0.5 ? typo(a) : typo(typo(a))];
});

// Baselines written the way most npm packages are: fresh arrays per call.
function naiveJaroWinkler(s, t) {
  if (s.length === 0 && t.length === 0) return 1;
  const window = Math.max(0, Math.floor(Math.max(s.length, t.length) / 2) - 1);
  const sm = new Array(s.length).fill(false);
  const tm = new Array(t.length).fill(false);
  let m = 0;
  for (let i = 0; i < s.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(t.length, i + window + 1); j++) {
      if (!tm[j] && s[i] === t[j]) {
        sm[i] = tm[j] = true;
        m++;
        break;
      }
    }
  }
  if (m === 0) return 0;
  let k = 0;
  let half = 0;
  for (let i = 0; i < s.length; i++) {
    if (!sm[i]) continue;
    while (!tm[k]) k++;
    if (s[i] !== t[k]) half++;
    k++;
  }
  const j = (m / s.length + m / t.length + (m - Math.floor(half / 2)) / m) / 3;
  let p = 0;
  while (p < Math.min(4, s.length, t.length) && s[p] === t[p]) p++;
  return j > 0.7 ? j + p * 0.1 * (1 - j) : j;
}
function naiveOsa(s, t) {
  const d = Array.from({ length: s.length + 1 }, (_, i) =>
    Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[s.length][t.length];
}

let sink = 0;
function rate(f, pairs) {
  const times = [];
  for (let run = 0; run <= RUNS; run++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < pairs.length; i++) sink += f(pairs[i][0], pairs[i][1]);
    if (run > 0) times.push(Number(process.hrtime.bigint() - start) / 1e9); // run 0 warms up
  }
  times.sort((a, b) => a - b);
  return pairs.length / times[Math.floor(times.length / 2)];
}

const subjects = [
  ['Jaro–Winkler', '@tepat/linkage `jaroWinkler`', jaroWinkler, 'jw'],
  ['Jaro–Winkler', 'naive JW (arrays per call)', naiveJaroWinkler, 'jw-base'],
  ['Damerau–Levenshtein (OSA)', '@tepat/linkage `osaDistance`', osaDistance, 'osa'],
  [
    'Damerau–Levenshtein (true)',
    '@tepat/linkage `damerauLevenshteinDistance`',
    damerauLevenshteinDistance,
    'dl',
  ],
  ['Damerau–Levenshtein (OSA)', 'naive OSA (matrix per call)', naiveOsa, 'dl-base'],
  ['Levenshtein', 'fastest-levenshtein 1.0 `distance`', fastestLevenshtein, 'lev'],
];
const results = new Map();
for (const [metric, impl, f, id] of subjects) {
  const r = { unrelated: rate(f, unrelated), near: rate(f, near) };
  results.set(id, r);
  console.log(
    `${impl.padEnd(46)} unrelated ${(r.unrelated / 1e6).toFixed(2)} M/s, near ${(r.near / 1e6).toFixed(2)} M/s (${metric})`,
  );
}
if (sink === 42) console.log('');

const baselineOf = {
  jw: 'jw-base',
  osa: 'dl-base',
  dl: 'dl-base',
  'jw-base': 'jw-base',
  'dl-base': 'dl-base',
  lev: 'dl-base',
};
const meanLength = unrelated.reduce((n, [a, b]) => n + a.length + b.length, 0) / (2 * PAIRS);
const table = subjects
  .map(([metric, impl, , id]) => {
    const r = results.get(id);
    const base = results.get(baselineOf[id]);
    const m = (x) => (x / 1e6).toFixed(2);
    return `| ${metric} | ${impl} | ${m(r.unrelated)} | ${m(r.near)} | ${(r.unrelated / base.unrelated).toFixed(2)} / ${(r.near / base.near).toFixed(2)} |`;
  })
  .join('\n');
writeSection(
  'comparators',
  `## Linkage comparators (\`@tepat/linkage\`)

${PAIRS.toLocaleString('en')} pairs of invented name-like strings (mean ${meanLength.toFixed(1)} characters, 1–3 words), single thread, median of ${RUNS} timed runs after a warm-up. Run on ${new Date().toISOString().slice(0, 10)}, ${machine()}.
"Unrelated" pairs are two random names; "near" pairs are a name and a copy with 1–2 typos (substitution, adjacent swap, deletion). Baselines in the same run: a naive JW and a naive OSA that allocate their arrays per call; fastest-levenshtein (plain Levenshtein, no transpositions) as the speed anchor for edit distances.

| metric | implementation | unrelated M pairs/s | near M pairs/s | × naive baseline (unrelated / near) |
| --- | --- | ---: | ---: | ---: |
${table}`,
);
