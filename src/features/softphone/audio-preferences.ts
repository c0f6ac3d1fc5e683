import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/**
 * Which headset the counsellor uses. Device ids are random per site and carry no personal data,
 * so they may be remembered in localStorage between shifts.
 */
interface AudioPreferences {
  microphoneId: string | null;
  speakerId: string | null;
  ringtoneId: string | null;
  setMicrophone(id: string): void;
  setSpeaker(id: string): void;
  setRingtone(id: string): void;
}

export const useAudioPreferences = create<AudioPreferences>()(
  persist(
    (set) => ({
      microphoneId: null,
      speakerId: null,
      ringtoneId: null,
      setMicrophone: (microphoneId) => set({ microphoneId }),
      setSpeaker: (speakerId) => set({ speakerId }),
      setRingtone: (ringtoneId) => set({ ringtoneId }),
    }),
    {
      name: 'workstation.audio',
      storage: createJSONStorage(() => localStorage),
      partialize: ({ microphoneId, speakerId, ringtoneId }) => ({ microphoneId, speakerId, ringtoneId }),
    },
  ),
);
