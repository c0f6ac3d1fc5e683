import { api, type TransferDirectoryEntry } from '../../src/contract';
import { centreConfigEndpoints } from '../../src/contract/api-centre-config';
import { confirmsEmergencyChanges, emergencyChanges } from '../../src/contract/transfer-emergency';
import { audit } from '../audit';
import { changesBetween } from '../audit-changes';
import { ApiError } from '../http/errors';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';
import { loadTransferTargets, replaceTransferTargets, transferTargetIssues } from '../transfers/directory';
import { supervisorOnDuty } from '../transfers/on-duty';

/** The one-click transfer directory: read by everyone at a desk, edited by admins. */
export function transferTargetRoutes(app: App, deps: Deps): void {
  const { store } = deps;

  route(app, deps, api.transferTargets, async ({ auth }) => {
    const [targets, onDuty] = await Promise.all([loadTransferTargets(store), supervisorOnDuty(store, auth)]);
    return {
      targets: targets.map((target): TransferDirectoryEntry =>
        target.kind === 'supervisor'
          ? { ...target, number: onDuty ?? '', available: onDuty !== undefined }
          : { ...target, available: true },
      ),
    };
  });

  route(app, deps, centreConfigEndpoints.setTransferTargets, async ({ auth, body }) => {
    const issues = transferTargetIssues(body.targets);
    if (issues.length > 0) throw new ApiError(400, 'validation', { issues });

    return store.transaction(async (tx) => {
      const before = await loadTransferTargets(tx);
      const emergency = emergencyChanges(before, body.targets);
      if (!confirmsEmergencyChanges(emergency, body.confirmEmergency ?? [])) {
        throw new ApiError(400, 'validation', { issues: [{ path: ['confirmEmergency'], message: 'adminConfig.emergencyUnconfirmed' }] });
      }
      await replaceTransferTargets(tx, body.targets);
      await audit(tx, {
        staffId: auth.staffId,
        action: 'settings.transfer-targets',
        subjectType: 'setting',
        subjectId: 'transfer-targets',
        detail: {
          changes: changesBetween({ targets: before }, { targets: body.targets }),
          emergencyChanges: emergency,
        },
      });
      return { targets: await loadTransferTargets(tx) };
    });
  });
}
