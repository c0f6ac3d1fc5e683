import { describe, expect, it } from 'vitest';
import { CreateHandoffRequest, emptyIntake, emptyLifeline } from '../../contract';
import { handoffRequest, newHandoffToken } from './handoff';

describe('handoffRequest', () => {
  it('carries what the counsellor entered, with the risk level the form computes', () => {
    const intake = emptyIntake('0591');
    const request = handoffRequest(
      {
        ...intake,
        lifeline: { ...emptyLifeline, intent: { ...emptyLifeline.intent, attemptInProgress: true } },
        imminent: {
          location: '福州大学旗山校区 12 号楼 5 楼',
          callbackNumber: '13800138000',
          means: '安眠药约 30 片',
          timeTaken: '01:30 左右',
          callerState: '说话含糊',
          othersPresent: 'no',
        },
      },
      '120',
    );
    expect(request).toMatchObject({
      targetNumber: '120',
      location: '福州大学旗山校区 12 号楼 5 楼',
      callbackNumber: '13800138000',
      riskLevel: 'imminent',
      means: '安眠药约 30 片',
      timeTaken: '01:30 左右',
      callerState: '说话含糊',
      othersPresent: 'no',
    });
    expect(CreateHandoffRequest.safeParse(request).success).toBe(true);
  });

  it('makes a fresh, URL-safe token every time', () => {
    const tokens = new Set(Array.from({ length: 20 }, newHandoffToken));
    expect(tokens.size).toBe(20);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
