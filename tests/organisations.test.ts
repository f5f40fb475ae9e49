import { describe, expect, it } from 'vitest';
import { names, run } from './helpers.js';

describe('organisations', () => {
  it('reads acronyms defined in parentheses and their later uses', () => {
    const r = run('The Cambodia Postal Service Company (CPSC) met staff. Later CPSC signed a deal.');
    expect(r.organisations).toHaveLength(1);
    expect(r.organisations[0]).toMatchObject({ name: 'Cambodia Postal Service Company', aliases: ['CPSC'] });
    expect(r.organisations[0].mentions.map((m) => m.text)).toEqual(['Cambodia Postal Service Company', 'CPSC', 'CPSC']);
  });
  it('merges Post/Posts and forms with and without the country', () => {
    const r = run('The Ministry of Posts and Telecommunications of Cambodia met the Ministry of Post and Telecommunications. The Lao Ministry of Foreign Affairs and the Ministry of Foreign Affairs agreed.');
    expect(names(r.organisations)).toEqual(['Ministry of Posts and Telecommunications of Cambodia', 'Lao Ministry of Foreign Affairs']);
  });
  it('knows acronyms from the gazetteer', () => {
    const r = run('Both countries cooperate in ITU, UPU and ASEAN.');
    expect(names(r.organisations)).toEqual(['ITU', 'UPU', 'ASEAN']);
    expect(r.organisations[0].aliases).toContain('International Telecommunication Union');
  });
  it('does not take generic groups, titles or programmes for organisations', () => {
    const r = run('Vietnamese enterprises and the two ministries met the Minister of Finance about ODA, MOOC and 5G. The Massive Open Online Courses (MOOC) grew.');
    expect(r.organisations).toEqual([]);
  });
  it('warns about acronyms nobody defines', () => {
    const r = run('The XYZQ met the ministry.');
    expect(r.warnings.some((w) => w.code === 'undefined-acronym')).toBe(true);
  });
});
