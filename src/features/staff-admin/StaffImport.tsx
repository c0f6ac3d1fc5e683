import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Region, apiErrorMessage, translateValidation } from '../../components';
import type { ImportReport } from '../../contract/admin-staff';
import { ApiError } from '../../api';
import { useImportStaff } from './staff-api';

function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('file not read'));
    reader.readAsText(file, 'utf-8');
  });
}

/** The created accounts' one-time passwords as a CSV file made in the browser (BOM, so Excel reads Chinese). */
function passwordsCsv(report: ImportReport): string {
  const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
  const lines = report.created.map(({ account, oneTimePassword }) =>
    [account.username, account.displayName, account.sipUsername, oneTimePassword].map(quote).join(','),
  );
  return `\uFEFFusername,display_name,extension,one_time_password\r\n${lines.join('\r\n')}\r\n`;
}

/** Hands the one-time passwords over as a download link, revoked when the report goes. */
function PasswordsDownload({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const url = useMemo(() => URL.createObjectURL(new Blob([passwordsCsv(report)], { type: 'text/csv;charset=utf-8' })), [report]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <div className="flex flex-col gap-1">
      <a className="font-medium text-teal-800 underline" href={url} download="one-time-passwords.csv">
        {t('adminStaff.import.download')}
      </a>
      <p className="text-xs text-slate-600">{t('adminStaff.import.downloadNote')}</p>
    </div>
  );
}

/** Many accounts from a CSV file: what was created, and each refused row with the reasons. */
export function StaffImport() {
  const { t } = useTranslation();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const importStaff = useImportStaff();
  const report = importStaff.data;
  const fileIssue = importStaff.error instanceof ApiError ? importStaff.error.issues[0] : undefined;
  return (
    <Region title={t('adminStaff.import.title')}>
      <form
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (file) void readText(file).then((csv) => importStaff.mutate(csv));
        }}
      >
        <p className="text-sm text-slate-700">{t('adminStaff.import.hint')}</p>
        <div className="flex flex-wrap items-end gap-3">
          <div className="flex flex-col gap-1">
            <label htmlFor={inputId} className="text-sm font-medium text-slate-800">
              {t('adminStaff.import.file')}
            </label>
            <input id={inputId} type="file" accept=".csv,text/csv" className="text-sm" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
          </div>
          <Button type="submit" disabled={!file || importStaff.isPending}>
            {importStaff.isPending ? t('adminStaff.import.working') : t('adminStaff.import.submit')}
          </Button>
        </div>
        {importStaff.isError && <Alert tone="error">{fileIssue ? translateValidation(t, fileIssue.message) : apiErrorMessage(t, importStaff.error)}</Alert>}
      </form>
      {report && (
        <div className="mt-4 flex flex-col gap-3">
          <Alert tone="success">{t('adminStaff.import.created', { count: report.created.length })}</Alert>
          {report.created.length > 0 && <PasswordsDownload report={report} />}
          {report.refused.length === 0 ? (
            <p className="text-sm text-slate-700">{t('adminStaff.import.refusedNone')}</p>
          ) : (
            <table className="w-full text-sm">
              <caption className="text-left font-semibold text-slate-800">{t('adminStaff.import.refusedTitle')}</caption>
              <thead className="text-left text-slate-600">
                <tr>
                  <th scope="col">{t('adminStaff.import.row')}</th>
                  <th scope="col">{t('adminStaff.import.username')}</th>
                  <th scope="col">{t('adminStaff.import.reasons')}</th>
                </tr>
              </thead>
              <tbody>
                {report.refused.map((row) => (
                  <tr key={row.row} className="border-t border-slate-100">
                    <td>{row.row}</td>
                    <td>{row.username}</td>
                    <td>{row.reasons.map((reason) => translateValidation(t, reason)).join('；')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </Region>
  );
}
