export { ConnectionStatus } from './ConnectionStatus';
export { SupervisorConsole } from './SupervisorConsole';
