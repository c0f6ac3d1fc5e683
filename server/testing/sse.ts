import type { LiveEvent } from '../../src/contract';

/** What a test reads from an event stream: parsed events, and the comment lines (heartbeats). */
export type SseItem = { event: LiveEvent } | { comment: string };

export interface SseReader {
  /** The next event, heartbeats skipped; fails if the stream ends first. */
  next(): Promise<LiveEvent>;
  /** The next event or comment, or 'end' when the server closed the stream. */
  nextItem(): Promise<SseItem | 'end'>;
  close(): Promise<void>;
}

/** Reads a text/event-stream body frame by frame, the way EventSource does. */
export function readSse(res: Response): SseReader {
  if (!res.body) throw new Error('no body');
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';

  async function nextItem(): Promise<SseItem | 'end'> {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (frame.startsWith(':')) return { comment: frame.slice(1).trim() };
        const data = frame
          .split('\n')
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).trimStart())
          .join('\n');
        const event = JSON.parse(data) as LiveEvent;
        const type = /^event: (.*)$/m.exec(frame)?.[1];
        if (type !== event.type) throw new Error(`event line ${type} does not match data type ${event.type}`);
        return { event };
      }
      const { done, value } = await reader.read();
      if (done) return 'end';
      buffer += value;
    }
  }

  return {
    nextItem,
    async next() {
      for (;;) {
        const item = await nextItem();
        if (item === 'end') throw new Error('stream ended');
        if ('event' in item) return item.event;
      }
    },
    close: () => reader.cancel(),
  };
}
