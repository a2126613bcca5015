/** SQL of the profiles a steward saved in the web app (table `source_profile`, migration 0004). */
import { sql } from 'kysely';
import type { Db } from '../db/index.js';

export function findSavedProfile(db: Db, name: string) {
  return db
    .selectFrom('source_profile')
    .select(['name', 'profile', 'updated_at', 'updated_by'])
    .where('name', '=', name)
    .executeTakeFirst();
}

export function listSavedProfiles(db: Db) {
  return db
    .selectFrom('source_profile')
    .select(['name', 'profile', 'updated_at', 'updated_by'])
    .orderBy('name')
    .execute();
}

/** Inserts or replaces; tells which it was. */
export async function upsertSavedProfile(
  db: Db,
  name: string,
  profile: unknown,
  by: string,
): Promise<{ created: boolean }> {
  const row = await db
    .insertInto('source_profile')
    .values({ name, profile: JSON.stringify(profile), updated_by: by })
    .onConflict((oc) =>
      oc.column('name').doUpdateSet({
        profile: (eb) => eb.ref('excluded.profile'),
        updated_by: (eb) => eb.ref('excluded.updated_by'),
        updated_at: sql`now()`,
      }),
    )
    .returning(sql<boolean>`(xmax = 0)`.as('created'))
    .executeTakeFirstOrThrow();
  return { created: row.created };
}

export async function deleteSavedProfile(db: Db, name: string): Promise<boolean> {
  const result = await db.deleteFrom('source_profile').where('name', '=', name).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
