import { audit } from '../audit';
import type { SignedIn } from '../auth/sessions';
import type { Store } from '../store/store';
import { readableContact } from './access';

/** The whole number, to call the caller back; every reveal is audited. Withheld numbers answer ''. */
export async function revealCallerNumber(store: Store, auth: SignedIn, id: string): Promise<string> {
  const row = await readableContact(store, id, auth);
  await audit(store, { staffId: auth.staffId, action: 'contact.caller-number.reveal', subjectType: 'contact', subjectId: row.id });
  return row.callerNumber ?? '';
}
