// Request validation: bodies are strict (no type coercion, unknown fields rejected), while query
// strings and path params are coerced from text ("?limit=10" is the number 10).
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

function makeAjv(coerceTypes: boolean | 'array'): Ajv {
  const ajv = new Ajv({ coerceTypes, useDefaults: true, removeAdditional: false, allErrors: false, strict: false });
  addFormats(ajv);
  return ajv;
}

const strict = makeAjv(false);
const coercing = makeAjv('array');

export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? strict : coercing;
  return ajv.compile(schema) as ReturnType<FastifySchemaCompiler<object>>;
};

/** A readable sentence and the offending parameter for the first validation error. */
export function describeValidationError(
  errors: ErrorObject[] | readonly { instancePath?: string; message?: string; keyword?: string; params?: Record<string, unknown> }[],
  context: string,
): { message: string; param: string | undefined } {
  const first = errors[0];
  if (!first) return { message: `Invalid ${context}.`, param: undefined };
  const path = (first.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
  const params = (first.params ?? {}) as Record<string, unknown>;
  if (first.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    const param = path ? `${path}.${params.additionalProperty}` : params.additionalProperty;
    return { message: `Unknown field "${param}" in ${context}.`, param };
  }
  if (first.keyword === 'required' && typeof params.missingProperty === 'string') {
    const param = path ? `${path}.${params.missingProperty}` : params.missingProperty;
    return { message: `Missing required field "${param}" in ${context}.`, param };
  }
  const where = path ? `"${path}"` : context;
  if (first.keyword === 'enum' && Array.isArray(params.allowedValues)) {
    return { message: `Invalid ${where}: must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}.`, param: path || undefined };
  }
  return { message: `Invalid ${where}: ${first.message ?? 'invalid value'}.`, param: path || undefined };
}
