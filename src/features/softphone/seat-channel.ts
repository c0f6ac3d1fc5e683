/**
 * Tabs of one browser tell each other when one takes a seat, so the older tab stops at once
 * instead of waiting for its next REGISTER refresh to be refused. The message names the SIP
 * identity (a staff extension), never a caller.
 */
export interface SeatClaim {
  type: 'claim';
  sipUsername: string;
  tabId: string;
}

const CHANNEL = 'workstation-seat';

export function announceSeatClaim(claim: Omit<SeatClaim, 'type'>): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ type: 'claim', ...claim } satisfies SeatClaim);
  channel.close();
}

export function onSeatClaim(listener: (claim: SeatClaim) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<SeatClaim>) => {
    if (event.data?.type === 'claim') listener(event.data);
  };
  return () => channel.close();
}
