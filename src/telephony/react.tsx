import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { TelephonyEventOf, TelephonyEventType } from './events';
import type { Telephony, TelephonyState } from './types';

const TelephonyContext = createContext<Telephony | null>(null);

export function TelephonyProvider({ telephony, children }: { telephony: Telephony; children: ReactNode }) {
  return <TelephonyContext.Provider value={telephony}>{children}</TelephonyContext.Provider>;
}

export function useTelephony(): Telephony {
  const telephony = useContext(TelephonyContext);
  if (!telephony) throw new Error('useTelephony needs a TelephonyProvider');
  return telephony;
}

export function useTelephonyState<T>(selector: (state: TelephonyState) => T): T {
  return useStore(useTelephony().store, selector);
}

/** Runs `listener` for every event of this type while the component is mounted (the newest listener). */
export function useTelephonyEvent<T extends TelephonyEventType>(type: T, listener: (event: TelephonyEventOf<T>) => void): void {
  const telephony = useTelephony();
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => telephony.events.on(type, (event) => latest.current(event)), [telephony, type]);
}
