import type { EndReason, RegistrationFailure } from './types';

export function microphoneConstraints(deviceId: string | null): MediaStreamConstraints {
  return {
    // `ideal`, not `exact`: a headset unplugged since it was chosen must not leave the seat without a microphone.
    audio: deviceId ? { deviceId: { ideal: deviceId } } : true,
    video: false,
  };
}

/** getUserMedia failures as a counsellor can act on them: allow the microphone, or plug one in. */
export function classifyMediaError(error: unknown): 'microphone-denied' | 'no-microphone' | null {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'microphone-denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError') return 'no-microphone';
  return null;
}

/** Checks the microphone before the seat registers, so a blocked one shows before a caller rings. */
export async function probeMicrophone(deviceId: string | null): Promise<RegistrationFailure | null> {
  if (!navigator.mediaDevices?.getUserMedia) return 'unsupported-browser';
  try {
    const stream = await navigator.mediaDevices.getUserMedia(microphoneConstraints(deviceId));
    stream.getTracks().forEach((track) => track.stop());
    return null;
  } catch (error) {
    return classifyMediaError(error) ?? 'no-microphone';
  }
}

/** SIP final responses to an outgoing call, as the reason the counsellor is shown. */
export function endReasonFromStatus(statusCode: number): EndReason {
  if (statusCode === 486 || statusCode === 600) return 'busy';
  if (statusCode === 404 || statusCode === 484 || statusCode === 604) return 'not-found';
  if (statusCode === 480 || statusCode === 410) return 'unavailable';
  if (statusCode === 408 || statusCode === 487) return 'no-answer';
  if (statusCode === 403 || statusCode === 603) return 'rejected';
  return 'failed';
}

export async function routeToSpeaker(element: HTMLMediaElement, speakerId: string | null): Promise<void> {
  // setSinkId is missing in some browsers (older Firefox, Safari): the system output is used there.
  if (speakerId && 'setSinkId' in element) await element.setSinkId(speakerId);
}
