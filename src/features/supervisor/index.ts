export { ConnectionStatus } from './ConnectionStatus';
export { SupervisorConsole } from './SupervisorConsole';
export { useSupervisionPhone } from './use-supervision-phone';
