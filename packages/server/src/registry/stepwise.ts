/**
 * Long in-memory builds done in steps: a generator yields between slices of its work, and
 * `inTurns` lets the event loop run at each yield. Building the name index of a million people
 * at once held the server's only thread for over four seconds after every registry build: no
 * request was answered meanwhile, not even a NIK lookup.
 */

/** How many items a step handles before letting others have a turn. */
export const stepSize = 20_000;

/** A build that yields between its steps and returns what it built. */
export type Stepwise<T> = Generator<void, T, void>;

/** Runs the build to its end at once (tests, small inputs). */
export function atOnce<T>(build: Stepwise<T>): T {
  for (;;) {
    const r = build.next();
    if (r.done) return r.value;
  }
}

/** Runs the build, letting the event loop run whatever waits between two steps. */
export async function inTurns<T>(build: Stepwise<T>): Promise<T> {
  for (;;) {
    const r = build.next();
    if (r.done) return r.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
