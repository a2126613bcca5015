/** A build in steps lets whatever waits run between its steps, and ends with what it built. */
import { describe, expect, it } from 'vitest';
import { atOnce, inTurns, type Stepwise } from './stepwise.js';

function* job(log: string[]): Stepwise<number> {
  log.push('step 1');
  yield;
  log.push('step 2');
  yield;
  log.push('step 3');
  return 7;
}

describe('stepwise builds', () => {
  it('let others run between steps', async () => {
    const log: string[] = [];
    setImmediate(() => log.push('a request'));
    expect(await inTurns(job(log))).toBe(7);
    expect(log).toEqual(['step 1', 'a request', 'step 2', 'step 3']);
  });

  it('run at once when asked', () => {
    const log: string[] = [];
    setImmediate(() => log.push('a request'));
    expect(atOnce(job(log))).toBe(7);
    expect(log).toEqual(['step 1', 'step 2', 'step 3']);
  });
});
