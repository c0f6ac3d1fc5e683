export { MockCallConsole } from './MockCallConsole';
export { WhisperHint, type WhisperControl } from './WhisperHint';
