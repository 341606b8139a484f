/** Every error the API answers with: one shape, a closed set of codes. */
export type ErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'payload_too_large'
  | 'rate_limited'
  | 'runner_unavailable'
  | 'runner_busy'
  | 'not_found'
  | 'internal';

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  payload_too_large: 413,
  rate_limited: 429,
  runner_unavailable: 503,
  runner_busy: 503,
  not_found: 404,
  internal: 500,
};

export function errorResponse(
  code: ErrorCode,
  message: string,
  init: { headers?: Record<string, string>; details?: Record<string, unknown> } = {},
): Response {
  return Response.json(
    { error: { code, message, ...init.details } },
    { status: STATUS[code], headers: { 'cache-control': 'no-store', ...init.headers } },
  );
}
