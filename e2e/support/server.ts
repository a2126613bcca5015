/**
 * Starts a real `tepat serve` for browser and API tests: a fresh database cloned from the test
 * run's template (regions loaded) with one login per role, a free port, the built web app.
 */
import getPort from 'get-port';
import { createTestDatabaseUrl, seedTestLogins } from '../../packages/server/src/testing/index.js';
import { spawnTepat, stopProcess, waitForOutput } from './cli.js';

export interface RunningTepat {
  url: string;
  databaseUrl: string;
  stop(): Promise<void>;
}

export async function startTepatServer(): Promise<RunningTepat> {
  const database = await createTestDatabaseUrl();
  // One login per role, named as the role (see support/login.ts).
  await seedTestLogins(database.url);
  const port = await getPort();
  const child = spawnTepat(['serve', '--port', String(port)], {
    env: { DATABASE_URL: database.url },
  });
  try {
    await waitForOutput(child, /http:\/\/\S+:\d+\//);
  } catch (e) {
    await stopProcess(child, 'SIGKILL');
    await database.drop();
    throw e;
  }
  return {
    url: `http://localhost:${port}`,
    databaseUrl: database.url,
    stop: async () => {
      await stopProcess(child);
      await database.drop();
    },
  };
}
