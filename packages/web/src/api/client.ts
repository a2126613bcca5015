/**
 * The one way the web app talks to the Tepat HTTP API. Every failure becomes an `ApiError`
 * carrying the server's problem (stable code, message already in the reader's language, hint),
 * so screens can show what the server said instead of a bare status code.
 */
import i18n from 'i18next';

/** The error body every Tepat endpoint sends (rendered from the problem catalogue). */
export interface ProblemBody {
  problem: { code: string; severity: 'error' | 'warning'; data?: Record<string, unknown> };
  message: string;
  hint?: string | null;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string | undefined,
    readonly hint: string | undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function isProblemBody(body: unknown): body is ProblemBody {
  if (typeof body !== 'object' || body === null) return false;
  const b = body as Partial<ProblemBody>;
  return typeof b.message === 'string' && typeof b.problem === 'object' && b.problem !== null;
}

type QueryValue = string | readonly string[] | undefined;

/** `/api/x` plus a query string; array values repeat the key (`q=a&q=b`), undefined ones drop out. */
export function apiUrl(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    for (const v of typeof value === 'string' ? [value] : value) params.append(key, v);
  }
  const qs = params.toString();
  return qs === '' ? `/api${path}` : `/api${path}?${qs}`;
}

// The session's CSRF token (from login or /api/auth/me), echoed on every state-changing request.
// Kept in memory only: the session cookie itself is httpOnly and out of the page's reach.
let csrfToken: string | undefined;
let onUnauthorized: (() => void) | undefined;

export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Called on any 401 (no session or it ended), so the app can go to the login page. */
export function setUnauthorizedHandler(handler: (() => void) | undefined): void {
  onUnauthorized = handler;
}

function headers(method = 'GET'): Record<string, string> {
  const h: Record<string, string> = {
    accept: 'application/json',
    'accept-language': i18n.language || 'id',
  };
  if (method !== 'GET' && csrfToken !== undefined) h['x-csrf-token'] = csrfToken;
  return h;
}

/** The body of an answer, or the server's problem as an `ApiError`. */
export function answerOf<T>(status: number, body: unknown): T {
  if (status >= 200 && status < 300) return body as T;
  if (status === 401) onUnauthorized?.();
  if (isProblemBody(body)) {
    throw new ApiError(status, body.message, body.problem.code, body.hint ?? undefined);
  }
  throw new ApiError(status, i18n.t('error.status', { status }), undefined, undefined);
}

async function request<T>(path: string, init: RequestInit, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, signal: signal ?? null });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new ApiError(0, i18n.t('error.network'), undefined, undefined);
  }
  const body: unknown = res.status === 204 ? undefined : await res.json().catch(() => undefined);
  return answerOf<T>(res.status, body);
}

export function getJson<T>(
  path: string,
  query: Record<string, QueryValue> = {},
  signal?: AbortSignal,
): Promise<T> {
  return request<T>(apiUrl(path, query), { headers: headers() }, signal);
}

/** POST, PUT or DELETE with a JSON body. */
export function sendJson<T>(
  method: 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  return request<T>(
    apiUrl(path),
    {
      method,
      headers:
        body === undefined
          ? headers(method)
          : { ...headers(method), 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    },
    signal,
  );
}

/**
 * Uploads a file as multipart (field `file`). XMLHttpRequest, because fetch cannot tell how
 * much of a request body has been sent, and a 2 GB upload needs a progress bar.
 */
export function uploadFile<T>(
  path: string,
  query: Record<string, QueryValue>,
  file: File,
  onProgress: (sent: number, total: number) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(path, query));
    for (const [k, v] of Object.entries(headers('POST'))) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onerror = () => reject(new ApiError(0, i18n.t('error.network'), undefined, undefined));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      try {
        resolve(answerOf<T>(xhr.status, body));
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
