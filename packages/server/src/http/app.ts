/**
 * Assembles the HTTP app: the access gate (sessions, CSRF, roles) in front of every API route, zod
 * validation and OpenAPI (`/api/docs`, `/api/docs/json`), errors as
 * catalogued problems, compression, the capabilities' routes, and the built web app at `/` with
 * client-side routes falling back to `index.html`. Request logs name the route pattern, never the
 * URL itself, whose query may carry a name or a NIK.
 */
import compress from '@fastify/compress';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { problem } from '@tepat/domain';
import { registerAccess, type AccessOptions } from '../access/index.js';
import { auditRoutes, clientExportRoutes, installRequestAudit } from '../audit/index.js';
import type { Database } from '../db/index.js';
import { extractRoutes } from '../extracts/index.js';
import { ingestRoutes, profileRoutes, type UploadLimits } from '../ingest/index.js';
import { matchingRoutes } from '../matching/index.js';
import { regionRoutes } from '../regions/index.js';
import { registryRoutes } from '../registry/index.js';
import { releaseRoutes } from '../releases/index.js';
import { TEPAT_VERSION } from '../version.js';
import { healthRoutes } from './health.routes.js';
import { handleError, jsonBodyLimit, sendProblem } from './problem-reply.js';
import { securityHeaders } from './security-headers.js';

export interface AppOptions {
  database: Database;
  /** Folder of the built web app (packages/web/dist); not served when absent. */
  webRoot?: string | undefined;
  logLevel?: 'silent' | 'error' | 'warn' | 'info';
  /** Where log lines go (standard output unless told: tests read them). */
  logStream?: { write(line: string): unknown } | undefined;
  /** Uploads (imports, sample files): 2 GB into the system's temporary folder unless told. */
  uploads?: Partial<UploadLimits>;
  /** Session cookie, login rate limit and clock (see access/README.md). */
  access?: AccessOptions;
}

/**
 * A path as an error message may show it: route words kept, any other segment (a number, a name
 * someone put in an address) as `…`, so no NIK or name is echoed.
 */
const routeWords = (path: string) =>
  path
    .split('/')
    .map((s) => (s === '' || /^[a-z][a-z0-9-]*(\.[a-z]+)?$/.test(s) ? s : '…'))
    .join('/');

export async function buildApp({
  database,
  webRoot,
  logLevel = 'warn',
  logStream,
  uploads,
  access,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: logLevel,
      ...(logStream && { stream: logStream }),
      serializers: {
        req: (req) => ({ method: req.method, route: req.routeOptions?.url }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
    },
    bodyLimit: jsonBodyLimit,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  securityHeaders(app);

  await app.register(compress, { global: true, threshold: 2048 });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Tepat API',
        version: TEPAT_VERSION,
        description:
          'One poverty data set for a TKPK. Errors are `{ problem, message, hint }`; `?lang=en` for English.',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  // Before every route: the access gate refuses any /api route that does not say who may use it.
  await registerAccess(app, database.db, access);
  installRequestAudit(app, database.db);
  healthRoutes(app, database);
  regionRoutes(app, database.db);
  releaseRoutes(app, database.db);
  matchingRoutes(app, database.db);
  registryRoutes(app, database.db);
  extractRoutes(app, database.db);
  auditRoutes(app, database.db);
  clientExportRoutes(app);
  await app.register(multipart);
  const limits: UploadLimits = {
    maxBytes: uploads?.maxBytes ?? 2 * 1024 ** 3,
    dir: uploads?.dir ?? join(tmpdir(), 'tepat-uploads'),
  };
  ingestRoutes(app, database, limits);
  profileRoutes(app, database.db, limits);

  const hasWeb = webRoot !== undefined && existsSync(`${webRoot}/index.html`);
  if (hasWeb) await app.register(fastifyStatic, { root: webRoot, wildcard: false });
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '/';
    if (hasWeb && req.method === 'GET' && !path.startsWith('/api/'))
      return reply.sendFile('index.html');
    return sendProblem(reply, req, problem('http.not_found', { path: routeWords(path) }), 404);
  });
  return app;
}
