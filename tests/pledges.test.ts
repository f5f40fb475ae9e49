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
    expect(r.pledges.map((p) => p.actor)).toEqual(['Japan', 'UK', 'UK', 'India', 'joint']);
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

describe('pledges: lists, amounts and appositions', () => {
  it('takes each line of a list of contributions, its giver before the colon or after "from"', () => {
    const r = run(dl + 'Donors met in Geneva.\n\nThe largest pledges announced today were:\n- Germany: US$ 95 million;\n- the Republic of Korea: KRW 10 billion;\n- US$ 45 million from the Government of the Netherlands over two years.\n\nThe meeting closed.');
    expect(r.pledges.map((p) => [p.actor, p.amount?.currency])).toEqual([['Germany', 'USD'], ['Republic of Korea', 'KRW'], ['Government of the Netherlands', 'USD']]);
  });
  it('gives the lead-in\'s giver to lines that allocate its money or split it by purpose', () => {
    const allocated = run(dl + 'Norway will give NOK 1 billion to Sudan.\n\nThe funding will be channelled through:\n- the World Food Programme (WFP): NOK 250 million;\n- €10 million to the UN Refugee Agency for shelter.');
    expect(allocated.pledges.map((p) => p.actor)).toEqual(['Norway', 'Norway', 'Norway']);
    const split = run(dl + 'The European Commission announced €300 million in new funding for education. The package includes:\n\n- €120 million for teacher training;\n- €100 million for vocational training.');
    expect(split.pledges.map((p) => p.actor)).toEqual(['European Commission', 'European Commission', 'European Commission']);
  });
  it('takes the items of a list of what was agreed, not a list of the documents signed', () => {
    const text = dl + 'The two sides agreed to strengthen cooperation in:\n(1) renewable energy and grid connections;\n(2) economic cooperation, especially on industry.\n\nThe following documents were signed:\n- Memorandum of Understanding on tourism;\n- Agreement on air services.';
    const r = run(text);
    const texts = r.pledges.map((p) => text.slice(p.start, p.end));
    expect(texts).toEqual(['The two sides agreed to strengthen cooperation in:', '(1) renewable energy and grid connections;', '(2) economic cooperation, especially on industry.', 'The following documents were signed:']);
    expect(r.pledges.slice(0, 3).map((p) => p.actor)).toEqual(['joint', 'joint', 'joint']);
  });
  it('reads the world\'s currencies', () => {
    const r = run(dl + 'Kenya will provide KES 2.5 billion to farmers. Brazil will lend R$ 410 million to the company. India will provide Rs 500 crore to the states.');
    expect(r.pledges.map((p) => [p.amount?.currency, p.amount?.value])).toEqual([['KES', 2.5e9], ['BRL', 4.1e8], ['INR', 5e9]]);
  });
  it('reads a benefit verb after an apposition or an adverb, and not a participle after a comma', () => {
    const r = run(dl + 'Today, the Honourable Marie Tremblay, Minister of International Development, announced $85 million in funding for farmers. The Minister of State, Niamh Byrne, today announced €27 million in funding. The Extended Fund Facility, approved in March 2023, has stabilised the economy.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Marie Tremblay', 'Niamh Byrne']);
  });
  it('does not count the signatories of an agreement the article already reported signed', () => {
    const r = run(dl + 'Japan and Laos signed a grant agreement for schools. The agreement was signed by Ambassador Kenji Sato and Minister Bounkham Vongsa.');
    expect(r.pledges).toHaveLength(1);
  });
});

describe('pledges: a commitment another party welcomes', () => {
  it('is the commitment of the party after "by", "of" or "from"', () => {
    const r = run(dl + 'Prime Minister Peter Kaupa welcomed the commitment by the Government of Japan to provide 6.8 billion yen in grant aid. He thanked Japan for its support.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Government of Japan']);
  });
  it('reads an offer to act, and a commitment made at the request of someone', () => {
    const r = run(dl + 'The Government of Barbados also offered to host the secretariat. At the request of the committee chair, Minister Ana Tapia undertook to submit a bill. He requested Japan to provide aid.');
    expect(r.pledges.map((p) => [p.actor, p.action])).toEqual([['Government of Barbados', 'host'], ['Ana Tapia', 'vow']]);
  });
  it('reads a decision to give as a pledge, not any decision', () => {
    const r = run(dl + 'The Government of Japan has decided to extend Emergency Grant Aid of USD 2 million to Nepal. The Central Bank decided to keep the rate unchanged.');
    expect(r.pledges.map((p) => [p.actor, p.action])).toEqual([['Government of Japan', 'extend']]);
  });
  it('reads "the company" as the company named with its legal form', () => {
    const r = run(dl + 'The Ministry of Industry and Ferrante Cavi S.p.A. signed a contract. Under the contract, the Ministry will provide EUR 38 million in grants, while the company will invest EUR 82 million.');
    expect(r.pledges.map((p) => p.actor)).toEqual(expect.arrayContaining(['Ministry of Industry', 'Ferrante Cavi S.p.A.']));
  });
});

describe('pledges: which name the party is recorded under', () => {
  const pub = { published: '2025-06-02' };
  const actors = (text: string) => run(text, pub).pledges.map((p) => p.actor);
  it('records a party named by an acronym under the full name the article spells out', () => {
    expect(actors('The Arab Bank for Economic Development in Africa (BADEA) approved the loan on Monday. In addition, BADEA will provide a grant of USD 600,000 for the design.')).toContain('Arab Bank for Economic Development in Africa');
    expect(actors('The Arab Bank for Economic Development in Africa (BADEA) approved the loan on Monday. In addition, BADEA will provide a grant of USD 600,000 for the design.')).not.toContain('BADEA');
  });
  it("takes a governing organ's decision as its body's", () => {
    expect(actors('The Council of the Eurasian Fund for Stabilization and Development has approved an investment loan of USD 90 million to Tajikistan. The Eurasian Fund for Stabilization and Development was set up in 2009.')[0]).toBe('Eurasian Fund for Stabilization and Development');
  });
  it('reads "the Kyrgyz side" as the country and "the Republic of Korea" as no anaphor', () => {
    expect(actors('The Ministry of Energy and Steppe Power LLP signed an agreement. Under the agreement, Steppe Power will invest USD 115 million. The Kyrgyz side will allocate a land plot of 420 hectares.')[2]).toBe('Kyrgyzstan');
    expect(actors('Mr Kim Dong-hyun, Counsellor of the Embassy of the Republic of Korea to Laos, attended. The project is funded by the Republic of Korea with a contribution of USD 1.5 million.')).toEqual(['Republic of Korea']);
  });
  it('reads "the Province" as the province named before', () => {
    expect(actors('The Province of Salta and Puna Litio S.A. signed an agreement. Under the agreement, Puna Litio S.A. will finance USD 3.5 million in water works. The Province, for its part, will upgrade 86 kilometres of road.')[2]).toBe('Province of Salta');
  });
  it('reads "the Government" and "the Province" that the article never names in full as written, not as the speaker', () => {
    expect(actors('The Minister of Finance, Hon. Sione Vake, today presented the Budget. The Government will remove consumption tax on rice and flour from 1 August.')).toEqual(['Government']);
    expect(actors('Public Works Minister Callum Reid announced the award on Tuesday. The Province will also provide $1.8 million to the Municipality for sidewalks.')).toEqual(['Province']);
    // The speaker still stands for an anaphor inside what he says.
    expect(actors('The President of the Regional Government of Principe, Mr. Jonas Lopes, said the Region would set aside 300 hectares of land for the project.')).toEqual(['Jonas Lopes']);
  });
  it('reads "the regional akimat" as the akimat named before', () => {
    expect(actors('The Akimat of Karaganda Region and the Development Bank of Kazakhstan signed a loan agreement. The regional akimat will subsidise part of the interest rate from the local budget.')[1]).toBe('Akimat of Karaganda Region');
  });
  it('takes no giver from "financed by" after a promise, where it describes a thing, but still from "donated by"', () => {
    expect(actors('Pieter Smet, the Belgian Ambassador, spoke. For its part, the Government of Burundi undertook to exempt the goods and services financed by the programme from customs duties.')).toEqual(['Government of Burundi']);
    expect(actors('The German company Baumann Forsttechnik GmbH will supply monitoring software to SERNANP under a separate contract financed by the EU.')).toEqual(['Baumann Forsttechnik GmbH']);
    expect(actors('The Minister attended the handover of 20 tonnes of rice seed donated by the Southern Food Corporation (Sofoco).')).toEqual(['Southern Food Corporation']);
  });
  it('reads "the consortium" as the company named most, and never takes a news agency or a weekday for a party', () => {
    expect(actors('KUWAIT, Feb 3 (KUNA) -- The Ministry of Electricity signed a power purchase agreement with a consortium of Shinkai Renewables Co., Ltd. and Gulf Sun Energy Company K.S.C.C.\n\nThe consortium will design, finance, build and operate the plant.')).toEqual(['joint', 'Gulf Sun Energy Company K.S.C.C.']);
    expect(actors('TUCSON, Ariz. - The Mayor and Council on Tuesday approved a development agreement with Sonoran Aero Inc.')).not.toContain('Tuesday');
    expect(actors('KUWAIT, Feb 3 (KUNA) -- Food baskets will be provided to 500 families, the Kuwait Red Crescent Society said.')).not.toContain('KUNA');
  });
  it('gives a commitment that several parties make "each" to the first of them, not to all jointly', () => {
    expect(actors('Tuvalu, Nauru and Niue have each agreed to assign a national coordinator. Samoa and Tonga will each provide storage space. Fiji and Tonga agreed to hold annual talks.')).toEqual(['Tuvalu', 'Samoa', 'joint']);
  });
  it('takes a contract award as a commitment of the awarding body, and a request to another party as none', () => {
    expect(actors('Infrastructure Fiji (IF) has awarded the F$8.6 million contract for the upgrade of Levuka wharf to Ovalau Civil Works Ltd, following an open tender.')).toEqual(['Infrastructure Fiji']);
    expect(actors('The Government will also submit a request to the European Commission for the mobilisation of the Solidarity Fund. The Ministry will ask the World Bank for a loan.')).toEqual([]);
    expect(actors('She was awarded the Order of Merit for her work on the contract reform.')).toEqual([]);
    expect(actors('The National Power Company (NPC) awarded the construction of the Rio Claro solar park to the Consorcio Solar Andino for USD 58.6 million.')).toEqual(['National Power Company']);
    expect(actors('The Council of Ministers also approved the award of the contract for the Suai water system to Tasi Mean Construction Lda.')).toEqual(['Council of Ministers']);
  });
  it('takes money made available, duty cuts and exemptions as benefits given, and a court date as none', () => {
    expect(actors('Minister Thandi Mokoena said government had made R480 million available for immediate relief.')).toEqual(['Thandi Mokoena']);
    expect(actors('The Ministry has made the documents available online.')).toEqual([]);
    expect(actors('In addition, the Banque Agricole du Sahel (BAS) has opened a credit line of FCFA 5 billion for producer cooperatives. The Minister opened the new office in Kaya.')).toEqual(['Banque Agricole du Sahel']);
    expect(actors('The Ministry of Economy announced today that the export duties for 38 products will be reduced to zero as of June 1.')).toEqual(['Ministry of Economy']);
    expect(actors('The Ministry of Agriculture met the farmers\' unions on Monday. Farmers in the affected municipalities will be exempt from social security contributions until December.')).toEqual(['Ministry of Agriculture']);
    expect(actors('The Customs Department arrested two men. They will appear at the District Court tomorrow.')).toEqual([]);
    expect(actors('The Department of Social Welfare met the mayors on Monday. Families whose houses were partially damaged will receive P5,000 each, the Secretary said. The Minister will receive the delegation on Friday.')).toEqual(['Department of Social Welfare']);
    expect(actors('The Minister received the Ambassador of Morocco, who presented a copy of his Letters of Credence. The Committee will next meet on 24 February 2026. The consortium presented the lowest evaluated offer among the bidders.')).toEqual([]);
  });
  it("takes a promise's subject, not the source named in a participle after it or an approval still to come", () => {
    expect(actors('CABEI will also provide USD 1.2 million, funded by the Korea-CABEI Infrastructure Fund, to strengthen the unit.')).toEqual(['CABEI']);
    expect(actors('National Electric Grid of Kyrgyzstan OJSC will purchase the entire output at a tariff to be approved by the Department for Regulation of the Fuel and Energy Complex.')).toEqual(['National Electric Grid of Kyrgyzstan OJSC']);
  });
});

describe('pledges: a company named again without its legal form', () => {
  it('is the party under its registered name', () => {
    const r = run('Windhoek, 3 June 2025 - NamWater and Benguela Desal (Pty) Ltd signed a water purchase agreement. Under the agreement, Benguela Desal will build and operate the plant.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['joint', 'Benguela Desal (Pty) Ltd']);
  });
});

describe('pledges: "the company" among several companies', () => {
  it('is the company the article has named most often so far', () => {
    const r = run('Lima, 3 June 2025 - Andes Solar Ltd and Red Eléctrica Norte S.A. signed a power purchase agreement. Andes Solar Ltd will build the plant. Under the agreement, the company will also train 50 technicians.');
    expect(r.pledges.map((p) => p.actor).at(-1)).toBe('Andes Solar Ltd');
  });
});

describe('pledges: a second party named in a later clause', () => {
  it('is a pledge of its own even when no stage took its name', () => {
    const r = run('Santiago, 3 June 2025 - Under the agreement, ENAP will lease 180 hectares of land, while Nordwind will finance the feasibility studies.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['ENAP', 'Nordwind']);
  });
});

describe('pledges: a list after "X will:"', () => {
  it("makes each item a pledge of the party before the modal; 'commits to' and 'has undertaken to' are cues", () => {
    const r = run('Thimphu, 3 June 2025\n\nUnder the programme, Thailand will:\n• award 24 scholarships for Bhutanese students;\n• host four study visits.\n\nLRT commits to building a school. The company has also undertaken to reserve 30 per cent of its subcontracting.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Thailand', 'Thailand', 'LRT', 'LRT']);
  });
});

describe('pledges: section headings and signings still to come', () => {
  it('takes neither a heading inside the article nor a future signing for a pledge', () => {
    const r = run('Díli, 8 de outubro de 2025\n\nThe Council of Ministers met and approved the following matters:\n\nDonation to Vanuatu\nThe Council approved a donation of USD 500,000 to Vanuatu.\n\nThe arrangement will be signed in Kupang on 3 November.');
    expect(r.pledges.map((p) => p.text)).toEqual(['The Council approved a donation of USD 500,000 to Vanuatu.']);
  });
});

describe('pledges: the State, a name before a parenthetical, a name cut before its complement', () => {
  it('reads each as the party', () => {
    const r = run('Rennes, 4 April 2025\n\nThe Brittany Region and France signed a deal.\n\n• the State will contribute 18 million euros through the France 2030 plan;\n\nGécamines, which holds a 20 per cent stake in Kando Cuivre SAS, will contribute USD 2 million to equip the hospital.\n\nMedr, the Commission for Tertiary Education and Research, will support a new pathway.\n\nThe OPEC Fund for International Development approved a loan. The OPEC Fund will also provide US$1.2 million in grants.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['joint', 'France', 'Gécamines', 'Medr', 'OPEC Fund for International Development', 'OPEC Fund for International Development']);
  });
});

describe('pledges: schedules', () => {
  it('takes "will begin", "will start", "will run", "will publish" for the calendar, not commitments', () => {
    const r = run('Lima, 3 June 2025\n\nThe company would begin construction in the first quarter of 2026. The programme will run until December 2027. The Office will publish the second estimate on 5 September. Japan will provide USD 5 million.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Japan']);
  });
});

describe('pledges: heads in the body’s own language, "and" inside a name, a source after a signing', () => {
  it('resolves "the Bank" to a Banque, keeps one ministry whole, and leaves the co-financer out', () => {
    const r = run('Lomé, 3 June 2025 - The Banque Agricole du Faso (BADF) and Savanes Lumière SARL signed a loan. The Bank will also defer repayments.\n\nThe Ministry of Health and Human Services (MHHS) committed to recruiting 12 nurses.\n\nThe Minister, Ivana Vrdoljak-Šarić, today signed 14 grant agreements worth EUR 20 million, co-financed by the European Regional Development Fund.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['joint', 'Banque Agricole du Faso', 'Ministry of Health and Human Services', 'Ivana Vrdoljak-Šarić']);
  });
});

describe('pledges: "it" right after a body’s pledge', () => {
  it('is that body making a second pledge', () => {
    const r = run('Zagreb, 3 June 2025\n\nThe Croatian Bank for Reconstruction and Development will lend EUR 5 million to the islands. It will also grant a two-year moratorium on repayment.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Croatian Bank for Reconstruction and Development', 'Croatian Bank for Reconstruction and Development']);
  });
});

describe('pledges: "My Ministry" in a quotation', () => {
  it('is no body of its own but the speaker', () => {
    const r = run('Port Vila, 3 June 2025\n\nThe Ministry of Climate Change Adaptation signed. "My Ministry will make sure every siren is tested," Minister Kaltapau said.');
    expect(r.organisations.map((o) => o.name)).toEqual(['Ministry of Climate Change Adaptation']);
    expect(r.pledges.map((p) => p.actor)).toEqual(['Kaltapau']);
  });
});

describe('pledges: "the Government" with no government named', () => {
  it('is the issuer’s country (its capital opens the dateline) when the article names it, else the country named last', () => {
    const home = run("N'Djamena, 17 June 2025 – The Minister signed a grant for boreholes in provinces that host 800,000 Sudanese refugees.\n\nUnder the agreement, the Government undertakes to provide the sites. The Minister thanked the people of Chad.");
    expect(home.pledges.map((p) => p.actor)).toContain('Chad');
    const donor = run('WASHINGTON, 17 June 2025 – The World Bank approved a grant for Laos.\n\nThe Government will contribute USD 2 million.');
    expect(donor.pledges.map((p) => p.actor)).toEqual(['World Bank', 'Laos']);
  });
});

describe('pledges: promises in the negative, "will have ... running", and a body named "This Government" in a quotation', () => {
  it('takes "We will not raise tariffs" and "we will have the first systems running" as commitments of the speaker', () => {
    const r = run('Bamako, 5 March 2025 – The Minister of Energy, Mr. DEMBÉLÉ Moussa Fousseyni, signed the loan.\n\n« Before the rainy season, we will have the first 40 systems running, » said Minister DEMBÉLÉ.\n\n"We will not raise tariffs for households," he said. "This Government will never forget its partners."');
    expect(r.pledges.slice(1).map((p) => [p.actor, p.action])).toEqual([['DEMBÉLÉ Moussa Fousseyni', 'complete'], ['DEMBÉLÉ Moussa Fousseyni', 'raise']]);
  });
  it('does not take "will not be", "will not only" or "will have the opportunity"', () => {
    const r = run('Suva, 5 March 2025\n\nThe road will not be closed. The plan will not only help farmers but also traders. We will have the opportunity to meet again.');
    expect(r.pledges).toEqual([]);
  });
});

describe('pledges: a person set off by commas after a title', () => {
  it('is the subject: "The Minister of Energy, Mr. Moussa Dembele, signed the loan"', () => {
    expect(run('Bamako, 5 March 2025 – The Minister of Energy, Mr. Moussa Dembele, signed the loan.').pledges.map((p) => p.actor)).toEqual(['Moussa Dembele']);
  });
});

describe('pledges: a signing of an agreement "between" two parties, and "the province" as a subject', () => {
  it('is joint, and the province named before', () => {
    const r = run('Phnom Penh, 3 June 2025 – The grant agreement between the Ministry of Economy and Finance and the Japan International Cooperation Agency (JICA) was signed by H.E. Keo Sreymom.\n\nThe Jeju Special Self-Governing Province met the operators. For its part, the province will provide a subsidy of KRW 150 million per bus.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['joint', 'Jeju Special Self-Governing Province']);
  });
});

describe('pledges: the shares of a package listed after its lead-in', () => {
  it('are pledges of the body the lead-in names, a board acting for the bank it is of', () => {
    const r = run('Jeddah, Kingdom of Saudi Arabia, 21 September 2025 – The Board of Executive Directors (BED) of the Islamic Development Bank (IsDB) approved US$ 412 million in new financing for six projects.\n\nThe approved financing includes:\n- US$ 120 million for the Vakhsh Valley Irrigation Rehabilitation Project in Tajikistan;\n- US$ 30 million for the Dushanbe Health Project in Tajikistan.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Islamic Development Bank', 'Islamic Development Bank', 'Islamic Development Bank']);
  });
});

describe('pledges: a company named again without its legal form', () => {
  it('is the party under its registered name, and legal forms in small letters close a name', () => {
    const r = run('Havana, 3 June 2025 – The Ministry signed a contract with Mekong Xanh Agriculture JSC. Under the contract, Mekong Xanh will invest USD 12 million in a dryer. Lumen Therapeutics plc will build a plant.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['joint', 'Mekong Xanh Agriculture JSC', 'Lumen Therapeutics plc']);
    expect(r.organisations.map((o) => o.mentions.length)).toEqual([2, 1]);
  });
});

describe('pledges: an implementing body’s role', () => {
  it('is no commitment ("will implement the project", "will supervise the construction works"), a giver’s is', () => {
    const r = run('Manila, 3 June 2025 – JICA will lend USD 50 million. The Department of Public Works and Highways will implement the project. The Ministry will supervise the construction works. CAF will finance the studies and will supervise the project.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['JICA', 'CAF']);
  });
});

describe('pledges: a country that commits, under the name the article writes', () => {
  it('is "Korea" or "Viet Nam" when the list\'s own name is never written, the list\'s name when it is', () => {
    const r = run('Seoul, 3 June 2025 – Korea will provide USD 6 million to the Korea International Cooperation Agency programme. Viet Nam will share its experience in rice seed production.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Korea', 'Viet Nam']);
    const listed = run('Hanoi, 3 June 2025 – Vietnam and Laos met. Viet Nam will share its experience in rice seed production.');
    expect(listed.pledges.map((p) => p.actor)).toEqual(['Vietnam']);
  });
  it('is the shortest name: "Angola" for an article that writes only "Republic of Angola", not the adjective "Lao"', () => {
    const r = run('Gaborone, 3 June 2025 – The Minister of the Republic of Angola met the Minister of the Republic of Botswana. The Angolan side undertook to open the port. The Lao side agreed to help, through Lao territory.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Angola', 'Laos']);
  });
  it('does not count a form inside a body\'s name or before a capitalised word', () => {
    const r = run('Riyadh, 3 June 2025 – The Saudi Fund for Development (SFD) met the Saudi-Egyptian Business Council. "The Kingdom will continue to stand by the people," the Ambassador said.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Saudi Arabia']);
  });
});

describe('pledges: decisions, welcomed contributions, formulas that are no pledges', () => {
  it('reads "decided to release" after "On the proposal of", a contribution welcomed "from" a donor, and "wishes to advise that ... signed"', () => {
    const r = run('Vienna, 3 June 2025 – Intro.\n\nOn the proposal of Foreign Minister Katharina Auer, the Council of Ministers today decided to release EUR 2 million for the victims. UNHCR today welcomed a new contribution of EUR 7 million from Japan to provide shelter. The Ministry wishes to advise that Ghana and Peru signed a Memorandum of Understanding yesterday.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Council of Ministers', 'Japan', 'joint']);
  });
  it('takes no audience granted and no cue inside a person\'s name', () => {
    const r = run('Bandar Seri Begawan, 3 June 2025 – By Tamara Williams-Grant\n\nDuring the visit, Deputy Minister Khai was granted an audience with His Majesty the Sultan.');
    expect(r.pledges).toEqual([]);
  });
});

describe('pledges: a body named again in short', () => {
  it('is the party under its full name when the short form lacks only a complement ("of the Ménaka Region"), not a larger body\'s ("World Bank Group")', () => {
    const r = run('Bamako, 3 June 2025 – The Interim Authority of the Ménaka Region met the World Bank Group. The Interim Authority will provide land. The World Bank will provide USD 5 million.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Interim Authority of the Ménaka Region', 'World Bank']);
  });
});

describe('pledges: a list under "the Region will:" and a region named in two languages', () => {
  it('gives the items to the body the lead-in\'s head names, not to the person named before', () => {
    const r = run('Palermo, 3 June 2025 – The Regione Siciliana approved a package. The measures were presented by the Regional Councillor for Agriculture, Dott. Salvatore Lo Giudice.\n\nUnder the package, the Region will:\n- pay EUR 15 million in direct grants to farms;\n- install 40 emergency wells.\n');
    expect(r.pledges.slice(-2).map((p) => p.actor)).toEqual(['Regione Siciliana', 'Regione Siciliana']);
  });
  it('reads "The Brittany Region (Région Bretagne)" as one body under its English name', () => {
    const r = run('Rennes, 4 April 2025\n\nThe Brittany Region (Région Bretagne) will invest €42 million in a quay.\n');
    expect(r.organisations.map((o) => [o.name, o.mentions.length])).toEqual([['Brittany Region', 2]]);
    expect(r.pledges.map((p) => p.actor)).toEqual(['Brittany Region']);
  });
});

describe('pledges: what the issuer says of itself, an audience, the signing before this one', () => {
  it('takes nothing from a late "Established in 1961, ..." paragraph, "Audience granted" or "last signed ... in 2019"', () => {
    const r = run('Audience granted to the High Commissioner of Canada\n\nTashkent, 3 June 2025 – The Kuwait Fund will lend KD 25 million to Uzbekistan for irrigation.\n\nThe two countries last signed a port agreement in November 2019, but it was never implemented.\n\nEstablished in 1961, KFAED has extended loans to more than 100 countries and is committed to development.\n');
    expect(r.pledges.map((p) => p.text.slice(0, 20))).toEqual(['Tashkent, 3 June 202']);
  });
});

describe('pledges: a cabinet acts for its government', () => {
  it('names the government the article names, else the Cabinet as written', () => {
    const named = run('GOVERNMENT OF SAINT LUCIA\n\nCABINET CONCLUSIONS\n\nCastries, 14 May 2025\n\nThe Water and Sewerage Company Inc. (WASCO) reported on supply.\n\nCabinet approved a one-time grant of EC$1,500 to each farmer affected by the drought.\n');
    expect(named.pledges.map((p) => p.actor)).toEqual(['Government of Saint Lucia']);
    const bare = run('BANGKOK, Sept 16, 2025 (NNT) - The Cabinet on Tuesday approved a 14.6-billion-baht package for farmers, to be disbursed through the Bank for Agriculture and Agricultural Cooperatives.\n');
    expect(bare.pledges.map((p) => p.actor)).toEqual(['Cabinet']);
    // "The Cabinet Office" is a body of its own.
    const office = run('London, 2 June 2025\n\nThe Cabinet Office will provide £2 million to the scheme.\n');
    expect(office.pledges.map((p) => p.actor)).toEqual(['Cabinet Office']);
  });
});

describe('pledges: a signing dated in the past', () => {
  it('is background when its year is long gone or "since" frames a perfect tense', () => {
    const r = run('Paramaribo, 7 February 2025\n\nFrance has donated four patrol boats to the Suriname Police Force.\n\nThe two countries signed an air services agreement in 2019.\n\nSince 2023, the company has signed power purchase agreements for 60 megawatts.\n\nThe firm, which has operated in Suriname since 2019, signed a contract with the Ministry to build a jetty.\n');
    expect(r.pledges.map((p) => p.text.slice(0, 22))).toEqual(['France has donated fou', 'The firm, which has op']);
  });
});

describe('pledges: allowances raised, charges not made, services free of charge', () => {
  it('reads each as a benefit the issuer gives', () => {
    const r = run('Rabat, 3 October 2025\n\nThe Ministry of Economy and Finance presented the budget.\n\nThe monthly minimum of direct social support will be raised to MAD 600 per household from January 2026.\n\nCustomers in the affected areas will not be charged the fixed meter rent for March.\n\nAny resident can get a dengue test free of charge at the ten clinics.\n\nRevenue will be raised by 4% next year.\n');
    expect(r.pledges.map((p) => p.text.slice(0, 24))).toEqual(['The monthly minimum of d', 'Customers in the affecte', 'Any resident can get a d']);
  });
});

describe('pledges: a country named as the article names it', () => {
  it('keeps "Kyrgyz Republic" when the article never writes "Kyrgyzstan", and shortens "Republic of Angola"', () => {
    const kg = run('Islamabad, 3 June 2025\n\nPakistan and the Kyrgyz Republic held talks. The Kyrgyz side will allocate a land plot of 420 hectares.\n');
    expect(kg.pledges.map((p) => p.actor)).toEqual(['Kyrgyz Republic']);
    const ao = run('Windhoek, 3 June 2025\n\nNamibia and the Republic of Angola held talks. The Angolan side undertook to open the port.\n');
    expect(ao.pledges.map((p) => p.actor)).toEqual(['Angola']);
  });
});

describe('pledges: "the contractor"', () => {
  it('is the company named last before it', () => {
    const r = run('Castries, 14 May 2025\n\nThe Ministry of Infrastructure awarded a contract to Morne Fortune Civil Works Ltd. for the road.\n\nThe contractor has undertaken to recruit at least forty workers from the communities.\n');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Ministry of Infrastructure', 'Morne Fortune Civil Works Ltd']);
  });
});

describe('pledges: a signing with its time and place set off by commas', () => {
  it('still finds the thing signed after them', () => {
    const r = run("Algiers, 3 June 2025\n\nThe Sonelgaz Group and the Ministry of Agriculture signed, on Monday 2 June 2025 at the Group's headquarters in Ben Aknoun, an agreement to connect 3,000 farms.\n");
    expect(r.pledges.map((p) => p.actor)).toEqual(['joint']);
  });
});

describe('pledges: three or more parties listed by name', () => {
  it('each commit (the first stands for them), unless what they agree to is joint', () => {
    const r = run('Ottawa, 3 June 2025\n\nCanada, Spain and Switzerland have pledged financial contributions to the Mission.\n\nThe Ministry of Health, WHO and UNFPA also agreed to conduct a joint review of the campaign.\n\nKenya and Ethiopia agreed to expand power trade.\n');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Canada', 'joint', 'joint']);
  });
});

describe('pledges: a capital standing for its state', () => {
  it('gives the state ("Seoul will raise"), not the city of "the City of Tallinn will cover"', () => {
    const r = run('Ulaanbaatar, 3 June 2025\n\nUnder the deal, Seoul will raise the annual quota for Mongolian seasonal workers to 5,000.\n\nThe City of Tallinn will cover the development costs.\n');
    expect(r.pledges[0].actor).toMatch(/Korea/);
    expect(r.pledges[1].actor).not.toMatch(/Estonia/);
  });
});

describe('pledges: passing a document on, inviting bids, leading a mission', () => {
  it('commits nothing to anyone', () => {
    const r = run('Taipei, 3 June 2025\n\nThe Cabinet will submit the special budget bill to the Legislative Yuan in September.\n\nThe Ministry of Construction will invite bids for the harbour works in March.\n\nMr. Pichit will lead a trade mission to Osaka from 9-12 October.\n\nThe Ministry will build 40 classrooms.\n');
    expect(r.pledges.map((p) => p.text.slice(0, 20))).toEqual(['The Ministry will bu']);
  });
});

describe('pledges: several parties, each with its own commitment in one sentence', () => {
  it('gives one pledge per party after ", and" or a comma and a new "will"', () => {
    const r = run('Nairobi, 3 June 2025\n\nUnder the partnership, the Netherlands will provide a grant of EUR 3.5 million, Lakeview Solar Kenya Ltd will install the cold rooms, and the County Government of Kisumu will provide the land.\n\nThe FAO will provide seed to households in the Centre-Nord, Sahel and Est regions, under a project funded by the Kingdom of Belgium.\n');
    expect(r.pledges.map((p) => p.actor)).toEqual(['the Netherlands', 'Lakeview Solar Kenya Ltd', 'County Government of Kisumu', 'FAO']);
  });
});

describe('pledges: a package "presented" at an event or by a minister', () => {
  it('is shown, not given; a gift presented to a country is given', () => {
    const r = run('Nicosia, 3 June 2025\n\nThe package, worth EUR 40 million, was presented today by the Minister of Agriculture, Androulla Hadjikyriakou.\n\nThe measures were presented at the press conference after the Council of Ministers.\n\nThe centre, worth 5 million USD, is a gift presented to Cambodia by China.\n');
    expect(r.pledges.map((p) => p.text.slice(0, 10))).toEqual(['The centre']);
  });
});

describe('pledges: the timing of a thing already given, reported', () => {
  it('is no pledge of its own; a gift reported the same way still is', () => {
    const r = run('Suva, 3 June 2025\n\nThe Ministry will provide grants of up to $25,000 to farmers.\n\nHe added that the first grants would be paid by the end of May.\n\nShe said the vaccines would be given free of charge at all health facilities.\n');
    expect(r.pledges.map((p) => p.text.slice(0, 12))).toEqual(['The Ministry', 'She said the']);
  });
});

describe('pledges: a visit paid, an address delivered', () => {
  it('are events; a subsidy paid is a pledge', () => {
    const r = run('Tokyo, 3 June 2025\n\nThe Minister of Foreign Affairs, Hon. Jane Doe, will pay an official visit to Japan from 10 to 12 June 2025.\n\nThe Minister will also deliver a keynote address at the Tokyo Forum on 11 June.\n\nThe Ministry will pay a freight subsidy of 40 cents per kilogram.\n');
    expect(r.pledges.map((p) => p.text.slice(0, 12))).toEqual(['The Ministry']);
  });
});

describe('pledges: a decision to do something', () => {
  it('commits the deciding party, not when it sets a rate or dates from a year gone', () => {
    const r = run('Tarawa, 3 June 2025\n\nThe Cabinet, at its meeting on Tuesday, decided to raise the Government-guaranteed price of copra from $2.50 to $3.00 per kilogram.\n\nThe Committee decided to reduce the monetary policy rate by 50 basis points.\n\nThe European Council decided to open accession negotiations with Moldova in December 2023.\n');
    expect(r.pledges.map((p) => p.text.slice(0, 11))).toEqual(['The Cabinet']);
  });
});

describe('pledges: what people "will be able to apply for"', () => {
  it('is a grant the issuer gives, and a press office is never the giver', () => {
    const r = run('BARBADOS GOVERNMENT INFORMATION SERVICE\n\nBridgetown, 3 June 2025\n\nThe Ministry of Agriculture announced the scheme today.\n\nSmall farmers will be able to apply for grants of up to $25,000 each under the new scheme.\n');
    expect(r.pledges.map((p) => [p.actor, p.text.slice(0, 11)])).toEqual([['Ministry of Agriculture', 'Small farme']]);
  });
});

describe('pledges: an assurance after thanks', () => {
  it('commits the party that assures; the thanks before it block nothing after "and assured"', () => {
    const r = run('Monrovia, 3 June 2025\n\nMinister Wleh-Dennis thanked the Kingdom of Morocco for its support and assured the Ambassador that the Ministry would fast-track the ratification of the agreement.\n\nThe Lao side conveyed its support for India\'s candidature for a non-permanent seat.\n\nThe Minister thanked Japan for the donation.\n');
    expect(r.pledges.map((p) => p.text.slice(0, 12))).toEqual(['Minister Wle', 'The Lao side']);
  });
});

describe('pledges: a party and an amount with the verb left out', () => {
  it('repeat the commitment for each party', () => {
    const r = run("London, 3 June 2025\n\nThe Government of Japan pledged US$ 60 million, the Children's Investment Fund Foundation (CIFF) US$ 50 million and the European Union €40 million.\n\nIn return, Kazakhstan will supply 400,000 tonnes of coal and Uzbekistan 1.2 billion kilowatt-hours of electricity to Kyrgyzstan.\n");
    expect(r.pledges.map((p) => p.actor)).toEqual(['Government of Japan', "Children's Investment Fund Foundation", 'European Union', 'Kazakhstan', 'Uzbekistan']);
  });
});

describe('pledges: a name no stage took, before "has agreed"', () => {
  it('is the party past the auxiliary; the last of two joined by "and" is not', () => {
    const r = run('Belfast, 3 June 2025\n\nThe Department announced the works.\n\nNI Water has agreed to bring forward its mains replacement work.\n\nThe Ville de Trois-Pins has agreed to speed up permits.\n\nPolice and URA have agreed to mount joint checkpoints.\n');
    expect(r.pledges.map((p) => p.actor)).toEqual(['NI Water', 'Ville de Trois-Pins', 'joint']);
  });
});

describe('pledges: meetings held, a hyphenated verb, "the Parties"', () => {
  it('a meeting held and a session co-chaired are events; "the Parties" and "the Partner States" act together', () => {
    const r = run('Amman, 3 June 2025\n\nThe Minister will co-chair the second session of the Joint Committee.\n\nThe committee will hold its first meeting in Aqaba in June.\n\nOn energy, the Parties agreed to establish a working group on biofuels.\n\nThe Partner States have agreed to share laboratory data on outbreaks.\n\nDenmark would also host a follow-up meeting in Copenhagen in October.\n');
    expect(r.pledges.map((p) => [p.actor, p.text.slice(0, 10)])).toEqual([['joint', 'On energy,'], ['joint', 'The Partne'], ['Denmark', 'Denmark wo']]);
  });
});

describe('pledges: commitments reported in one sentence', () => {
  it('"announced that X will" is one pledge; ", and that Y would" and ", and the two agencies will" are more', () => {
    const r = run('Nicosia, 3 June 2025\n\nThe Minister of Economy, Hon. Jane Doe, announced today that the Government will provide grants of up to $10,000 to small businesses.\n\nThe Minister said Cyprus would offer ten scholarships to Jordanian students, and that the Cyprus Civil Defence would train 25 Jordanian officers next spring.\n\nUnder the MoU, the Port Authority will assign 20 officers to the Customs division, and the two agencies will share intelligence through a joint centre.\n');
    expect(r.pledges.map((p) => [p.actor, p.text.slice(0, 10)])).toEqual([
      ['Jane Doe', 'The Minist'],
      ['Cyprus', 'The Minist'],
      ['Cyprus Civil Defence', 'The Minist'],
      ['Port Authority', 'Under the '],
      ['joint', 'Under the '],
    ]);
  });
});

describe('pledges: "the following documents were signed:"', () => {
  it('with no signer named is both sides\' signing', () => {
    const r = run('Baku, 3 June 2025\n\nThe Minister of Foreign Affairs of India, Hon. Jane Doe, held talks with her counterpart.\n\nIn the presence of the two ministers, the following documents were signed:\n');
    expect(r.pledges.map((p) => p.actor)).toEqual(['joint']);
  });
});

describe('pledges: subjects set off by brackets or commas, passives reported by a party', () => {
  it('finds the party past a short name in brackets or a title before a name, and the reporter of a passive', () => {
    const r = run('Lima, 3 June 2025\n\nThe Agrarian Bank (Agrobanco) will reschedule the debts of 8,000 small producers.\n\nThe Minister of Development Cooperation, Hélène Dewaele, today announced EUR 18.5 million in humanitarian funding for Chad.\n\nManx Utilities has also confirmed that domestic electricity tariffs will remain frozen until 31 March 2026.\n\nThe Kazakh side confirmed that the number of scholarships will be increased to 50.\n\nThe Minister of Foreign Affairs, Dr Jane Doe, will on Friday, 6 June 2025, co-chair the session.\n');
    expect(r.pledges.map((p) => [p.actor, p.text.slice(0, 12)])).toEqual([
      ['Agrarian Bank', 'The Agrarian'],
      ['Hélène Dewaele', 'The Minister'],
      ['Manx Utilities', 'Manx Utiliti'],
      ['Kazakhstan', 'The Kazakh s'],
    ]);
  });
});

describe('pledges: more shapes of decisions and gifts', () => {
  it('"decided at its regular meeting on Monday to", "welcomes a contribution of NOK 45 million (US$4.3 million) from", "and informed that", a supplement received', () => {
    const r = run('Ulaanbaatar, 3 June 2025\n\nThe Government of Mongolia decided at its regular meeting on Monday to allocate MNT 18 billion to herder households.\n\nThe World Food Programme (WFP) welcomes a contribution of NOK 45 million (US$4.3 million) from the Government of Norway.\n\nDeputy Minister Herath expressed sincere thanks to Korea and informed that the Ministry will bear the fuel costs of the ambulances.\n\nPensioners whose pension is below EUR 700 will also receive a one-off supplement of EUR 100 in December.\n');
    expect(r.pledges.map((p) => p.text.slice(0, 12))).toEqual(['The Governme', 'The World Fo', 'Deputy Minis', 'Pensioners w']);
    expect(r.pledges[1].actor).toBe('Government of Norway');
  });

  it('what a signed agreement provides "under which" is part of the signing', () => {
    const r = run('Brasília, 3 June 2025\n\nBrazil and Mozambique signed on Wednesday (10) a new complementary adjustment to their Basic Agreement on Technical Cooperation, under which the Oswaldo Cruz Foundation (Fiocruz) will support Mozambique in training health professionals.\n');
    expect(r.pledges.map((p) => p.actor)).toEqual(['joint']);
  });
});

describe('pledges: "the Dominican Republic", "the authorities"', () => {
  it('a country\'s whole name is no "Republic" of a demonym; a lender\'s "the authorities" are the borrowing country', () => {
    expect(run('Paris, 3 June 2025\n\nThe Dominican Republic will open a consulate in Roseau.\n').pledges.map((p) => p.actor)).toEqual(['Dominican Republic']);
    const r = run('WASHINGTON, June 3, 2025 - An IMF staff team visited Moroni to discuss the program with Comoros.\n\n"The authorities are committed to raising tax revenue to 11 percent of GDP by 2027," the IMF team said.\n');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Comoros']);
  });
});

describe('pledges: "agreed that X would ..."', () => {
  it('binds the party named before an active modal; a joint body, a passive or "the two ..." is both sides\'', () => {
    const r = run('Colombo, 3 June 2025\n\nThe two leaders agreed that the Sri Lanka Ports Authority (SLPA) would offer a 15 percent discount to Maldivian vessels.\n\nThe speakers agreed that the defence committees of the two parliaments would hold a joint hearing.\n\nThe two Heads of State agreed that the Kenya-Zambia Joint Permanent Commission will meet in Lusaka in September.\n\nThe two sides agreed that the 10th Session of the JPC will be held in Kigali.\n');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Sri Lanka Ports Authority', 'joint', 'joint', 'joint']);
  });
});

describe('pledges: hearsay, negation, conditions, coordinated modals, exchanges', () => {
  const dl2 = 'Paris, 3 June 2025\n\n';
  it('takes no rumour, no refusal, no conditional and no letter handed over for a pledge', () => {
    const r = run(dl2 + 'Press reports last week suggesting that Norway would double its contribution were not confirmed by the Embassy. Some media reports claimed that the terminal would be offered to a private operator. The minister did not commit to reducing the number of tax regimes. Schools will remain closed on Monday if the alert is still in force, the Ministry said. She also handed over a letter of invitation from the Foreign Minister. FAO will hold an online briefing for journalists tomorrow.');
    expect(r.pledges).toEqual([]);
  });
  it('reads a past form after a name as its verb, and a cue after a capitalised determiner or possessive as a noun', () => {
    const r = run(dl2 + 'Mansour pledged USD 2 million for the clinic. His promise of a new clinic was welcomed. The Bank\'s pledged support is under review. Canada committed CAD 3 million to the fund.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Mansour', 'Canada']);
  });
  it('takes an extended state of alert, curfew or deadline for no gift, and an extended loan for one', () => {
    const r = run(dl2 + 'The Government has extended the state of high alert in the northern provinces until Friday. The Ministry extended the curfew by a week. Japan has extended a loan of JPY 4 billion to the Port Authority.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Japan']);
  });
  it('reads "X confirmed that it will", a second modal after "and", "meet the full cost" and documents exchanged', () => {
    const r = run(dl2 + 'GIZ confirmed that it will make available a further EUR 6 million for the facility. AUDA-NEPAD will publish the results before the forum opens and will support the winning institutions. Australia will meet the full cost of tuition for each scholar. The Embassy of Japan handed over scholarship award letters to 212 students. In the presence of the two Ministers, the following documents were exchanged: a letter of intent and a work plan. The project will improve roads and will create jobs.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['GIZ', 'AUDA-NEPAD', 'Australia', 'Embassy of Japan', 'joint']);
  });
});

describe('pledges: who gives and who signs', () => {
  const dl3 = 'Paris, 3 June 2025\n\n';
  it('finds the giver after "by" past a title\'s place or a common noun, the active giver before the verb, and both sides', () => {
    const r = run(dl3 + 'The Ministry of Agriculture and Rural Development (MARD) met the Central Water Commission. The vehicles were handed over by Chinese Ambassador to Myanmar Mr Yang Haibo to the Minister. The equipment was formally handed over this morning by the contractor, Toyo Harbour Engineering Co., Ltd., to KPA Managing Director Halima Abdallah. MARD presented the Commission with 10 tonnes of rice seeds developed by the Cuu Long Delta Rice Research Institute. The Record of Discussions was signed by the two delegation leaders on Tuesday. It was agreed that the next meeting would be held in Dhaka.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Yang Haibo', 'Toyo Harbour Engineering Co., Ltd', 'Ministry of Agriculture and Rural Development', 'joint', 'joint']);
  });
  it('reads a shared acronym as the body the article names in full, and a body\'s office as the body', () => {
    const r = run(dl3 + 'The loan was co-financed by CAF - Development Bank of Latin America and the Caribbean. "CAF will finance a road-safety audit," she said. GIZ will make available a further EUR 6 million, said Klaus Weber, Head of the GIZ Office to the African Union.');
    expect(r.pledges.slice(1).map((p) => p.actor)).toEqual(['Development Bank of Latin America and the Caribbean', 'GIZ']);
  });
});

describe('pledges: the headline block', () => {
  it('takes no pledge from the headline and subheadlines above the first sentence, but keeps the body\'s and a bullet\'s below it', () => {
    const r = run('AAI to build new terminal; Government of Assam to hand over 112 acres\n\nJapan donates ambulances to Laos\n\nVientiane, 3 June 2025\n\nJapan donated 12 ambulances to the Ministry of Health of Laos on Monday. The Ministry agreed to:\n- maintain the vehicles\n');
    expect(r.pledges.map((p) => p.text)).toEqual(['Japan donated 12 ambulances to the Ministry of Health of Laos on Monday.', 'The Ministry agreed to:', '- maintain the vehicles']);
  });
});

describe('pledges: an anaphor for a body named further down', () => {
  it('is the one body of the article with that head', () => {
    const r = run('Kathmandu, 3 June 2025\n\nThe grant contracts were signed on Tuesday. Under the contracts, the Embassy will release the funds in two instalments. The projects were chosen by the Embassy of Japan in Nepal in May.');
    expect(r.pledges.map((p) => p.actor)).toContain('Embassy of Japan in Nepal');
  });
});

describe('pledges: nothing committed', () => {
  const dl4 = 'Cairo, 3 June 2025\n\n';
  it('takes no "No agreement was signed", "under review", an appeal, "will no longer" or a thing that includes no benefit', () => {
    const r = run(dl4 + 'No agreement was signed at that meeting. He said the Government would keep its funding under review. "We would also urge people to give cash," she said. More than 340 families in the commune of Santa Juana will no longer depend on water trucks. Each installation will include a battery system. Kiribati would continue to press fishing nations to contribute.');
    expect(r.pledges).toEqual([]);
  });
  it('still takes a thing that includes funding, and teams that will go door to door', () => {
    const r = run(dl4 + 'The Ministry of Health met donors. This will include contingency funding for international NGOs. "Our assistance teams will go door to door in every county," the Ministry said.');
    expect(r.pledges.length).toBe(2);
  });
});

describe('pledges: signers with long titles, bilateral signings, generic anaphors, a new clause after "and said"', () => {
  it('finds both sides and the right body', () => {
    const r = run('Izmir, 3 June 2025\n\nThe EBRD met the city. The loan agreement was signed today in Izmir by Kerstin Mühlbauer-Aydın, EBRD Managing Director for Türkiye, and by the newly elected Mayor of Izmir, Ayşe Nur Karaca, who took office after the local elections on 31 March. A bilateral agreement to this effect was signed in Amman on Wednesday. The USAID office met the Ministry. Hon. Peni Ratuvou-Lesuma thanked the Government and people of Japan and said the Ministry of Education will post four teachers to the school. WFP Country Director Giuseppe Manfredi-Okafor said the agency will integrate its school meals program with the initiative.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['joint', 'joint', 'Ministry of Education', 'WFP']);
  });
});

describe('pledges: received from a giver, lending now', () => {
  it('reads a gift received from a named giver, and a bank that is lending, but no delegation or applications received', () => {
    const r = run('Suva, 3 June 2025\n\nThe ministry met donors. The Ministry of Health has received 12 ambulances from the Government of Japan. The European Bank for Reconstruction and Development (EBRD) is lending €120 million to the city. The Minister received a delegation from the World Bank. The office received 400 applications from across the country.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Government of Japan', 'European Bank for Reconstruction and Development']);
  });
});

describe('pledges: agreeing on a package, refusals, debates and votes, information sessions, long past help', () => {
  it('reads "have agreed a $96 million package" as joint and drops "will not accept", "will debate", an information session and help "for over ten years"', () => {
    const r = run(dl + 'Auckland Council and the Transport Agency have agreed a $96 million package to reduce flood risk. "We will not accept that," the Mayor said. The City Council will debate the programme next Tuesday. The Agency will hold an online information session for water systems next Tuesday. The Bank has received technical assistance from the IMF on payment systems for over ten years.');
    expect(r.pledges.map((p) => [p.actor, p.text.slice(0, 12)])).toEqual([['joint', 'Auckland Cou']]);
  });
});

describe('pledges: a country named with "and" agreeing alone', () => {
  it('reads "Antigua and Barbuda has agreed" as the country, "Japan and Peru have agreed" as joint', () => {
    const r = run(dl + 'Antigua and Barbuda has agreed to host the talks. Japan and Peru have agreed to expand trade.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Antigua and Barbuda', 'joint']);
  });
});

describe('pledges: amounts in cedis, taka, ringgit', () => {
  it('reads "committed GH¢300,000 to fund" as a commitment with its amount', () => {
    const r = run(dl + 'The Hendrikse Foundation committed GH¢300,000 to fund the training of volunteers.');
    expect(r.pledges.map((p) => [p.actor, p.amount?.currency, p.amount?.value])).toEqual([['Hendrikse Foundation', 'GHS', 300000]]);
  });
});

describe('pledges: solidarity', () => {
  it('reads "stands with the people" as no commitment, "will stand by Peru" as one', () => {
    const r = run(dl + '"Japan stands with the Peruvian people in this emergency," the Ambassador said. Japan will always stand by Peru.');
    expect(r.pledges.map((p) => p.text.slice(0, 10))).toEqual(['Japan will']);
  });
});

describe('pledges: a grant that complements a loan, a consent given', () => {
  it('reads "is complementing the loan with a grant" and not "have already given their consent"', () => {
    const r = run(dl + 'The European Union is complementing the loan with a grant of €50 million. The municipalities of Akranes and Borgarnes have already given their consent. Japan has given 20 ambulances to Peru.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['European Union', 'Japan']);
  });
});

describe('pledges: "the Service", "the Board" as anaphors', () => {
  it('reads "The Service will deploy" as the police service named before', () => {
    const r = run(dl + 'The National Police Service met the Ministry of Health. The Service will deploy 300 officers.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['National Police Service']);
  });
});

describe('pledges: presented before a court', () => {
  it('reads "were presented before a court" as no gift', () => {
    const r = run(dl + 'The detainees were presented before a court in San Pedro Sula. Japan presented two ambulances to the hospital.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Japan']);
  });
});

describe('pledges: a loan complemented by a grant', () => {
  it('reads "is complemented by a grant from X" as X\'s', () => {
    const r = run(dl + 'The loan is complemented by a €12 million grant from the Green Climate Fund (GCF).');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Green Climate Fund']);
  });
});

describe('pledges: a platform presented, an agreement to be submitted', () => {
  it('reads neither "presented the traceability platform" nor "will be submitted to Parliament" as a pledge', () => {
    const r = run(dl + 'The Director General presented the traceability platform to exporters. The loan agreement will be submitted to Parliament for ratification. Japan presented two ambulances to the hospital.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Japan']);
  });
});

describe('pledges: duties taken on with an event verb', () => {
  it('reads "will take over the management" and "will stay with Nigeria", not "will take part" or "will stay in Hanoi"', () => {
    const r = run(dl + 'The Water Authority will take over the management of all new retention areas. The AfDB will stay with Nigeria for the full life of this programme. The minister will take part in the summit. The delegation will stay in Hanoi for three days.');
    expect(r.pledges.map((p) => p.text.slice(0, 14))).toEqual(['The Water Auth', 'The AfDB will ']);
  });
});

describe('pledges: commitments made now, or for someone else', () => {
  it('reads "committed the Ministry to", "I commit today that" and "each committing to"', () => {
    const r = run(dl + 'Minister Amina Benkirane committed the Ministry to completing the dam by 2027. "I commit today that every school will have water before April," she said. The two states signed an MoU, with each state committing to recruit 200 extension workers.');
    expect(r.pledges.map((p) => p.text.slice(0, 20))).toEqual(['Minister Amina Benki', '"I commit today that', 'The two states signe']);
  });
  it('does not take optimism for a pledge, nor a bystander who witnessed the signing', () => {
    const r = run(dl + 'He expressed optimism that the programme would help to moderate food prices by the end of the year. Governor Rosa Pacana, who witnessed the signing, thanked the bank.');
    expect(r.pledges).toEqual([]);
  });
});

describe('pledges: staying the course, a second verb after a past one, a role in a relative clause', () => {
  it('reads "will stay the course" and "had invested ... since 1993 and would continue to support"', () => {
    const r = run(dl + 'The African Development Bank will stay the course with the authorities until every island has power. Ms. Anna Wisniewska said the EBRD had invested 10 billion euros in Kazakhstan since 1993 and would continue to support the country.');
    expect(r.pledges.map((p) => [p.actor, p.action])).toEqual([['African Development Bank', 'stay'], ['EBRD', 'support']]);
  });
  it('does not take a role in ", who will coordinate ...," for the sentence\'s pledge', () => {
    const r = run(dl + 'Deputy Governor Aliya Nurgaliyeva, who will coordinate the working group, said that a delegation had visited the region last week.');
    expect(r.pledges).toEqual([]);
  });
});

describe('pledges: an explicit commitment with a condition', () => {
  it('keeps "committed to ..., provided that ..." and "pledged ... if needed", not "will remain closed if ..."', () => {
    const r = run(dl + 'The Mine Action Centre committed to clearing all known hazardous areas by the end of 2025, provided that the funding gap is closed. WFP pledged a further 100 tonnes of rice if needed. Schools will remain closed on Monday if the alert is still in force.');
    expect(r.pledges.map((p) => p.action)).toEqual(['commit', 'pledge']);
  });
});

describe('pledges: co-financing by several givers', () => {
  it('gives each giver named after "a ... grant/loan from" in one sentence a pledge of its own', () => {
    const r = run(dl + 'The project is co-financed by a US$8 million grant from the Government of Australia and a US$3.5 million loan from the Asian Development Bank (ADB), bringing total financing to US$43.5 million.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Government of Australia', 'Asian Development Bank']);
  });
});

describe('pledges: a government below the state', () => {
  it('does not give "the provincial government" to the country: the speaker stands for it', () => {
    const r = run('MANILA, Feb. 7 (PNA) -- Governor Rosalinda C. Pacana thanked the bank and said the provincial government will provide PHP15 million in counterpart funds. The Philippine government will provide USD 5 million.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Rosalinda C. Pacana', 'Philippines']);
  });
});

describe('pledges: a second party after "while"', () => {
  it('reads a pledge of each side in "X pledged that ..., while Y promised ..." and "... will contribute ..., while A and B agreed to ..."', () => {
    const r = run(dl + 'Deputy Minister Dao Minh Khoi pledged that the Ministry of Foreign Affairs would coordinate closely with the planning ministry, while JICA Senior Vice President Takeshi Morinaga promised to send a team of experts in June. Under the agreement, the Government of Kenya will contribute KSh 1.8 billion over three years, while the Ministry of Water and the AfDB agreed to establish a steering committee.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Dao Minh Khoi', 'Takeshi Morinaga', 'Government of Kenya', 'joint']);
  });
});

describe('pledges: a thing funded before, described in passing', () => {
  it('does not read "a pilot phase financed by KOICA in 2023" or "financed by the fund, was inaugurated" as a pledge', () => {
    const r = run('BANGKOK, 12 March 2024 - The new programme builds on a pilot phase financed by KOICA in 2023, which trained 1,200 forecasters. The road, financed by the fund, was inaugurated in September 2023. The project, financed by the Asian Development Bank, will start in May.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Asian Development Bank']);
  });
});

describe('pledges: a vote with its count, a statement made public', () => {
  it('reads "voted 9-2 on Monday to lease", not "the statement will be released"', () => {
    const r = run('WINDHOEK, 4 December 2024 - The City Council voted 9-2 on Monday to lease the former transit yard to the Housing Trust. The monetary policy statement will be released on 12 February 2025. The first tranche of USD 5 million will be released in March.');
    expect(r.pledges.map((p) => p.action)).toEqual(['decide', 'released']);
  });
});

describe('pledges: a future passive with its agent', () => {
  it('commits the party after "by" ("will be covered by KOICA", "is to be completed by the Authority"), not a date, a role, an event or a ceremony', () => {
    const r = run('KIGALI, 12 March 2025 - The maintenance of the vans will be covered by KOICA for three years. A study tour for the managers will be organised by the Korea International Cooperation Agency in Seoul. The first phase is to be completed by the Railway Authority by December 2030. The road will be completed by December. The project will be implemented by UNDP. The forum will be chaired by the Minister. The new wing will be opened by the Prime Minister on Friday. The courses will be accredited by the Higher Education Council before admissions open.');
    expect(r.pledges.map((p) => [p.actor, p.action])).toEqual([['Korea International Cooperation Agency', 'covered'], ['Korea International Cooperation Agency', 'organised'], ['Railway Authority', 'completed']]);
  });
});

describe('pledges: a fronted response, a vow that, aid dispatched, an appointment agreed', () => {
  it('reads the pledge after "Responding to this appeal," and "vowed that ... would", aid "dispatched", not "agreed to the appointment of"', () => {
    const r = run('KINSHASA, 16 January 2025 - Responding to this appeal, the World Food Programme (WFP) announced that it will distribute 450 tonnes of food. The Investment Commission chairman Ali Hassan vowed that the commission would publish a list of stalled projects. The UAE today dispatched an aid ship carrying 4,200 tonnes of food to Latakia. Cabinet has agreed to the appointment of Mr Rajiv Doorgakant as Chief Executive Officer of the Board.');
    expect(r.pledges.map((p) => [p.actor, p.action])).toEqual([['World Food Programme', 'distribute'], ['Ali Hassan', 'vow'], ['UAE', 'send']]);
  });
});

describe('pledges: a strategy launched, priorities presented, licences granted, a benefit word inside a name', () => {
  it('reads only the sentences that give something', () => {
    const r = run('TALLINN, 3 February 2025 - The Ministry of Environment today launched the National Restoration Strategy, which aims to restore four million hectares by 2033. The Bank launched a grant scheme for farmers. Mr. Paul Essomba presented the priorities of the National Development Strategy. The Investment Commission granted 1,118 investment licences worth a combined $62 billion last year. Estonia also contributes to the Ukraine Energy Support Fund. Estonia contributes EUR 2 million to the fund.');
    expect(r.pledges.map((p) => p.text.slice(0, 30))).toEqual(['The Bank launched a grant sche', 'Estonia contributes EUR 2 mill']);
  });
});

describe('pledges: a summit\'s heads of state and member states', () => {
  it('gives "the Heads of State agreed" and "Member States committed" to both or all sides', () => {
    const r = run('LIBREVILLE, 25 November 2024 - On peace and security, the Heads of State agreed to make the regional force fully operational before the end of 2025. On financing, Member States committed to paying all their arrears by 30 June 2025.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['joint', 'joint']);
  });
});

describe('pledges: received from a giver', () => {
  it('gives "X will receive ... from Y" to Y, the nearest "from"', () => {
    const r = run('MUSCAT, 3 June 2024 - The Ministry of Social Development said families will receive food parcels from the Red Crescent Society over the period from June to August.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Red Crescent Society']);
  });
});

describe('pledges: "..., the Minister has announced." closing a sentence', () => {
  it('gives the money of the sentence to the party that announced it, not a rule announced so', () => {
    const r = run('Published 6 February 2024 09:15\n\nIsland communities will share £6.8 million to build wind and solar schemes, Minister for Energy Catriona Ferguson MSP has announced. New parking rules will apply from March, the council has announced.');
    expect(r.pledges.map((p) => [p.actor, p.action])).toEqual([['Catriona Ferguson', 'announce']]);
  });
});

describe('pledges: a gift "from" a party as subject, a past approval, a meeting\'s topics agreed', () => {
  it('gives "A contribution of GBP 4 million from X will support" to X; not "was approved by", not "agreed on the main topics"', () => {
    const r = run('HARARE, 3 April 2025 - A contribution of GBP 4 million from the Foreign, Commonwealth and Development Office will support the World Food Programme operation. In addition, a grant of USD 1.2 million from the Green Climate Fund, a fund hosted by the Bank, will cover the studies. The plan was approved by the Council of Ministers last Friday. The visit follows a call last Wednesday, during which the two ministers agreed on the main topics of the talks. The loan, approved by the ADB Board of Directors last Friday, will finance the programme.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Foreign, Commonwealth and Development Office', 'Green Climate Fund', 'ADB']);
  });
});

describe('pledges: a bill tabled', () => {
  it('does not read "would table an Irrigation Bill in Parliament" as a pledge', () => {
    const r = run('LILONGWE, 3 June 2025 - The Secretary said the Ministry of Agriculture would table an Irrigation Bill in Parliament next year.');
    expect(r.pledges).toEqual([]);
  });
});

describe('pledges: unnamed parties, a gift from a party after "that", equipment donated by others', () => {
  it('reads no pledge for "Several partners announced their support", the giver after "that a loan from", and the speaker who pledged', () => {
    const r = run('ADDIS ABABA, 3 June 2025 - Several development partners announced their support at the launch. Minister Choi Yun-seok further announced that a concessional loan from the Economic Development Cooperation Fund (EDCF), managed by the Export-Import Bank of Korea, will finance the road. Minister João Simões pledged technical assistance for the customs code, covering school equipment donated by Portuguese municipalities.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Economic Development Cooperation Fund', 'João Simões']);
  });
});

describe('pledges: shares stated "respectively", a pledge "pledged by" a party, a commitment of an amount', () => {
  const actors = (text: string) => run(text, { referenceDate: '2025-03-12' }).pledges.map((p) => p.actor);
  it('gives each party listed before "respectively" a pledge of its own', () => {
    expect(actors('Australia and New Zealand will provide AUD 3 million and NZD 2 million respectively in emergency aid.')).toEqual(['Australia', 'New Zealand']);
    expect(actors('The Caribbean Development Bank (CDB) and the European Union (EU) will contribute J$150 million and J$90 million respectively.')).toEqual(['Caribbean Development Bank', 'European Union']);
    expect(actors('Ministers welcomed the announcement by Australia and New Zealand of AUD 12 million and NZD 6.5 million respectively for coastal fisheries.')).toEqual(['Australia', 'New Zealand']);
    // Without "respectively" the two still act together.
    expect(actors('Australia and New Zealand will jointly provide AUD 3 million in emergency aid.')).toEqual(['joint']);
  });
  it('takes the party after "pledged by", and the second party of a "while" clause', () => {
    expect(actors('A further NZ$8 million over four years was pledged by New Zealand, while Australia announced A$15 million for surveillance flights.')).toEqual(['New Zealand', 'Australia']);
  });
  it('reads "reaffirmed its commitment of AUD 100 million" as a commitment', () => {
    expect(actors('Australia reaffirmed its commitment of AUD 100 million to the facility, while New Zealand announced an additional NZD 20 million.')).toEqual(['Australia', 'New Zealand']);
    expect(actors('Australia reaffirmed its commitment of the past decade.')).toEqual([]);
  });
});

describe('pledges: a handover in the passive, money secured from a giver, a council without its article', () => {
  const actors = (text: string) => run(text, { referenceDate: '2025-03-12' }).pledges.map((p) => p.actor);
  it('takes the giver after "was formally delivered by" a thing given, not a service delivered', () => {
    expect(actors('The equipment was formally delivered by the Ambassador of Japan to El Salvador, Mr. Takeshi Moriyama, and received by the Minister of Health.')).toEqual(['Japan']);
    expect(actors('Training was delivered by the University of Ghana.')).toEqual([]);
  });
  it('takes the giver after "secured a ... loan from", not after "received a delegation from"', () => {
    expect(actors('The trust had secured a $14-million low-interest loan from the Canada Mortgage and Housing Corporation (CMHC) for the project.')).toEqual(['Canada Mortgage and Housing Corporation']);
    expect(actors('The minister received a delegation from the Japan International Cooperation Agency.')).toEqual([]);
  });
  it('reads "council approved" as the city council named before', () => {
    expect(actors('The Marlow Bay City Council met on Monday. In a separate vote, council approved a $250,000 grant to the Eastside Community Food Bank.')).toEqual(['Marlow Bay City Council']);
  });
});

describe('pledges: a title holder set off by commas, a partner named by a fronted phrase', () => {
  const actors = (text: string) => run(text, { referenceDate: '2025-03-12' }).pledges.map((p) => p.actor);
  it('takes "its Executive Director, Dr. Marcus Holder, pledged" for the holder, not a body named earlier in the sentence', () => {
    expect(actors('The Caribbean Disaster Emergency Management Agency (CDEMA) deployed a Rapid Needs Assessment Team on Thursday, and its Executive Director, Dr. Marcus Holder, pledged that relief supplies would arrive.')).toEqual(['Marcus Holder']);
  });
  it('gives a passive with no agent to the partner of "Under an existing partnership with X,"', () => {
    expect(actors('Under an existing partnership with the United Nations Development Programme (UNDP), 2,000 tarpaulins will be handed over to the district on Monday.')).toEqual(['United Nations Development Programme']);
  });
});

describe('pledges: a future passive with its agent far from the verb', () => {
  it('takes the party after "by" past a place and a month ("will be deployed to the unit from August by JICA")', () => {
    const r = run('PORT MORESBY, 3 June 2025 - Two volunteer nurses will be deployed to the hospital\'s intensive care unit from August by the Japan International Cooperation Agency (JICA). The new road will be completed in the dry season of next year by December.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Japan International Cooperation Agency']);
  });
});

describe('pledges: money in a currency named without its country', () => {
  it('reads "worth 22 million dinars" as money (code XXX: several countries\' dinars) and "2 billion naira" as NGN', () => {
    const r = run('NOUAKCHOTT, 12 May 2025 - The Arab Fund for Economic and Social Development signed two loan agreements with Mauritania. The second agreement, worth 22 million dinars, will finance the construction of 14 boreholes. The Bank of Industry will provide a grant of 2 billion naira to the state.');
    expect(r.pledges.map((p) => [p.actor, p.amount?.currency, p.amount?.value])).toEqual([
      ['joint', undefined, undefined],
      ['Arab Fund for Economic and Social Development', 'XXX', 22_000_000],
      ['Bank of Industry', 'NGN', 2_000_000_000],
    ]);
  });
});

describe('pledges: a gift of years ago with a long object', () => {
  it('is background when its year stands in the same part of the sentence, however long the object', () => {
    const r = run('QUITO, 14 March 2025 - Korea will fund five early-warning stations. Vice Minister Dávalos recalled that Korea donated 20 ambulances to the Ministry of Public Health (MSP) in 2023 and that trade grew by 12 percent.');
    expect(r.pledges.map((p) => p.text)).toEqual(['QUITO, 14 March 2025 - Korea will fund five early-warning stations.']);
  });
  it('keeps a gift whose later clause names an old year ("donated ... today, and the first was built in 2019")', () => {
    const r = run('QUITO, 14 March 2025 - Korea donated 20 ambulances to the Ministry of Public Health (MSP) today, and the first hospital was built in 2019.');
    expect(r.pledges).toHaveLength(1);
  });
});

describe('pledges: a country named by a demonym world-countries spells otherwise', () => {
  it('gives "the Ecuadorian State" and "the Argentinian side" their countries', () => {
    const r = run('QUITO, 14 March 2025 - Korea will build five stations. In turn, the Ecuadorian State committed to providing the land. The Argentinian side will send two experts.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Korea', 'Ecuador', 'Argentina']);
  });
});

describe('pledges: funded in part by', () => {
  it('reads an adverb of degree between "funded" and "by" ("is funded in part by a grant from X ... and by a contribution from Y")', () => {
    const r = run('AMMAN, 14 March 2025 - The arrangement is funded in part by a €12 million grant from the German Federal Ministry for Economic Cooperation and Development (BMZ), announced last month, and by a contribution from the European Commission.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['German Federal Ministry for Economic Cooperation and Development', 'European Commission']);
  });
});

describe('pledges: two parties\' own commitments joined by "and" without a comma', () => {
  it('gives "X will provide A and Y will contribute B" a pledge for each', () => {
    const r = run('PHNOM PENH, 7 October 2025 - The French Development Agency (AFD) will provide a concessional loan of EUR 55 million and the European Union (EU) will contribute a grant of EUR 7 million to expand water supply.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['French Development Agency', 'European Union']);
  });
  it('keeps one pledge when what follows "and" is no new subject with its own "will"', () => {
    const r = run('PHNOM PENH, 7 October 2025 - The French Development Agency (AFD) will provide a loan of EUR 55 million and train the staff of the Siem Reap Water Supply Authority.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['French Development Agency']);
  });
});

describe('pledges: a country\'s own money paid in the passive', () => {
  it('gives "the Swedish contribution will be paid out" to Sweden, not to the last party', () => {
    const r = run('STOCKHOLM, 8 October 2025 - The International Development Association (IDA) will provide a credit of USD 50 million. The first tranche of the Swedish contribution will be paid out before the end of the year.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['International Development Association', 'Sweden']);
  });
});

describe('pledges: "will ever" and a past "stood by"', () => {
  it('takes no pledge from "less likely that a girl will ever return" or "has stood by ... for decades", still from "will always stand by"', () => {
    const r = run('OSLO, 14 January 2026 - "Every year out of school makes it less likely that a girl will ever return to the classroom," said the minister. "Europe has stood by Sahelian pastoralists for decades," he said. Norway will always stand by Mali.');
    expect(r.pledges.map((p) => p.text)).toEqual(['Norway will always stand by Mali.']);
  });
});

describe('pledges: an agreement renewed or concluded', () => {
  it('reads "renewed a memorandum of understanding" as a signing of both sides, not "concluded the meeting"', () => {
    const r = run('CARDIFF, 9 July 2025 - The Welsh Government and the Government of Lesotho also renewed a memorandum of understanding on Tuesday, committing both to continue cooperation until 2030. The minister concluded the meeting with thanks.');
    expect(r.pledges.map((p) => [p.actor, p.action])).toEqual([['joint', 'sign']]);
  });
});

describe('pledges: a chair held in turn, talks held', () => {
  it('reads "will hold the Presidency of the Council" and "will hold talks" as no commitment', () => {
    const r = run('VALLETTA, 9 July 2025 - Malta will hold the Presidency of the Council of the European Union in the second half of 2027. The two sides will hold talks in June. Malta will provide EUR 2 million to the fund.');
    expect(r.pledges.map((p) => p.text)).toEqual(['Malta will provide EUR 2 million to the fund.']);
  });
});

describe('pledges: "Government" without its article, agents joined by "jointly", a country\'s money', () => {
  it('reads "In turn, Government will make available" as the government\'s commitment, not the company\'s before it', () => {
    const r = run('WINDHOEK, 7 October 2025 - The Government of the Republic of Namibia and Tsumkwe Solar Holdings (Pty) Ltd signed the agreement. Under the agreement, Tsumkwe Solar Holdings will invest N$2 billion. In turn, Government will make available 400 hectares of state land.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['joint', 'Tsumkwe Solar Holdings (Pty) Ltd', 'Government of the Republic of Namibia']);
  });
  it('reads "will be funded jointly by A and B" as both sides\'', () => {
    const r = run('WINDHOEK, 7 October 2025 - The training of 60 technicians will be funded jointly by the Namibia Training Authority and the European Investment Bank.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['joint']);
  });
  it('does not take "US dollars" for the United States when the government commits', () => {
    const r = run('CONAKRY, 7 October 2025 - The company will pay at least 12 million US dollars per year into the fund. For its part, the Government will monitor the implementation of the agreement.');
    expect(r.pledges.map((p) => p.actor)).not.toContain('United States');
    expect(r.pledges.map((p) => p.actor)).not.toContain('US');
  });
});

describe('pledges: a document presented, a report to the cabinet, a decision adopted on an amount', () => {
  it('reads "the agreement will be presented to the public" and "a strategy, which will be presented to the Council" as nothing given', () => {
    const r = run('LJUBLJANA, 7 October 2025 - The ministry is finalising its new strategy for water, which will be presented to the National Council in September. The agreement will be presented to the public on 2 October. A cheque of EUR 50,000 will be presented to the school by the Ambassador.');
    expect(r.pledges.map((p) => p.text)).toEqual(['A cheque of EUR 50,000 will be presented to the school by the Ambassador.']);
  });
  it('reads "will report to the Council of Ministers" as no commitment', () => {
    expect(run('LJUBLJANA, 7 October 2025 - The Minister will report to the Council of Ministers tomorrow on the outcome of the visit.').pledges).toEqual([]);
  });
  it('reads "adopted a decision on financial assistance of EUR 3 million to X" as the government\'s grant, not a decision with no amount', () => {
    const r = run('LJUBLJANA, 7 October 2025 - At today\'s session, the Government of the Republic of Slovenia adopted a decision on financial assistance of EUR 3 million to Moldova for flood relief. It adopted the decision on the reorganisation of the ministry last Thursday.');
    expect(r.pledges.map((p) => [p.actor, p.amount?.value])).toEqual([['Government of the Republic of Slovenia', 3000000]]);
  });
});

describe('pledges: a share, a subject before "and", a contribution allocated by a giver', () => {
  it('reads "Women will make up at least 50 per cent of participants" as no commitment', () => {
    const r = run('ROME, 7 October 2025 - Women will make up at least 50 per cent of project participants, and young people will account for a third. The Ministry will constitute a steering committee.');
    expect(r.pledges.map((p) => p.text)).toEqual(['The Ministry will constitute a steering committee.']);
  });
  it('takes the party of the verb before "and" as the subject of "will continue to support"', () => {
    const r = run('APIA, 7 October 2025 - High Commissioner Whitford said New Zealand is proud to be Samoa\'s partner and will continue to support resilient infrastructure across the islands.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['New Zealand']);
  });
  it('reads "a EUR 6 million contribution allocated by the European Union" as the Union\'s', () => {
    const r = run('TRIPOLI, 7 October 2025 - The vaccines are part of a EUR 6 million contribution allocated by the European Union to support routine immunization in Libya.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['European Union']);
  });
});

describe('pledges: a passive with its agent in a later clause', () => {
  it('keeps the first clause\'s party ("the Korean side will train ..., and the platform will be developed by a company")', () => {
    const r = run('ASHGABAT, 7 October 2025 - Minister Ayna Orazova met the delegation. The Korean side will also train 60 doctors, and the software platform will be developed by the Korean company Hanbit Health Systems Co., Ltd.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Republic of Korea']);
  });
});

describe('pledges: limits of this round\'s rules', () => {
  it('still reads equipment "worth EUR 2 million" presented to a hospital "under the agreement" as given', () => {
    const r = run('ROME, 7 October 2025 - Under the agreement, medical equipment worth EUR 2 million will be presented to the hospital by Italy.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Italy']);
  });
  it('keeps Japan the giver of "a Japanese yen loan" (a currency named without an amount)', () => {
    const r = run('TOKYO, 7 October 2025\n\nA Japanese yen loan of 20 billion yen will be extended to the project.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Japan']);
  });
});

describe('pledges: a signer that undertakes to give', () => {
  it('names the signer of "signed an agreement with Y to offer ..." (not both sides), and both for "to cooperate"', () => {
    const r = run('SUDBURY, 3 March 2025 - Northshield Mining Corp. signed an agreement with Cambrian College to offer 150 paid apprenticeship placements. Kenya signed an agreement with Japan to cooperate on roads.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Northshield Mining Corp', 'joint']);
  });
});

describe('pledges: "the State" of a state government, works carried out by an implementing body', () => {
  it('reads "the State" as the state government the article names ("Lagos State Government", "Government of Bahia")', () => {
    const lagos = run('LAGOS, 9 April 2026 - The Lagos State Government met the State Executive Council. The Governor pledged that the State would set aside N3.5 billion as compensation for traders.');
    expect(lagos.pledges.map((p) => p.actor)).toEqual(['Lagos State Government']);
    const bahia = run('SALVADOR, 18 June 2025 - The Government of Bahia met officials in Brazil. The State will provide a counterpart of R$ 180 million, according to the governor.');
    expect(bahia.pledges.map((p) => p.actor)).toEqual(['Government of Bahia']);
  });
  it('takes no pledge from "the works will be carried out by" a state secretariat (supplies "carried by" an air force are given)', () => {
    const r = run('SALVADOR, 18 June 2025 - The works will be carried out by the State Secretariat of Water Infrastructure and Sanitation.');
    expect(r.pledges).toEqual([]);
    expect(run('DELHI, 3 March 2025 - The relief supplies will be carried by the Indian Air Force.').pledges.map((p) => p.actor)).toEqual(['Indian Air Force']);
  });
});

describe('pledges: idioms of giving, a grant run through an agency', () => {
  it('takes no pledge from "Priority will be given to households" nor "The grant will be implemented through Sida"', () => {
    const r = run('CHISINAU, 3 March 2025 - Sweden will give EUR 5 million. The grant will be implemented through the Swedish International Development Cooperation Agency (Sida). Priority will be given to households with elderly persons, she specified. Grants will be given to schools.');
    expect(r.pledges.map((p) => p.text)).toEqual(['CHISINAU, 3 March 2025 - Sweden will give EUR 5 million.', 'Grants will be given to schools.']);
  });
});

describe('pledges: the terms of a signed document that bind two parties', () => {
  it('gives each party its own pledge ("under which UNDP will fund ... and the ministry will provide ..."), one party\'s terms stay the signing\'s', () => {
    const r = run('APIA, 3 March 2025 - The Ministry of Natural Resources and Environment met UNDP. The two sides also signed a Letter of Agreement under which UNDP will fund spare parts for the stations and the ministry will provide trained staff. Nepal and Switzerland signed an agreement under which Switzerland will provide a grant of CHF 12 million.');
    expect(r.pledges.map((p) => [p.actor, p.action])).toEqual([['UNDP', 'fund'], ['Ministry of Natural Resources and Environment', 'provide'], ['joint', 'sign']]);
  });
});

describe('pledges: a province\'s government named with a lower-case "government", a disbursement of the last fiscal year', () => {
  it('names "the Sindh government" (a province of country-region-data) as the party, not "the Modi government"', () => {
    const r = run('KARACHI, 3 March 2025 (APP) - The Sindh government committed to providing Rs 4.5 billion as counterpart funds. The Kenyan government will provide Rs 2 billion. The Modi government will provide Rs 1 billion.');
    expect(r.pledges.map((p) => p.actor).slice(0, 2)).toEqual(['Sindh government', 'Kenya']);
    expect(r.pledges.map((p) => p.actor)).not.toContain('Modi government');
  });
  it('takes no pledge from money disbursed "during the last fiscal year"', () => {
    const r = run('ISLAMABAD, 3 March 2025 - According to the EAD, IsDB disbursed US$ 420 million to Pakistan during the last fiscal year.');
    expect(r.pledges).toEqual([]);
  });
});

describe('pledges: a speaker\'s people, a wish, a signer that funds, a bare "Government" in a quotation', () => {
  it('reads "Our engineers will share ..." in a quotation as a pledge', () => {
    const r = run('TOKYO, 7 November 2025 - The Tokyo Metropolitan Government signed a memorandum with Jakarta. "Our engineers will share every lesson with our friends in Jakarta," said Governor Kuroda.');
    expect(r.pledges.map((p) => p.text)).toContain('"Our engineers will share every lesson with our friends in Jakarta," said Governor Kuroda.');
  });
  it('takes no pledge from "her agency would welcome technical staff"', () => {
    const r = run('SEOUL, 22 May 2024 - She added that her agency would welcome technical staff from Seoul "as often as possible."');
    expect(r.pledges).toEqual([]);
  });
  it('gives "signed an agreement with X to fund, with US$ 25 million," to the signer, but a loan "worth" a sum to finance stays both sides\'', () => {
    const r = run('SAN SALVADOR, 3 March 2025 - The Central American Bank for Economic Integration (CABEI) signed an agreement with the General Secretariat to fund, with US$ 25 million, the second phase of the programme.\n\nThe Government of Uganda signed a loan agreement with the African Development Bank (AfDB) worth USD 148.6 million to finance the project.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Central American Bank for Economic Integration', 'joint']);
  });
  it('reads "Government has committed ..." opening a quotation as the speaker\'s', () => {
    const r = run('CASTRIES, 3 March 2025 - The Caribbean Development Bank approved a loan.\n\n"Government has committed to completing the reforms by March 31, 2024, as agreed with the Bank," said Minister Cuthbert Alexis.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Caribbean Development Bank', 'Cuthbert Alexis']);
  });
});

describe('pledges: a past handover after an adverb, a document presented', () => {
  it('reads "X, a local charity, also turned over 300 life vests" as a pledge', () => {
    const r = run('QUEZON CITY, June 18 (PNA) -- The city met. The Ligtas Barangay Foundation, a local non-government organization, also turned over 300 life vests to the QCDRRMO on Tuesday.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Ligtas Barangay Foundation']);
  });
  it('takes no pledge from criteria presented or an evaluation "presented last week"', () => {
    const r = run('ABUJA, 3 March 2025 - The Director presented the targeting criteria agreed with national agencies. The programme reached 22,500 families, according to the evaluation presented last week by the Secretariat.');
    expect(r.pledges).toEqual([]);
  });
});

describe('pledges: a borrower signing with its lender, a forecast of the speaker\'s', () => {
  it('keeps "signed a financing agreement with the World Bank to finance" both sides\', "with the G20 to fund 20 schools" the signer\'s', () => {
    const r = run('NAIROBI, 3 March 2025 - The Government of Kenya signed a financing agreement with the World Bank to finance the upgrading of 300 km of rural roads. The EU signed an agreement with the G20 to fund 20 schools.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['joint', 'EU']);
  });
  it('takes no pledge from "Our economy will grow"', () => {
    const r = run('LUSAKA, 3 March 2025 - "Our economy will grow by 5 per cent next year," said Finance Minister Jane Banda.');
    expect(r.pledges).toEqual([]);
  });
});

describe('pledges: a signing the article has reported, told again by its signatories or a caption', () => {
  it('takes no new pledge from "signed the MoU on its behalf", "exchanged the documents" or a photo caption of the signing', () => {
    const r = run('CHENNAI, 3 March 2025 - Tamil Nadu signed an MoU with Velan Group to set up a plant. Thiru Rajesh Velan, Chairman of the company, signed the MoU on its behalf. Dr. Anjali Menon and Smt. Reshma Thomas exchanged the documents in the presence of the Minister.\n\nPhoto: Minister Samantaray and Ms. Rao after the signing of the MoU on Tuesday.\n\nSigning of the agreement between Tamil Nadu and Velan Group at the Secretariat.');
    expect(r.pledges.map((p) => p.text)).toEqual(['CHENNAI, 3 March 2025 - Tamil Nadu signed an MoU with Velan Group to set up a plant.']);
  });
});

describe('pledges: a sentence that opens with "Signing of" and has its own verb (review)', () => {
  it('keeps "Signing of a second agreement ... will take place in June" after a reported signing', () => {
    const r = run('TOKYO, 3 March 2025 - Japan signed an agreement with Kenya. Signing of a second agreement, on a USD 50 million loan for roads, will take place in Tokyo in June.');
    expect(r.pledges).toHaveLength(2);
  });
});

describe('pledges: an inverted condition, a promise not to look away', () => {
  it('takes no pledge from "stood ready to increase its support should safe access be secured", but keeps a plain "should"', () => {
    const r = run('DUBLIN, 12 March 2025 - The Minister said Ireland stood ready to increase its support should safe access for aid workers be secured. Japan will provide USD 2 million, which should be used for schools.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Japan']);
  });
  it('takes no pledge from "Ireland will not look away", but keeps "will look after the families"', () => {
    const r = run('DUBLIN, 12 March 2025 - Ireland will not look away. The Government will look after the families of the victims.');
    expect(r.pledges.map((p) => p.text)).toEqual(['The Government will look after the families of the victims.']);
  });
});

describe('pledges: the party a document commits, a country inside a title', () => {
  it('gives "The third agreement commits SONAGAS to supplying gas" to SONAGAS', () => {
    const r = run('MALABO, 3 March 2024 - The Ministry signed three agreements with Bight Offshore Energy Ltd and SONAGAS. The third agreement commits SONAGAS to supplying natural gas to the power plant from January 2025.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['joint', 'SONAGAS']);
  });
  it('gives "the AfDB Country Manager for Chad, Mrs. X, announced a grant" to the AfDB, not Chad', () => {
    const r = run('N\'DJAMENA, 3 March 2025 - The African Development Bank (AfDB) approved a programme. On behalf of the Bank, the AfDB Country Manager for Chad, Mrs. Mariam Ndiaye Sow, announced a grant of 18.5 million US dollars to finance 150 water points.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['African Development Bank']);
  });
});

describe('pledges: an open question, a participle "agreed upon by", an accredited country before "who"', () => {
  it('takes no pledge from "would evaluate whether" or "will explore how", but keeps "will evaluate the results"', () => {
    const r = run('SANTIAGO, 22 May 2025 - The Minister said the Ministry of Finance would evaluate whether legal amendments are needed. The Bank will explore how reserves could be used. The Bank will evaluate the results every year.');
    expect(r.pledges.map((p) => p.text)).toEqual(['The Bank will evaluate the results every year.']);
  });
  it('takes no pledge from "transactions agreed upon by both countries"', () => {
    const r = run('MUMBAI, 3 March 2025 - The MoU covers all current account transactions agreed upon by both countries.');
    expect(r.pledges).toEqual([]);
  });
  it('gives "Mr X, Ambassador of Saudi Arabia to Pakistan, who conveyed that ..." to the ambassador, not Pakistan', () => {
    const r = run('ISLAMABAD, 3 March 2024 - Also present was Mr Faisal Al-Harbi, Ambassador of Saudi Arabia to Pakistan, who conveyed that the Saudi Fund for Development (SFD) has agreed to extend its deposit until December 2024.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Faisal Al-Harbi']);
  });
});

describe('pledges: a headline under a date line, "is committing", a body set off after a common noun', () => {
  it('takes the body\'s "The Manitoba government is committing $30 million", not the headline in capitals under "1:45 p.m."', () => {
    const r = run('NEWS RELEASE - MANITOBA\n\nFebruary 10, 2026, 1:45 p.m.\n\nMANITOBA GOVERNMENT COMMITS $30 MILLION TO STRENGTHEN COMMUNITY FLOOD PROTECTION\n\nThe Manitoba government is committing $30 million to raise ring dikes in 11 communities, Minister Lorna Dyck announced today.');
    expect(r.pledges.map((p) => [p.actor, p.text.slice(0, 40)])).toEqual([['Manitoba government', 'The Manitoba government is committing $3']]);
  });
  it('gives "The general contractor, Tuktu Northern Builders Ltd., promised" to the company', () => {
    const r = run('IQALUIT, 3 March 2026 - Minister Malaya Ikkidluak opened the site. The general contractor, Tuktu Northern Builders Ltd., promised to fill 40 per cent of its positions with local workers.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Tuktu Northern Builders Ltd']);
  });
});

describe('pledges: limits found by the review of this round\'s rules', () => {
  it('keeps "will receive ... from UNHCR" and "will be provided ... by Japan" with their givers after a common noun and a name', () => {
    const r = run('NAIROBI, 3 March 2025 - The implementing partner, the Kenya Red Cross, will receive 500 tents from UNHCR. The recipient, Kenya, will be provided with 500 tents by Japan.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['UNHCR', 'Japan']);
  });
  it('keeps "travelled to Jordan, which will host" Jordan\'s and "Germany commits KfW financing to Kenya" Germany\'s', () => {
    const r = run('AMMAN, 3 March 2025 - Minister Ahmed Hussen travelled to Jordan, which will host a donor conference in May. Germany commits KfW financing to Kenya\'s geothermal sector.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Jordan', 'Germany']);
  });
  it('keeps "which should further improve access", "will explore ways to", and takes nothing from "who are committing benefit fraud"', () => {
    const r = run('ACCRA, 3 March 2025 - The Government will provide 10 million dollars, which should further improve access to clean water. The two sides will explore ways to expand trade. The Ministry warned that residents who are committing benefit fraud will face fines of $5,000.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Government', 'joint']);
  });
});

describe('pledges: agreements counted but not named, "we" in a joint statement', () => {
  it('takes no pledge from "witnessed the signing of several agreements", but keeps "signed several agreements worth EUR 40 million"', () => {
    const r = run('BERLIN, 11 October 2023 - The two leaders witnessed the signing of several agreements. The two sides signed several agreements worth EUR 40 million.');
    expect(r.pledges.map((p) => p.text)).toEqual(['The two sides signed several agreements worth EUR 40 million.']);
  });
  it('gives "We committed to ..." in a joint statement to both sides, a quoted "We will" to its speaker', () => {
    const r = run('Joint statement by Prime Minister Whitcombe and President Salgado Ruiz\n\nMarch 4, 2026 | Ottawa\n\nPrime Minister Andrew Whitcombe and President Mariana Salgado Ruiz today issued the following joint statement.\n\nWe committed to convene the annual meeting of the Partnership in Monterrey in October.\n\n"We will invest $10 million," said Prime Minister Whitcombe.\n');
    expect(r.pledges.map((p) => p.actor)).toEqual(['joint', 'Andrew Whitcombe']);
  });
});

describe('pledges: a province or state as the party', () => {
  it('gives "Saskatchewan will provide ... to the GIFS" to Saskatchewan and "Alberta\'s government will provide" to that government', () => {
    const r = run('REGINA, 3 March 2025 - Under the MOU, Saskatchewan will provide $750,000 over two years to the Global Institute for Food Security (GIFS). Alberta\'s government will provide $48 million to the St. Mary River Irrigation District.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Saskatchewan', "Alberta's government"]);
  });
});

describe('pledges: a benefit noun that gives nothing, things received that are no gift, a rate held', () => {
  it('reads no pledge in "These are grants, not loans", "This is not a gift", "Applications for the SBDC grants", tax revenue received, a plan presented or a policy rate kept', () => {
    const r = run('APIA, 3 March 2025 - "These are grants, not loans," said Minister Toelupe. "This is not a gift." Applications for the SBDC grants can be submitted online. Treasury had also received K1.05 billion more in tax revenue than forecast, thanks to the Internal Revenue Commission (IRC). The Minister of the Environment, Ana Soto, today presented the Just Transition Plan for Tocopilla. The Governor confirmed that the central bank would keep the Kina Facility Rate unchanged at 3.0 per cent.');
    expect(r.pledges).toEqual([]);
  });
  it('reads no pledge in a payment "received from Norway in 2022" set off after a noun, nor in a project "funded by" a body since 2019; a minister who "received ... a shipment ... from the European Union" still has one', () => {
    const r = run('JAKARTA, 14 September 2023 - The Agency had already distributed the first payment, received from Norway in 2022, to 31 provinces. Since 2019, UNEP has supported the replanting of mangroves through the WIO-SAP project, funded by the Global Environment Facility (GEF). The Minister of Health, Dr. Salem Ali, received at the Ministry a shipment of vaccines with funding from the European Union.');
    expect(r.pledges.map((p) => p.text)).toEqual(['The Minister of Health, Dr. Salem Ali, received at the Ministry a shipment of vaccines with funding from the European Union.']);
  });
});

describe('pledges: a draft placed before a council', () => {
  it('reads no pledge in "would place a draft ... policy before the advisory council", but one in "will place 20 nurses at the disposal of the hospital"', () => {
    const r = run('DHAKA, 3 March 2023 - The Adviser said that the ministry would place a draft national employment injury insurance policy before the advisory council by June this year. The ministry will place 20 nurses at the disposal of the district hospital.');
    expect(r.pledges.map((p) => p.text)).toEqual(['The ministry will place 20 nurses at the disposal of the district hospital.']);
  });
});

describe('pledges: a grant confirmed', () => {
  it('reads "KfW Development Bank confirmed a grant of €20 million" as a benefit, not "confirmed receipt of" or "confirmed its position"', () => {
    const r = run('BERLIN, 3 February 2026 - On the same occasion, KfW Development Bank confirmed a grant of €20 million, on behalf of the German Government, to finance a desalination unit. The Minister confirmed receipt of the first US$5 million tranche. In 2024 Italy confirmed its position as the leading partner, with trade exceeding €7 billion.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['KfW Development Bank']);
  });
});

describe('pledges: limits found by the review of this round\'s rules', () => {
  it('keeps income support given, a VAT rate kept, a fund named with "to date", a donation received by a ministry set off by commas, and two things handed over', () => {
    const r = run('SUVA, 3 March 2025 - The Government gave income support of $500 each to 10,000 families. The Government will keep the reduced 5% VAT rate on energy bills until March 2026. The new US$30 million project, funded by the Green Climate Fund, is the largest climate investment in Samoa to date. The Ministry of Health, represented by its permanent secretary, received on Monday a donation of 10 ambulances from Japan. The Secretary handed over the Project Completion Report and a Rural Health Unit building worth PHP 5 million to the town. These are grants, not loans.');
    expect(r.pledges).toHaveLength(5);
    expect(r.pledges.some((p) => p.text.startsWith('These are'))).toBe(false);
  });
});

describe('pledges: a perfect in a relative clause', () => {
  it('reads no pledge in "payment for results that Indonesia has delivered and that ...", but one in "Japan has delivered 20 ambulances"', () => {
    const r = run('JAKARTA, 14 September 2023 - It is payment for results that Indonesia has delivered and that have been verified by auditors. Japan has delivered 20 ambulances to the Ministry.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Japan']);
  });
});

describe('pledges: a forecast of a quantity', () => {
  it('reads no pledge in "the travel time will fall" or "costs will drop", but one in "The Ministry will cut fees"', () => {
    const r = run('ANKARA, 5 March 2025 - With this line, the travel time between Mersin and Gaziantep will fall to 2 hours. Logistics costs for the province will drop sharply. The Ministry of Transport will cut port fees by 10 per cent.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Ministry of Transport']);
  });
});

describe('pledges: a verb of change with an object', () => {
  it('keeps "will drop examination fees" as a pledge', () => {
    const r = run('ACCRA, 5 March 2025 - The Ministry of Education will drop examination fees for all public school candidates from next year.');
    expect(r.pledges.map((p) => p.actor)).toEqual(['Ministry of Education']);
  });
});

describe('pledges: a request weighed with no object after the verb', () => {
  it('reads no pledge in "a request the ministry said it would evaluate in the coming weeks", but one in "will evaluate 40 hospitals"', () => {
    const r = run('LIMA, 3 May 2024 - The Ministry of Health (Minsa) spoke. Regional governments asked Minsa to extend the campaign, a request the ministry said it would evaluate in the coming weeks. The Ministry of Health will evaluate 40 hospitals in June.');
    expect(r.pledges.map((p) => p.text)).toEqual(['The Ministry of Health will evaluate 40 hospitals in June.']);
  });
});
