import { describe, expect, it } from 'vitest';
import { clusterPeople } from './people.js';

/** A small fast generator so the test does not depend on Math.random. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('person clustering at scale', () => {
  it('clusters 2M random pairs over 1M records', () => {
    const n = 1_000_000;
    const m = 2_000_000;
    const rand = lcg(7);
    const a = new Uint32Array(m);
    const b = new Uint32Array(m);
    const weight = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      a[i] = Math.floor(rand() * n);
      // Mostly near neighbours, as blocking gives: clusters stay small, not one giant component.
      b[i] = Math.min(n - 1, a[i]! + 1 + Math.floor(rand() * 3));
      weight[i] = rand() * 30 - 5;
    }
    const nik: (string | null)[] = new Array<string | null>(n);
    const birthDate: (string | null)[] = new Array<string | null>(n);
    const sex: (string | null)[] = new Array<string | null>(n);
    const source: string[] = new Array<string>(n);
    const nikValid: boolean[] = new Array<boolean>(n);
    for (let i = 0; i < n; i++) {
      const person = Math.floor(i / 3);
      nik[i] = rand() < 0.9 ? String(3513010000000000 + person) : null;
      nikValid[i] = nik[i] !== null;
      birthDate[i] = `19${String(50 + (person % 50))}-0${1 + (person % 9)}-1${person % 10}`;
      sex[i] = person % 2 === 0 ? 'L' : 'P';
      source[i] = ['dtks', 'regsosek', 'p3ke'][i % 3]!;
    }
    const started = performance.now();
    const result = clusterPeople(
      n,
      { a, b, weight },
      { nik, nikValid, birthDate, sex, source },
      { threshold: 10 },
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `clusterPeople: ${m} pairs over ${n} records in ${seconds.toFixed(2)} s ` +
        `(${result.count} clusters, ${result.accepted} unions, ${result.refused.a.length} refused)`,
    );
    expect(result.count).toBeGreaterThan(0);
    expect(result.count).toBeLessThan(n);
  }, 120_000);
});
