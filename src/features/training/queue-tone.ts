/**
 * The tone a waiting caller hears: China's ringback, 450 Hz, one second on and four off. Generated
 * with WebAudio because the PBX sends no media to a queued call and sip.js plays no tones.
 * Returns the function that stops it; a browser without WebAudio (tests) stays silent.
 */
export function startQueueTone(): () => void {
  if (typeof AudioContext === 'undefined') return () => undefined;
  const context = new AudioContext();
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.frequency.value = 450;
  gain.gain.value = 0;
  oscillator.connect(gain).connect(context.destination);
  oscillator.start();
  const beep = () => {
    const now = context.currentTime;
    gain.gain.setValueAtTime(0.15, now);
    gain.gain.setValueAtTime(0, now + 1);
  };
  beep();
  const cadence = setInterval(beep, 5000);
  return () => {
    clearInterval(cadence);
    oscillator.stop();
    void context.close();
  };
}
