/** Test helper: the catalogued problem a promise rejects with. */
import { isTepatError, type Problem } from '@tepat/domain';

export async function problemOf(p: Promise<unknown>): Promise<Problem> {
  const e: unknown = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!isTepatError(e)) throw new Error(`expected a TepatError, got ${String(e)}`, { cause: e });
  return e.problem;
}
