import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const dl = 'June 3, 2019 | 04:12 pm GMT+7\n\n';

describe('pledges', () => {
  it('finds commitments with actor, action, amount and due date', () => {
    const r = run(dl + 'Japan will provide US$10 million to Laos in 2020.');
    expect(r.pledges).toHaveLength(1);
    expect(r.pledges[0]).toMatchObject({ actor: 'Japan', action: 'provide', beneficiary: 'Laos', amount: { value: 10_000_000, currency: 'USD' }, due: '2020' });
  });
  it('takes the subject of reported speech, even with a time phrase before "that"', () => {
    const r = run(dl + 'Minister Tran Van An said on Monday that Japan will provide aid to Laos.');
    expect(r.pledges.map((p) => [p.actor, p.beneficiary])).toEqual([['Japan', 'Laos']]);
  });
  it('marks commitments by both sides as joint', () => {
    const r = run(dl + 'The two sides agreed to expand cooperation. Minister Tran Van An and Minister Sok Chenda signed a cooperation plan.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['joint', 'joint']);
  });
  it('does not take requests, wishes, hopes, beliefs or thanks for pledges', () => {
    const r = run(dl + [
      'Minister Tran Van An called on Cambodia to help.',
      'He urged Laos to continue to support the project.',
      'He expressed his wish that the Deputy Prime Minister would continue to create favourable conditions.',
      'He hoped that the two sides would continue to cooperate.',
      'He believed that the visit would continue to strengthen ties.',
      'Minister Sok Chenda thanked Vietnam for its support.',
      'The two sides had implemented a signed cooperation agreement.',
    ].join(' '));
    expect(r.pledges).toEqual([]);
  });
  it('resolves the giver of a gift and the subject of a pronoun', () => {
    const r = run(dl + 'Minister Tran Van An said the centre is a gift presented to Cambodia by Prime Minister Nguyen Xuan Phuc. He also pledged to train staff.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Nguyen Xuan Phuc', 'Tran Van An']);
  });
  it('keeps a commitment in a clause after a request', () => {
    const r = run(dl + 'Minister Tran Van An proposed that the agencies cooperate more, adding that his ministry would create all possible conditions.');
    expect(r.pledges).toHaveLength(1);
    expect(r.pledges[0].actor).toBe('Tran Van An');
  });
});

describe('pledges: forms beyond will and pledge', () => {
  it('reads readiness, benefits under way or given, passive futures, announcements and signings', () => {
    const r = run(dl + [
      'Japan stands ready to support Laos.',
      'The UK is providing GBP 500,000 to the UN Resident Coordinator\'s Office.',
      'Further support will be given to the Indonesian Red Cross.',
      'India announced a USD 300 million credit line for Ghana.',
      'Vietnam and Laos inked three agreements.',
    ].join(' '));
    expect(r.pledges.map((p) => p.actor)).toEqual(['Japan', 'United Kingdom', 'United Kingdom', 'India', 'joint']);
  });
  it('does not take benefits of long ago, plans to seek funds or headlines of signings for pledges', () => {
    const r = run('Norway, Chile sign fisheries grant agreement\n\n' + dl + [
      'Since 1995, the Fund has provided grants and loans to 40 countries.',
      'The Bank approved its first loan to Chile in 1972 and has since become a partner.',
      'The ministry will also seek Norwegian financing for a second phase.',
      'Norway will provide NOK 50 million to Chile.',
    ].join(' '));
    expect(r.pledges.map((p) => p.text)).toEqual(['Norway will provide NOK 50 million to Chile.']);
  });
  it('does not take effects, evaluations or beliefs about another party for pledges', () => {
    const r = run(dl + [
      'This project will help reduce poverty.',
      'Both sides agreed that relations are at their best.',
      'He expressed confidence that Japan will continue to support Laos.',
      'The assistance has contributed to development.',
    ].join(' '));
    expect(r.pledges).toEqual([]);
  });
  it('finds the actor behind a time phrase, in a quotation, through an anaphor, a relative clause and an agent', () => {
    const r = run(dl + [
      'On Tuesday, the Ministry of Health of Thailand pledged to send doctors.',
      '"We will stand by our partners," Minister Somchai Wongsa said.',
      'The ministry also committed to train nurses.',
      'Kravchuk met representatives of UNICEF, who agreed to supply furniture.',
      'The new office, funded by the Government of India, will open in May.',
    ].join(' '));
    expect(r.pledges.map((p) => p.actor)).toEqual(['Ministry of Health of Thailand', 'Somchai Wongsa', 'Ministry of Health of Thailand', 'UNICEF', 'Government of India']);
  });
});
