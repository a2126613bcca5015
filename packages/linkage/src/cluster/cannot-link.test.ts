import { describe, expect, it } from 'vitest';
import { refusalReasons } from './guards.js';
import { clusterPeople } from './people.js';
import { pairs, personFacts } from './testing.js';

const facts = personFacts([{}, {}, {}, {}]);

describe('reviewers’ decisions in person clustering', () => {
  it('never joins a rejected pair, directly or through a third record', () => {
    const links = pairs([
      [0, 1, 20],
      [1, 2, 15],
      [0, 2, 12],
      [2, 3, 11],
    ]);
    const free = clusterPeople(4, links, facts, { threshold: 5 });
    expect(free.count).toBe(1);
    const result = clusterPeople(4, links, facts, {
      threshold: 5,
      cannotLink: { a: [0], b: [2] },
    });
    expect(result.clusterOf[0]).toBe(result.clusterOf[1]);
    expect(result.clusterOf[2]).not.toBe(result.clusterOf[0]);
    expect(result.clusterOf[3]).toBe(result.clusterOf[2]);
    expect([...result.refused.reason]).toEqual([
      refusalReasons.cannotLink,
      refusalReasons.cannotLink,
    ]);
  });

  it('joins an accepted pair below the threshold and past the guards, unless rejected too', () => {
    const guarded = personFacts([
      { nik: '3513014107900001', birthDate: '1990-07-01' },
      { nik: '3513011203850002', birthDate: '1985-03-12' },
      {},
    ]);
    const links = pairs([[0, 1, 2]]);
    const forced = clusterPeople(3, links, guarded, { threshold: 5, mustLink: { a: [1], b: [0] } });
    expect(forced.clusterOf[0]).toBe(forced.clusterOf[1]);
    expect(forced.count).toBe(2);
    const both = clusterPeople(3, pairs([]), guarded, {
      threshold: 5,
      mustLink: { a: [0, 1], b: [2, 2] },
      cannotLink: { a: [0], b: [1] },
    });
    expect(both.clusterOf[0]).toBe(both.clusterOf[2]);
    expect(both.clusterOf[1]).not.toBe(both.clusterOf[0]);
  });
});
