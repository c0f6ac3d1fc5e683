import { zhCNReportHeadings } from '../../contract/report-headings-zh-CN';
/** Simplified Chinese for the admin screens' `reports` messages (loaded with them: zh-CN-admin.ts). */
export const zhCNReports = {
  // Shared with the server's downloads (src/contract/report-headings-zh-CN.ts).
  ...zhCNReportHeadings,
  title: '统计报表',
  controls: {
    legend: '报表条件',
    scope: '统计范围',
    province: '全省',
    period: '统计周期',
    date: '日期（所在日 / 周 / 月）',
    by: '分组明细',
    byLine: '按线路',
    byCounsellor: '按咨询员',
  },
  periods: { day: '日报', week: '周报（周一至周日）', month: '月报' },
  range: '统计时段（北京时间）：{{from}} 至 {{to}}',
  loading: '正在统计……',
  failed: '报表加载失败，请稍后重试。',
  forbidden: '您无权查看该范围的报表（督导只能查看本中心）。',
  download: { label: '导出', xlsx: '导出 Excel（.xlsx）', csv: '导出 CSV' },
  definitions:
    '接通率 = 接通量 ÷ 呼入量；服务水平 = 在本中心设定的服务水平时长内接通的来电 ÷ 呼入量（与督导台实时统计口径相同）。呼入统计按来电进线时间，记录统计按接听时间，回访按应回访时间。危机来电：风险等级为高或紧急，或已交 110 / 120 / 119 处置。培训演练来电不计入。',
  chart: {
    summary: '{{period}}趋势图：呼入 {{offered}} 个，接通 {{answered}} 个，排队放弃 {{abandoned}} 个，危机来电 {{crisis}} 个。各时段数值见下表。',
    showTable: '以表格查看趋势数据',
  },
};

/** Messages of the contract's own checks on these screens' input: a schema's `message: 'reports.x'` shows `validation.reports.x`. */
export const zhCNReportsValidation = {
  badScope: '请选择全省或一个中心',
};
