/** What a risk word suggests the counsellor does in the intake form. */
export type RiskWordStep = 'wishedDead' | 'suicidalThoughts' | 'plan' | 'behaviour' | 'attemptInProgress' | 'means' | 'timeFrame';

export interface RiskTerm {
  term: string;
  /** What the counsellor is offered when the word comes up. */
  steps: RiskWordStep[];
  /** Common words that contain the term but mean something else (刀削面 is noodles). */
  notIn?: string[];
}

/**
 * Words that, in a note, should make a counsellor think of suicide risk, with the step each
 * one suggests. Chinese terms match anywhere (Chinese has no spaces), minus the listed
 * harmless compounds; English terms match whole words only.
 */
export const chineseTerms: RiskTerm[] = [
  { term: '想死', steps: ['wishedDead'] },
  { term: '不想活', steps: ['wishedDead'] },
  { term: '活着没意思', steps: ['wishedDead'] },
  { term: '自杀', steps: ['suicidalThoughts'] },
  { term: '轻生', steps: ['suicidalThoughts'] },
  { term: '结束生命', steps: ['suicidalThoughts'] },
  { term: '遗书', steps: ['plan'] },
  { term: '吞药', steps: ['attemptInProgress', 'means'] },
  { term: '安眠药', steps: ['means'] },
  { term: '农药', steps: ['means'] },
  { term: '割腕', steps: ['behaviour', 'means'] },
  { term: '跳楼', steps: ['means'] },
  { term: '天台', steps: ['means'], notIn: ['天台山', '天台县'] },
  { term: '烧炭', steps: ['means'] },
  { term: '上吊', steps: ['means'] },
  { term: '刀', steps: ['means'], notIn: ['刀削面', '开刀', '刀郎', '刀鱼', '镰刀'] },
  { term: '今晚', steps: ['timeFrame'] },
  { term: '今天晚上', steps: ['timeFrame'] },
];

export const englishTerms: RiskTerm[] = [
  { term: 'want to die', steps: ['wishedDead'] },
  { term: 'wanna die', steps: ['wishedDead'] },
  { term: 'kill myself', steps: ['suicidalThoughts'] },
  { term: 'suicide', steps: ['suicidalThoughts'] },
  { term: 'suicidal', steps: ['suicidalThoughts'] },
  { term: 'end it all', steps: ['suicidalThoughts'] },
  { term: 'suicide note', steps: ['plan'] },
  { term: 'goodbye letter', steps: ['plan'] },
  { term: 'overdose', steps: ['attemptInProgress', 'means'] },
  { term: 'took pills', steps: ['attemptInProgress', 'means'] },
  { term: 'sleeping pills', steps: ['means'] },
  { term: 'pills', steps: ['means'] },
  { term: 'cut myself', steps: ['behaviour', 'means'] },
  { term: 'jump', steps: ['means'] },
  { term: 'rooftop', steps: ['means'] },
  { term: 'roof', steps: ['means'] },
  { term: 'knife', steps: ['means'] },
  { term: 'hang myself', steps: ['means'] },
  { term: 'tonight', steps: ['timeFrame'] },
];

export interface RiskMatch {
  start: number;
  end: number;
  term: string;
  steps: RiskWordStep[];
}

function chineseMatches(text: string): RiskMatch[] {
  const matches: RiskMatch[] = [];
  for (const { term, steps, notIn = [] } of chineseTerms) {
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
      const harmless = notIn.some((compound) => {
        const offset = compound.indexOf(term);
        return text.startsWith(compound, at - offset);
      });
      if (!harmless) matches.push({ start: at, end: at + term.length, term, steps });
    }
  }
  return matches;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function englishMatches(text: string): RiskMatch[] {
  const matches: RiskMatch[] = [];
  for (const { term, steps } of englishTerms) {
    const pattern = new RegExp(`\\b${escape(term).replace(/ /g, '\\s+')}\\b`, 'gi');
    for (const found of text.matchAll(pattern)) {
      matches.push({ start: found.index, end: found.index + found[0].length, term, steps });
    }
  }
  return matches;
}

/** Risk words in a note, longest first where they overlap, in reading order. */
export function matchRiskTerms(text: string): RiskMatch[] {
  const all = [...chineseMatches(text), ...englishMatches(text)].sort(
    (a, b) => a.start - b.start || b.end - b.start - (a.end - a.start),
  );
  const kept: RiskMatch[] = [];
  for (const match of all) {
    const last = kept[kept.length - 1];
    if (last && match.start < last.end) continue;
    kept.push(match);
  }
  return kept;
}

/** Whether any note mentions a risk word (the protocol check asks for the risk screen then). */
export function notesMentionRisk(texts: readonly string[]): boolean {
  return texts.some((text) => matchRiskTerms(text).length > 0);
}
