import { api } from './api';
import { reviewEndpoints } from './api-review';
import { mockCallEndpoints, trainingLibraryEndpoints } from './api-training';

/**
 * Endpoints only a lazily loaded screen calls (record review). They stay out of `api`, which the
 * counsellor's first load holds whole, schemas and all, within its 230 KB budget (README); their
 * screens import them from their own files. The server serves every table here (`allEndpoints`).
 */
export const screenEndpoints = { ...reviewEndpoints, ...mockCallEndpoints, ...trainingLibraryEndpoints } as const;

export const allEndpoints = { ...api, ...screenEndpoints } as const;
