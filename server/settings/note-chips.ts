import type { NoteChip, NoteChipList } from '../../src/contract';
import type { Queryable } from '../store/store';

const key = 'note-chips';

/** The topics callers most often bring (design.md §1), and two steps counsellors note on most calls. */
export const defaultNoteChips: readonly NoteChip[] = [
  { id: 'study-stress', zh: '学业压力', en: 'Study stress' },
  { id: 'work-stress', zh: '工作压力', en: 'Work stress' },
  { id: 'unemployment', zh: '失业', en: 'Unemployment' },
  { id: 'family-conflict', zh: '家庭冲突', en: 'Family conflict' },
  { id: 'relationship', zh: '婚恋', en: 'Relationship' },
  { id: 'parent-child', zh: '亲子', en: 'Parent–child' },
  { id: 'sleep', zh: '失眠', en: 'Sleep' },
  { id: 'low-mood', zh: '情绪低落', en: 'Low mood' },
  { id: 'anxiety', zh: '焦虑', en: 'Anxiety' },
  { id: 'self-harm-thoughts', zh: '自伤念头', en: 'Self-harm thoughts' },
  { id: 'family-contacted', zh: '已联系家人', en: 'Family contacted' },
  { id: 'seeking-information', zh: '求助信息', en: 'Seeking information' },
];

/** Written at start when absent; a list an admin has edited is kept. */
export async function seedNoteChips(db: Queryable): Promise<void> {
  await db.query('insert into settings (key, value) values ($1, $2) on conflict (key) do nothing', [
    key,
    JSON.stringify({ chips: defaultNoteChips }),
  ]);
}

export async function loadNoteChips(db: Queryable): Promise<NoteChipList> {
  const [row] = await db.query<{ value: NoteChipList }>('select value from settings where key = $1', [key]);
  return row?.value ?? { chips: [...defaultNoteChips] };
}

/** Where a chip repeats an earlier chip's id: the pad keys its buttons by id, so they would merge. */
export function duplicateChips(chips: readonly NoteChip[]): number[] {
  return chips.flatMap((chip, index) => (chips.findIndex((other) => other.id === chip.id) < index ? [index] : []));
}

export async function saveNoteChips(db: Queryable, chips: NoteChipList, staffId: string): Promise<void> {
  await db.query(
    `insert into settings (key, value, updated_at, updated_by) values ($1, $2, now(), $3)
     on conflict (key) do update set value = excluded.value, updated_at = now(), updated_by = excluded.updated_by`,
    [key, JSON.stringify(chips), staffId],
  );
}
