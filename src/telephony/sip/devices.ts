import type { CallRegistry } from '../call-registry';
import { routeToSpeaker } from '../media';
import { switchMicrophone } from './call-media';
import type { PhoneContext } from './phone-context';

/** The counsellor's headset: which microphones and speakers there are, and which is in use on calls. */
export class SipDevices {
  private readonly registry: CallRegistry;
  private readonly onDeviceChange = () => {
    void this.refresh();
  };

  constructor(private readonly phone: PhoneContext) {
    this.registry = phone.registry;
  }

  watch(): void {
    navigator.mediaDevices?.addEventListener?.('devicechange', this.onDeviceChange);
  }

  unwatch(): void {
    navigator.mediaDevices?.removeEventListener?.('devicechange', this.onDeviceChange);
  }

  async refresh(): Promise<void> {
    if (!navigator.mediaDevices?.enumerateDevices) return;
    const devices = await navigator.mediaDevices.enumerateDevices();
    const toDevice = (device: MediaDeviceInfo) => ({ deviceId: device.deviceId, label: device.label });
    this.registry.setDevices({
      microphones: devices.filter((device) => device.kind === 'audioinput').map(toDevice),
      speakers: devices.filter((device) => device.kind === 'audiooutput').map(toDevice),
    });
  }

  selectMicrophone(deviceId: string): void {
    this.registry.setDevices({ microphoneId: deviceId });
    for (const live of this.phone.live.values()) {
      const call = this.registry.find(live.id);
      void switchMicrophone(live, deviceId, Boolean(call?.muted || call?.held)).catch(() =>
        this.registry.patch(live.id, { problem: 'microphone-switch-failed' }),
      );
    }
  }

  async selectSpeaker(deviceId: string): Promise<void> {
    this.registry.setDevices({ speakerId: deviceId });
    await Promise.all(
      [...this.phone.live.values()].map((live) =>
        live.audio
          ? routeToSpeaker(live.audio, deviceId).catch(() => this.registry.patch(live.id, { problem: 'speaker-failed' }))
          : undefined,
      ),
    );
  }
}
