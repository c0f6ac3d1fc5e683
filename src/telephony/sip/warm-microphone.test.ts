import { describe, expect, it, vi } from 'vitest';
import { MicrophoneWarmer } from './warm-microphone';

function fakeStream() {
  const track = { stop: vi.fn() };
  return { stream: { getTracks: () => [track] } as unknown as MediaStream, track };
}

const headset: MediaStreamConstraints = { audio: { deviceId: { ideal: 'headset' } }, video: false };
const builtIn: MediaStreamConstraints = { audio: true, video: false };

describe('the microphone opened while a call rings', () => {
  it('is handed to the answer that asks for the same microphone, once', async () => {
    const { stream, track } = fakeStream();
    const open = vi.fn().mockResolvedValue(stream);
    const warmer = new MicrophoneWarmer(open);
    warmer.prepare('call-1', headset);
    expect(open).toHaveBeenCalledWith(headset);
    expect(await warmer.take(headset)).toBe(stream);
    expect(warmer.take(headset)).toBeNull();
    expect(track.stop).not.toHaveBeenCalled();
  });

  it('is closed when the answer asks for another microphone', async () => {
    const { stream, track } = fakeStream();
    const warmer = new MicrophoneWarmer(vi.fn().mockResolvedValue(stream));
    warmer.prepare('call-1', headset);
    expect(warmer.take(builtIn)).toBeNull();
    await vi.waitFor(() => expect(track.stop).toHaveBeenCalled());
  });

  it('is closed when its call ends unanswered, and only for that call', async () => {
    const { stream, track } = fakeStream();
    const warmer = new MicrophoneWarmer(vi.fn().mockResolvedValue(stream));
    warmer.prepare('call-1', builtIn);
    warmer.release('call-2');
    expect(track.stop).not.toHaveBeenCalled();
    warmer.release('call-1');
    await vi.waitFor(() => expect(track.stop).toHaveBeenCalled());
    expect(warmer.take(builtIn)).toBeNull();
  });

  it('closes the one opened for an earlier call when another call rings', async () => {
    const first = fakeStream();
    const second = fakeStream();
    const warmer = new MicrophoneWarmer(vi.fn().mockResolvedValueOnce(first.stream).mockResolvedValueOnce(second.stream));
    warmer.prepare('call-1', builtIn);
    warmer.prepare('call-2', builtIn);
    await vi.waitFor(() => expect(first.track.stop).toHaveBeenCalled());
    expect(await warmer.take(builtIn)).toBe(second.stream);
  });

  it('passes a refused microphone on to the answer, which reports it', async () => {
    const refused = new DOMException('denied', 'NotAllowedError');
    const warmer = new MicrophoneWarmer(vi.fn().mockRejectedValue(refused));
    warmer.prepare('call-1', builtIn);
    await expect(warmer.take(builtIn)).rejects.toBe(refused);
  });
});
