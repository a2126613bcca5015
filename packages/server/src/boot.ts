/**
 * Brings Tepat's system of record up: open the database (embedded or DATABASE_URL), run pending
 * migrations, make sure the shipped reference data is loaded. Every door (server, CLI, worker)
 * starts here.
 */
import { migrate, openDatabase, type Database, type OpenOptions } from './db/index.js';
import { ensureRegionReference, type ReferenceLoadReport } from './regions/index.js';

export interface BootOptions extends OpenOptions {
  onStep?: (step: 'database' | 'migrations' | 'reference', detail?: string) => void;
}

export interface Booted {
  database: Database;
  migrationsRun: string[];
  reference: ReferenceLoadReport;
}

export async function bootTepat(options: BootOptions = {}): Promise<Booted> {
  options.onStep?.('database');
  const database = await openDatabase(options);
  try {
    options.onStep?.('migrations');
    const migrationsRun = await migrate(database.db);
    options.onStep?.('reference');
    const reference = await ensureRegionReference(database.db, (s) =>
      options.onStep?.('reference', s),
    );
    return { database, migrationsRun, reference };
  } catch (e) {
    await database.close();
    throw e;
  }
}
