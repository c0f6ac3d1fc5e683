export { Alert } from './Alert';
export { Button, type ButtonProps } from './Button';
export { Kbd } from './Kbd';
export { LanguageSwitch } from './LanguageSwitch';
export { EmptyState, Region } from './Region';
export { SelectField } from './SelectField';
export { TextField } from './TextField';
export { apiErrorMessage, translateValidation } from './field-error';
