import type { CallSnapshot, EndReason, RegistrationState } from './types';

/** What happened on the phone, in the order it happened. Each carries the call as it is after the change. */
export type TelephonyEvent =
  | { type: 'call-offered'; call: CallSnapshot }
  | { type: 'call-dialled'; call: CallSnapshot }
  /** The called line holds the call in its queue (182): nobody is free to take it yet. */
  | { type: 'call-queued'; call: CallSnapshot }
  | { type: 'call-answered'; call: CallSnapshot }
  | { type: 'call-held'; call: CallSnapshot }
  | { type: 'call-resumed'; call: CallSnapshot }
  | { type: 'transfer-started'; call: CallSnapshot }
  | { type: 'transfer-failed'; call: CallSnapshot; reason: EndReason }
  | { type: 'conference-started'; call: CallSnapshot }
  | { type: 'conference-ended'; call: CallSnapshot }
  /** `call.phase` is 'wrap-up' when the seat now writes the call up, 'ended' otherwise. */
  | { type: 'call-ended'; call: CallSnapshot; reason: EndReason }
  | { type: 'wrap-up-finished'; call: CallSnapshot }
  /** A supervision leg connected, changed mode, or ended (`call.supervision` says who and how). */
  | { type: 'supervision-started'; call: CallSnapshot }
  | { type: 'supervision-changed'; call: CallSnapshot }
  | { type: 'supervision-ended'; call: CallSnapshot }
  | { type: 'registration-changed'; registration: RegistrationState; previous: RegistrationState };

export type TelephonyEventType = TelephonyEvent['type'];
export type TelephonyEventOf<T extends TelephonyEventType> = Extract<TelephonyEvent, { type: T }>;

export interface TelephonyEvents {
  on<T extends TelephonyEventType>(type: T, listener: (event: TelephonyEventOf<T>) => void): () => void;
  onAny(listener: (event: TelephonyEvent) => void): () => void;
}

/**
 * A small synchronous event bus. A listener that throws is reported and does not stop the
 * others: one feature's bug must not keep the record or the seat from hearing of a call.
 */
export class TelephonyEventBus implements TelephonyEvents {
  private readonly listeners = new Set<(event: TelephonyEvent) => void>();

  on<T extends TelephonyEventType>(type: T, listener: (event: TelephonyEventOf<T>) => void): () => void {
    return this.onAny((event) => {
      if (event.type === type) listener(event as TelephonyEventOf<T>);
    });
  }

  onAny(listener: (event: TelephonyEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: TelephonyEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        // Rethrown outside the loop, so it reaches the console and the test runner as an uncaught error.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}
