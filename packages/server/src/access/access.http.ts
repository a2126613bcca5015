/** Everything access adds to the HTTP app: the gate (cookies, rate limit, hook) and its routes. */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/index.js';
import { registerAccessGate, type AccessOptions } from './access-hook.js';
import { authRoutes } from './auth.routes.js';
import { userRoutes } from './users.routes.js';

/** Call before any other route is added, so that the gate stands in front of all of them. */
export async function registerAccess(
  app: FastifyInstance,
  db: Db,
  options: AccessOptions = {},
): Promise<void> {
  await registerAccessGate(app, db, options);
  authRoutes(app, db, options);
  userRoutes(app, db);
}
