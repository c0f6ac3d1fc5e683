import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
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
