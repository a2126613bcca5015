import { parseKk, parseNik } from '@tepat/domain';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatePeople, type SynthHousehold } from './generate.js';
import { relations } from './population/index.js';
import { options, people } from './testing/index.js';

const reference = new Date(2025, 11, 31);
const yearsBetween = (older: string, younger: string): number =>
  (Date.parse(younger) - Date.parse(older)) / (365.2425 * 86_400_000);

describe('generatePeople', () => {
  let households: SynthHousehold[];
  beforeAll(() => {
    const started = performance.now();
    households = [...generatePeople(options({ people: 200_000 }))];
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `synth: ${Math.round(200_000 / seconds).toLocaleString('en')} people/s (200k people)`,
    );
  });
  const everyone = () => households.flatMap((h) => h.families.flatMap((f) => f.members));

  it('gives exactly the people asked for, numbered from 1', () => {
    const all = everyone();
    expect(all).toHaveLength(200_000);
    expect(all.at(-1)?.personId).toBe(200_000);
    expect(new Set(all.map((p) => p.personId)).size).toBe(200_000);
  });

  it('is deterministic: same options, same people; another seed, other people', () => {
    const first = JSON.stringify(people({ people: 3000 }));
    expect(JSON.stringify(people({ people: 3000 }))).toBe(first);
    expect(JSON.stringify(people({ people: 3000, seed: 2 }))).not.toBe(first);
  });

  it('gives every person a valid NIK that agrees with their birth date and sex, all unique', () => {
    const all = everyone();
    const bad = all.filter((p) => {
      const record = { birthDate: p.birthDate, sex: p.sex };
      const parsed = parseNik(p.nik, { referenceDate: reference, record });
      return parsed.problems.length > 0 || !p.nik.startsWith('3574');
    });
    expect(bad).toEqual([]);
    expect(new Set(all.map((p) => p.nik)).size).toBe(all.length);
  });

  it('gives every family one valid No. KK of its own, issued after its head turned 18', () => {
    const families = households.flatMap((h) => h.families);
    const bad = families.filter((family) => {
      const parsed = parseKk(family.kk, { referenceDate: reference });
      return (
        parsed.problems.length > 0 ||
        parsed.parts?.issueDate !== family.kkIssueDate ||
        family.members.some((m) => m.kk !== family.kk || m.familyId !== family.familyId) ||
        yearsBetween(family.members[0]!.birthDate, family.kkIssueDate) <= 18
      );
    });
    expect(bad).toEqual([]);
    expect(new Set(families.map((f) => f.kk)).size).toBe(families.length);
  });

  it('makes households of realistic size and shape', () => {
    const sizes = households.map((h) => h.families.reduce((n, f) => n + f.members.length, 0));
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    const single = sizes.filter((s) => s === 1).length / sizes.length;
    const multiKk = households.filter((h) => h.families.length > 1).length / households.length;
    const femaleHead =
      households.filter((h) => h.families[0]!.members[0]!.sex === 'P').length / households.length;
    console.info(
      `synth: mean household ${mean.toFixed(2)}, single ${single.toFixed(3)}, multi-KK ${multiKk.toFixed(3)}, female head ${femaleHead.toFixed(3)}`,
    );
    expect(mean).toBeGreaterThanOrEqual(3.5);
    expect(mean).toBeLessThanOrEqual(4.1);
    expect(single).toBeGreaterThan(0.07);
    expect(single).toBeLessThan(0.13);
    expect(multiKk).toBeGreaterThan(0.05);
    expect(multiKk).toBeLessThan(0.12);
    expect(femaleHead).toBeGreaterThan(0.11);
    expect(femaleHead).toBeLessThan(0.2);
  });

  it('keeps ages and relations plausible', () => {
    const problems: string[] = [];
    const check = (ok: boolean, what: string, kk: string): void => {
      if (!ok) problems.push(`${kk}: ${what}`);
    };
    for (const family of households.flatMap((h) => h.families)) {
      const [head, ...rest] = family.members;
      if (!head) continue;
      check(head.relation === relations.kepala, 'first member is not the head', family.kk);
      check(!rest.some((m) => m.relation === relations.kepala), 'two heads', family.kk);
      const children = rest.filter((m) => m.relation === relations.anak);
      for (const child of children) {
        check(yearsBetween(head.birthDate, child.birthDate) >= 15, 'child too old', family.kk);
      }
      for (const spouse of rest.filter((m) => m.relation === relations.pasangan)) {
        check(yearsBetween(spouse.birthDate, '2025-12-31') > 16.99, 'spouse a minor', family.kk);
        check(spouse.sex !== head.sex, 'spouse of the same sex', family.kk);
      }
      const oldestChild = children.map((c) => c.birthDate).sort()[0];
      for (const grandchild of rest.filter((m) => m.relation === relations.cucu)) {
        const younger = oldestChild !== undefined && grandchild.birthDate > oldestChild;
        check(younger, 'grandchild without an older child', family.kk);
      }
      for (const parent of rest.filter((m) => m.relation === relations.orangTua)) {
        check(parent.birthDate < head.birthDate, 'parent younger than head', family.kk);
      }
    }
    expect(problems).toEqual([]);
  });

  it('places households only in the desa it was given, all of them used', () => {
    const used = new Set(households.map((h) => h.desaCode));
    expect([...used].sort()).toEqual(
      options()
        .desa.map((d) => d.code)
        .sort(),
    );
  });

  it('gives valid, unique NIKs and one KK per family for any seed and province', () => {
    const provinces = ['11', '12', '31', '32', '35', '51', '53', '64', '73', '94'];
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...provinces), (seed, provinceCode) => {
        const all = people({ seed, provinceCode, people: 400 });
        expect(all).toHaveLength(400);
        for (const p of all) {
          const record = { birthDate: p.birthDate, sex: p.sex };
          expect(parseNik(p.nik, { referenceDate: reference, record }).problems).toEqual([]);
          expect(p.name).toMatch(/^[A-Z.'-]+( [A-Z.'-]+){0,3}$/);
        }
        expect(new Set(all.map((p) => p.nik)).size).toBe(all.length);
        expect(new Set(all.map((p) => p.kk)).size).toBe(new Set(all.map((p) => p.familyId)).size);
      }),
      { numRuns: 30 },
    );
  });
});
