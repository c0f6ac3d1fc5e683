import { audit } from '../audit';
import type { SignedIn } from '../auth/sessions';
import { mayCallBackForFollowUp } from '../follow-ups/tasks';
import { ApiError } from '../http/errors';
import type { Store } from '../store/store';
import { readableContact } from './access';

/**
 * The whole number, to call the caller back; every reveal is audited. Withheld numbers answer ''.
 * Besides those who may read the record, whoever may act on its open follow-up may dial it (a
 * counsellor who took an unassigned task); the record itself stays closed to them.
 */
export async function revealCallerNumber(store: Store, auth: SignedIn, id: string): Promise<string> {
  const readable = await readableContact(store, id, auth).catch((error: unknown) => {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  });
  if (!readable && !(await mayCallBackForFollowUp(store, auth, id))) throw new ApiError(404, 'not_found');
  const [row] = readable ? [readable] : await store.query<{ callerNumber: string | null }>('select caller_number as "callerNumber" from contacts where id = $1', [id]);
  await audit(store, {
    staffId: auth.staffId,
    action: 'contact.caller-number.reveal',
    subjectType: 'contact',
    subjectId: id,
    ...(!readable && { detail: { for: 'follow-up' } }),
  });
  return row?.callerNumber ?? '';
}
