import { api } from './api';
import { centreConfigEndpoints } from './api-centre-config';
import { adminStaffEndpoints } from './api-admin-staff';
import { auditLogEndpoints } from './api-audit-log';
import { reportEndpoints } from './api-reports';
import { reviewEndpoints } from './api-review';
import { mockCallEndpoints, trainingLibraryEndpoints } from './api-training';
import { trainingCallEndpoints } from './api-training-call';

/**
 * Endpoints only a lazily loaded screen or part calls (record review, training, a mock call's vouch). They stay out of `api`, which the
 * counsellor's first load holds whole, schemas and all, within its 230 KB budget (README); their
 * screens import them from their own files. The server serves every table here (`allEndpoints`).
 */
export const screenEndpoints = { ...reviewEndpoints, ...mockCallEndpoints, ...trainingLibraryEndpoints, ...trainingCallEndpoints, ...centreConfigEndpoints, ...adminStaffEndpoints, ...auditLogEndpoints, ...reportEndpoints } as const;

export const allEndpoints = { ...api, ...screenEndpoints } as const;
