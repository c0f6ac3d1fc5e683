export { handlers } from './handlers';
export { mockData, resetMockData, createMockData, type MockContact, type MockData, type MockStaff } from './data';
export { mockEndpoint, MockApiError } from './endpoint-handler';
export { seedMockContact } from './seed-contact';
export { emptySnapshot, mockLiveStream, type MockLiveStream } from './live-handlers';
export type { MockLiveCall } from './supervision-handlers';
