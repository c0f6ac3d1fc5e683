import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyIntake, type Intake } from '../../contract';
import { emptyLifeline } from '../../contract/risk';
import { HandoffPacketCard } from './HandoffPacketCard';

/** An attempt in progress (imminent) with the means known, the location still to be asked. */
function attempt(): Intake {
  const intake = emptyIntake('0591');
  intake.lifeline = { ...emptyLifeline, intent: { ...emptyLifeline.intent, attemptInProgress: true } };
  intake.imminent = { ...intake.imminent, callbackNumber: '13800138000', means: '安眠药' };
  return intake;
}

const field = (label: string) => screen.getByText(label).nextElementSibling as HTMLElement;

describe('HandoffPacketCard', () => {
  it('marks what the receiving side cannot act without while it is missing, and nothing else', () => {
    render(<HandoffPacketCard intake={attempt()} />);
    expect(field('位置')).toHaveTextContent('（未填写）');
    expect(field('位置')).toHaveClass('text-red-800');
    expect(field('回拨号码')).toHaveTextContent('13800138000');
    expect(field('回拨号码')).not.toHaveClass('text-red-800');
    expect(field('时间')).toHaveTextContent('（未填写）');
    expect(field('时间')).not.toHaveClass('text-red-800');
  });
});
