import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNoteChips } from '../../api';
import { NoteEntry, type Notes } from '../../contract';
import { Button, translateValidation } from '../../components';
import { formatDuration } from '../../lib/time';
import { useIntakeCommands, type IntakeStep } from '../../lib/intake-commands';
import { HighlightedNote } from './HighlightedNote';
import { matchRiskTerms } from '../../contract';

export interface NotePadProps {
  notes: Notes;
  editable: boolean;
  /** When the call was answered (epoch ms): entries are stamped with the time since. */
  answeredAt: number;
  onChange(notes: Notes): void;
}

/** Enter adds a note, but never while a Chinese input method is still composing the word. */
function isCommitKey(event: KeyboardEvent<HTMLInputElement>): boolean {
  return event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing && event.keyCode !== 229;
}

function Suggestions({ text }: { text: string }) {
  const { t } = useTranslation();
  const apply = useIntakeCommands((state) => state.applyStep);
  const offers = new Map<string, { step: IntakeStep; word: string }>();
  for (const match of matchRiskTerms(text)) {
    for (const step of match.steps) offers.set(`${step}:${match.term}`, { step, word: match.term });
  }
  if (offers.size === 0) return null;
  return (
    <div className="mt-1 flex flex-wrap gap-1" role="group" aria-label={t('notes.suggestions')}>
      {[...offers.values()].map(({ step, word }) => (
        <button
          key={`${step}:${word}`}
          type="button"
          className="rounded-full bg-red-50 px-2 py-0.5 text-xs text-red-900 ring-1 ring-red-200 hover:bg-red-100"
          onClick={() => apply(step, word)}
        >
          {t(`notes.steps.${step}`, { word })}
        </button>
      ))}
    </div>
  );
}

/**
 * The input with its own draft state: a keystroke re-renders only this, never the list of notes
 * (the note pad must keep up with a counsellor typing while talking).
 */
function NoteComposer({ onAdd }: { onAdd: (text: string) => string | undefined }) {
  const { t, i18n } = useTranslation();
  const chips = useNoteChips();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | undefined>();
  const english = i18n.language.startsWith('en');
  const add = (text: string) => {
    const problem = onAdd(text);
    setError(problem);
    return problem === undefined;
  };

  return (
    <div className="flex flex-col gap-2">
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
        {t('notes.input')}
        <input
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (!isCommitKey(event)) return;
            event.preventDefault();
            if (draft.trim() && add(draft)) setDraft('');
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby="note-pad-hint"
          placeholder={t('notes.placeholder')}
          className="rounded-md border border-slate-300 px-3 py-2 text-base font-normal aria-[invalid=true]:border-red-600"
        />
      </label>
      <p id="note-pad-hint" className={`text-xs ${error ? 'text-red-700' : 'text-slate-500'}`} role={error ? 'alert' : undefined}>
        {error ?? t('notes.hint')}
      </p>
      {draft && matchRiskTerms(draft).length > 0 && <Suggestions text={draft} />}
      <div className="flex flex-wrap gap-1" role="group" aria-label={t('notes.chips')}>
        {(chips.data?.chips ?? []).map((chip) => (
          <button
            key={chip.id}
            type="button"
            className="rounded-full bg-teal-50 px-2 py-0.5 text-xs text-teal-900 ring-1 ring-teal-200 hover:bg-teal-100"
            onClick={() => add(english ? chip.en : chip.zh)}
          >
            {english ? chip.en : chip.zh}
          </button>
        ))}
      </div>
    </div>
  );
}

const NoteList = memo(function NoteList({
  notes,
  editable,
  onEdit,
}: {
  notes: Notes;
  editable: boolean;
  onEdit: (id: string, text: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const count = useRef(notes.length);
  // A note just added is the one the counsellor wants to see: bring the newest into view, inside
  // the list only (the input above it must not move).
  useEffect(() => {
    if (notes.length > count.current && list.current) list.current.scrollTop = list.current.scrollHeight;
    count.current = notes.length;
  }, [notes.length]);
  const save = () => {
    if (editing && onEdit(editing.id, editing.text) === undefined) setEditing(null);
  };
  return (
    // Focusable: only this list scrolls (the input stays put), so a keyboard must be able to scroll it.
    <ol ref={list} tabIndex={0} className="flex min-h-0 flex-1 flex-col gap-2 overflow-y-auto" aria-label={t('notes.list')}>
      {notes.length === 0 && <li className="text-sm text-slate-500">{t('notes.empty')}</li>}
      {notes.map((note) => {
        const matches = matchRiskTerms(note.text);
        return (
          <li key={note.id} className="rounded-md bg-slate-50 px-2 py-1.5 text-sm" data-risk={matches.length > 0 || undefined}>
            <div className="flex items-start gap-2">
              <span className="font-mono text-xs text-slate-500">{formatDuration(note.atSec * 1000)}</span>
              {editing?.id === note.id ? (
                <input
                  autoFocus
                  aria-label={t('notes.editEntry')}
                  className="flex-1 rounded border border-slate-300 px-1"
                  value={editing.text}
                  onChange={(event) => setEditing({ id: note.id, text: event.target.value })}
                  onKeyDown={(event) => {
                    if (isCommitKey(event)) {
                      event.preventDefault();
                      save();
                    }
                    if (event.key === 'Escape') setEditing(null);
                  }}
                  onBlur={save}
                />
              ) : (
                <span className="flex-1">
                  <HighlightedNote text={note.text} matches={matches} />
                  {note.edited && <span className="ml-1 text-xs text-slate-400">{t('notes.edited')}</span>}
                </span>
              )}
              {editable && editing?.id !== note.id && (
                <Button tone="quiet" className="!px-1 !py-0 text-xs" onClick={() => setEditing({ id: note.id, text: note.text })}>
                  {t('notes.edit')}
                </Button>
              )}
            </div>
            {editable && matches.length > 0 && <Suggestions text={note.text} />}
          </li>
        );
      })}
    </ol>
  );
});

export function NotePad({ notes, editable, answeredAt, onChange }: NotePadProps) {
  const { t } = useTranslation();
  const [listError, setListError] = useState<string | undefined>();

  /** Answers the translated reason when the text cannot be a note; the typed text then stays put. */
  const add = (text: string): string | undefined => {
    const parsed = NoteEntry.safeParse({
      id: crypto.randomUUID(),
      atSec: Math.max(0, Math.floor((Date.now() - answeredAt) / 1000)),
      text: text.trim(),
      edited: false,
    });
    if (!parsed.success) return translateValidation(t, parsed.error.issues[0]?.message);
    onChange([...notes, parsed.data]);
    return undefined;
  };

  const edit = (id: string, text: string): string | undefined => {
    const current = notes.find((note) => note.id === id);
    if (!current) return undefined;
    const parsed = NoteEntry.safeParse({ ...current, text: text.trim(), edited: true });
    if (!parsed.success) {
      const problem = translateValidation(t, parsed.error.issues[0]?.message);
      setListError(problem);
      return problem;
    }
    setListError(undefined);
    onChange(notes.map((note) => (note.id === id ? parsed.data : note)));
    return undefined;
  };

  // Only the list scrolls: the input and its chips stay put in the panel, whatever is clicked.
  return (
    <div className="flex h-full min-h-0 flex-col gap-3">
      {editable && <NoteComposer onAdd={add} />}
      {listError && <p className="text-xs text-red-700" role="alert">{listError}</p>}
      <NoteList notes={notes} editable={editable} onEdit={edit} />
    </div>
  );
}
