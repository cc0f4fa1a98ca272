// A text/event-stream parser fed arbitrary chunks. EventSource cannot send the X-Api-Key header, so the UI reads
// /api/events with fetch and a stream reader; chunks then split lines, fields and even "\r\n" pairs anywhere.
// Follows the WHATWG event-stream rules the UI needs: event/data/id/retry fields, comments, CR/LF/CRLF line ends.

export interface SseEvent {
  event: string;
  data: string;
  id: string | null;
}

export class SseParser {
  private buffer = '';
  private eventType = '';
  private data: string[] = [];
  private lastId: string | null = null;
  /** The server's requested reconnect delay (ms), when it sent one. */
  retry: number | null = null;

  /** Feeds one decoded chunk; answers the events it completed. */
  push(chunk: string): SseEvent[] {
    this.buffer += chunk;
    const events: SseEvent[] = [];
    let start = 0;
    for (let i = 0; i < this.buffer.length; i++) {
      const c = this.buffer[i];
      if (c !== '\n' && c !== '\r') continue;
      // A CR at the very end may be the first half of a CRLF split across chunks: wait for the next chunk.
      if (c === '\r' && i === this.buffer.length - 1) break;
      this.line(this.buffer.slice(start, i), events);
      if (c === '\r' && this.buffer[i + 1] === '\n') i++;
      start = i + 1;
    }
    this.buffer = this.buffer.slice(start);
    return events;
  }

  /** The stream ended: a trailing CR still ends its line, but an event without its blank line is dropped (per spec). */
  end(): SseEvent[] {
    const events: SseEvent[] = [];
    if (this.buffer.endsWith('\r')) this.line(this.buffer.slice(0, -1), events);
    this.buffer = '';
    this.eventType = '';
    this.data = [];
    return events;
  }

  private line(line: string, events: SseEvent[]): void {
    if (line === '') {
      if (this.data.length > 0) {
        events.push({ event: this.eventType || 'message', data: this.data.join('\n'), id: this.lastId });
      }
      this.eventType = '';
      this.data = [];
      return;
    }
    if (line.startsWith(':')) return; // a comment (keep-alive)
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'event':
        this.eventType = value;
        break;
      case 'data':
        this.data.push(value);
        break;
      case 'id':
        if (!value.includes('\0')) this.lastId = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) this.retry = Number(value);
        break;
      default:
        break; // unknown fields are ignored
    }
  }
}
