export { handlers } from './handlers';
export { mockData, resetMockData, createMockData, type MockData, type MockStaff } from './data';
export { mockEndpoint, MockApiError } from './endpoint-handler';
