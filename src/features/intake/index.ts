export { IntakeForm, type IntakeFormProps } from './IntakeForm';
export { useIntakeCommands, type IntakeActions, type IntakeStep } from './intake-commands';
