import { z } from 'zod';
import { errorCodes, statusesOf, type ErrorCode } from '../sdk/error-codes.ts';
import { endpoints, errorsOf, type Endpoint } from '../sdk/endpoints.ts';
import { ErrorBody } from '../sdk/schemas/common.ts';

type JsonSchema = Record<string, unknown>;

function schemaOf(type: z.ZodType, io: 'input' | 'output'): JsonSchema {
  // Refinements and transforms have no JSON Schema form: the document states the shape,
  // the server enforces the rest and answers 422 with the reasons.
  const json = z.toJSONSchema(type, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as JsonSchema;
  delete json.$schema;
  return json;
}

function parameters(endpoint: Endpoint) {
  const list: JsonSchema[] = [];
  for (const [where, type] of [
    ['path', endpoint.params],
    ['query', endpoint.query],
  ] as const) {
    if (!type) continue;
    const json = schemaOf(type, 'input');
    const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((json.required as string[] | undefined) ?? []);
    for (const [name, schema] of Object.entries(properties)) {
      list.push({
        name,
        in: where,
        required: where === 'path' || (required.has(name) && !('default' in schema)),
        schema,
        ...(typeof schema.description === 'string' ? { description: schema.description } : {}),
      });
    }
  }
  return list;
}

const REASONS: Record<number, string> = {
  400: 'Bad request',
  401: 'No credential, or a bad one',
  403: 'Not allowed',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict with the state of things',
  410: 'Gone',
  413: 'Body too large',
  415: 'Unsupported encoding',
  422: 'Invalid content',
  429: 'Too many requests',
  500: 'Server failure',
  503: 'Briefly unavailable',
};

/**
 * One response per status the operation can answer with, naming its codes: the schema narrows
 * `error.code` to them and the description gives each code's meaning, from the one error table.
 */
function errorResponses(endpoint: Endpoint): Record<string, unknown> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of errorsOf(endpoint)) {
    for (const status of statusesOf(code)) {
      // invalid_code answers 401 when signing in and 422 when confirming a visitor's request.
      if (code === 'invalid_code' && status !== (endpoint.path === '/auth/token' ? 401 : 422)) {
        continue;
      }
      byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
    }
  }
  const responses: Record<string, unknown> = {};
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[String(status)] = {
      description: [
        REASONS[status] ?? 'Error',
        '',
        ...codes.map((code) => `- \`${code}\`: ${errorCodes[code].meaning}`),
      ].join('\n'),
      ...(status === 429 || status === 503
        ? { headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds.' } } }
        : {}),
      content: {
        'application/json': {
          schema: {
            allOf: [
              { $ref: '#/components/schemas/Error' },
              {
                type: 'object',
                properties: { error: { type: 'object', properties: { code: { enum: codes } } } },
              },
            ],
          },
        },
      },
    };
  }
  return responses;
}

/** Alternatives, per OpenAPI: `{}` is no credential; a key object lists what goes together. */
function securityOf(endpoint: Endpoint): Record<string, string[]>[] {
  switch (endpoint.auth) {
    case 'none':
      return [{}, { bearer: [] }, { publishableKey: [] }, { bearer: [], publishableKey: [] }];
    case 'visitor':
      return [{ bearer: [] }, { publishableKey: [] }, { bearer: [], publishableKey: [] }];
    default:
      return [{ bearer: [] }];
  }
}

/** The OpenAPI 3.1 document, generated from the same endpoint table the server mounts. */
export function buildOpenApi(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, endpoint] of Object.entries(endpoints) as [string, Endpoint][]) {
    const path = endpoint.path.replace(/:(\w+)/g, '{$1}');
    const success = endpoint.response
      ? {
          [String(endpoint.status ?? 200)]: {
            description: 'OK',
            content: { 'application/json': { schema: schemaOf(endpoint.response, 'output') } },
          },
        }
      : { '204': { description: 'No content' } };
    const headers = endpoint.idempotent
      ? [
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: false,
            description:
              'Retrying with the same key and body replays the first answer instead of creating again.',
            schema: { type: 'string', maxLength: 255 },
          },
        ]
      : [];
    (paths[path] ??= {})[endpoint.method.toLowerCase()] = {
      operationId: name,
      summary: endpoint.summary,
      tags: [endpoint.tag],
      security: securityOf(endpoint),
      parameters: [...parameters(endpoint), ...headers],
      ...(endpoint.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: schemaOf(endpoint.body, 'input') } },
            },
          }
        : {}),
      responses: {
        ...success,
        ...errorResponses(endpoint),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tehostamo API',
      version: '1.0.0',
      description:
        "Peer help for non-profit organisations' support services. Every error is " +
        '`{ "error": { "code", "message", "details"? } }`.',
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'A sign-in token (`tht_…`, from POST /auth/token) or a secret key (`sk_…`).',
        },
        publishableKey: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Publishable-Key',
          description:
            "An organisation's publishable key (`pk_…`), safe in a page: it narrows what is read " +
            "to the organisation's view and lets visitors send help requests. From a browser, " +
            "the page's origin must be one of the key's allowed origins.",
        },
      },
      schemas: { Error: schemaOf(ErrorBody, 'output') },
    },
    paths,
  };
}
