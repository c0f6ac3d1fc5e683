import { api } from '../../src/contract';
import { centreConfigEndpoints } from '../../src/contract/api-centre-config';
import { audit } from '../audit';
import { changesBetween } from '../audit-changes';
import { ApiError } from '../http/errors';
import { route } from '../http/route';
import type { App, Deps } from '../http/types';
import { duplicateChips, loadNoteChips, saveNoteChips } from '../settings/note-chips';

export function settingsRoutes(app: App, deps: Deps): void {
  const { store } = deps;

  route(app, deps, api.noteChips, () => loadNoteChips(store));

  route(app, deps, centreConfigEndpoints.setNoteChips, async ({ auth, body }) => {
    const issues = duplicateChips(body.chips).map((index) => ({ path: ['chips', index, 'id'], message: 'invalid' }));
    if (issues.length > 0) throw new ApiError(400, 'validation', { issues });

    await store.transaction(async (tx) => {
      const before = await loadNoteChips(tx);
      await saveNoteChips(tx, body, auth.staffId);
      await audit(tx, {
        staffId: auth.staffId,
        action: 'settings.note-chips',
        subjectType: 'setting',
        subjectId: 'note-chips',
        detail: { changes: changesBetween(before, body) },
      });
    });
    return body;
  });
}
