import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyIntake, emptyLifeline, type Intake } from '../../contract';
import { renderWithApp } from '../../test/render';
import { ProtocolReminders } from './ProtocolReminders';

/** An attempt in progress after thoughts and intent, location known; no call-back number, no safety action, no referral. */
const bareImminent = (): Intake => {
  const intake = emptyIntake('0591');
  return {
    ...intake,
    problems: [{ category: 'mood', detail: 'low-mood' }],
    screener: { ...intake.screener, wishedDead: 'yes', suicidalThoughts: 'yes', intent: 'yes', behaviour: 'no' },
    lifeline: { ...emptyLifeline, intent: { ...emptyLifeline.intent, attemptInProgress: true } },
    imminent: { ...intake.imminent, location: '福州市鼓楼区某小区 3 栋 502' },
    services: ['emotional-support'],
    outcome: 'supported',
  };
};

const listed = () => within(screen.getByRole('region', { name: '工作规范提醒' })).getAllByRole('listitem').map((item) => item.textContent);

describe('protocol reminders', () => {
  it('warn of the steps the record misses that completion does not already demand', () => {
    renderWithApp(<ProtocolReminders intake={bareImminent()} notes={[]} supervisorInformed={false} />);
    expect(listed()).toEqual([
      '来电者有自杀想法，但未追问方法、意图和计划（筛查第 3–5 题）',
      '紧急危险来电，督导尚不知情（提醒未被确认，也没有求助、监听或会商）',
      '符合转介条件，但未记录转介机构或转介结果',
    ]);
    // The call-back number and the follow-up are in completion's own list: not repeated here.
    expect(screen.getByRole('region', { name: '工作规范提醒' })).not.toHaveTextContent('回拨号码');
    expect(screen.getByRole('region', { name: '工作规范提醒' })).not.toHaveTextContent('随访');
  });

  it('drop the supervisor step once a supervisor was informed, and show nothing when nothing is missed', () => {
    const { unmount } = renderWithApp(<ProtocolReminders intake={bareImminent()} notes={[]} supervisorInformed />);
    expect(listed()).not.toContain('紧急危险来电，督导尚不知情（提醒未被确认，也没有求助、监听或会商）');
    unmount();
    renderWithApp(<ProtocolReminders intake={{ ...emptyIntake('0591'), callType: 'silent' }} notes={[]} supervisorInformed={false} />);
    expect(screen.queryByRole('region', { name: '工作规范提醒' })).not.toBeInTheDocument();
  });

  it('ask for the risk screen when the notes name a risk word', () => {
    const intake = { ...emptyIntake('0591'), problems: [{ category: 'family' as const, detail: null }] };
    renderWithApp(<ProtocolReminders intake={intake} notes={[{ id: 'n1', atSec: 30, text: '说最近想死', edited: false }]} supervisorInformed={false} />);
    expect(listed()[0]).toMatch(/^问题涉及自伤/);
  });
});
