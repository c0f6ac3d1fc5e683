import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActionGroups } from '../../contract/audit-log';
import { enAdmin } from '../../i18n/en-admin';
import { zhCNAdmin } from '../../i18n/zh-CN-admin';
import { codeKey } from './filters';

const server = resolve(__dirname, '../../../server');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

/** Every `action: '…'` and `subjectType: '…'` the server's code writes into the audit log. */
const written = (field: string) =>
  [...new Set(sources(server).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(new RegExp(`${field}: '([^']+)'`, 'g'))].map((m) => m[1] ?? '')))].sort();

describe('the audit log’s words for what the server writes', () => {
  const actions = written('action');
  const subjects = written('subjectType');

  it('finds the server’s actions (the check sees what it should)', () => {
    expect(actions).toEqual(expect.arrayContaining(['contact.read', 'staff.deactivate', 'report.export', 'retention.run']));
  });

  it('puts every action in a group by name, so the filter offers it', () => {
    const named = new Set<string>(Object.values(auditActionGroups).flat());
    expect(actions.filter((action) => !named.has(action))).toEqual([]);
  });

  it('names every action and subject in both languages', () => {
    for (const messages of [zhCNAdmin, enAdmin]) {
      const actionNames: Record<string, string> = messages.auditLog.actions;
      const subjectNames: Record<string, string> = messages.auditLog.subjects;
      expect(actions.filter((action) => !actionNames[codeKey(action)])).toEqual([]);
      expect(subjects.filter((subject) => !subjectNames[codeKey(subject)])).toEqual([]);
    }
  });
});
