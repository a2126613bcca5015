/** HTTP door of user administration (administrators only, within their own region scope). */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessGroups } from '@tepat/domain';
import { requestActor } from '../audit/index.js';
import type { Db } from '../db/index.js';
import { IssuedUserSchema, NewUserInputSchema, UserSchema } from './access.js';
import {
  actorOf,
  createUser,
  disableUser,
  enableUser,
  listUsers,
  resetPassword,
} from './users.service.js';

const tags = ['Akses / Access'];
const config = { access: accessGroups.admin };
const UsernameParams = z.object({ username: z.string().min(1).max(64) });

export function userRoutes(app: FastifyInstance, db: Db): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const actor = (req: FastifyRequest) => actorOf(req.user, requestActor(req));

  r.get('/api/users', {
    config,
    schema: {
      tags,
      summary: "Users within the administrator's region scope",
      response: { 200: z.object({ items: z.array(UserSchema) }) },
    },
    handler: async (req) => ({ items: await listUsers(db, actor(req)) }),
  });

  r.post('/api/users', {
    config,
    schema: {
      tags,
      summary:
        'Create a user; without `password` a one-time password is generated and returned once',
      body: NewUserInputSchema,
      response: { 201: IssuedUserSchema },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await createUser(db, req.body, actor(req))),
  });

  r.post('/api/users/:username/disable', {
    config,
    schema: {
      tags,
      summary: 'Disable a user: no more logins, every session ends',
      params: UsernameParams,
      response: { 200: UserSchema },
    },
    handler: (req) => disableUser(db, req.params.username, actor(req)),
  });

  r.post('/api/users/:username/enable', {
    config,
    schema: {
      tags,
      summary: 'Enable a disabled user again, with the password they had',
      params: UsernameParams,
      response: { 200: UserSchema },
    },
    handler: (req) => enableUser(db, req.params.username, actor(req)),
  });

  r.post('/api/users/:username/reset-password', {
    config,
    schema: {
      tags,
      summary: 'Reset a password: a one-time password unless one is given; unlocks; sessions end',
      params: UsernameParams,
      body: z.object({ password: z.string().min(1).max(1024).optional() }).nullish(),
      response: { 200: IssuedUserSchema },
    },
    handler: (req) => resetPassword(db, req.params.username, actor(req), req.body?.password),
  });
}
