import { describe, expect, it } from 'vitest';
import { Random } from '../random.js';
import { people } from '../testing/index.js';
import { givenNameOf } from './leading-tokens.js';
import { NameModel } from './name-model.js';

const leading = new Set([
  'MUHAMMAD',
  'M.',
  'MUHAMAD',
  'MOH.',
  'MOHAMMAD',
  'MOCH.',
  'MOHAMAD',
  'AHMAD',
  'ACHMAD',
  'ABDUL',
]);
const femaleLeading = new Set(['SITI', 'SITTI', 'NUR', 'SRI']);
const particles = new Set([
  ...leading,
  ...femaleLeading,
  'EKO',
  'DWI',
  'TRI',
  'EKA',
  'ANDI',
  'BIN',
  'BINTI',
]);

const tokens = (name: string): string[] => name.split(' ');
/** The first token that is a given name rather than a leading particle. */
const givenName = (name: string): string | undefined => tokens(name).find((t) => !particles.has(t));

function topGiven(names: string[], count: number): string[] {
  const counts = new Map<string, number>();
  for (const name of names) {
    const given = givenName(name);
    if (given !== undefined) counts.set(given, (counts.get(given) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name]) => name);
}

describe('names of a Jawa Timur population', () => {
  const jatim = people({ people: 60_000 });

  it('are upper case words', () => {
    for (const p of jatim) expect(p.name).toMatch(/^[A-Z.'-]+( [A-Z.'-]+){0,3}$/);
  });

  it('are single names about 28% of the time', () => {
    const single = jatim.filter((p) => tokens(p.name).length === 1).length / jatim.length;
    console.info(`synth: single-name share ${single.toFixed(3)}`);
    expect(single).toBeGreaterThan(0.25);
    expect(single).toBeLessThan(0.31);
  });

  it('often lead with MUHAMMAD (men) and SITI (women)', () => {
    const men = jatim.filter((p) => p.sex === 'L');
    const women = jatim.filter((p) => p.sex === 'P');
    const muhammad =
      men.filter((p) => /^(MUHAMMAD|MUHAMAD|MOHAMMAD|MOHAMAD|M\.|MOH\.|MOCH\.) /.test(p.name))
        .length / men.length;
    const siti = women.filter((p) => /^SITT?I /.test(p.name)).length / women.length;
    console.info(`synth: MUHAMMAD ${muhammad.toFixed(3)} of men, SITI ${siti.toFixed(3)} of women`);
    expect(muhammad).toBeGreaterThan(0.04);
    expect(muhammad).toBeLessThan(0.1);
    expect(siti).toBeGreaterThan(0.04);
    expect(siti).toBeLessThan(0.12);
  });

  it('differ between grandparents and grandchildren', () => {
    const old = topGiven(
      jatim.filter((p) => p.birthDate < '1970').map((p) => p.name),
      20,
    );
    const young = topGiven(
      jatim.filter((p) => p.birthDate > '2001').map((p) => p.name),
      20,
    );
    expect(old[0]).not.toBe(young[0]);
    expect(old.filter((name) => young.includes(name)).length).toBeLessThanOrEqual(3);
  });
});

describe('names within a family', () => {
  it('rarely give two children of one family the same given name', () => {
    const children = people({ people: 30_000 }).filter((p) => p.relation === 3);
    const seen = new Set<string>();
    let repeats = 0;
    for (const child of children) {
      const key = `${child.familyId} ${givenNameOf(child.name)}`;
      if (seen.has(key)) repeats++;
      seen.add(key);
    }
    expect(repeats / children.length).toBeLessThan(0.01);
  });

  it('reads the given name behind leading particles', () => {
    expect(givenNameOf('MUHAMMAD RIZKY PRATAMA')).toBe('RIZKY');
    expect(givenNameOf('NI LUH MADE SUARNI')).toBe('SUARNI');
    expect(givenNameOf('SLAMET')).toBe('SLAMET');
  });
});

describe('regional flavour', () => {
  it('makes Sundanese names far more common in Jawa Barat than in Jawa Timur', () => {
    const sundanese = new Set([
      'ASEP',
      'UJANG',
      'DADANG',
      'CECEP',
      'ENTIN',
      'ENENG',
      'EUIS',
      'IYAH',
      'NENG',
    ]);
    const share = (provinceCode: string): number => {
      const all = people({ people: 20_000, provinceCode });
      return all.filter((p) => tokens(p.name).some((t) => sundanese.has(t))).length / all.length;
    };
    expect(share('32')).toBeGreaterThan(10 * Math.max(share('35'), 0.001));
  });

  it('gives Batak children their father’s marga', () => {
    const sumut = people({ people: 20_000, provinceCode: '12', seed: 5 });
    const byFamily = new Map<number, typeof sumut>();
    for (const p of sumut) byFamily.set(p.familyId, [...(byFamily.get(p.familyId) ?? []), p]);
    let checked = 0;
    for (const members of byFamily.values()) {
      const head = members[0]!;
      const marga = tokens(head.name).at(-1)!;
      if (
        head.sex !== 'L' ||
        !/^(SIREGAR|NASUTION|LUBIS|HARAHAP|SINAGA|GINTING|TARIGAN)$/.test(marga)
      )
        continue;
      for (const child of members.filter((m) => m.relation === 3))
        expect(tokens(child.name).at(-1)).toBe(marga);
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('gives Balinese names their birth-order names', () => {
    const model = new NameModel();
    const random = new Random(3, 'bali');
    const names = Array.from({ length: 2000 }, () =>
      model.name(random, { sex: 'L', birthYear: 1980, flavour: 'bali' }),
    );
    const withOrder = names.filter((n) =>
      /\b(WAYAN|MADE|PUTU|KADEK|NYOMAN|KOMANG|KETUT|GEDE)\b/.test(n),
    );
    expect(withOrder.length / names.length).toBeGreaterThan(0.8);
  });
});
