// The door's last line before any handler, hook or database sees a request: refuses JSON nested
// deeper than any real body (recursive code — hashing, validation, jsonb — would overflow its
// stack) and any NUL or unpaired surrogate in a path parameter, query value or body string (the
// database cannot store them; "%00" in an id must be a 400, not a failed query).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { describeStorableError, STORABLE_TEXT_PATTERN } from '../../core/storable';
import { ApiError } from './api-error';

/** Deeper than any body this service accepts (the till's sale is about 6 levels). */
export const MAX_JSON_DEPTH = 64;

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route checks its body item by item and records bad items instead of refusing the whole
     * request (the sync push: one poison mutation must not block the outbox). It must then never
     * recurse over an item unbounded (the push cuts a rejected payload at 64 levels).
     */
    bodyCheckedPerItem?: boolean;
  }
}

// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

type Problem = { path: string; kind: 'depth' } | { path: string; kind: 'text'; value: string };

/** Walks a parsed value without recursion; the first problem found, or null. */
export function findInputProblem(root: unknown): Problem | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (UNSTORABLE.test(value)) return { path, kind: 'text', value };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) return { path, kind: 'depth' };
    for (const [key, item] of Object.entries(value)) {
      const itemPath = path ? `${path}.${key}` : key;
      if (UNSTORABLE.test(key)) return { path: JSON.stringify(itemPath).slice(1, -1), kind: 'text', value: key };
      stack.push({ value: item, path: itemPath, depth: depth + 1 });
    }
  }
  return null;
}

function refuse(problem: Problem, where: string): ApiError {
  if (problem.kind === 'depth') {
    return new ApiError(
      'invalid_request',
      'json_too_deep',
      `The ${where} is nested deeper than ${MAX_JSON_DEPTH} levels.`,
      problem.path ? { param: problem.path } : {},
    );
  }
  const reason = describeStorableError({ keyword: 'pattern', params: { pattern: STORABLE_TEXT_PATTERN } }, problem.value);
  const name = problem.path ? `"${problem.path}"` : `the ${where}`;
  return new ApiError('invalid_request', 'parameter_invalid', `Invalid ${name}: ${reason}.`, problem.path ? { param: problem.path } : {});
}

function check(request: FastifyRequest): void {
  const parts: [unknown, string][] = [
    [request.params, 'path'],
    [request.query, 'query string'],
  ];
  // A picture upload's body is bytes (http/image-body.ts), not parsed JSON.
  if (request.routeOptions.config?.bodyCheckedPerItem !== true && !Buffer.isBuffer(request.body)) parts.push([request.body, 'request body']);
  for (const [value, where] of parts) {
    const problem = findInputProblem(value);
    if (problem) throw refuse(problem, where);
  }
}

/** Registered on the root before the feature plugins, so it runs before their preValidation hooks. */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => check(request));
}
