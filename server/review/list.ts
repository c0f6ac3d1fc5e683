import type { Intake, Notes } from '../../src/contract';
import { protocolCheck } from '../../src/contract/protocol-check';
import type { ReviewFilters, ReviewList } from '../../src/contract/review';
import { audit } from '../audit';
import type { SignedIn } from '../auth/sessions';
import { summaryColumns, toSummary, type ContactRow } from '../contacts/rows';
import { readableIntake } from '../contacts/stored-intake';
import { ApiError } from '../http/errors';
import type { Queryable } from '../store/store';
import { openFollowUpOf, rescueOutcome, reviewFilterSql } from './filters';
import { supervisorInformedSql } from '../contacts/supervisor-informed';

export interface ReviewListRequest extends ReviewFilters {
  areaCode?: string | undefined;
  page: number;
  pageSize: number;
}

interface ReviewRow extends ContactRow {
  intake: Intake;
  notes: Notes;
  openFollowUp: boolean;
  openRescue: boolean;
  supervisorInformed: boolean;
}

/**
 * Whose records: a supervisor's own centre (naming another is refused, not quietly ignored), or
 * the centre an admin names. Counsellors never reach here (the endpoint's roles).
 */
function centreOf(auth: SignedIn, areaCode: string | undefined): string {
  if (auth.role === 'admin') {
    if (!areaCode) throw new ApiError(400, 'validation', { issues: [{ path: ['areaCode'], message: 'review.centreRequired' }] });
    return areaCode;
  }
  if (auth.role !== 'supervisor' || !auth.centreAreaCode) throw new ApiError(403, 'forbidden');
  if (areaCode && areaCode !== auth.centreAreaCode) throw new ApiError(403, 'forbidden');
  return auth.centreAreaCode;
}

/** Counting every match of a year's records costs more than the page; past this, "more than". */
export const REVIEW_COUNT_CAP = 10_000;

/**
 * One page of a centre's records matching the filters, newest first, with the total over every
 * page (up to REVIEW_COUNT_CAP). The page is chosen first, on the narrow columns the indexes
 * hold, and only its records are read whole with their flags. The protocol check runs here, on the page's records only: it is one pure rule over the
 * intake and notes, which SQL would have to restate. The list is audited like a read (the filters
 * are ids and categories, nothing of a caller).
 */
export async function reviewList(db: Queryable, auth: SignedIn, request: ReviewListRequest): Promise<ReviewList> {
  const { areaCode, page, pageSize, ...filters } = request;
  const centre = centreOf(auth, areaCode);
  const { conditions, params } = reviewFilterSql(filters, 2);
  const where = ['c.centre_area_code = $1', ...conditions].join(' and ');
  const [counted] = await db.query<{ total: number }>(
    `select count(*)::int as total from (select 1 from contacts c where ${where} limit ${REVIEW_COUNT_CAP + 1}) matching`,
    [centre, ...params],
  );
  const rows = await db.query<ReviewRow>(
    `with page as materialized (
       select c.id, c.answered_at from contacts c where ${where}
        order by c.answered_at desc, c.id limit ${pageSize} offset ${(page - 1) * pageSize})
     select ${summaryColumns}, c.intake, c.notes,
            exists (${openFollowUpOf}) as "openFollowUp",
            ${rescueOutcome} is not distinct from 'pending' as "openRescue",
            ${supervisorInformedSql('c')} as "supervisorInformed"
       from page p join contacts c on c.id = p.id join staff s on s.id = c.counsellor_id
      order by p.answered_at desc, p.id`,
    [centre, ...params],
  );
  const total = Math.min(counted?.total ?? 0, REVIEW_COUNT_CAP);
  const counsellors = await db.query<{ id: string; name: string }>(
    `select id, display_name as name from staff where centre_area_code = $1 and role in ('counsellor', 'supervisor') order by display_name, id`,
    [centre],
  );
  await audit(db, {
    staffId: auth.staffId,
    action: 'review.list',
    subjectType: 'centre',
    subjectId: centre,
    detail: { filters, page, records: rows.map((row) => row.id) },
  });
  return {
    records: rows.map((row) => {
      const checks = protocolCheck({ intake: readableIntake(row.intake, row.answeredAt), notes: row.notes, supervisorInformed: row.supervisorInformed });
      return {
        ...toSummary(row),
        protocolChecks: checks.map(({ check, met }) => ({ check, met })),
        protocolMisses: checks.filter((result) => !result.met).length,
        openFollowUp: row.openFollowUp,
        openRescue: row.openRescue,
      };
    }),
    total,
    totalCapped: (counted?.total ?? 0) > REVIEW_COUNT_CAP,
    page,
    pageSize,
    counsellors,
  };
}
