// The page's one way to call the back-office JSON API: same-origin fetch with the session cookie
// and, on writes, the session's CSRF token; errors come back as ApiFailure with the server's message.
// While "View test data" is on, every request asks for the test-mode view (test-view.tsx).
import { isTestView } from './test-view';

export interface ErrorBody {
  error: { type: string; code: string; message: string; param?: string; request_id: string };
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly param?: string,
  ) {
    super(message);
  }
}

let csrfToken = '';
let onSignedOut: () => void = () => undefined;

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** Called when any request finds the session gone (expired, signed out elsewhere). */
export function setSignedOutHandler(handler: () => void): void {
  onSignedOut = handler;
}

export async function api<T>(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  if (isTestView()) headers['x-pos-view'] = 'test';
  const res = await fetch(`/backoffice/api${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return readResponse<T>(res);
}

/** PUTs a file's bytes as they are (a product picture); the answer is read like any other. */
export async function upload<T>(path: string, file: Blob): Promise<T> {
  const res = await fetch(`/backoffice/api${path}`, {
    method: 'PUT',
    headers: { accept: 'application/json', 'content-type': file.type || 'application/octet-stream', 'x-csrf-token': csrfToken },
    credentials: 'same-origin',
    body: file,
  });
  return readResponse<T>(res);
}

async function readResponse<T>(res: Response): Promise<T> {
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    throw new ApiFailure(res.status, 'bad_response', `The server answered ${res.status} without JSON.`);
  }
  if (!res.ok) {
    const error = (json as ErrorBody | null)?.error;
    if (res.status === 401 && error?.code === 'not_signed_in') onSignedOut();
    throw new ApiFailure(res.status, error?.code ?? 'unknown', error?.message ?? `Request failed (${res.status}).`, error?.param);
  }
  return json as T;
}

export const get = <T>(path: string) => api<T>('GET', path);
export const post = <T>(path: string, body?: unknown) => api<T>('POST', path, body);
export const patch = <T>(path: string, body: unknown) => api<T>('PATCH', path, body);
export const del = <T>(path: string) => api<T>('DELETE', path);

export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  const s = search.toString();
  return s ? `?${s}` : '';
}

/** Updates item `id` of `collection` (PATCH with `body`) or, without an id, creates one (POST with `body` and `createOnly`). */
export function save<T>(collection: string, id: string | undefined, body: object, createOnly: object = {}): Promise<T> {
  return id ? patch<T>(`${collection}/${encodeURIComponent(id)}`, body) : post<T>(collection, { ...body, ...createOnly });
}
