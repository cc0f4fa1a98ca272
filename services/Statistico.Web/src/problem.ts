// Turns a failed API answer into one readable line. The gateway and the services answer errors as ProblemDetails
// (RFC 9457: title, status, detail; validation problems add `errors`), but a proxy or a crash may answer anything.

export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: Record<string, string[]>;
}

/** The message shown for a failed call: "401 Unauthorized: detail", plus validation errors when there are any. */
export function formatProblem(status: number, statusText: string, body: unknown): string {
  const problem = asProblem(body);
  const code = problem?.status ?? status;
  const title = problem?.title?.trim() || statusText.trim() || 'Request failed';
  let message = `${code} ${title}`;
  const detail = problem?.detail?.trim() || (typeof body === 'string' ? firstLine(body) : '');
  if (detail && detail !== title) message += `: ${detail}`;
  const errors = problem?.errors;
  if (errors && typeof errors === 'object') {
    const parts = Object.entries(errors).map(([field, msgs]) => `${field}: ${Array.isArray(msgs) ? msgs.join(' ') : String(msgs)}`);
    if (parts.length > 0) message += ` (${parts.join('; ')})`;
  }
  return message;
}

function asProblem(body: unknown): ProblemDetails | null {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return null;
  return body as ProblemDetails;
}

// A plain-text or HTML body can be long; its first line (bounded) is enough to recognise it.
function firstLine(text: string): string {
  const line = text.trim().split(/\r?\n/, 1)[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
