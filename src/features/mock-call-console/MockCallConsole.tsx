import { useState, type ReactNode } from 'react';
import { LiveMockCall } from './LiveMockCall';
import { MockCallSetup, type StartedMockCall } from './MockCallSetup';

/**
 * The trainer's mock-call console: set one up, then run it. One mock call at a time; the page
 * supplies the phone's status, the whisper control and where to go once a call has ended.
 */
export function MockCallConsole({
  trainerName,
  canDial,
  phoneStatus,
  whisper,
  onEnded,
}: {
  trainerName: string;
  /** The console's phone is registered: it can place the call and take practice transfers. */
  canDial: boolean;
  phoneStatus: ReactNode;
  whisper?: (traineeCallId: string) => ReactNode;
  onEnded: (trainingCallId: string) => void;
}) {
  const [call, setCall] = useState<StartedMockCall | null>(null);
  return (
    <div className="flex h-full min-h-0 flex-col gap-3">
      <div className="shrink-0">{phoneStatus}</div>
      {call ? (
        <LiveMockCall call={call} whisper={whisper} onEnded={onEnded} onBack={() => setCall(null)} />
      ) : (
        <MockCallSetup trainerName={trainerName} canDial={canDial} onStarted={setCall} />
      )}
    </div>
  );
}
