import { describe, expect, it } from 'vitest';
import { SseParser, type SseEvent } from '../src/sse';

const summary = 'event: summary\ndata: {"trader":null,"warehouse":null}\n\n';

function feed(chunks: string[]): SseEvent[] {
  const parser = new SseParser();
  return [...chunks.flatMap((c) => parser.push(c)), ...parser.end()];
}

describe('SseParser', () => {
  it('parses a whole event', () => {
    expect(feed([summary])).toEqual([{ event: 'summary', data: '{"trader":null,"warehouse":null}', id: null }]);
  });

  it('gives the same events however the text is split into chunks', () => {
    const text = summary + ': keep-alive\n\n' + 'event: summary\r\ndata: {"a":1}\r\n\r\n' + 'data: x\rdata: y\r\r';
    const whole = feed([text]);
    expect(whole.map((e) => e.data)).toEqual(['{"trader":null,"warehouse":null}', '{"a":1}', 'x\ny']);
    for (let size = 1; size <= 7; size++) {
      const chunks: string[] = [];
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
      expect(feed(chunks), `chunk size ${size}`).toEqual(whole);
    }
    // Every two-way split, including between the \r and \n of a CRLF.
    for (let i = 0; i <= text.length; i++) expect(feed([text.slice(0, i), text.slice(i)]), `split at ${i}`).toEqual(whole);
  });

  it('does not emit an event until its blank line arrives', () => {
    const parser = new SseParser();
    expect(parser.push('event: summary\ndata: {"a"')).toEqual([]);
    expect(parser.push(':1}\n')).toEqual([]);
    expect(parser.push('\n')).toEqual([{ event: 'summary', data: '{"a":1}', id: null }]);
  });

  it('drops an event cut off by the end of the stream', () => {
    expect(feed(['event: summary\ndata: {"a":1}\n'])).toEqual([]);
  });

  it('joins data lines, defaults the type to message, keeps ids and reads retry', () => {
    const parser = new SseParser();
    const events = parser.push('id: 7\ndata:one\ndata: two\nretry: 3000\nunknown: z\n\n');
    expect(events).toEqual([{ event: 'message', data: 'one\ntwo', id: '7' }]);
    expect(parser.retry).toBe(3000);
  });

  it('ignores a block with no data and resets the type after each event', () => {
    expect(feed(['event: summary\n\ndata: plain\n\n'])).toEqual([{ event: 'message', data: 'plain', id: null }]);
  });

  it('keeps a value that itself contains colons', () => {
    expect(feed(['data: {"at":"2026-12-07T10:00:00Z"}\n\n'])[0].data).toBe('{"at":"2026-12-07T10:00:00Z"}');
  });
});
