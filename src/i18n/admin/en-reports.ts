import { enReportHeadings } from '../../contract/report-headings-en';
import type { AdminMessages } from '../messages';

/** English for the admin screens' `reports` messages (see zh-CN-reports.ts). */
export const enReports: AdminMessages['reports'] = {
  // Shared with the server's downloads (src/contract/report-headings-en.ts).
  ...enReportHeadings,
  title: 'Reports',
  controls: {
    legend: 'Report',
    scope: 'Scope',
    province: 'Whole province',
    period: 'Period',
    date: 'Date (its day, week or month)',
    by: 'Breakdown',
    byLine: 'By line',
    byCounsellor: 'By counsellor',
  },
  periods: { day: 'Day', week: 'Week (Monday to Sunday)', month: 'Month' },
  range: 'Period (Beijing time): {{from}} to {{to}}',
  loading: 'Counting…',
  failed: 'The report could not be loaded. Please try again.',
  forbidden: 'You may not see reports for this scope (supervisors see their own centre only).',
  download: { label: 'Download', xlsx: 'Download Excel (.xlsx)', csv: 'Download CSV' },
  definitions:
    'Answer rate = answered ÷ offered; service level = calls answered within the centre’s service-level time ÷ offered (as the supervisor’s live queue counts). Calls count by when they arrived, records by when they were answered, follow-ups by when they were due. Crisis calls: high or imminent risk, or handed to 110 / 120 / 119. Training calls are never counted.',
  chart: {
    summary:
      '{{period}} trend: {{offered}} calls offered, {{answered}} answered, {{abandoned}} abandoned in queue, {{crisis}} crisis calls. The table below gives each point.',
    showTable: 'Trend as a table',
  },
};

export const enReportsValidation: AdminMessages['validation']['reports'] = {
  badScope: 'Choose the province or a centre',
};
