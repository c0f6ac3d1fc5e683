/**
 * jsdom has no EventSource. This one reads the stream with fetch, so msw answers it like any
 * other request, and does what the browser's does as far as the SPA relies on it: named events,
 * open and error, reconnecting (after `retryMs`) when the stream ends, closed for good on a
 * non-200 answer or close().
 */
export class FetchEventSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static retryMs = 10;

  readyState = FetchEventSource.CONNECTING;
  onopen: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  readonly url: string;
  private abort = new AbortController();

  constructor(url: string) {
    super();
    this.url = new URL(url, document.baseURI).toString();
    void this.connect();
  }

  close(): void {
    this.readyState = FetchEventSource.CLOSED;
    this.abort.abort();
  }

  private emit(event: Event): void {
    if (event.type === 'open') this.onopen?.(event);
    if (event.type === 'error') this.onerror?.(event);
    this.dispatchEvent(event);
  }

  private async connect(): Promise<void> {
    try {
      const response = await fetch(this.url, { headers: { accept: 'text/event-stream' }, signal: this.abort.signal });
      if (response.status !== 200 || !response.body) {
        this.readyState = FetchEventSource.CLOSED;
        this.emit(new Event('error'));
        return;
      }
      this.readyState = FetchEventSource.OPEN;
      this.emit(new Event('open'));
      await this.read(response.body);
    } catch {
      // Aborted by close(), or the network failed: the latter is retried below.
    }
    if (this.readyState === FetchEventSource.CLOSED) return;
    this.readyState = FetchEventSource.CONNECTING;
    this.emit(new Event('error'));
    setTimeout(() => void this.connect(), FetchEventSource.retryMs);
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const type = /^event: (.*)$/m.exec(frame)?.[1] ?? 'message';
        const data = frame
          .split('\n')
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).trimStart())
          .join('\n');
        if (!frame.startsWith(':')) this.dispatchEvent(new MessageEvent(type, { data }));
      }
    }
  }
}
