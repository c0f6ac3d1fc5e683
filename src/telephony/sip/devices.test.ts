import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CallRegistry } from '../call-registry';
import { SipDevices } from './devices';
import { PhoneContext } from './phone-context';

const device = (kind: MediaDeviceKind, deviceId: string, label: string) => ({ kind, deviceId, label, groupId: '' }) as MediaDeviceInfo;

let registry: CallRegistry;
let devices: SipDevices;
let connected: MediaDeviceInfo[];
let mediaDevices: EventTarget & { enumerateDevices: () => Promise<MediaDeviceInfo[]> };

beforeEach(() => {
  connected = [device('audioinput', 'mic-1', 'Headset microphone'), device('audiooutput', 'spk-1', 'Headset earpiece'), device('videoinput', 'cam-1', 'Camera')];
  mediaDevices = Object.assign(new EventTarget(), { enumerateDevices: vi.fn(() => Promise.resolve(connected)) });
  vi.stubGlobal('navigator', { ...navigator, mediaDevices });
  registry = new CallRegistry();
  devices = new SipDevices(new PhoneContext(registry));
});

afterEach(() => {
  devices.unwatch();
  vi.unstubAllGlobals();
});

describe('SipDevices', () => {
  it('lists the microphones and speakers, not the cameras', async () => {
    await devices.refresh();
    expect(registry.devices()).toMatchObject({
      microphones: [{ deviceId: 'mic-1', label: 'Headset microphone' }],
      speakers: [{ deviceId: 'spk-1', label: 'Headset earpiece' }],
    });
  });

  it('lists a headset plugged in while watching', async () => {
    devices.watch();
    connected = [...connected, device('audioinput', 'mic-2', 'USB headset')];
    const listed = new Promise<void>((resolve) => {
      const off = registry.store.subscribe((state) => {
        if (state.devices.microphones.length !== 2) return;
        off();
        resolve();
      });
    });
    mediaDevices.dispatchEvent(new Event('devicechange'));
    await listed;
    expect(registry.devices().microphones.map((mic) => mic.deviceId)).toEqual(['mic-1', 'mic-2']);
  });

  it('remembers the chosen headset for the next calls', async () => {
    devices.selectMicrophone('mic-1');
    await devices.selectSpeaker('spk-1');
    expect(registry.devices()).toMatchObject({ microphoneId: 'mic-1', speakerId: 'spk-1' });
  });
});
