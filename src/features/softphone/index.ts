export { Softphone } from './Softphone';
export { CallPanel } from './CallPanel';
export { EndedCallNotice } from './EndedCallNotice';
export { IncomingCallAlert } from './IncomingCallAlert';
export { IncomingCallBand } from './IncomingCallBand';
export { requestCallNotifications } from './use-call-alerts';
export { RegistrationStatus } from './RegistrationStatus';
export { AudioSettings } from './AudioSettings';
export { useRingtone, useIncomingCallNotification } from './use-call-alerts';
