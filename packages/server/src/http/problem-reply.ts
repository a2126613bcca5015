/**
 * Turns errors into the JSON every API error has: `{ problem, message, hint }`, rendered from the
 * problem catalogue in the language the client asked for (`?lang=en` or Accept-Language), and an
 * HTTP status that fits. Unexpected errors get a reference number; what is logged about them is
 * the error's type and code only, never values, which may be personal data.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import {
  isTepatError,
  problem,
  problemHint,
  problemMessage,
  type Lang,
  type Problem,
  type ProblemCode,
} from '@tepat/domain';

/** Largest JSON (or other non-upload) request body; uploads have their own limit. */
export const jsonBodyLimit = 1024 * 1024;
const jsonBodyLimitText = '1 MB';

const statusOf: Partial<Record<ProblemCode, number>> = {
  'region.not_found': 404,
  'batch.not_found': 404,
  'match.no_run': 404,
  'review.not_found': 404,
  'registry.person_not_found': 404,
  'registry.family_not_found': 404,
  'registry.rule_unknown': 404,
  'release.no_previous': 404,
  'http.not_found': 404,
  'scope.region_outside': 403,
  'http.bad_request': 400,
  'http.body_too_large': 413,
  'http.internal': 500,
  'db.unreachable': 503,
  'import.job_not_found': 404,
  'profile.not_found': 404,
  'upload.sample_not_found': 404,
  'ingest.profile_unknown': 404,
  'ingest.file_too_large': 413,
  'ingest.already_imported': 409,
  'profile.builtin_read_only': 409,
  'upload.missing_file': 400,
  'auth.login_failed': 401,
  'auth.required': 401,
  'auth.rate_limited': 429,
  'auth.forbidden': 403,
  'auth.access_undeclared': 403,
  'auth.csrf': 403,
  'auth.password_change_required': 403,
  'password.wrong_current': 403,
  'user.not_found': 404,
  'user.exists': 409,
  'user.scope_outside': 403,
  'user.self': 409,
  'extract.not_found': 404,
  'extract.revoked': 403,
  'extract.expired': 410,
  'extract.already_revoked': 409,
  'extract.count_changed': 409,
};

export function requestLang(req: FastifyRequest): Lang {
  const q = (req.query as Record<string, unknown> | undefined)?.lang;
  if (q === 'en' || q === 'id') return q;
  return /^en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'id';
}

export function sendProblem(reply: FastifyReply, req: FastifyRequest, p: Problem, status?: number) {
  const lang = requestLang(req);
  return reply.status(status ?? statusOf[p.code] ?? 422).send({
    problem: p,
    message: problemMessage(p, lang),
    hint: problemHint(p, lang) ?? null,
  });
}

export function handleError(error: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (isTepatError(error)) return sendProblem(reply, req, error.problem);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const reason = error.validation.map((v) => `${v.instancePath || '/'} ${v.message}`).join('; ');
    return sendProblem(reply, req, problem('http.bad_request', { reason }));
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return sendProblem(reply, req, problem('http.body_too_large', { limit: jsonBodyLimitText }));
  }
  if (error.statusCode && error.statusCode < 500) {
    return sendProblem(
      reply,
      req,
      problem('http.bad_request', { reason: error.code ?? 'bad request' }),
      error.statusCode,
    );
  }
  const reference = randomUUID().slice(0, 8);
  req.log.error({ reference, errorType: error.name, errorCode: error.code }, 'unexpected error');
  return sendProblem(reply, req, problem('http.internal', { reference }));
}
