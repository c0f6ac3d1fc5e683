import { describe, expect, it } from 'vitest';
import { errorCodes } from '../contract';
import { en } from './en';
import { enAdmin } from './en-admin';
import { enForm } from './en-form';
import { enSupervisor } from './en-supervisor';
import { enTraining } from './en-training';
import { zhCN } from './zh-CN';
import { zhCNAdmin } from './zh-CN-admin';
import { zhCNForm } from './zh-CN-form';
import { zhCNSupervisor } from './zh-CN-supervisor';
import { zhCNTraining } from './zh-CN-training';

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

const languages = {
  'zh-CN': new Map([...flatten(zhCN), ...flatten(zhCNForm), ...flatten(zhCNSupervisor), ...flatten(zhCNTraining), ...flatten(zhCNAdmin)]),
  en: new Map([...flatten(en), ...flatten(enForm), ...flatten(enSupervisor), ...flatten(enTraining), ...flatten(enAdmin)]),
};

describe('messages', () => {
  it('every key exists in both languages', () => {
    expect([...languages.en.keys()].sort()).toEqual([...languages['zh-CN'].keys()].sort());
  });

  for (const [language, messages] of Object.entries(languages)) {
    it(`${language} has no empty message`, () => {
      const empty = [...messages].filter(([, text]) => text.trim() === '').map(([key]) => key);
      expect(empty).toEqual([]);
    });
  }

  it('both languages use the same placeholders in each message', () => {
    const mismatched = [...languages['zh-CN']]
      .filter(([key, text]) => JSON.stringify(variables(text)) !== JSON.stringify(variables(languages.en.get(key) ?? '')))
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it('the Chinese messages are Chinese (no English left untranslated)', () => {
    const untranslated = [...languages['zh-CN']]
      .filter(([, text]) => /[a-z]{4,}/i.test(text.replace(/\{\{\w+\}\}/g, '')) && !/[\u4e00-\u9fff]/.test(text))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it('translates every error code the API answers', () => {
    for (const messages of Object.values(languages)) {
      expect(errorCodes.filter((code) => !messages.has(`errors.${code}`))).toEqual([]);
    }
  });

  it('translates every validation key the contract’s schemas use', () => {
    const sources = import.meta.glob<string>('../contract/*.ts', { query: '?raw', import: 'default', eager: true });
    const keys = new Set(Object.values(sources).flatMap((source) => [...source.matchAll(/message: '([a-z][A-Za-z]*(?:\.[a-z][A-Za-z]*)+)'/g)].map((m) => m[1])));
    expect(keys.size).toBeGreaterThan(10);
    for (const messages of Object.values(languages)) {
      expect([...keys].filter((key) => !messages.has(`validation.${key}`))).toEqual([]);
    }
  });
});
