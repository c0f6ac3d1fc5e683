import { audit } from '../audit';
import type { SignedIn } from '../auth/sessions';
import { ApiError } from '../http/errors';
import type { Store } from '../store/store';
import { readAlert, type StoredAlert } from './rows';

/**
 * A supervisor of the alert's centre has seen it. The first acknowledgement is the one kept: two
 * supervisors clicking together, or a retried request, do not overwrite who saw it first. An alert
 * of another centre answers 404, as if it did not exist.
 */
export async function acknowledgeAlert(store: Store, auth: SignedIn, id: string): Promise<{ alert: StoredAlert; changed: boolean }> {
  return store.transaction(async (tx) => {
    const [changed] = await tx.query<{ kind: string }>(
      `update centre_alerts set acknowledged_by = $2, acknowledged_at = now()
        where id = $1 and centre_area_code = $3 and acknowledged_at is null
        returning kind`,
      [id, auth.staffId, auth.centreAreaCode],
    );
    const alert = await readAlert(tx, id);
    if (!alert || alert.centreAreaCode !== auth.centreAreaCode) throw new ApiError(404, 'not_found');
    if (changed) {
      await audit(tx, { staffId: auth.staffId, action: 'alert.acknowledged', subjectType: 'alert', subjectId: id, detail: { kind: changed.kind } });
    }
    return { alert, changed: Boolean(changed) };
  });
}
