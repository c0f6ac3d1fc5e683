import { intakeRiskLevel, type CreateHandoffRequest, type Intake } from '../../contract';

/** A random token the receiving side presents to read the packet (base64url, 32 bytes). */
export function newHandoffToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** What 110 / 120 is told about a caller in danger, taken from the intake form as it stands. */
export function handoffRequest(intake: Intake, targetNumber: string): CreateHandoffRequest {
  return {
    id: crypto.randomUUID(),
    token: newHandoffToken(),
    targetNumber,
    location: intake.imminent.location,
    callbackNumber: intake.imminent.callbackNumber,
    riskLevel: intakeRiskLevel(intake),
    means: intake.imminent.means,
    timeTaken: intake.imminent.timeTaken,
    callerState: intake.imminent.callerState,
    othersPresent: intake.imminent.othersPresent,
  };
}
