import { describe, expect, it } from 'vitest';
import { splitLine } from '../src/stages/sentences/index.js';
import { run } from './helpers.js';

const split = (t: string) => splitLine(t, 0, t.length, new Set(['Mr', 'Mrs', 'Dr', 'H.E', 'U.S', 'No'])).map((s) => t.slice(s.start, s.end));

describe('sentences', () => {
  it('does not split after abbreviations or initials', () => {
    expect(split('Mr. Sam met H.E. Hun Sen and Johnny G. Plate in the U.S. capital. They talked.')).toEqual([
      'Mr. Sam met H.E. Hun Sen and Johnny G. Plate in the U.S. capital.',
      'They talked.',
    ]);
  });
  it('splits sentences glued without a space', () => {
    expect(split('He met Minister Nguyen Duc Loi.The Lao Government agreed.')).toEqual(['He met Minister Nguyen Duc Loi.', 'The Lao Government agreed.']);
  });
  it('splits off an agency sign-off', () => {
    expect(split('They thanked the ministry.-VNA')).toEqual(['They thanked the ministry.', '-VNA']);
  });
});

describe('sentences: an abbreviation that ends a name before a word that only opens sentences', () => {
  const abbr = new Set(['Mr', 'Ltd', 'U.S', 'Sh.P.K']);
  const openers = new Set(['The', 'Under', 'In']);
  const splitOpen = (t: string) => splitLine(t, 0, t.length, abbr, () => false, openers, new Set(['Mr'])).map((s) => t.slice(s.start, s.end));
  it('ends the sentence after "Ltd." or "Sh.P.K." before "The" or "Under", not after "Mr." before a name', () => {
    expect(splitOpen('The Ministry signed with Acme Ltd. The company will build. It signed with Termo-Dardania Sh.P.K. Under the deal, Mr. In Sokhon will pay.')).toEqual([
      'The Ministry signed with Acme Ltd.',
      'The company will build.',
      'It signed with Termo-Dardania Sh.P.K.',
      'Under the deal, Mr. In Sokhon will pay.',
    ]);
    expect(splitOpen('Acme Ltd. Holdings and the U.S. Treasury met.')).toEqual(['Acme Ltd. Holdings and the U.S. Treasury met.']);
  });
});

describe('sentences: a weekday\'s short form in a dateline', () => {
  const weekdays = new Set(['Wed', 'Sun']);
  const splitDay = (t: string) => splitLine(t, 0, t.length, new Set(['Jan']), (w) => w === 'January', new Set(), new Set(), weekdays).map((s) => t.slice(s.start, s.end));
  it('does not end a sentence before a month or a day ("Wed. Jan. 14, 2026", "Wed. 14 January"), may before another word', () => {
    expect(splitDay('BELMOPAN, Wed. Jan. 14, 2026 – The Government signed.')).toEqual(['BELMOPAN, Wed. Jan. 14, 2026 – The Government signed.']);
    expect(splitDay('SUVA, Wed. 14 January 2026 – Fiji signed.')).toEqual(['SUVA, Wed. 14 January 2026 – Fiji signed.']);
    expect(splitDay('They met on Sun. The talks went well.')).toEqual(['They met on Sun.', 'The talks went well.']);
  });
  it('gives the article its dateline', () => {
    const r = run('BELMOPAN, Wed. Jan. 14, 2026 – The Government of Belize signed an agreement today. Deliveries start next month.');
    expect(r.published).toBe('2026-01-14');
    expect(r.dates.map((d) => d.value)).toContain('2026-02');
  });
});

describe('tokens: a name and a participle joined by a hyphen', () => {
  it('are three tokens ("World Bank-funded"), a word of ordinary hyphenation one', async () => {
    const { tokenize } = await import('../src/text/tokens.js');
    expect(tokenize('the World Bank-funded project, a co-funded plan and Co-operation').map((t) => t.text)).toEqual(['the', 'World', 'Bank', '-', 'funded', 'project', ',', 'a', 'co-funded', 'plan', 'and', 'Co-operation']);
  });
});
