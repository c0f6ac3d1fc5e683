export { IntakeForm, type IntakeFormProps } from './IntakeForm';
export { useIntakeCommands, type IntakeStep } from './intake-commands';
