import { describe, expect, it, vi } from 'vitest';
import { emptyIntake } from '../contract';
import { useIntakeCommands, type EmergencyService, type IntakeStep } from './intake-commands';

function form() {
  return {
    applyStep: vi.fn<(step: IntakeStep, word: string) => void>(),
    recordHandoff: vi.fn<(service: EmergencyService) => void>(),
    current: () => emptyIntake('0591'),
  };
}

describe('intake commands', () => {
  it('keeps commands given before the form is mounted and carries them out, in order, when it registers', () => {
    useIntakeCommands.getState().applyStep('means', '安眠药');
    useIntakeCommands.getState().recordHandoff('120');
    expect(useIntakeCommands.getState().current()).toBeNull();
    const mounted = form();
    useIntakeCommands.getState().register(mounted);
    expect(mounted.applyStep).toHaveBeenCalledWith('means', '安眠药');
    expect(mounted.recordHandoff).toHaveBeenCalledWith('120');
    expect(mounted.applyStep.mock.invocationCallOrder[0]).toBeLessThan(mounted.recordHandoff.mock.invocationCallOrder[0] ?? 0);
  });

  it('hands commands straight to a mounted form, and none to it twice', () => {
    const mounted = form();
    useIntakeCommands.getState().register(mounted);
    useIntakeCommands.getState().applyStep('plan', '计划');
    const remounted = form();
    useIntakeCommands.getState().register(remounted);
    expect(mounted.applyStep).toHaveBeenCalledTimes(1);
    expect(remounted.applyStep).not.toHaveBeenCalled();
    expect(useIntakeCommands.getState().current()).toEqual(emptyIntake('0591'));
  });

  it('keeps commands again once the form unmounts, and drops them for a new record', () => {
    const unregister = useIntakeCommands.getState().register(form());
    unregister();
    useIntakeCommands.getState().recordHandoff('110');
    useIntakeCommands.getState().forget();
    const next = form();
    useIntakeCommands.getState().register(next);
    expect(next.recordHandoff).not.toHaveBeenCalled();
  });
});
