export { useMockCallPhone, type HintStage, type MockCallPhone, type MockCallStage, type PracticeCall } from './use-mock-call-phone';
