import { describe, expect, it } from 'vitest';
import { matchRiskTerms } from './risk-words';

const terms = (text: string) => matchRiskTerms(text).map((match) => match.term);

describe('matchRiskTerms', () => {
  it.each<[string, string[]]>([
    ['他说想死', ['想死']],
    ['刚刚吞药了，吃了一瓶安眠药', ['吞药', '安眠药']],
    ['在学校天台上，今晚就跳楼', ['天台', '今晚', '跳楼']],
    ['写了遗书，桌上有刀', ['遗书', '刀']],
    ['有割腕史', ['割腕']],
    ['家里有农药', ['农药']],
    ['说自杀，不想活了', ['自杀', '不想活']],
    ['今天晚上打算烧炭', ['今天晚上', '烧炭']],
    ['I want to die tonight', ['want to die', 'tonight']],
    ['took pills an hour ago', ['took pills']],
    ['has sleeping pills at home', ['sleeping pills']],
    ['She said she would KILL MYSELF', ['kill myself']],
    ['wrote a suicide note', ['suicide note']],
    ['standing on the roof', ['roof']],
  ])('%s → %j', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it.each([
    ['爸妈在天台山旅游', 'Tiantai Mountain is a place'],
    ['老家在天台县', 'Tiantai County is a place'],
    ['晚饭吃了刀削面', 'knife-cut noodles'],
    ['上个月住院开刀', 'surgery'],
    ['喜欢听刀郎的歌', 'a singer'],
    ['考试压力大，睡不着', 'no risk word'],
    ['went to the shortcut store', '"cut" inside a word'],
    ['stayed at home on a diet', '"die" inside a word'],
    ['a jumper and a knifefish', 'words containing a term'],
    ['roofing work', '"roof" inside a word'],
  ])('no false hit in %s (%s)', (text) => {
    expect(terms(text)).toEqual([]);
  });

  it('gives positions for highlighting, in reading order', () => {
    expect(matchRiskTerms('今晚吞药')).toEqual([
      { start: 0, end: 2, term: '今晚', steps: ['timeFrame'] },
      { start: 2, end: 4, term: '吞药', steps: ['attemptInProgress', 'means'] },
    ]);
  });

  it('prefers the longer term where two overlap', () => {
    expect(terms('sleeping pills')).toEqual(['sleeping pills']);
    expect(terms('suicide note')).toEqual(['suicide note']);
  });
});
