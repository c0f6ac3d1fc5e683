import { endpoint } from './endpoint';
import { ContactParams } from './contact';
import { RecordReviewView, ReviewList, ReviewListQuery, SaveReviewRequest } from './review';

/** Record review (#13): the centre's records for supervisors, and the review the counsellor reads. */
export const reviewEndpoints = {
  reviewRecords: endpoint({
    method: 'get',
    path: '/api/review/records',
    summary: 'The centre’s records to review, filtered and paged, newest first (audited): supervisors their centre’s, admins any centre’s',
    tag: 'review',
    access: ['supervisor', 'admin'],
    query: ReviewListQuery,
    response: ReviewList,
  }),
  contactReview: endpoint({
    method: 'get',
    path: '/api/contacts/{id}/review',
    summary: 'The supervisor’s review of a record (audited): its counsellor, or a supervisor of its centre',
    tag: 'review',
    access: ['counsellor', 'supervisor'],
    params: ContactParams,
    response: RecordReviewView,
  }),
  saveContactReview: endpoint({
    method: 'put',
    path: '/api/contacts/{id}/review',
    summary: 'Write or edit the review of a record of one’s centre (audited); only its author edits a review',
    tag: 'review',
    access: ['supervisor'],
    params: ContactParams,
    body: SaveReviewRequest,
    response: RecordReviewView,
  }),
} as const;
