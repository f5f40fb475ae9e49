import { describe, expect, it } from 'vitest';
import { names, run } from './helpers.js';

describe('people', () => {
  it('finds titled names and merges short forms into the full name', () => {
    const r = run('Minister of Information and Communications Nguyen Manh Hung met PM Hun Sen. Minister Hung said the talks went well. Hung thanked Hun Sen.');
    expect(names(r.people)).toEqual(['Nguyen Manh Hung', 'Hun Sen']);
    expect(r.people[0].mentions.map((m) => m.text)).toEqual(['Nguyen Manh Hung', 'Hung', 'Hung']);
    expect(r.people[0].titles).toContain('Minister of Information and Communications');
  });
  it('keeps two people who share a short form apart', () => {
    const r = run('Deputy Minister Nguyen Thanh Hung met Minister Nguyen Manh Hung. Deputy Minister Nguyen Thanh Hung spoke first, then Minister Hung replied.');
    expect(names(r.people)).toEqual(['Nguyen Thanh Hung', 'Nguyen Manh Hung']);
    expect(r.people[1].mentions).toHaveLength(2);
  });
  it('drops honorifics and keeps them out of the name', () => {
    const r = run('The delegation was headed by Mrs. HE Prak Channoy, Secretary of State, and Samdech Techo Hun Sen.');
    expect(names(r.people)).toEqual(['Prak Channoy', 'Hun Sen']);
  });
  it('merges a name written with and without a middle initial, and one misspelling', () => {
    const r = run('Deputy Secretary Wendy R. Sherman met Minister Guo Weimin. Wendy Sherman and Minister Guo Wenmin talked.');
    expect(names(r.people)).toEqual(['Wendy R. Sherman', 'Guo Weimin']);
  });
  it('does not take places, organisations or role nouns for people', () => {
    const r = run('In Phnom Penh, the Vietnam News Agency met Assistant Superintendents of the Mekong University.');
    expect(r.people).toEqual([]);
  });
  it('attaches a country from the title', () => {
    const r = run('Cambodian Minister of Information Khieu Kanharith spoke.');
    expect(r.people[0]).toMatchObject({ name: 'Khieu Kanharith', country: 'Cambodia' });
  });
});
