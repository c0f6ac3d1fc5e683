import { useTranslation } from 'react-i18next';
import { useReassignFollowUp } from '../../api/follow-ups';
import { useLiveSeats } from '../../api/live';
import type { FollowUp } from '../../contract';
import { apiErrorMessage } from '../../components';

/**
 * Who a follow-up is with, as a supervisor changes it: any counsellor of the centre (the seat
 * board's, from the console's event stream), or nobody in particular.
 */
export function ReassignFollowUp({ item }: { item: FollowUp }) {
  const { t } = useTranslation();
  const seats = useLiveSeats();
  const reassign = useReassignFollowUp();
  const counsellors = (seats ?? []).map((seat) => ({ id: seat.staffId, name: seat.name }));
  // The assignee may be a supervisor, or off the board: still named in the choice.
  if (item.assignedToId && !counsellors.some((counsellor) => counsellor.id === item.assignedToId)) {
    counsellors.unshift({ id: item.assignedToId, name: item.assignedToName ?? '' });
  }
  return (
    <label className="flex items-center gap-1 text-xs text-slate-700">
      {t('followUps.reassign')}
      <select
        className="rounded border border-slate-300 bg-white px-1 py-0.5 text-xs"
        value={item.assignedToId ?? ''}
        disabled={reassign.isPending}
        onChange={(event) => reassign.mutate({ id: item.id, assignedToId: event.target.value || null })}
      >
        <option value="">{t('followUps.anyone')}</option>
        {counsellors.map((counsellor) => (
          <option key={counsellor.id} value={counsellor.id}>
            {counsellor.name}
          </option>
        ))}
      </select>
      {reassign.isError && (
        <span role="alert" className="text-red-700">
          {apiErrorMessage(t, reassign.error)}
        </span>
      )}
    </label>
  );
}
