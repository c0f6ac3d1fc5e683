import { http, HttpResponse } from 'msw';
import { api, LiveEvent, type LiveSnapshot } from '../contract';

const encoder = new TextEncoder();
const frame = (event: LiveEvent) => encoder.encode(`event: ${event.type}\ndata: ${JSON.stringify(LiveEvent.parse(event))}\n\n`);

/** A live centre with nothing happening: the snapshot a stream starts with unless a test gives one. */
export const emptySnapshot = (): LiveSnapshot => ({ at: new Date().toISOString(), seats: [], queue: [], alerts: [] });

export interface MockLiveStream {
  /** The msw handler of GET /api/events: every connection starts with the current snapshot. */
  handler: ReturnType<typeof http.get>;
  /** Sends an event (checked against the contract) to every open stream. */
  push(event: LiveEvent): void;
  /** What the next connection's snapshot holds. */
  setSnapshot(snapshot: LiveSnapshot): void;
  /** Ends every open stream, as a restarting API does; the client reconnects. */
  dropAll(): void;
  /** How many times a client has connected. */
  readonly connections: number;
}

/** For component tests: `mockServer.use(stream.handler)`, then push events as the API would. */
export function mockLiveStream(snapshot: LiveSnapshot = emptySnapshot()): MockLiveStream {
  let current = snapshot;
  let connections = 0;
  const open = new Set<ReadableStreamDefaultController<Uint8Array>>();
  return {
    handler: http.get(api.events.path, () => {
      connections += 1;
      let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
      const body = new ReadableStream<Uint8Array>({
        start(c) {
          controller = c;
          open.add(c);
          c.enqueue(frame({ type: 'snapshot', snapshot: current }));
        },
        cancel() {
          if (controller) open.delete(controller);
        },
      });
      return new HttpResponse(body, { headers: { 'content-type': 'text/event-stream' } });
    }),
    push(event) {
      for (const controller of open) controller.enqueue(frame(event));
    },
    setSnapshot(next) {
      current = next;
    },
    dropAll() {
      for (const controller of open) controller.close();
      open.clear();
    },
    get connections() {
      return connections;
    },
  };
}
