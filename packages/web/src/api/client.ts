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

export async function getJson<T>(
  path: string,
  query: Record<string, QueryValue> = {},
  signal?: AbortSignal,
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(apiUrl(path, query), {
      signal,
      headers: { accept: 'application/json', 'accept-language': i18n.language || 'id' },
    });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new ApiError(0, i18n.t('error.network'), undefined, undefined);
  }
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    if (isProblemBody(body)) {
      throw new ApiError(res.status, body.message, body.problem.code, body.hint ?? undefined);
    }
    throw new ApiError(
      res.status,
      i18n.t('error.status', { status: res.status }),
      undefined,
      undefined,
    );
  }
  return body as T;
}
