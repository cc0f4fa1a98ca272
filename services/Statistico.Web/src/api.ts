// Every call to the gateway goes through here: it adds the API key header and turns any non-2xx answer into an
// ApiError carrying a readable message, so no view has to interpret HTTP itself.
import { formatProblem } from './problem';
import { storedKey } from './key';

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Called on any 401, so the app can ask for a key once instead of every view reporting it. */
let unauthorizedHandler: (message: string) => void = () => {};

export function onUnauthorized(handler: (message: string) => void): void {
  unauthorizedHandler = handler;
}

export function authHeaders(): Record<string, string> {
  const key = storedKey();
  return key ? { 'X-Api-Key': key } : {};
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json', ...authHeaders() }, signal });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, `Gateway unreachable: ${(e as Error).message}`);
  }
  if (!response.ok) throw await errorOf(response);
  return (await response.json()) as T;
}

/** Reads a failed response's body (ProblemDetails JSON or text) into an ApiError; reports a 401 to the app. */
export async function errorOf(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON: keep the text.
  }
  const error = new ApiError(response.status, formatProblem(response.status, response.statusText, body));
  if (response.status === 401) unauthorizedHandler(error.message);
  return error;
}

/** Path segment / query value helpers: ids and selections come from data, never trust them in a URL raw. */
export const seg = encodeURIComponent;

export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
