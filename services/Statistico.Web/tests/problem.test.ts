import { describe, expect, it } from 'vitest';
import { formatProblem } from '../src/problem';

describe('formatProblem', () => {
  it('shows status, title and detail of a ProblemDetails body', () => {
    expect(formatProblem(401, 'Unauthorized', { title: 'Unauthorized', status: 401, detail: 'The X-Api-Key header is missing or wrong.' }))
      .toBe('401 Unauthorized: The X-Api-Key header is missing or wrong.');
  });

  it('lists validation errors', () => {
    expect(formatProblem(400, 'Bad Request', { title: 'One or more validation errors occurred.', status: 400, errors: { pageSize: ['page from 1; pageSize from 1 to 500.'] } }))
      .toBe('400 One or more validation errors occurred. (pageSize: page from 1; pageSize from 1 to 500.)');
  });

  it('falls back to the HTTP status text when there is no title', () => {
    expect(formatProblem(502, 'Bad Gateway', null)).toBe('502 Bad Gateway');
    expect(formatProblem(503, '', {})).toBe('503 Request failed');
  });

  it('shows the first line of a text body', () => {
    expect(formatProblem(500, 'Internal Server Error', 'boom\nstack trace...')).toBe('500 Internal Server Error: boom');
  });

  it('does not repeat a detail equal to the title', () => {
    expect(formatProblem(404, 'Not Found', { title: 'Not Found', detail: 'Not Found' })).toBe('404 Not Found');
  });
});
