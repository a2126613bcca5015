import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadRegionReference, type RegionReference } from '../testing/index.js';
import { createRegionIndex, resolveRegion, type RegionIndex } from './resolver.js';
import type { RegionEntry, Resolution, ResolveOptions } from './regions.js';

let reference: RegionReference;
let index: RegionIndex;

beforeAll(async () => {
  reference = await loadRegionReference();
  const started = performance.now();
  index = createRegionIndex(reference.regions, reference.bpsCodes);
  const ms = performance.now() - started;
  console.log(
    `index of ${reference.regions.length} regions and ${reference.bpsCodes.length} BPS codes ` +
      `built in ${ms.toFixed(0)} ms (${reference.droppedBpsRows.length} crosswalk rows left out)`,
  );
});

type Query = Parameters<typeof resolveRegion>[1];

/** The answer in one comparable word: the code, or the candidate codes of an ambiguity. */
function answer(res: Resolution): string {
  switch (res.status) {
    case 'resolved':
      return res.region.code;
    case 'ambiguous':
      return `ambiguous@${res.at}:${res.candidates.map((c) => c.code).join(',')}`;
    case 'unknown':
      return `unknown@${res.at}`;
  }
}

const resolve = (query: Query, options?: ResolveOptions): Resolution =>
  resolveRegion(index, query, options);
const resolved = (query: Query, options?: ResolveOptions): string =>
  answer(resolve(query, options));
const kotaProbolinggo = { within: '35.74' };

describe('names from Kota and Kabupaten Probolinggo', () => {
  it('tells Kota from Kabupaten Probolinggo by the kind word', () => {
    expect(resolved('KOTA PROBOLINGGO')).toBe('35.74');
    for (const text of [
      'Kab. Probolinggo',
      'KABUPATEN PROBOLINGGO',
      'Kab Probolinggo',
      'kab.probolinggo',
    ]) {
      expect(resolved(text)).toBe('35.13');
    }
    expect(resolved('PROBOLINGGO KOTA')).toBe('35.74');
  });

  it('answers a bare PROBOLINGGO with both, and names them by their path', () => {
    const res = resolve('PROBOLINGGO');
    expect(res.status).toBe('ambiguous');
    if (res.status !== 'ambiguous') return;
    expect(res.candidates.map((c) => c.code)).toEqual(expect.arrayContaining(['35.13', '35.74']));
    expect(res.candidates.find((c) => c.code === '35.74')).toMatchObject({
      name: 'Kota Probolinggo',
      kind: 'kota',
      path: ['Jawa Timur'],
    });
  });

  it('answers exact names with confidence 1 and normalised ones slightly lower', () => {
    expect(resolve('KOTA PROBOLINGGO')).toMatchObject({ method: 'name-exact', confidence: 1 });
    expect(resolve('Kab. Probolinggo')).toMatchObject({
      method: 'name-normalised',
      confidence: 0.95,
    });
  });

  it('finds Kebonsari Wetan however it is spaced, and never Kebonsari Kulon', () => {
    for (const text of [
      'KEBONSARI WETAN',
      'Kebonsari  wetan',
      'KEBONSARIWETAN',
      'kebonsari-wetan',
    ]) {
      expect(resolved(text, kotaProbolinggo)).toBe('35.74.04.1004');
    }
    expect(resolved('KEBONSARI KULON', kotaProbolinggo)).toBe('35.74.04.1006');
    // A typo inside WETAN/KULON is no evidence for either: unknown, with both suggested.
    for (const text of ['KEBONSARI WETAM', 'KEBONSARI KULAN', 'KEBONSARI TENGAH']) {
      const res = resolve(text, kotaProbolinggo);
      expect(res.status).toBe('unknown');
      if (res.status === 'unknown') expect(res.nearest.length).toBeLessThanOrEqual(5);
    }
  });

  it('corrects a one-letter typo in a long name, with confidence below 1', () => {
    expect(resolve('TISNONEGARAN', kotaProbolinggo)).toMatchObject({
      status: 'resolved',
      region: { code: '35.74.04.1001', path: ['Jawa Timur', 'Kota Probolinggo', 'Kanigaran'] },
      confidence: 1,
    });
    const typo = resolve('TISNONEGAREN', kotaProbolinggo);
    expect(typo).toMatchObject({ status: 'resolved', method: 'name-fuzzy' });
    if (typo.status === 'resolved') {
      expect(typo.region.code).toBe('35.74.04.1001');
      expect(typo.confidence).toBeLessThan(0.9);
      expect(typo.confidence).toBeGreaterThan(0.7);
    }
    expect(resolved('TISNONEGAREN')).toBe('35.74.04.1001'); // unique in all of Indonesia too
  });

  it('answers the kecamatan when a kelurahan of the same name lies inside it, and names that kelurahan', () => {
    // Kecamatan Kademangan 35.74.01 holds kelurahan Kademangan 35.74.01.1008: the kecamatan is
    // right whichever was meant, so it is the answer, with the kelurahan listed beside it.
    const both = resolve('KADEMANGAN', kotaProbolinggo);
    expect(both).toMatchObject({ status: 'resolved', region: { code: '35.74.01' }, confidence: 1 });
    expect(both.status === 'resolved' && both.alsoInside?.map((c) => c.code)).toEqual([
      '35.74.01.1008',
    ]);
    expect(resolved('KEC. KADEMANGAN', kotaProbolinggo)).toBe('35.74.01');
    expect(resolved({ text: 'KADEMANGAN', level: 'kecamatan' }, kotaProbolinggo)).toBe('35.74.01');
    for (const text of ['KEL. KADEMANGAN', 'DESA KADEMANGAN', 'KELURAHAN KADEMANGAN']) {
      expect(resolved(text, kotaProbolinggo)).toBe('35.74.01.1008');
    }
    expect(resolved([{ text: 'KADEMANGAN', level: 'desa' }], kotaProbolinggo)).toBe(
      '35.74.01.1008',
    );
    // A further part goes down into the inner one.
    expect(resolved(['KADEMANGAN', 'KADEMANGAN'], kotaProbolinggo)).toBe('35.74.01.1008');
  });

  it('resolves "KOTA PROBOLINGGO" "KEDOPOK" to kecamatan Kedopok (the README example)', () => {
    const r = resolve(['KOTA PROBOLINGGO', 'KEDOPOK']);
    expect(r).toMatchObject({
      status: 'resolved',
      region: { code: '35.74.05', kind: 'kecamatan' },
    });
    expect(r.status === 'resolved' && r.alsoInside?.map((c) => c.code)).toEqual(['35.74.05.1005']);
    expect(resolved('KEDOPOK')).toBe('35.74.05');
    expect(resolved(['KOTA PROBOLINGGO', 'KEC. KEDOPOK'])).toBe('35.74.05');
    expect(resolved(['KOTA PROBOLINGGO', 'KEDOPOK', 'KEDOPOK'])).toBe('35.74.05.1005');
    expect(resolved({ text: 'KEDOPOK', level: 'kecamatan' })).toBe('35.74.05');
    // Names that are not nested stay ambiguous: Kabupaten and Kota Probolinggo.
    expect(resolved('PROBOLINGGO')).toMatch(/^ambiguous@0:35\.13,35\.74/);
  });
});

describe('paths', () => {
  it('resolves P3KE-style columns from province down', () => {
    const row = [
      { text: 'JAWA TIMUR', level: 'provinsi' },
      { text: 'KOTA PROBOLINGGO', level: 'kabkota' },
      { text: 'KANIGARAN', level: 'kecamatan' },
      { text: 'KEBONSARI WETAN', level: 'desa' },
    ] as const;
    expect(resolve([...row])).toMatchObject({
      status: 'resolved',
      input: ['JAWA TIMUR', 'KOTA PROBOLINGGO', 'KANIGARAN', 'KEBONSARI WETAN'],
      region: { code: '35.74.04.1004' },
    });
  });

  it('takes the weakest confidence of the parts', () => {
    const res = resolve(['Kab. Probolinggo', 'KEC. SUKAPURA', 'NGADISARI']);
    expect(res).toMatchObject({ status: 'resolved', region: { code: '35.13.01.2001' } });
    if (res.status === 'resolved') expect(res.confidence).toBe(0.95);
  });

  it('lets later parts settle an ambiguous one', () => {
    expect(resolved(['PROBOLINGGO', 'KEC. KEDOPOK'])).toBe('35.74.05');
    expect(resolved(['PROBOLINGGO', 'SUKAPURA', 'NGADISARI'])).toBe('35.13.01.2001');
    // Both Probolinggo fit nothing that follows: the ambiguity stays where it was.
    expect(resolved(['PROBOLINGGO', 'NOWHERE AT ALL'])).toMatch(/^ambiguous@0:/);
  });

  it('reports where a path breaks off', () => {
    const res = resolve(['KOTA PROBOLINGGO', 'NGADISARI']); // a desa of Kab. Probolinggo
    expect(res).toMatchObject({ status: 'unknown', at: 1 });
  });

  it('skips blank parts, and passes over parts that name the scope or its ancestors', () => {
    expect(resolved(['KOTA PROBOLINGGO', '', 'KEBONSARI WETAN', ' '])).toBe('35.74.04.1004');
    const row = ['JAWA TIMUR', 'KOTA PROBOLINGGO', 'KANIGARAN', 'KEBONSARI WETAN'];
    expect(resolved(row, kotaProbolinggo)).toBe('35.74.04.1004');
    expect(resolved('KOTA PROBOLINGGO', kotaProbolinggo)).toBe('35.74');
    // Only an ancestor named: unknown, its `nearest` saying what the text did name.
    const res = resolve('JAWA TIMUR', kotaProbolinggo);
    expect(res).toMatchObject({ status: 'unknown', nearest: [{ code: '35', confidence: 0 }] });
    expect(resolved(['', ''])).toBe('unknown@0');
  });
});

describe('codes', () => {
  it('reads Kemendagri codes with or without dots', () => {
    for (const text of ['35.13.01.2001', '3513012001', '35 13 01 2001']) {
      expect(resolve(text)).toMatchObject({
        status: 'resolved',
        method: 'kemendagri-code',
        confidence: 1,
        region: { code: '35.13.01.2001', name: 'Ngadisari' },
      });
    }
  });

  it('reads 7-digit BPS kecamatan codes through the crosswalk', () => {
    expect(resolve('3574011')).toMatchObject({
      status: 'resolved',
      method: 'bps-code',
      region: { code: '35.74.05', name: 'Kedopok' },
    });
    expect(resolved('3574010')).toBe('35.74.01');
  });

  it('answers ambiguous when a bare code means different regions in BPS and Kemendagri', () => {
    expect(resolved('3171')).toBe('ambiguous@0:31.71,31.74');
    expect(resolved('3171', { codeSystem: 'kemendagri' })).toBe('31.71');
    expect(resolved('3171', { codeSystem: 'bps' })).toBe('31.74');
    expect(resolved('31.71')).toBe('31.71'); // BPS writes no dots
    expect(resolved('3574')).toBe('35.74'); // both systems agree
    expect(resolved('3171', { within: '31.74' })).toBe('31.74');
  });

  it('answers unknown for codes that exist nowhere or outside the scope', () => {
    expect(resolve('9999')).toMatchObject({ status: 'unknown', nearest: [] });
    expect(resolve('35.74.09')).toMatchObject({ status: 'unknown', nearest: [] });
    expect(resolve('12345')).toMatchObject({ status: 'unknown', nearest: [] });
    expect(resolve('35.13', kotaProbolinggo)).toMatchObject({
      status: 'unknown',
      nearest: [{ code: '35.13', confidence: 0 }],
    });
    expect(resolve({ text: '3574', level: 'kecamatan' })).toMatchObject({ status: 'unknown' });
    expect(resolve('KEDOPOK', { within: '99.99' })).toMatchObject({ status: 'unknown' });
  });
});

describe('other names', () => {
  it('knows province aliases', () => {
    const cases: [string, string][] = [
      ['DKI', '31'], ['DKI JAKARTA', '31'], ['DAERAH KHUSUS JAKARTA', '31'], ['Prov. DKI Jakarta', '31'],
      ['DIY', '34'], ['D.I. Yogyakarta', '34'], ['DAERAH ISTIMEWA YOGYAKARTA', '34'],
      ['NAD', '11'], ['JATIM', '35'], ['JABAR', '32'], ['JATENG', '33'], ['KALTIM', '64'],
      ['BABEL', '19'], ['PROVINSI JAWA TIMUR', '35'],
    ]; // prettier-ignore
    for (const [text, code] of cases) expect(resolved(text), text).toBe(code);
  });

  it('knows the Jakarta kota under every usual name', () => {
    for (const text of [
      'KOTA ADM. JAKARTA SELATAN',
      'Kota Administrasi Jakarta Selatan',
      'JAKARTA SELATAN',
      'Kota Jakarta Selatan',
      'JAKSEL',
    ]) {
      expect(resolved(text), text).toBe('31.74');
    }
  });

  it('writes out common abbreviations on both sides', () => {
    expect(resolved('KAB. ADM. KEP. SERIBU')).toBe('31.01');
    expect(resolved('TANJUNG BARU SILAIYA', { within: '12.20' })).toBe('12.20.01.2041');
  });

  it('folds old spellings', () => {
    expect(resolve({ text: 'TJIBADAK', level: 'kecamatan' }, { within: '32.02' })).toMatchObject({
      status: 'resolved',
      method: 'name-normalised',
      region: { code: '32.02.11', name: 'Cibadak' },
    });
    // Kecamatan Kramat Jati, which holds the kelurahan of the same name.
    expect(resolved('KRAMAT DJATI', { within: '31.75' })).toBe('31.75.04');
  });

  it('suggests the right name of the wrong kind, and at most 5 names', () => {
    const res = resolve('KOTA SIDOARJO');
    expect(res.status).toBe('unknown');
    if (res.status !== 'unknown') return;
    expect(res.nearest[0]).toMatchObject({ code: '35.15', name: 'Kabupaten Sidoarjo' });
    expect(res.nearest.length).toBeLessThanOrEqual(5);
    expect(resolve('QWXZQWXZ')).toMatchObject({ status: 'unknown', nearest: [] });
  });

  it('lists every candidate with its path', () => {
    const res = resolve('SUKAMAJU');
    expect(res.status).toBe('ambiguous');
    if (res.status !== 'ambiguous') return;
    expect(res.candidates.length).toBe(20); // capped: there are far more
    for (const c of res.candidates) expect(c.path.length).toBe(c.code.split('.').length - 1);
  });
});

describe('properties over the real reference', () => {
  it('resolves every official name within its parent to itself or an ambiguity that holds it', () => {
    const tally = { self: 0, ambiguous: 0, wrong: 0, unknown: 0 };
    const started = performance.now();
    for (const region of reference.regions) {
      const res = resolve(region.name, { within: region.parentCode });
      if (res.status === 'resolved') tally[res.region.code === region.code ? 'self' : 'wrong']++;
      else if (res.status === 'ambiguous' && res.candidates.some((c) => c.code === region.code)) {
        tally.ambiguous++;
      } else tally[res.status === 'unknown' ? 'unknown' : 'wrong']++;
    }
    const perLookup = (performance.now() - started) / reference.regions.length;
    console.log(`exact names within parent:`, tally, `${(perLookup * 1000).toFixed(0)} µs/lookup`);
    expect(tally.wrong).toBe(0);
    expect(tally.unknown).toBe(0);
  });

  it('resolves every code, with and without dots, to itself', () => {
    let bareAmbiguous = 0;
    for (const { code } of reference.regions) {
      const bare = code.replace(/\./g, '');
      if (code.includes('.')) expect(resolved(code)).toBe(code); // dotted: Kemendagri only
      expect(resolved(bare, { codeSystem: 'kemendagri' })).toBe(code);
      // Read as either system a bare code may also be a BPS code for another region.
      const either = resolved(bare);
      if (either !== code) {
        expect(either).toMatch(new RegExp(`^ambiguous@0:.*${code.replace(/\./g, '\\.')}`));
        bareAmbiguous++;
      }
    }
    console.log(`bare codes that are also another region's BPS code: ${bareAmbiguous}`);
  });

  it('never changes its answer for case or spacing', () => {
    const withinParent = fc.constantFrom(
      ...reference.regions.filter((r) => r.level !== 'provinsi'),
    );
    const varied = fc.record({
      upper: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
      space: fc.constantFrom(' ', '  ', ' \t', ''),
      pad: fc.constantFrom('', ' ', '  '),
    });
    fc.assert(
      fc.property(withinParent, varied, (region, { upper, space, pad }) => {
        const text = [...region.name]
          .map((c, i) => (upper[i % 40] ? c.toUpperCase() : c.toLowerCase()))
          .join('')
          .replace(/ /g, space);
        // Candidates are compared as a set: an exact name ranks above a merely normalised one.
        const codes = (res: Resolution) => answer(res).split(/[:,]/).sort().join();
        const options = { within: region.parentCode };
        expect(codes(resolve(`${pad}${text}${pad}`, options))).toBe(
          codes(resolve(region.name, options)),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('rarely resolves a one-letter typo to a wrong region', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const letters = (name: string) => name.replace(/[^A-Za-z]/g, '').length;
    const withTypo = (name: string, at: number, letter: string) => {
      const original = name[at] ?? '';
      if (!/[A-Za-z]/.test(original) || original.toUpperCase() === letter) return undefined;
      return name.slice(0, at) + letter + name.slice(at + 1);
    };
    // `coarser`: the answer is a region that contains the right one (a kelurahan's typo reaching
    // the kecamatan of the same name) — not wrong, only less precise.
    const newTally = () => ({ right: 0, coarser: 0, wrong: 0, ambiguous: 0, unknown: 0 });
    const wrong: string[] = [];
    const check = (tally: ReturnType<typeof newTally>, region: RegionEntry, text: string) => {
      const res = resolve(text, { within: region.code.slice(0, 5) }); // its kab/kota
      const kind =
        res.status !== 'resolved'
          ? res.status
          : res.region.code === region.code
            ? 'right'
            : region.code.startsWith(`${res.region.code}.`)
              ? 'coarser'
              : 'wrong';
      tally[kind]++;
      if (kind === 'wrong') wrong.push(`${region.name} → ${text} → ${answer(res)}`);
    };
    // Every substitution in every long kelurahan name of Kota Probolinggo...
    const kota = reference.regions.filter((r) => r.code.startsWith('35.74.') && r.level === 'desa');
    expect(kota).toHaveLength(29);
    const inKota = newTally();
    for (const region of kota.filter((r) => letters(r.name) >= 8)) {
      for (let at = 0; at < region.name.length; at++) {
        for (const letter of alphabet) {
          const text = withTypo(region.name, at, letter);
          if (text !== undefined) check(inKota, region, text);
        }
      }
    }
    // ...and random typos in desa names from all over Indonesia.
    const desa = reference.regions.filter((r) => r.level === 'desa' && letters(r.name) >= 8);
    const samples = fc.sample(
      fc.tuple(fc.constantFrom(...desa), fc.nat(), fc.constantFrom(...alphabet)),
      {
        numRuns: 3000,
        seed: 20250425,
      },
    );
    const random = newTally();
    for (const [region, at, letter] of samples) {
      const text = withTypo(region.name, at % region.name.length, letter);
      if (text !== undefined) check(random, region, text);
    }
    const rate = (t: typeof inKota) =>
      t.wrong / (t.right + t.coarser + t.wrong + t.ambiguous + t.unknown);
    console.log('one-letter typos within the kab/kota:', {
      kotaProbolinggo: inKota,
      randomDesa: random,
    });
    console.log(`wrong-resolution rate: Kota Probolinggo ${(100 * rate(inKota)).toFixed(2)}%, ` +
      `random desa ${(100 * rate(random)).toFixed(2)}%`, wrong); // prettier-ignore
    expect(inKota.wrong).toBe(0);
    expect(rate(random)).toBeLessThan(0.01);
  });
});
