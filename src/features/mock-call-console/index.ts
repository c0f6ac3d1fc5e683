export { MockCallConsole } from './MockCallConsole';
