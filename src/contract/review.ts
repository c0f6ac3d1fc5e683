import { z } from 'zod';
import { ContactSummary } from './contact';
import { Instant } from './dates';
import { CalendarDate, CallType, ProblemCategory } from './intake';
import { PUBLIC_LINE } from './lines';
import { RiskLevel } from './risk';
import { requiredText } from './text';

/**
 * Record review (#13): a supervisor reads the centre's records and writes a review (督导意见) the
 * record's counsellor reads. One review per record, edited by its author only; who wrote it and
 * when are kept.
 */
export const REVIEW_MAX_LENGTH = 2000;

export const RecordReview = z
  .object({
    contactId: z.uuid(),
    text: z.string(),
    authorId: z.string(),
    authorName: z.string(),
    createdAt: Instant,
    updatedAt: Instant,
  })
  .meta({ id: 'RecordReview' });
export type RecordReview = z.infer<typeof RecordReview>;

/** The record's review, or null while none is written. */
export const RecordReviewView = z.object({ review: RecordReview.nullable() }).meta({ id: 'RecordReviewView' });
export type RecordReviewView = z.infer<typeof RecordReviewView>;

export const SaveReviewRequest = z
  .object({ text: requiredText(REVIEW_MAX_LENGTH, { multiline: true }) })
  .meta({ id: 'SaveReviewRequest' });
export type SaveReviewRequest = z.infer<typeof SaveReviewRequest>;

/** A centre's own line (0591 12356 → `0591`) or the province's plain 12356. */
const ReviewLine = z.union([z.literal(PUBLIC_LINE), z.string().regex(/^0\d{2,3}$/)]);
const yesNo = z.enum(['yes', 'no']);

/**
 * What a supervisor narrows the centre's records to; every filter is optional. Dates are Beijing
 * days of the answer, both ends included. Shared by the API's query and the screen's filter form.
 */
const filterShape = {
  from: CalendarDate.optional(),
  to: CalendarDate.optional(),
  counsellorId: z.uuid().optional(),
  line: ReviewLine.optional(),
  riskLevel: RiskLevel.optional(),
  callType: CallType.optional(),
  problem: ProblemCategory.optional(),
  openFollowUp: yesNo.optional(),
  openRescue: yesNo.optional(),
  reviewState: z.enum(['reviewed', 'not-reviewed']).optional(),
};
const rangeInOrder = (filters: { from?: string | undefined; to?: string | undefined }) =>
  !filters.from || !filters.to || filters.from <= filters.to;
const badRange = { message: 'review.badRange', path: ['to'] };

export const ReviewFilters = z.object(filterShape).refine(rangeInOrder, badRange);
export type ReviewFilters = z.infer<typeof ReviewFilters>;

export const ReviewListQuery = z
  .object({
    ...filterShape,
    /** Admins name the centre; a supervisor always reads their own (any other is refused). */
    areaCode: z.string().regex(/^0\d{2,3}$/).optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .refine(rangeInOrder, badRange);
export type ReviewListQuery = z.input<typeof ReviewListQuery>;

export const ReviewListRow = ContactSummary.extend({
  /**
   * The record's protocol check (protocolCheck, run by the API, which also knows whether a
   * supervisor was told of the call), and how many of its steps were missed. A check is named by
   * its id (one of protocolChecks) as a plain string: an enum of them here would bring the
   * protocol check module into the counsellor's first load, whose contract index re-exports it.
   */
  protocolChecks: z.array(z.object({ check: z.string(), met: z.boolean() })),
  protocolMisses: z.number().int().min(0),
  openFollowUp: z.boolean(),
  openRescue: z.boolean(),
}).meta({ id: 'ReviewListRow' });
export type ReviewListRow = z.infer<typeof ReviewListRow>;

export const ReviewList = z
  .object({
    records: z.array(ReviewListRow),
    /** Records matching the filters, over every page, counted up to a cap (totalCapped: more match). */
    total: z.number().int().min(0),
    totalCapped: z.boolean(),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
    /** The centre's staff who take calls, for the counsellor filter. */
    counsellors: z.array(z.object({ id: z.string(), name: z.string() })),
  })
  .meta({ id: 'ReviewList' });
export type ReviewList = z.infer<typeof ReviewList>;
