import { enReportHeadings } from './report-headings-en';
import { zhCNReportHeadings } from './report-headings-zh-CN';

/** A report's words in both languages, for the server's downloads; kept out of index.ts. */
export const reportHeadings = { 'zh-CN': zhCNReportHeadings, en: enReportHeadings } as const;
