/** `tepat db status`: where the data is and which migrations ran. */
import type { Command } from 'commander';
import pc from 'picocolors';
import { migrationStatus, openDatabase } from '@tepat/server';
import { say } from '../output.js';
import type { GlobalOptions } from '../runtime.js';

export function registerDb(program: Command, globals: () => GlobalOptions): void {
  const db = program.command('db').description('Database: where the data is, migrations');
  db.command('status')
    .description('Show where the data is and which migrations have run')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      // Opened without migrating, so that pending migrations show as pending.
      const database = await openDatabase({
        dataDir: globals().dataDir,
        command: 'tepat db status',
      });
      try {
        const migrations = await migrationStatus(database.db);
        if (options.json) {
          process.stdout.write(
            `${JSON.stringify({ mode: database.mode, location: database.location, migrations }, null, 2)}\n`,
          );
          return;
        }
        const mode =
          database.mode === 'embedded'
            ? say('PostgreSQL bawaan', 'embedded PostgreSQL')
            : 'DATABASE_URL';
        process.stdout.write(`${say('Data', 'Data')}: ${pc.bold(database.location)} (${mode})\n`);
        process.stdout.write(`${say('Migrasi', 'Migrations')}:\n`);
        for (const m of migrations) {
          const state = m.appliedAt
            ? pc.green(`${say('dijalankan', 'applied')} ${m.appliedAt.toISOString()}`)
            : pc.yellow(
                say('menunggu (berjalan saat Tepat dimulai)', 'pending (runs when Tepat starts)'),
              );
          process.stdout.write(`  ${m.name.padEnd(28)} ${state}\n`);
        }
      } finally {
        await database.close();
      }
    });
}
