import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../api';

/**
 * Shows the API's own checks (a repeated id, an overflow centre that is the centre itself) at the
 * field they concern, as the form's own checks are shown. False when the error names no field, so
 * the caller shows it as a whole.
 */
export function showServerIssues<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>): boolean {
  if (!(error instanceof ApiError)) return false;
  const located = error.issues.filter((issue) => issue.path.length > 0);
  for (const issue of located) setError(issue.path.join('.') as Path<T>, { type: 'server', message: issue.message });
  return located.length > 0;
}
