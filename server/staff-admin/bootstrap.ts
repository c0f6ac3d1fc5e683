import { audit } from '../audit';
import type { Store } from '../store/store';
import { hashOneTimePassword, insertAccount, newOneTimePassword, nextExtensions } from './accounts';

/**
 * A real deployment's first admin (BOOTSTRAP_ADMIN): created only while no admin can sign in, so
 * leaving the variable set does nothing once there is one. Answers the one-time password for the
 * operator to read once from the server's output; it must be changed at first sign-in.
 */
export async function bootstrapAdmin(store: Store, username: string): Promise<string | null> {
  const admins = await store.query("select 1 from staff where role = 'admin' and deactivated_at is null");
  if (admins.length > 0) return null;
  const taken = await store.query('select 1 from staff where username = $1', [username]);
  if (taken.length > 0) throw new Error(`BOOTSTRAP_ADMIN: the username ${username} is taken by an account that is no active admin`);
  const oneTimePassword = newOneTimePassword(username);
  const passwordHash = await hashOneTimePassword(oneTimePassword);
  await store.transaction(async (tx) => {
    const [sipUsername] = await nextExtensions(tx, 'admin', 1);
    if (!sipUsername) throw new Error('BOOTSTRAP_ADMIN: no free admin extension');
    const input = { username, displayName: username, role: 'admin' as const, centre: null, trainee: false };
    const account = await insertAccount(tx, { input, sipUsername, passwordHash });
    await audit(tx, { staffId: null, action: 'staff.bootstrap', subjectType: 'staff', subjectId: account.id });
  });
  return oneTimePassword;
}
