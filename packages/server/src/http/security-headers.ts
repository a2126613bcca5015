/**
 * Security headers on every response, the app's own pages and the API alike (set on request, so
 * errors and 404s carry them too). The Content Security Policy allows only Tepat's own origin:
 * scripts from files only (no inline script, no eval), so a name carrying `<script>` that slipped
 * past React's escaping still could not run. Styles may be inline: Mantine writes its CSS
 * variables in a `<style>` element at run time and the charts and map set style attributes;
 * an injected style cannot run code. Images may be `data:`/`blob:` (charts, map tiles drawn in
 * the page, the .xlsx download). API answers are never cached: they hold personal data.
 */
import type { FastifyInstance } from 'fastify';

export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const headers = {
  'content-security-policy': contentSecurityPolicy,
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
} as const;

export function securityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', (_req, reply, done) => {
    reply.headers(headers);
    done();
  });
  app.addHook('onSend', (req, reply, payload, done) => {
    if (
      req.url.startsWith('/api/') &&
      !req.url.startsWith('/api/docs') &&
      !reply.hasHeader('cache-control')
    ) {
      reply.header('cache-control', 'no-store');
    }
    done(null, payload);
  });
}
