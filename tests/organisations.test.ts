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

describe('organisations: names built around head nouns', () => {
  it('keeps the whole of/for chain and drops the title before it', () => {
    const r = run('Sun Yeli, Deputy Director of the Publicity Department of the Communist Party of China (CPC) Central Committee, spoke. Both the CPC and the Communist Party of Vietnam agreed.');
    expect(names(r.organisations)).toEqual(['Publicity Department of the Communist Party of China (CPC) Central Committee', 'Communist Party of China', 'Communist Party of Vietnam']);
    expect(r.organisations[1].aliases).toContain('CPC');
  });
  it('splits a list of bodies, each with its own head, and does not glue a country or a person on', () => {
    const r = run('Staff of the National Bank of Cambodia, the Phnom Penh Water Supply Authority, the Cambodian Mine Action Authority and the Police Academy of Cambodia attended. Minister of Industry and Trade Nguyen Hong Dien met the Vietnamese Ministry of Public Security and Singapore\'s police.');
    expect(names(r.organisations)).toEqual(['National Bank of Cambodia', 'Phnom Penh Water Supply Authority', 'Cambodian Mine Action Authority', 'Police Academy of Cambodia', 'Vietnamese Ministry of Public Security']);
  });
  it('reads party and state bodies named alone', () => {
    const r = run('Politburo member To Lam met members of the National Assembly and the Party Committee of the central city of Da Nang.');
    expect(names(r.organisations)).toEqual(['Politburo', 'National Assembly', 'Party Committee of the central city of Da Nang']);
  });
  it('takes an undefined acronym for a body, but not codes, currencies, common abbreviations or surnames in capitals', () => {
    const r = run('MOFAIC hosted H.E. CHUNG Eui-yong. The USD 5 million grant covers ICT, AI and GDP studies in the EVFTA framework.');
    expect(names(r.organisations)).toEqual(['MOFAIC']);
    expect(r.warnings.some((w) => w.code === 'undefined-acronym' && w.message.includes('MOFAIC'))).toBe(true);
  });
  it('defines an acronym after its first use, in another language, and not when it names no body', () => {
    const r = run('NDMA staff met. The National Disaster Management Authority (NDMA) and the Mexican Agency for International Development Cooperation (AMEXCID) signed a memorandum of understanding (MoU) on the Sustainable Development Goals (SDGs).');
    expect(names(r.organisations)).toEqual(['National Disaster Management Authority', 'Mexican Agency for International Development Cooperation']);
    expect(r.organisations[0].mentions).toHaveLength(3);
    expect(r.organisations[1].aliases).toEqual(['AMEXCID']);
  });
  it('finds media by what the text calls them and by credits', () => {
    const r = run('The Cuban side thanked Nhan Dan - the official newspaper of the Vietnamese Party - for supporting the Granma newspaper. Granma thanked it. (Photo: VNA)');
    expect(names(r.organisations)).toEqual(expect.arrayContaining(['Nhan Dan', 'Granma', 'VNA']));
    expect(r.organisations.find((o) => o.name === 'Granma')!.mentions).toHaveLength(2);
  });
  it('merges an acronym with the name it spells and an anaphoric country form with its body', () => {
    const r = run('The Ministry of Agriculture and Rural Development of Côte d\'Ivoire met Israeli experts. The Ivorian Ministry will provide land. The Ministry of Foreign Affairs (MFA) said MFA staff would help.');
    expect(names(r.organisations)).toEqual(["Ministry of Agriculture and Rural Development of Côte d'Ivoire", 'Ministry of Foreign Affairs']);
  });
  it('does not take events, documents, headlines or kinds of body for organisations', () => {
    const r = run('Vietnam, Singapore Combine Forces to Fight Crime\nThe ASEAN Summit adopted the Paris Agreement roadmap. The Board of Directors approved it.');
    expect(names(r.organisations)).toEqual(['ASEAN']);
  });
});

describe('organisations: edges of a name', () => {
  it('leaves a title and its modifier, where a body is based, and initials and codes out of names', () => {
    const r = run('The deal was signed by Ministry of Planning State Minister Dr. Abel Tumwine and Toronto-based Maple Ridge Robotics Ltd. Photo: K. Mensah. Ref: 2025/041/QRT. Dr. Q.R.T. Perera attended.');
    expect(names(r.organisations)).toEqual(['Ministry of Planning', 'Maple Ridge Robotics Ltd']);
  });
  it('keeps abbreviated company forms, name particles and a field that goes on after "and"', () => {
    const r = run('Orchid Data Sdn. Bhd. and the Rashid bin Saeed Al Falasi Foundation thanked the Directorate of Statistics and Public Services.');
    expect(names(r.organisations)).toEqual(['Orchid Data Sdn. Bhd', 'Rashid bin Saeed Al Falasi Foundation', 'Directorate of Statistics and Public Services']);
  });
  it('does not read a place in capitals or a currency code as the body the gazetteer knows by those letters', () => {
    const r = run('ABU DHABI, 3 May (WAM) -- Nepal received NPR 40 million.');
    expect(r.organisations.map((o) => o.name)).toEqual(['WAM']);
  });
});

describe('organisations: letterheads, datelines and boundaries', () => {
  it('reads a letterhead in capitals', () => {
    expect(names(run('MINISTRY OF FOREIGN AFFAIRS\nREPUBLIC OF PALAU\n\nPRESS RELEASE\n\nThe Minister met the Ambassador.').organisations)).toEqual(['Ministry of Foreign Affairs']);
  });
  it('takes the news agency of a dateline, even when its letters are a country code', () => {
    expect(names(run('Seeds for farmers\n\nNAIROBI, 12 March (KNA) – The Ministry of Agriculture will distribute seeds.').organisations)).toEqual(['KNA', 'Ministry of Agriculture']);
    expect(names(run('Talks\n\nWashington, DC – The Ministry of Agriculture will distribute seeds.').organisations)).toEqual(['Ministry of Agriculture']);
  });
  it('ends a company name at its legal form and keeps a committee\'s remit', () => {
    expect(names(run('Perdana Holdings Berhad and Daesung Microtech Co., Ltd. of the Republic of Korea signed a deal.').organisations)).toEqual(['Perdana Holdings Berhad', 'Daesung Microtech Co., Ltd']);
    expect(names(run('The Joint Committee on Foreign Affairs and Defence met on Tuesday.').organisations)).toEqual(['Joint Committee on Foreign Affairs and Defence']);
  });
  it('does not take a boilerplate heading for part of a name', () => {
    expect(names(run('About Brenner Hydraulik AG\nBrenner Hydraulik AG makes pumps.').organisations)).toEqual(['Brenner Hydraulik AG']);
  });
});

describe('organisations: companies named with their legal form', () => {
  it('closes a name with a form of several tokens, after a comma, in brackets or in small letters', () => {
    const r = run(
      'The ministry signed a contract with Ferrante Cavi S.p.A. on Monday. Ubuntu Grid Solutions (Pty) Ltd, a Durban firm, ' +
        'will survey the route. The plant will be built by Moravské Mikrosystémy s.r.o. next year. Gasoductos del Duero, S.A. and ' +
        'Transgás Ibérica, S.A. agreed. The National Gas Company of Trinidad and Tobago Limited will buy the gas.',
    );
    expect(names(r.organisations)).toEqual(
      expect.arrayContaining(['Ferrante Cavi S.p.A.', 'Ubuntu Grid Solutions (Pty) Ltd', 'Moravské Mikrosystémy s.r.o.', 'Gasoductos del Duero, S.A.', 'Transgás Ibérica, S.A.', 'National Gas Company of Trinidad and Tobago Limited']),
    );
  });
  it('leaves out where a company is based, a title before it, and a form that a capital follows', () => {
    const r = run('The deal went to Brno-based Moravské Mikrosystémy s.r.o. The Chairman of Angkor Pharma Group Co., Ltd. said so. The Ministry of Finance, AB Bank and the Central Bank met.');
    expect(names(r.organisations)).toEqual(expect.arrayContaining(['Moravské Mikrosystémy s.r.o.', 'Angkor Pharma Group Co., Ltd']));
    expect(names(r.organisations).some((n) => /based|Chairman|^AB$/.test(n))).toBe(false);
  });
});

describe('organisations: agencies named by a word and a place', () => {
  it('takes "Enterprise Ireland", "Invest Lithuania", "Business Oregon", and not a place in a phrase or a longer name', () => {
    const r = run('Enterprise Ireland will fund the centre. Invest Lithuania said the plant will open. The grant came from Business Oregon. Education in Georgia is free. Business France Paris office opened.');
    expect(names(r.organisations)).toEqual(['Enterprise Ireland', 'Invest Lithuania', 'Business Oregon']);
  });
});

describe('organisations: a body that owns another', () => {
  it("splits a head-initial name's possessive from what it owns, but keeps a group's possessive inside a name", () => {
    const r = run("The University of Rwanda's College of Agriculture will train them. The Congress of the Lao People's Revolutionary Party met.");
    expect(names(r.organisations)).toEqual(['University of Rwanda', 'College of Agriculture', "Congress of the Lao People's Revolutionary Party"]);
  });
});

describe('organisations: a company named later without its legal form', () => {
  it('takes the short name for the same company, and it can make a pledge', () => {
    const r = run('June 3, 2025\n\nThe Port Authority and developer Van der Meulen Walstroom B.V. signed an agreement on Monday. Under the agreement, Van der Meulen Walstroom will invest EUR 68 million.');
    const company = r.organisations.find((o) => o.name === 'Van der Meulen Walstroom B.V.');
    expect(company?.mentions.map((m) => m.text)).toEqual(['Van der Meulen Walstroom B.V.', 'Van der Meulen Walstroom']);
    expect(r.people).toEqual([]);
    expect(r.pledges.map((p) => p.actor)).toContain('Van der Meulen Walstroom B.V.');
  });
});

describe('organisations: a short form of a name named in full before', () => {
  const names = (text: string) => run(text).organisations.map((o) => o.name);
  it('joins "City Council" to the place-named council and "Regional Council" to the one it completes', () => {
    expect(names('Dodoma City Council and UN-Habitat signed a grant agreement. The City Council will allocate TZS 1.8 billion.')).not.toContain('City Council');
    expect(names('The Regional Council of Magallanes and Chilean Antarctica approved the project. The Regional Council also approved a road.')).toEqual(['Regional Council of Magallanes and Chilean Antarctica']);
  });
  it('keeps two bodies apart when the short form could complete either', () => {
    expect(names('The Regional Council of Aysén and the Regional Council of Magallanes met. The Regional Council of Aysén approved a road.').length).toBe(2);
  });
});

describe('organisations: legal forms of more countries, and forms before a quoted name', () => {
  const names = (text: string) => run(text).organisations.map((o) => o.name);
  it('reads a company named after its form, in quotes, and forms such as AS and SRL after a name', () => {
    const found = names('Riga, 14 October 2025 - The Investment and Development Agency of Latvia and SIA “Vidzemes Koka Moduļi” signed an agreement with AS “Gauja Capital” and Fjordhus AS. Sambre Cell Therapies SRL will hire 20 people.');
    expect(found).toEqual(expect.arrayContaining(['SIA "Vidzemes Koka Moduļi"', 'AS "Gauja Capital"', 'Fjordhus AS', 'Sambre Cell Therapies SRL']));
    expect(found).not.toContain('SIA');
  });
});

describe('organisations: a unit of a body, named "X of the Y"', () => {
  const names = (text: string) => run(text).organisations.map((o) => o.name);
  it('is two bodies when both halves have a head and the second is no polity', () => {
    expect(names('The Directorate of Port Works of the Ministry of Public Works signed a contract.')).toEqual(['Directorate of Port Works', 'Ministry of Public Works']);
    expect(names('The Ministry of Energy of the Republic of Uzbekistan and the Council of the European Union agreed.')).toEqual(['Ministry of Energy of the Republic of Uzbekistan', 'Council of the European Union']);
  });
});

describe('organisations: head words of other languages', () => {
  const names = (text: string) => run(text).organisations.map((o) => o.name);
  it('reads Romance and German head-initial names with their joiners and articles', () => {
    expect(names('The Cooperativa Lechera del Litoral and the Agenzia per la Coesione Territoriale signed. Cassa Depositi e Prestiti will lend EUR 5 million. The Amt der Steiermärkischen Landesregierung agreed.')).toEqual(['Cooperativa Lechera del Litoral', 'Agenzia per la Coesione Territoriale', 'Cassa Depositi e Prestiti', 'Amt der Steiermärkischen Landesregierung']);
  });
});

describe("organisations: a place's particle inside a name, and a person's abbreviated given name after one", () => {
  const names = (text: string) => run(text).organisations.map((o) => o.name);
  it('keeps "Cabo de Hornos" whole and ends the ministry before "Md."', () => {
    expect(names('Secretary of the Ministry of Disaster Management and Relief Md. Kamrul Hasan said the ministry will help. The Cabo de Hornos Municipality will provide land.')).toEqual(['Ministry of Disaster Management and Relief', 'Cabo de Hornos Municipality']);
  });
});

describe('organisations: fields of a head-initial name in French and Spanish, and after "the"', () => {
  const names = (text: string) => run(text).organisations.map((o) => o.name);
  it('keeps each ministry whole', () => {
    expect(names("The Ministerio de Obras Públicas y de Transporte signed. The Ministère de l'Énergie et des Mines signed. The Ministry of Climate Resilience, the Environment, Forestry and Fisheries signed.")).toEqual(['Ministerio de Obras Públicas y de Transporte', "Ministère de l'Énergie et des Mines", 'Ministry of Climate Resilience, the Environment, Forestry and Fisheries']);
  });
});

describe('organisations: French names in capitals and lists of fields with elided articles', () => {
  const names = (text: string) => run(text).organisations.map((o) => o.name);
  it("reads \"L'EAU\" as l'Eau in a letterhead and keeps \", de l'Agriculture et de l'Élevage\" in the name", () => {
    expect(names("MINISTÈRE DE L'EAU ET DE L'ÉNERGIE\n\nN'Djamena, 3 June 2025 – The Minister met the press.")).toEqual(["Ministère de l'Eau et de l'Énergie"]);
    expect(names("Gitega, 3 June 2025 – The Ministère de l'Environnement, de l'Agriculture et de l'Élevage signed.")).toEqual(["Ministère de l'Environnement, de l'Agriculture et de l'Élevage"]);
  });
});

describe('organisations: a bracket that gives the name in the issuer’s language and its acronym', () => {
  it('makes both other names of the body before the bracket', () => {
    const r = run('Pristina, 3 June 2025 – The Kosovo Credit Guarantee Fund (Fondi Kosovar për Garanci Kreditore, FKGK) will guarantee half of each loan. FKGK will report in May. The Puerto Rico Electric Power Authority (Autoridad de Energía Eléctrica, AEE) will connect the plant.');
    expect(r.organisations.map((o) => [o.name, ...o.aliases])).toEqual([['Kosovo Credit Guarantee Fund', 'FKGK'], ['Puerto Rico Electric Power Authority', 'Autoridad de Energía Eléctrica', 'AEE']]);
    expect(r.pledges.map((p) => p.actor)).toEqual(['Kosovo Credit Guarantee Fund', 'Kosovo Credit Guarantee Fund', 'Puerto Rico Electric Power Authority']);
  });
});

describe('organisations: a party that commits, with no head word in its name', () => {
  it('is an organisation unless it is a place, a title, a person or a short form of a body already found', () => {
    const r = run('Nouméa, 3 June 2025 – Enercal undertakes to buy all the power for 25 years. Te Aponga Uira will manage the grid. Brazil will send seeds. The Tánaiste will visit the site. Hanseong Battery Materials Co Ltd signed a lease, and Hanseong will hire 300 people.');
    expect(r.organisations.map((o) => [o.name, ...o.aliases])).toEqual([['Hanseong Battery Materials Co Ltd', 'Hanseong'], ['Enercal'], ['Te Aponga Uira']]);
    const enercal = r.organisations.find((o) => o.name === 'Enercal')!;
    expect(enercal.mentions.map((m) => m.text)).toEqual(['Enercal']);
  });
});

describe('organisations: names of other languages defined by an acronym, and French elided fields', () => {
  const names = (text: string) => run(text).organisations.map((o) => o.name);
  it('takes a long form of words no English list holds, and "Portos e" before it', () => {
    expect(names('Maputo, 3 June 2025 – The Portos e Caminhos de Ferro de Moçambique (CFM) and Syarikat Air Darul Aman (SADA) signed. The Gross Domestic Product (GDP) grew. The Programme of Touba and Kaolack (PATK) will run.')).toEqual(['Portos e Caminhos de Ferro de Moçambique', 'Syarikat Air Darul Aman']);
  });
  it("reads \"d'Électricité\" as a field, a French head-initial name after \"and the\" as a name of its own, and \"Côte d'Ivoire\" inside a name", () => {
    expect(names("Accra, 3 June 2025 – The Volta River Authority and the Compagnie Ivoirienne d'Électricité signed. The Ghana-Côte d'Ivoire Permanent Joint Commission met. The Ethiopian Electric Utility will build lines.")).toEqual(['Volta River Authority', "Compagnie Ivoirienne d'Électricité", "Ghana-Côte d'Ivoire Permanent Joint Commission", 'Ethiopian Electric Utility']);
  });
});

describe('organisations: short names in brackets and credit lines', () => {
  const names = (text: string) => run(text).organisations.map((o) => [o.name, ...o.aliases]);
  it('makes "(Saudi EXIM)" another name of the bank, but not "(Washington DC)"', () => {
    expect(names('Riyadh, 3 June 2025 – The Saudi Export-Import Bank (Saudi EXIM) will lend USD 5 million. The World Bank (Washington DC) approved it.')).toEqual([['Saudi Export-Import Bank', 'EXIM'], ['World Bank']]);
  });
  it('takes "(MAP)" alone on the last line for the agency, and not "(END)"', () => {
    expect(names('Rabat, 3 June 2025 – The ministry met.\n\n(MAP)\n')).toEqual([['MAP']]);
    expect(names('Rabat, 3 June 2025 – The ministry met.\n\n(END)\n')).toEqual([]);
  });
});

describe('organisations: one body named in the issuer’s language and in English', () => {
  const names = (text: string) => run(text).organisations.map((o) => [o.name, ...o.aliases]);
  it('merges a French letterhead with the English name in the text, and a name whose words match once translated, under the English name', () => {
    expect(names("MINISTÈRE DE L'ÉNERGIE ET DE L'EAU\n\nBamako, 3 June 2025 – The Ministry of Energy and Water signed. The Office National de l'Électricité et de l'Eau Potable and the National Office of Electricity and Drinking Water met.")).toEqual([['Ministry of Energy and Water', "Ministère de l'Énergie et de l'Eau"], ['National Office of Electricity and Drinking Water', "Office National de l'Électricité et de l'Eau Potable"]]);
  });
  it('keeps two bodies of different countries apart', () => {
    expect(names("Dakar, 3 June 2025 – The Ministère de la Santé of Senegal and the Ministry of Health of Gambia signed.").length).toBe(2);
  });
});

describe('organisations: legal forms of Ireland, Albania and Kosovo, Kuwait, Denmark, Slovenia', () => {
  it('reads DAC, Sh.P.K., K.S.C.C., A/S and d.d. as forms, and "the company" as the one named with one', () => {
    const r = run('Pristina, 3 June 2025 – The Ministry signed with Termo-Dardania Sh.P.K. Under the agreement, the company will keep its prices. Bradán Thír Chonaill DAC, Gulf Sun Energy Company K.S.C.C., Qaqortup Sanaartorfia A/S and Gradbeništvo Savinja d.d. signed too.');
    expect(r.organisations.map((o) => o.name)).toEqual(['Termo-Dardania Sh.P.K.', 'Bradán Thír Chonaill DAC', 'Gulf Sun Energy Company K.S.C.C.', 'Qaqortup Sanaartorfia A/S', 'Gradbeništvo Savinja d.d.']);
    expect(r.people).toEqual([]);
    expect(r.pledges[0].actor).toBe('Termo-Dardania Sh.P.K.');
  });
});

describe('organisations: a release heading in another language, and a listed body named short', () => {
  it('takes no "COMMUNIQUÉ" for a body, and joins "the Abu Dhabi Fund" to the Abu Dhabi Fund for Development', () => {
    const r = run('COMMUNIQUÉ\n\nNouakchott, 3 June 2025 – The Abu Dhabi Fund for Development (ADFD) signed a loan. The Abu Dhabi Fund will also give a grant.');
    expect(r.organisations.map((o) => [o.name, ...o.aliases])).toEqual([['Abu Dhabi Fund for Development', 'ADFD', 'Abu Dhabi Fund']]);
  });
});

describe('organisations: a national branch named by its place', () => {
  const names = (text: string) => run(text).organisations.map((o) => [o.name, ...o.aliases]);
  it('keeps the place in an NGO’s or a university’s name, not in a UN agency’s office or before a title', () => {
    expect(names('Honiara, 3 June 2025 – World Vision Solomon Islands will build 40 tanks. World Vision will also train staff. UNICEF Madagascar signed. Comenius University Bratislava joined.')).toEqual([['World Vision Solomon Islands', 'World Vision'], ['UNICEF', "United Nations Children's Fund"], ['Comenius University Bratislava']]);
    expect(names('Honiara, 3 June 2025 – The Save the Children Solomon Islands Director spoke.').map((n) => n[0])).toEqual(['Save the Children']);
  });
});

describe('organisations: a body’s board named after its acronym', () => {
  it('is the body ("the IsDB Board approved", "the AIIB Board of Directors"), not a board named so', () => {
    const r = run('Jeddah, 3 June 2025 – The Islamic Development Bank (IsDB) signed. The IsDB Board approved the loan. The AIIB Board of Directors approved another. The Ghana Cocoa Board will buy.');
    expect(r.organisations.map((o) => o.name)).toEqual(['Islamic Development Bank', 'AIIB', 'Ghana Cocoa Board']);
  });
});

describe('organisations: a government named by its level alone', () => {
  it('is the government of that level named last before it', () => {
    const r = run('Thiruvananthapuram, 3 June 2025 – The Government of Kerala signed. The State Government will pay. The Federal Government of Nigeria and the Federal Government met.');
    expect(r.organisations.map((o) => [o.name, ...o.aliases])).toEqual([['Government of Kerala', 'State Government'], ['Federal Government of Nigeria', 'Federal Government']]);
  });
});

describe('organisations: currency codes, post-nominals, wire end marks and surnames in capitals', () => {
  it('takes none of "ZWG 96 million", "ZWG 27,000", "I.A.S.", "NNNN", "Minister NGONO ESSOMBA" for a body', () => {
    const r = run('Harare, 3 June 2025 – The Government will contribute ZWG 96 million, with loans of up to ZWG 27,000 each. Minister NGONO ESSOMBA spoke. The Secretary, Tmt. V. Arulmozhi, I.A.S., attended.\n\nNNNN\n');
    expect(r.organisations).toEqual([]);
  });
});

describe('organisations: agencies named by words and their country, and a name before "-funded"', () => {
  it('finds Global Affairs Canada, Export Development Canada, and the World Bank in "World Bank-funded"', () => {
    const r = run('Ottawa, 3 June 2025 – Global Affairs Canada and Export Development Canada signed. The World Bank-funded project and the Kigali-based Akagera Ltd will help.');
    expect(r.organisations.map((o) => o.name)).toEqual(['Global Affairs Canada', 'Export Development Canada', 'World Bank', 'Akagera Ltd']);
  });
});

describe('organisations: a filing agency whose name is also a place, and interest-rate benchmarks', () => {
  it('takes "Petra" in the dateline and alone on the last line, not the city, and no SOFR', () => {
    expect(run('Amman, Petra – The Minister signed a loan priced at SOFR plus 1%.\n\nThey will visit Petra next week.\n\nPetra\n').organisations.map((o) => [o.name, o.mentions.length])).toEqual([['Petra', 2]]);
    expect(run('Amman, 3 June 2025 – The Minister visited Petra.').organisations).toEqual([]);
  });
});

describe('organisations: a country of two words at the end, and a body named after a person', () => {
  it('keeps "Viet Nam" whole though "Nam" is also a surname', () => {
    expect(names(run('Hanoi, 3 June 2025 – The Ministry of Health of Viet Nam and the Embassy of Viet Nam met.').organisations)).toEqual(['Ministry of Health of Viet Nam', 'Embassy of Viet Nam']);
  });
  it('keeps the title that opens it ("King Saud University"), not a title before a person', () => {
    const r = run('Muscat, 3 June 2025 – Sultan Qaboos University and Queen Elizabeth Hospital signed. The Sultan of Oman received Minister Ahmed Al Harthy.');
    expect(names(r.organisations)).toEqual(['Sultan Qaboos University', 'Queen Elizabeth Hospital']);
  });
});

describe('organisations: presidencies, chancelleries and vice-ministries', () => {
  it('names "Presidency of ..." but not a term of office ("G20 Presidency"), and "State Chancellery", "Vice Ministry of ..."', () => {
    const r = run('Maputo, 3 June 2025 – The Presidency of the Republic of Mozambique, the State Chancellery of the Republic of Moldova and the Vice Ministry of Civil Defense met during the G20 Presidency.');
    expect(names(r.organisations)).toEqual(['Presidency of the Republic of Mozambique', 'State Chancellery of the Republic of Moldova', 'Vice Ministry of Civil Defense', 'G20']);
  });
  it('ends a name before an "on" that introduces a body, and joins two countries of two words across a dash', () => {
    const r = run('STATEMENT BY THE PRESIDENCY ON THE SOUTH AFRICA–MOZAMBIQUE BI-NATIONAL COMMISSION\n\nPretoria, 2 October 2025\n\nThe Committee on Foreign Affairs met.');
    expect(names(r.organisations)).toEqual(['South Africa–Mozambique Bi-National Commission', 'Committee on Foreign Affairs']);
  });
});

describe('organisations: letters that name a meeting, a word after an elided letter, an adjective from a newspaper\'s name', () => {
  it('takes no body from "Consultations (FOC)" or "Joint Commission Meeting (JCM)", but keeps a ministry whose field ends in such a word', () => {
    const r = run('Dhaka, 3 June 2025 – The fifth Foreign Secretary-level Consultations (FOC) and the Joint Commission Meeting (JCM) were held. The next FOC is in May. The Ministry for the Ecological Transition and the Demographic Challenge (MITECO) will open an office.');
    expect(names(r.organisations)).toEqual(['Ministry for the Ecological Transition and the Demographic Challenge']);
  });
  it('reads "N\'DJAMENA" as a place and "East African Cooperation" as no newspaper', () => {
    const r = run("N'DJAMENA, Chad, 14 May 2025 – The Deputy Minister for Foreign Affairs and East African Cooperation, Ms Neema Mwakalinga, met UNHCR.");
    expect(names(r.organisations)).toEqual(['UNHCR']);
  });
});

describe('organisations: names in the issuer\'s language', () => {
  it('joins a letterhead name whose initials spell the acronym the text gives its English name', () => {
    const r = run('Jakarta, 3 June 2025 – The Ministry of Marine Affairs and Fisheries (KKP) signed. KKP will fund the port.\n\nKementerian Kelautan dan Perikanan\n');
    expect(r.organisations.map((o) => [o.name, o.mentions.length])).toEqual([['Ministry of Marine Affairs and Fisheries', 4]]);
  });
  it('reads a field after a head and its adjective ("Universidade Técnica do Atlântico"), and no magazine before a title', () => {
    const r = run('Mindelo, 3 June 2025 – The Universidade Técnica do Atlântico signed, Foreign Affairs Minister Ana Lopes said.');
    expect(names(r.organisations)).toEqual(['Universidade Técnica do Atlântico']);
  });
});

describe('organisations: an office of a body, a royal government named again, a region in a name', () => {
  it('keeps "U.S. Embassy in Mongolia" apart from its press office', () => {
    const r = run('U.S. Embassy in Mongolia\n\nPress Release\nOctober 8, 2024\n\nUlaanbaatar – The United States will help. Please contact the U.S. Embassy Press Office.\n');
    expect(names(r.organisations)).toEqual(['U.S. Embassy in Mongolia', 'U.S. Embassy Press Office']);
  });
  it('joins "the Royal Government" to the royal government named before', () => {
    const r = run('Thimphu, 10 December 2025 – The Royal Government of Bhutan and IFAD signed.\n\nThe Royal Government will contribute US$4.5 million.\n');
    expect(r.organisations.map((o) => [o.name, o.mentions.length])).toEqual([['Royal Government of Bhutan', 2], ['IFAD', 1]]);
  });
  it('reads "in Latin America and the Caribbean" as one region inside a name', () => {
    const r = run('Madrid, 3 June 2025 – The Spanish Cooperation Fund for Water and Sanitation in Latin America and the Caribbean (FECASALC) will fund it.');
    expect(names(r.organisations)).toEqual(['Spanish Cooperation Fund for Water and Sanitation in Latin America and the Caribbean']);
  });
});

describe('organisations: a portfolio listing fields that are also heads', () => {
  it('keeps "Department of Housing, Local Government and Heritage" whole, but not a list of bodies', () => {
    const r = run('Dublin, 3 June 2025 – The Department of Housing, Local Government and Heritage and the Ministry of Local Government, Chieftainship, Home Affairs and Police Services met the Ministry of Education, the Police and the Army.');
    expect(names(r.organisations)).toEqual(['Department of Housing, Local Government and Heritage', 'Ministry of Local Government, Chieftainship, Home Affairs and Police Services', 'Ministry of Education']);
  });
});

describe('organisations: a number\'s abbreviation and an address after a name', () => {
  it('ends "Council of Ministers" before "No. 412" and "the Ministry" before "on Lynch Street"', () => {
    const r = run('Monrovia, 3 June 2025 – By Decision of the Council of Ministers No. 412 the Government will pay. Speaking at the Ministry on Lynch Street, the Minister said so.');
    expect(names(r.organisations)).toEqual(['Council of Ministers']);
  });
});

describe('organisations: a government\'s building is a place, not a body', () => {
  it('takes no body from "at Government House" or "the Government Palace"', () => {
    const r = run('Bangkok, 3 June 2025 – The Prime Minister received the delegation at Government House. The ceremony at the Government Palace was attended by the Ministry of Finance.');
    expect(names(r.organisations)).toEqual(['Ministry of Finance']);
  });
});

describe('organisations: "of The Gambia" and a portfolio ending in "Utilities"', () => {
  it('merges "CENTRAL BANK OF THE GAMBIA" and "Central Bank of The Gambia" into one body', () => {
    const r = run('CENTRAL BANK OF THE GAMBIA\n\nPRESS RELEASE\n\nBanjul, 3 June 2025 – The Central Bank of The Gambia held its meeting on Monday.');
    expect(names(r.organisations)).toHaveLength(1);
    expect(names(r.organisations)[0].toLowerCase()).toBe('central bank of the gambia');
  });
  it('keeps "Ministry of Works, Infrastructure and Utilities" whole', () => {
    const r = run('Majuro, 3 June 2025 – The Ministry of Works, Infrastructure and Utilities will provide the land, and the Public Utilities Board will run the plant.');
    expect(names(r.organisations)).toEqual(['Ministry of Works, Infrastructure and Utilities', 'Public Utilities Board']);
  });
});

describe('organisations: a portfolio that fights something', () => {
  it('keeps "Ministry of Public Health and the Fight against AIDS" whole and ends it there', () => {
    const r = run('Bujumbura, 3 June 2025 – The committee, co-chaired by the Ministry of Public Health and the Fight against AIDS and Enabel, met the Ministry of National Solidarity and the Struggle against Poverty.');
    expect(names(r.organisations)).toEqual(['Ministry of Public Health and the Fight against AIDS', 'Enabel', 'Ministry of National Solidarity and the Struggle against Poverty']);
  });
});

describe('organisations: a person named right after a body, with a surname of a Central Asian or Slavic shape', () => {
  it('ends "Uzbek Agency for Technical Regulation" before "Bakhodir Rakhimov"', () => {
    const r = run('TASHKENT, 3 June 2025 (UzA) – Director of the Uzbek Agency for Technical Regulation Bakhodir Rakhimov and the Minister of Health signed a memorandum.');
    expect(names(r.organisations)).toContain('Uzbek Agency for Technical Regulation');
    expect(names(r.people)).toEqual(['Bakhodir Rakhimov']);
  });
});

describe('organisations: a filing agency bracketed or between slashes after a dateline with an abbreviated month', () => {
  it('reads "(Petra)", "(TAP)" and "/Kabar/" there, and not the city or the pipeline elsewhere', () => {
    const at = (text: string) => names(run(text).organisations);
    expect(at('Amman, Jan. 13 (Petra) -- The Planning Minister met the Spanish Ambassador.')).toEqual(['Petra']);
    expect(at('TUNIS, Feb. 26 (TAP) - Tunisia and Italy signed a financing agreement.')).toEqual(['TAP']);
    expect(at('Bishkek, June 3 /Kabar/. The Minister met today the Korean Ambassador.')).toEqual(['Kabar']);
    expect(at('The tourists visited Petra on 3 June. Gas flows through the pipeline (TAP) - as planned.')).toEqual([]);
  });
});

describe('organisations: legal forms spelt out before a quoted name, and Portuguese and Danish forms', () => {
  it('reads the whole company name with its form', () => {
    const at = (text: string) => names(run(text).organisations);
    expect(at('Dushanbe, 3 June 2025 – The Open Joint Stock Holding Company "Barqi Tojik" has pledged to restore the power supply.')).toEqual(['Open Joint Stock Holding Company "Barqi Tojik"']);
    expect(at('Dili, 3 June 2025 – The contract went to Lafaek Construction, Unipessoal, Lda., and Bee Timor-Leste, E.P. will operate it.')).toEqual(['Lafaek Construction, Unipessoal, Lda', 'Bee Timor-Leste, E.P.']);
    expect(at('Copenhagen, 3 June 2025 – Nordvind Capital K/S will invest.')).toEqual(['Nordvind Capital K/S']);
  });
});

describe('organisations: regional and local governments named in their own language', () => {
  it('reads the Xunta, the Generalitat, an akimat and a kaupule as bodies', () => {
    const r = run('Madrid, 3 June 2025 – The Ministry will sign an agreement with the Xunta de Galicia and the Generalitat Valenciana. The Akimat of Karaganda Region and the Kaupule of Nukufetau agreed.');
    expect(names(r.organisations)).toEqual(['Xunta de Galicia', 'Generalitat Valenciana', 'Akimat of Karaganda Region', 'Kaupule of Nukufetau']);
  });
});

describe('organisations: a state agency "under the Government of" its country, and a field that is also a body', () => {
  it('keeps the whole name, joins its short form, and keeps "and Civil Defence" inside a portfolio', () => {
    const r = run('Dushanbe, 3 June 2025 – According to the Committee of Emergency Situations and Civil Defence under the Government of the Republic of Tajikistan, 214 houses were damaged. The Agency for Land Reclamation and Irrigation under the Government of the Republic of Tajikistan met the staff. The Agency for Land Reclamation and Irrigation will act as the implementing agency.');
    expect(names(r.organisations)).toEqual(['Committee of Emergency Situations and Civil Defence under the Government of the Republic of Tajikistan', 'Agency for Land Reclamation and Irrigation under the Government of the Republic of Tajikistan']);
  });
});

describe('organisations: a body named in English and, at more length, in another language', () => {
  it('is named by its English form', () => {
    const r = run('African Export-Import Bank\nBanque Africaine d\'Import-Export\n\nPRESS RELEASE\n\nCairo, 3 June 2025 – The African Export-Import Bank (Afreximbank) and Togo signed a facility.');
    expect(names(r.organisations)).toContain('African Export-Import Bank');
    expect(names(r.organisations)).not.toContain("Banque Africaine d'Import-Export");
  });
});

describe('organisations: a unit of a body', () => {
  it('reads "Family Support Unit" and "Military Emergencies Unit" as bodies, and a generic "Media Unit" line as none', () => {
    const r = run('Freetown, 3 June 2025 – The UK handed over motorbikes to the Family Support Unit of the Sierra Leone Police. The Military Emergencies Unit (UME) was deployed.\n\nMedia Unit\nBritish High Commission');
    expect(names(r.organisations)).toEqual(['Family Support Unit', 'Sierra Leone Police', 'Military Emergencies Unit', 'British High Commission']);
  });
});

describe('organisations: one-word names joining a country stem to a body word', () => {
  it('reads Kazhydromet, Uzhydromet and Turkmengaz as bodies, and no English word', () => {
    const r = run('Astana, 3 June 2025 – Kazhydromet and Uzhydromet signed a data agreement with Turkmengaz. The thermostat was replaced.');
    expect(names(r.organisations)).toEqual(['Kazhydromet', 'Uzhydromet', 'Turkmengaz']);
  });
});

describe('organisations: a country\'s side in a communiqué', () => {
  it('takes "the Angolan Party" for Angola, not a political party', () => {
    const r = run('Luanda, 3 June 2025\n\n4. The Angolan Party undertook to complete the road by December 2026. The Labour Party met.\n');
    expect(r.organisations.map((o) => o.name)).toEqual(['Labour Party']);
    expect(r.pledges.map((p) => p.actor)).toEqual(['Angola']);
  });
});

describe('organisations: an acronym that leaves out a short legal form', () => {
  it('merges "Water and Sewerage Company Inc. (WASCO)" and keeps "PIB" apart from "... Innovations Ltd"', () => {
    expect(run('Cabinet noted that the Water and Sewerage Company Inc. (WASCO) has agreed to deliver water. WASCO will start on Monday.').organisations.map((o) => [o.name, o.aliases])).toEqual([['Water and Sewerage Company Inc', ['WASCO']]]);
    expect(run('Kenya Power and Lighting Company Ltd. (KPLC) will connect the school.').organisations.map((o) => [o.name, o.aliases])).toEqual([['Kenya Power and Lighting Company Ltd', ['KPLC']]]);
    const pib = run('Posted On: 02 DEC 2025 by PIB Delhi\n\nBharat Pharma Innovations Ltd will supply kits.').organisations.map((o) => o.name);
    expect(pib).toContain('PIB Delhi');
  });
});

describe('organisations: a body\'s name as a title\'s field', () => {
  it('takes "Minister of Civil Defence" for a title, and "Vice Ministry of Civil Defence" for a body', () => {
    expect(run('The Vice Minister of Civil Defence, Marcelo Quispe Arandia, delivered 320 tonnes of aid.').organisations).toEqual([]);
    expect(run('According to the Vice Ministry of Civil Defence (VIDECI), 9,400 families were affected.').organisations.map((o) => o.name)).toEqual(['Vice Ministry of Civil Defence']);
  });
});

describe('organisations: a name cut after its head word, defined by an acronym', () => {
  it('runs on to the end of the long form ("Finn Church Aid (FCA)")', () => {
    const r = run('Helsinki, 3 June 2025\n\nFinn Church Aid (FCA) will continue its teacher training programme with Finnish funding.\n');
    expect(r.organisations.map((o) => [o.name, o.aliases])).toEqual([['Finn Church Aid', ['FCA']]]);
  });

  it('runs on over the articles and prepositions of a French or Spanish name ("Association Mborayhu pour le Développement Rural (AMDR)")', () => {
    const r = run('Dori, 3 June 2025\n\nThe Association Mborayhu pour le Développement Rural (AMDR) will distribute the seed.\n');
    expect(r.organisations.map((o) => [o.name, o.aliases])).toEqual([['Association Mborayhu pour le Développement Rural', ['AMDR']]]);
  });

  it('reads a syllable acronym, the start of each word ("Financiera Pampa para el Desarrollo (FIPADE)")', () => {
    const r = run('Lima, 3 June 2025\n\nThe fund lent 20 million euros to Financiera Pampa para el Desarrollo (FIPADE) last year. FIPADE will lend it on.\n');
    expect(r.organisations.map((o) => [o.name, o.aliases])).toEqual([['Financiera Pampa para el Desarrollo', ['FIPADE']]]);
  });
});

describe('organisations: a bank named in Estonian', () => {
  it('reads "Eesti Pank" as a body', () => {
    expect(run('Tallinn, 3 June 2025\n\nEesti Pank expects consumer prices to rise by 5.5% in 2025.\n').organisations.map((o) => o.name)).toEqual(['Eesti Pank']);
  });
});

describe('organisations: "(A Government of Nepal Undertaking)" under a letterhead', () => {
  it('describes the issuer and names no body', () => {
    const r = run('NEPAL ELECTRICITY AUTHORITY\n(A Government of Nepal Undertaking)\n\nPress Release\n4 July 2025\n\nNEA awards contract for a 132 kV line.\n');
    expect(r.organisations.map((o) => o.name)).toEqual(['Nepal Electricity Authority']);
  });
});

describe('organisations: a place written with "St."', () => {
  it('keeps the stop inside the name and reads the country', () => {
    const r = run('Basseterre, 15 July 2025\n\nThe Development Bank of St. Kitts and Nevis has agreed to offer loans to farmers.\n\nThe St. Lucia Air and Sea Ports Authority will resurface the runway.\n');
    expect(r.organisations.map((o) => o.name)).toEqual(['Development Bank of St. Kitts and Nevis', 'St. Lucia Air and Sea Ports Authority']);
    expect(r.pledges.map((p) => p.actor)).toEqual(['Development Bank of St. Kitts and Nevis', 'St. Lucia Air and Sea Ports Authority']);
  });
});

describe('organisations: a body named after a country with "and" in its name', () => {
  it('keeps the whole country ("Antigua and Barbuda Port Authority")', () => {
    const r = run("St. John's, 3 June 2025\n\nThe Antigua and Barbuda Port Authority will resurface the quay.\n\nThe Trinidad and Tobago Electricity Commission will raise tariffs.\n");
    expect(r.organisations.map((o) => o.name)).toEqual(['Antigua and Barbuda Port Authority', 'Trinidad and Tobago Electricity Commission']);
  });
});

describe('organisations: "in" after a body\'s field', () => {
  it('opens a field of study or a region, not a town', () => {
    const r = run('Colombo, 3 June 2025\n\nThe National Institute of Health Sciences in Kalutara will train 40 nurses.\n\nThe Council for Research in Ayurvedic Sciences signed the plan.\n\nThe Fund for Water and Sanitation in Latin America and the Caribbean will co-finance it.\n');
    expect(r.organisations.map((o) => o.name)).toEqual(['National Institute of Health Sciences', 'Council for Research in Ayurvedic Sciences', 'Fund for Water and Sanitation in Latin America and the Caribbean']);
    expect(r.pledges[0].actor).toBe('National Institute of Health Sciences');
  });
});

describe('organisations: acronym long forms, aliases reused, located bodies, letterheads in Malay and Indonesian', () => {
  const orgs = (text: string) => run(text).organisations.map((o) => [o.name, ...o.aliases].join(' | '));
  it('takes the run whose initials spell the acronym, and a bracketed alias wherever it recurs', () => {
    expect(orgs('The Association of African Universities (AAU) will help. Statistics South Africa (Stats SA) released the survey. Stats SA rejected the claim.')).toEqual(['Association of African Universities | AAU', 'Statistics South Africa | Stats SA']);
  });
  it('keeps "in the Sahel" and two regions\' adjectives joined by "and"; cuts "of the German state of ..."', () => {
    expect(orgs('The Permanent Interstate Committee for Drought Control in the Sahel (CILSS) met. Officials of the Latin American and Caribbean Demographic Centre attended. The Ministry of Economic Affairs, Labour and Tourism of the German state of Baden-Württemberg signed.')).toEqual([
      'Permanent Interstate Committee for Drought Control in the Sahel | CILSS',
      'Latin American and Caribbean Demographic Centre',
      'Ministry of Economic Affairs, Labour and Tourism',
    ]);
  });
  it('merges a body with its name "in" the city where it sits, and a letterhead in Indonesian with the acronym\'s body', () => {
    expect(orgs('KEMENTERIAN KELAUTAN DAN PERIKANAN REPUBLIK INDONESIA\n\nJakarta, 3 June 2025\n\nThe Ministry of Marine Affairs and Fisheries (KKP) said the Embassy of India in Jakarta and the Embassy of India will help.')).toEqual([
      'Ministry of Marine Affairs and Fisheries | Kementerian Kelautan dan Perikanan Republik Indonesia | KKP',
      'Embassy of India in Jakarta | Embassy of India',
    ]);
  });
});

describe('organisations: regulators, trusts after a title, one company with two company words', () => {
  const orgs = (text: string) => run(text).organisations.map((o) => o.name);
  it('reads "Regulator" as a head, a trust named after a title\'s "of", and merges "X Berhad" with "X Group"', () => {
    expect(orgs('The Telecommunication Regulator of Cambodia (TRC) said so. Ms Lama, Executive Director of Himalayan Health Trust, spoke. Sarawak Energy Berhad will build the line. The Sarawak Energy Group said so.')).toEqual(['Telecommunication Regulator of Cambodia', 'Himalayan Health Trust', 'Sarawak Energy Berhad']);
  });
});

describe('organisations: two countries joined by "and"', () => {
  it('opens no name with the first country, unless the country itself holds "and"', () => {
    expect(run('On Tuesday, the United States and Soviet Union conferred in Washington. The Trinidad and Tobago Port Authority agreed.').organisations.map((o) => o.name)).toEqual(['Soviet Union', 'Trinidad and Tobago Port Authority']);
  });
});

describe('organisations: programmes funded, list markers in capitals, people before a body', () => {
  it('stops a name before "for the ... Programme", reads no "FIRST." as an acronym and drops "Representatives of"', () => {
    expect(run('The Bank approved a grant of US$2.8 million to the Government of Barbados for the Sunshine Schools Retrofit Programme. The clauses establish that:\n\nFIRST. The Regional Council will allocate CLP 4,500 million.\n\nRepresentatives of Mondragon University attended.').organisations.map((o) => o.name)).toEqual(['Government of Barbados', 'Regional Council', 'Mondragon University']);
  });
});

describe('organisations: lists of bodies, metropolitan municipalities', () => {
  it('reads a listed name of ordinary words inside a list of bodies, and "Metropolitan" inside a name', () => {
    expect(run('The members are Oxfam, Save the Children and SCIAF. The EBRD is lending €120 million to the Izmir Metropolitan Municipality.').organisations.map((o) => o.name)).toEqual(['Oxfam', 'Save the Children', 'SCIAF', 'EBRD', 'Izmir Metropolitan Municipality']);
  });
});

describe('organisations: a purpose after "for the", a head before ordinary words', () => {
  it('ends a name before "for the Interstate 5 bridge" but keeps "Fund for the Development of Small Enterprises"', () => {
    expect(names(run('The Department of Transportation for the Interstate 5 bridge replacement met. The Fund for the Development of Small Enterprises met.').organisations)).toEqual(['Department of Transportation', 'Fund for the Development of Small Enterprises']);
  });
  it('reads "Senate Environment and Public Works Committee" as one name and no body in "Union Environment Minister"', () => {
    expect(names(run('The Senate Environment and Public Works Committee voted. The Union Environment Minister spoke. The Government Statistician said. Bank Indonesia and Radio Free Asia said.').organisations)).toEqual(['Senate Environment and Public Works Committee', 'Bank Indonesia', 'Radio Free Asia']);
  });
});

describe('organisations: a name described by its kind', () => {
  it('reads "Statnett, the Norwegian state-owned grid operator," and "the utility Eskom", not a person, a place or "Today"', () => {
    const r = run('Statnett, the Norwegian state-owned grid operator, said it would invest. The utility Eskom said so on Monday. Jane Doe, the company\'s chief, agreed. Today, the company said more. Nairobi, the capital city, hosted the talks.');
    expect(names(r.organisations)).toEqual(['Statnett', 'Eskom']);
  });
});

describe('organisations: a national body named by its field and its country', () => {
  it('reads "Spinal Cord Injury Canada" and "Cancer Research Ireland", not "We Love Canada" or the end of a list', () => {
    const r = run('Spinal Cord Injury Canada said it would help. We Love Canada, the crowd sang. Cancer Research Ireland agreed. Environment and Climate Change Canada said more.');
    expect(names(r.organisations)).toEqual(['Spinal Cord Injury Canada', 'Cancer Research Ireland', 'Environment and Climate Change Canada']);
  });
});

describe('organisations: a titled person before "of", a title\'s portfolio after "for", teams, bodies described after an acronym', () => {
  it('keeps "Dr Fatima El Amrani" out of "Delft University of Technology" and "Chief Executive" out of "The Heritage Council"', () => {
    const r = run('Dr Fatima El Amrani of Delft University of Technology found that. Dr Niamh de Búrca, Chief Executive of The Heritage Council, welcomed it. The Port of Rotterdam Authority agreed.');
    expect(names(r.organisations)).toEqual(['Delft University of Technology', 'Heritage Council', 'Port of Rotterdam Authority']);
    expect(names(r.people)).toEqual(['Fatima El Amrani', 'Niamh de Búrca']);
  });
  it('ends names before "for Tourism" repeating their field and before "for Jebel Akhdar tourism complex"', () => {
    const r = run('Ali Said, Undersecretary of the Ministry of Heritage and Tourism for Tourism, signed it. It signed an agreement with OMRAN Group for Jebel Akhdar tourism complex. The National Centre for Disease Control said so.');
    expect(names(r.organisations)).toEqual(['Ministry of Heritage and Tourism', 'OMRAN Group', 'National Centre for Disease Control']);
  });
  it('reads "Special Operations Response Team", "Gebalis, the municipal company responsible for", "X (ABC), a community-based organisation", not "the Provincial Government" alone', () => {
    const r = run('It was coordinated by the Special Operations Response Team with support. The homes will be managed by Gebalis, the municipal company responsible for housing. The Teso Women\'s Water Network (TEWWAN), a community-based organisation working in Soroti, said so. The Provincial Government is committed.');
    expect(names(r.organisations)).toEqual(['Special Operations Response Team', 'Gebalis', "Teso Women's Water Network"]);
  });
});

describe('organisations: ranks defined by acronyms, an honorific in an office\'s name, a name set off after its kind', () => {
  it('names no body in "Deputy Commissioner of Police (DCOP)" or "Office of the Honourable X", and reads "the operator, Moldelectrica,"', () => {
    const r = run('The Deputy Commissioner of Police (DCOP) Mrs. Abena Owusu-Ansah said so.\nOffice of the Honourable Daniel Thériault-Morin\nEnergy will be stored by the state transmission system operator, Moldelectrica, to help. The Office of the President said.');
    expect(names(r.organisations)).toEqual(['Moldelectrica', 'Office of the President']);
  });
});

describe('organisations: a head-final name after a list of fields', () => {
  it('reads "Meteorology, Climatology and Geophysical Agency" and "Philippine Atmospheric, Geophysical and Astronomical Services Administration" whole', () => {
    const r = run('The season, which the Meteorology, Climatology and Geophysical Agency expects to begin in October, is near. The Philippine Atmospheric, Geophysical and Astronomical Services Administration said so.');
    expect(names(r.organisations)).toEqual(['Meteorology, Climatology and Geophysical Agency', 'Philippine Atmospheric, Geophysical and Astronomical Services Administration']);
  });
});

describe('organisations: a body\'s plan', () => {
  it('reads "the Bank of Namibia\'s Strategic Plan" as the bank only', () => {
    expect(names(run('The move is part of the Bank of Namibia\'s Strategic Plan for 2025. The University of Rwanda\'s College of Medicine said so.').organisations)).toEqual(['Bank of Namibia', 'University of Rwanda', 'College of Medicine']);
  });
});

describe('organisations: a possessive after a defined name', () => {
  it('reads "the Northumbria Violence Reduction Unit\'s (VRU) scheme" without the possessive', () => {
    expect(names(run('The Commissioner will extend the Northumbria Violence Reduction Unit\'s (VRU) mentoring scheme.').organisations)).toContain('Northumbria Violence Reduction Unit');
  });
});

describe('organisations: parliaments named alone', () => {
  it('reads "the Senedd"', () => {
    expect(names(run('The Welsh Government told the Senedd on Tuesday that buses would be replaced.').organisations)).toEqual(['Welsh Government', 'Senedd']);
  });
});

describe('organisations: networks', () => {
  it('reads "the Guadalcanal Women in Water Network (GWWN)" whole, with no "Water Network" beside it', () => {
    const r = run('A community group, the Guadalcanal Women in Water Network (GWWN), will run hygiene sessions. GWWN said so.');
    expect(names(r.organisations)).toEqual(['Guadalcanal Women in Water Network']);
    expect(r.organisations[0].mentions.map((m) => m.text)).toContain('GWWN');
  });
});

describe('organisations: a police and crime commissioner', () => {
  it('reads "Northumbria\'s Police and Crime Commissioner" as a title, leaving "Northumbria Police" one body', () => {
    const r = run('Northumbria Police is appealing for witnesses. The incident comes as Northumbria\'s Police and Crime Commissioner, Joyce Lee, announced funding.');
    expect(names(r.organisations)).toEqual(['Northumbria Police']);
    expect(names(r.people)).toEqual(['Joyce Lee']);
  });
});

describe('organisations: a letterhead in title case, a kind opening the sentence', () => {
  it('reads a name that fills the first line, and "Lebanese humanitarian organisation Cedar Hands Relief (CHR) launched"', () => {
    const r = run('Ministry of Ports, Shipping and Waterways\n\nFerry agreement signed\n\nLebanese humanitarian organisation Cedar Hands Relief (CHR) today launched a programme.');
    expect(names(r.organisations)).toEqual(['Ministry of Ports, Shipping and Waterways', 'Cedar Hands Relief']);
  });
  it('takes no headline words for a letterhead', () => {
    expect(names(run('World Bank Approves Funding For Roads\n\nThe board met.').organisations)).toEqual(['World Bank']);
  });
});

describe('organisations: names opening with a small letter', () => {
  it('reads "iTaukei Affairs Board" and "eThekwini Municipality"', () => {
    expect(names(run('The Ministry will meet the iTaukei Affairs Board and the eThekwini Municipality. He used an iPhone app.').organisations)).toEqual(['iTaukei Affairs Board', 'eThekwini Municipality']);
  });
});

describe('organisations: fields, lists and acronyms', () => {
  it('keeps "Social Justice" as a field, while "Chief Justice" stays a title', () => {
    const r = run('The Ministry of Social Justice and Empowerment met the Senate Committee on Social Justice, Welfare and Rural Development. Chief Justice of the Supreme Court Maria Lopez spoke.');
    expect(names(r.organisations)).toEqual(['Ministry of Social Justice and Empowerment', 'Senate Committee on Social Justice, Welfare and Rural Development', 'Supreme Court']);
  });
  it('ends a name before "and the" with a body named by its head alone, and before an honorific', () => {
    const r = run('The European Parliament and the Council approved the plan. Officials of the Department for Science, Innovation and Technology and The Rt Hon Eleanor Whitcombe-Hale MP met. The Ministry of Culture and the Arts agreed.');
    expect(names(r.organisations)).toEqual(['European Parliament', 'Department for Science, Innovation and Technology', 'Ministry of Culture and the Arts']);
  });
  it('gives an acronym the name whose words spell it in order, and the whole name when it spells only a field', () => {
    const r = run('The Organization for Security and Co-operation in Europe (OSCE) and the Office of Weapons Removal and Abatement (WRA) signed. The OSCE and the WRA will report.');
    expect(r.organisations.map((o) => [o.name, o.mentions.length])).toEqual([['Organization for Security and Co-operation in Europe', 3], ['Office of Weapons Removal and Abatement', 3]]);
  });
  it('reads the Cabinet of Ministers as a body, and a country\'s own name built like one as none', () => {
    const r = run('The Cabinet of Ministers of Ukraine approved the grant. The Union of the Comoros signed it with the African Union.');
    expect(names(r.organisations)).toEqual(['Cabinet of Ministers of Ukraine', 'African Union']);
  });
  it('knows the press-release wire services of datelines', () => {
    const r = run('NAIROBI, Kenya, 14 March 2023 /PRNewswire/ -- The Ministry of Water signed the grant.');
    expect(names(r.organisations)).toEqual(['PRNewswire', 'Ministry of Water']);
  });
  it('ends a name before a purpose after its country, before "and the High Commissioner", and after a head alone that opens a line', () => {
    const r = run('Ministry and Hanseong Institute of Technology sign MoU\n\nThe grant to the Ministry of Health of Uganda for the Lake Kyoga Regional Referral Hospital arrived. Officials of the Ministry of External Affairs and the High Commissioner of Ghana, H.E. Mrs. Abena Owusu-Darko, attended.');
    expect(names(r.organisations)).toEqual(['Hanseong Institute of Technology', 'Ministry of Health of Uganda', 'Lake Kyoga Regional Referral Hospital', 'Ministry of External Affairs']);
  });
  it('reads a dateline place in capitals with an apostrophe as one word, no acronyms', () => {
    const r = run("NUKU'ALOFA, Sept. 5 (Xinhua) -- China handed over 20 tractors to Tonga.");
    expect(names(r.organisations)).toEqual(['Xinhua']);
  });
  it('reads "Member of Parliament for Ottawa Centre" as a title, no body', () => {
    const r = run('Jane Doe, Member of Parliament for Ottawa Centre, said the National Assembly for Wales and the Ministry for Foreign Affairs agreed.');
    expect(names(r.organisations)).toEqual(['National Assembly for Wales', 'Ministry for Foreign Affairs']);
  });
  it('keeps the foreign ministries of two countries apart', () => {
    const r = run('The Norwegian Ministry of Foreign Affairs will provide NOK 500 million. The Danish Ministry of Foreign Affairs will add DKK 250 million.');
    expect(names(r.organisations)).toEqual(['Norwegian Ministry of Foreign Affairs', 'Danish Ministry of Foreign Affairs']);
  });
  it('reads a wire release footer label in capitals as no part of the name', () => {
    const r = run('OTTAWA, ON, Nov. 3, 2023 /CNW/ - The corporation will fund 400 homes.\n\nSOURCE Canada Mortgage and Housing Corporation');
    expect(names(r.organisations)).toContain('Canada Mortgage and Housing Corporation');
    expect(names(r.organisations).some((n) => n.startsWith('SOURCE'))).toBe(false);
  });
});

describe('organisations: a body inside a conference of its members, a compound of two countries', () => {
  it('gives "(ECCAS)" after "Conference of Heads of State ... of the Economic Community of Central African States" to the Community', () => {
    const r = run('LIBREVILLE, 25 November 2024 - The Conference of Heads of State and Government of the Economic Community of Central African States (ECCAS) held a session. ECCAS will publish the decisions.');
    const eccas = r.organisations.find((o) => o.aliases.includes('ECCAS'));
    expect(eccas?.name).toBe('Economic Community of Central African States');
    expect(names(r.organisations)).toContain('Conference of Heads of State and Government of the Economic Community of Central African States');
  });
  it('keeps a four-token country before a dash in a joint body\'s name ("Côte d\'Ivoire–Ghana Permanent Joint Commission")', () => {
    const r = run("ABIDJAN, 4 June 2024 - The Côte d'Ivoire–Ghana Permanent Joint Commission of Cooperation met on Monday.");
    expect(names(r.organisations)).toEqual(["Côte d'Ivoire–Ghana Permanent Joint Commission of Cooperation"]);
  });
});

describe('organisations: an amount after "of", a place named like a body', () => {
  it('cuts "Regional Humanitarian Fund of USD 10 million" before the amount and takes "the West Bank" for a place', () => {
    const r = run('AMMAN, 3 June 2024 - The Council set up a Regional Humanitarian Fund of USD 10 million. Aid reached the West Bank and Gaza. The West Bank Water Authority will distribute it.');
    expect(names(r.organisations)).toEqual(['Regional Humanitarian Fund', 'West Bank Water Authority']);
  });
});

describe('organisations: an airline named "Air" and its country', () => {
  it('reads "Air Malta" and "Air India" as bodies, not "Air pollution in Malta"', () => {
    const r = run('VALLETTA, 3 June 2024 - Air Malta will fly the team, and Air India will carry the equipment. Air pollution in Malta fell.');
    expect(names(r.organisations)).toEqual(['Air Malta', 'Air India']);
  });
});

describe('organisations: terms and plans with their acronyms, a protocol\'s topic', () => {
  it('reads no body in "customs, immigration, quarantine and security (CIQS)", "the National Action Plan for ... (PAN-SAN)" or "the Protocol on Free Movement of Persons"', () => {
    const r = run('DILI, 3 June 2025 - Ministers agreed to harmonise customs, immigration, quarantine and security (CIQS) procedures. The Government launched the National Action Plan for Food and Nutrition Security (PAN-SAN) 2025-2029, and partners will align with the PAN-SAN. They urged states to ratify the IGAD Protocol on Free Movement of Persons. The Agency for Food Security (AFS) will help.');
    expect(names(r.organisations)).toEqual(['IGAD', 'Agency for Food Security']);
  });
});

describe('organisations: a local company with its country in brackets before its form', () => {
  it('reads "Illovo Sugar (Malawi) plc" whole and its short form as the same company', () => {
    const r = run('LILONGWE, 3 June 2025 - Illovo Sugar (Malawi) plc committed to developing 1,500 hectares. Illovo Sugar will also train farmers.');
    expect(r.organisations).toHaveLength(1);
    expect([r.organisations[0].name, ...r.organisations[0].aliases]).toContain('Illovo Sugar (Malawi) plc');
  });
});

describe('organisations: a short name without its country', () => {
  it('takes "the Ministry of Health" for the one longer ministry of a country that opens with it', () => {
    const r = run('COLOMBO, 3 June 2025 - KOICA handed over ambulances to the Ministry of Health and Mass Media of Sri Lanka. He said the Ministry of Health would deploy them.');
    expect(names(r.organisations)).toEqual(['KOICA', 'Ministry of Health and Mass Media of Sri Lanka']);
  });
});

describe('organisations: "Enterprise" closing a body\'s name, not a size of business', () => {
  it('reads "Highlands and Islands Enterprise (HIE)", not "the Small and Medium Enterprise sector"', () => {
    const r = run('INVERNESS, 6 February 2024 - Highlands and Islands Enterprise (HIE) will add £1.2 million in capital grants. The Micro, Small and Medium Enterprise sector grew. HIE said so.');
    expect(names(r.organisations)).toEqual(['Highlands and Islands Enterprise']);
  });
});

describe('organisations: a news agency after the dateline', () => {
  it('keeps a news agency of a dateline apart from a name that only holds its letters', () => {
    const r = run('ALGIERS, May 6 (APS) - The Algerian Petroleum Institute (IAP) will train 40 engineers. Vietnam Post will deliver. VNPost said so.');
    expect(names(r.organisations)).toEqual(expect.arrayContaining(['APS', 'Algerian Petroleum Institute', 'Vietnam Post']));
    expect(r.organisations.find((o) => o.name === 'Algerian Petroleum Institute')!.aliases).toEqual(['IAP']);
    expect(r.organisations.find((o) => o.name === 'Vietnam Post')!.aliases).toContain('VNPost');
  });
});

describe('organisations: a listed body written with its acronym inside its legal name', () => {
  it('names "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH" by the list and records its pledge under that name', () => {
    const r = run('BERLIN, 14 May 2025 - KfW Development Bank will provide a loan of EUR 30 million, while the Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH will train 600 instructors.');
    expect(names(r.organisations)).toEqual(['KfW Development Bank', 'Deutsche Gesellschaft für Internationale Zusammenarbeit']);
    expect(r.pledges.map((p) => p.actor)).toEqual(['KfW Development Bank', 'Deutsche Gesellschaft für Internationale Zusammenarbeit']);
  });
});

describe('organisations: a name whose acronym spells both sides of its "and", a monarch\'s government', () => {
  it('reads "Eswatini Broadcasting and Information Services (EBIS)" as one body and keeps "His" in "His Majesty\'s Government"', () => {
    const r = run('MBABANE, 10 September 2025 - By Thandeka Simelane, Eswatini Broadcasting and Information Services (EBIS). His Majesty\'s Government has received support from Taiwan.');
    expect(names(r.organisations)).toEqual(['Eswatini Broadcasting and Information Services', "His Majesty's Government"]);
  });
  it('still reads two bodies joined by "and" when the acronym is of the second', () => {
    const r = run('NAIROBI, 3 June 2025 - The Ministry of Health and the Kenya Medical Research Institute (KEMRI) signed.');
    expect(names(r.organisations)).toEqual(['Ministry of Health', 'Kenya Medical Research Institute']);
  });
});

describe('organisations: an event named after a body, holders of an office, a body named by its head alone', () => {
  it('reads no body in "the UN Climate Change Conference (COP28)", but keeps the African Union of its summit', () => {
    const r = run('DUBAI, 4 December 2023 - Ministers will present the alliance at the UN Climate Change Conference (COP28). The African Union Summit opened.');
    expect(names(r.organisations)).toEqual(['African Union']);
  });
  it('reads no body in "Heads of Mission" or "Heads of Government", but one in "the Conference of Heads of Government"', () => {
    const r = run('PORT OF SPAIN, 3 February 2025 - The instruments were presented to both Heads of Mission by the President. Heads of Government were welcomed. The Conference of Heads of Government of the Caribbean Community (CARICOM) met.');
    expect(names(r.organisations)).toEqual(['Conference of Heads of Government of the Caribbean Community', 'Caribbean Community']);
  });
  it('merges "the Secretariat" into the one body whose name ends in it', () => {
    const one = run('SUVA, 3 June 2025 - The Pacific Islands Forum Secretariat (PIFS) hosted the meeting. The ADB will co-host a workshop with the Secretariat.');
    expect(names(one.organisations)).toEqual(['Pacific Islands Forum Secretariat', 'ADB']);
    expect(one.organisations[0].aliases).toContain('Secretariat');
  });
});

describe('organisations: an office whose holder serves the head of state', () => {
  it('reads "the Office of the Press Secretary to the President" whole, and "the Office of the President" alone', () => {
    const r = run('MONROVIA, 3 June 2025 - Issued by the Office of the President. The Office of the Press Secretary to the President said so.');
    expect(names(r.organisations)).toEqual(['Office of the President', 'Office of the Press Secretary to the President']);
  });
});

describe('organisations: a ministry named by its field first', () => {
  it('merges "the Health Ministry" and "the Foreign Ministry" into the one ministry of that field', () => {
    const r = run('COLOMBO, 3 June 2025 - The Ministry of Health and the Ministry of Foreign Affairs, Foreign Employment and Tourism met. The Health Ministry said so. The Foreign Ministry agreed.');
    expect(names(r.organisations)).toEqual(['Ministry of Health', 'Ministry of Foreign Affairs, Foreign Employment and Tourism']);
    expect(r.organisations[1].aliases).toEqual(['Foreign Ministry']);
  });
  it('keeps it apart when two ministries of the field are named', () => {
    const r = run('TOKYO, 3 June 2025 - The Ministry of Foreign Affairs of Japan and the Ministry of Foreign Affairs of Kenya met. The Foreign Ministry said so.');
    expect(names(r.organisations)).toContain('Foreign Ministry');
  });
});

describe('organisations: a parliament\'s possessive, "Body" as a head', () => {
  it('reads "the Senedd\'s Equality and Social Justice Committee" as two bodies, as "the Parliament\'s Budget Committee" was', () => {
    expect(names(run('The Senedd\'s Equality and Social Justice Committee will review the programme.').organisations)).toEqual(['Senedd', 'Equality and Social Justice Committee']);
    expect(names(run('The Parliament\'s Budget Committee will review the programme.').organisations)).toEqual(['Parliament', 'Budget Committee']);
  });
  it('ends a name with "Body" ("the Special EU Programmes Body (SEUPB)"), not a lower-case "governing body"', () => {
    expect(names(run('Both signed a funding agreement with the Special EU Programmes Body (SEUPB) to co-finance the youth strand.').organisations)).toEqual(['Special EU Programmes Body']);
    expect(names(run('The governing body of the school met on Monday.').organisations)).toEqual([]);
  });
});

describe('organisations: an office a title heads, a special administrative region', () => {
  it('takes no body from "Chief of Mission in Bangladesh", keeps "the EU Delegation to Fiji"', () => {
    expect(names(run('"This gives them choices," said Lars Brekke, IOM Chief of Mission in Bangladesh.').organisations)).toEqual(['IOM']);
    expect(names(run('The EU Delegation to Fiji will fund the project.').organisations)).toEqual(['EU Delegation to Fiji']);
  });
  it('reads "the Government of the Hong Kong Special Administrative Region (HKSAR)" whole', () => {
    expect(names(run('He signed on behalf of the Government of the Hong Kong Special Administrative Region (HKSAR).').organisations)).toEqual(['Government of the Hong Kong Special Administrative Region']);
  });
});

describe('organisations: an office and its place, a wing', () => {
  it('keeps the place of an office ("OSCE Programme Office in Dushanbe"), reads "Wing" as a head ("Samoa Police Maritime Wing")', () => {
    expect(names(run('The OSCE Programme Office in Dushanbe will fund the training.').organisations)).toEqual(['OSCE Programme Office in Dushanbe']);
    expect(names(run('The Samoa Police Maritime Wing will patrol the zone.').organisations)).toEqual(['Samoa Police Maritime Wing']);
    expect(names(run('The women\'s wing of the party met on Monday.').organisations)).toEqual([]);
  });
});

describe('organisations: a located office\'s place with its descriptor', () => {
  it('keeps "City" of "in Quezon City" rather than cutting the place', () => {
    expect(names(run('He spoke at the DSWD Central Office in Quezon City on Monday.').organisations)).toEqual(['DSWD Central Office in Quezon City']);
  });
});

describe('organisations: a chair held in turn, a Roman ordinal, an acronym of an event or a plan, a donor agency in CamelCase', () => {
  it('names the Council, not "the Presidency of the Council", that a member state will hold', () => {
    const r = run('VALLETTA, 9 July 2025 - Malta will hold the Presidency of the Council of the European Union in the second half of 2027.');
    expect(r.organisations.map((o) => o.name)).toEqual(['Council of the European Union']);
  });
  it('reads "the V Joint Commission" as a generic body, and keeps "VIII Constitutional Government"', () => {
    expect(run('MADRID, 9 July 2025 - The V Joint Commission, the first since 2019, reviewed 42 projects.').organisations).toEqual([]);
    expect(run('DILI, 9 July 2025 - The VIII Constitutional Government approved the budget.').organisations.map((o) => o.name)).toEqual(['VIII Constitutional Government']);
  });
  it('reads "(KIDAF 9)" and "Water Sector Plan (PSE)" as an event and a plan, not bodies, and "Farmers\' Platform (NFP)" still a body', () => {
    const r = run('NIAMEY, 9 July 2025 - The signing comes ahead of the Ninth Kyoto International Dialogue on African Farming (KIDAF 9). The Council of Ministers adopted the Water Sector Plan (PSE) 2022-2026. The PSE provides for 80 boreholes. The President of the National Farmers\' Platform (NFP) thanked the Council of Ministers.');
    expect(r.organisations.map((o) => o.name)).toEqual(['Council of Ministers', 'NFP']);
  });
  it('reads a CamelCase name ending in "Aid" as a body, not a hashtag or a handle', () => {
    const r = run('VALLETTA, 9 July 2025 - The training will be funded by MaltaAid, the development cooperation service of the ministry. Follow us: @GozoAid #NorthAid');
    expect(r.organisations.map((o) => o.name)).toEqual(['MaltaAid']);
  });
});

describe('organisations: a company described after its acronym, two listed acronyms joined, a world region, a mission accredited to a body', () => {
  it('reads "X Y Logistics (XYL), a Libyan private company contracted by UNICEF" as a body', () => {
    const r = run('TRIPOLI, 9 July 2025 - The vaccines were moved by Sahara Cold Chain Logistics (SCCL), a Libyan private company contracted by UNICEF.');
    expect(r.organisations.map((o) => o.name)).toEqual(['Sahara Cold Chain Logistics', 'UNICEF']);
  });
  it('splits "a joint ILO-UNICEF survey" into the two bodies the gazetteer knows, and keeps "C-DAC" whole', () => {
    const r = run('ACCRA, 9 July 2025 - A joint ILO-UNICEF survey found that 14 per cent of children worked. The C-DAC lab helped.');
    expect(r.organisations.map((o) => o.name)).toEqual(['ILO', 'UNICEF', 'C-DAC']);
  });
  it('keeps "and the" of a world region inside a name ("IFAD\'s Asia and the Pacific Division"), and "Chittagong Division" out', () => {
    const r = run('ROME, 9 July 2025 - The Latin America and the Caribbean Division of the fund signed the loan. Floods hit the Chittagong Division.');
    expect(r.organisations.map((o) => o.name)).toEqual(['Latin America and the Caribbean Division']);
  });
  it('runs a mission or a committee of representatives on to the body it is accredited to', () => {
    const r = run('JAKARTA, 9 July 2025 - It was witnessed by the Committee of Permanent Representatives to ASEAN (CPR) and the Permanent Mission of Fiji to the United Nations.');
    expect(r.organisations.map((o) => o.name)).toEqual(['Committee of Permanent Representatives to ASEAN', 'Permanent Mission of Fiji to the United Nations']);
  });
});

describe('organisations: two countries\' ministries of one name, a press department under a contact line', () => {
  it('keeps the Danish ministry apart from the Norwegian one the bare "Ministry of Foreign Affairs" stands for', () => {
    const r = run('OSLO, 9 July 2025 - The Norwegian Ministry of Foreign Affairs announced a grant. The Ministry of Foreign Affairs said so. Minister Rasmus Holm spoke from the Danish Ministry of Foreign Affairs.');
    expect(r.organisations.map((o) => [o.name, o.aliases])).toEqual([['Norwegian Ministry of Foreign Affairs', ['Ministry of Foreign Affairs']], ['Danish Ministry of Foreign Affairs', []]]);
  });
  it('reads "Press Department" under a ministry\'s contact line as no body of its own', () => {
    const r = run('VIENNA, 9 July 2025 - Austria will provide EUR 2 million.\n\nEnquiries:\nFederal Ministry for Climate Action\nPress Department\n');
    expect(r.organisations.map((o) => o.name)).toEqual(['Federal Ministry for Climate Action']);
  });
});

describe('organisations: a university named by its field keeps its town', () => {
  it('reads "Slovak University of Agriculture in Nitra" whole, "University of Nairobi" without "in Kenya"', () => {
    const r = run('BRATISLAVA, 9 July 2025 - The Slovak University of Forestry in Zvolen signed the memorandum with the University of Nairobi in Kenya in June.');
    expect(r.organisations.map((o) => o.name)).toEqual(['Slovak University of Forestry in Zvolen', 'University of Nairobi']);
  });
});

describe('organisations: a field list with a serial comma', () => {
  it('keeps "Meteorology, Climatology, and Geophysical Agency" and "Ministry of Trade, Industry, and Tourism" whole', () => {
    const r = run('JAKARTA, 9 July 2025 - The Meteorology, Climatology, and Geophysical Agency will share its data with the Ministry of Trade, Industry, and Tourism. The Ministry of Health, and the Ministry of Finance agreed.');
    expect(r.organisations.map((o) => o.name)).toEqual(['Meteorology, Climatology, and Geophysical Agency', 'Ministry of Trade, Industry, and Tourism', 'Ministry of Health', 'Ministry of Finance']);
  });
});

describe('organisations: limits of this round\'s rules', () => {
  it('ends "Embassy of Japan" before "to UNICEF", and a house of representatives before "to the World Bank"', () => {
    const r = run('TOKYO, 9 July 2025 - The grant from the Embassy of Japan to UNICEF arrived with a letter from the House of Representatives to the World Bank.');
    expect(r.organisations.map((o) => o.name)).toEqual(['Embassy of Japan', 'UNICEF', 'House of Representatives', 'World Bank']);
  });
  it('keeps an acronym in brackets after "The ..." at the start of a sentence ("The National Farmers\' Platform (NFP)")', () => {
    const r = run('BANJUL, 9 July 2025 - The National Farmers\' Platform (NFP) thanked the Council of Ministers. NFP will distribute the seed.');
    expect(r.organisations.map((o) => o.name)).toContain('NFP');
  });
});

describe('organisations: hashtags, handles, bracketed short names and Romance names with two adjectives', () => {
  it('takes no body from a hashtag or a handle with lower case in it, nor from a spelled-out e-mail address', () => {
    const r = run('NAIROBI, 3 March 2025 - The Ministry of Health will provide funds.\n\nFollow @USAIDGuatemala and @USAID.\n\n#SADCCholeraResponse #SADC #OneEAC\n\nEmail: NKariuki [at] eachq.org\n');
    expect(names(r.organisations)).toEqual(['Ministry of Health', 'USAID', 'SADC']);
    expect(names(run('NAIROBI, 3 March 2025 - KEFRI (at its Muguga office) will provide seedlings.').organisations)).toEqual(['KEFRI']);
  });
  it('reads "(ARC Agency)" and "(EMAPAG EP)" as short names of the body before them, and "AFRO" of "(WHO AFRO)" as its acronym', () => {
    const r = run('ADDIS ABABA, 3 March 2025 - Mr. Mamadou Ndiaye, Director General of the African Risk Capacity Agency (ARC Agency), spoke. A firm signed a memorandum with the ARC Agency. Dr. Ana Cossa, Director at the WHO Regional Office for Africa (WHO AFRO), spoke. WHO AFRO agreed. It will lend USD 1.8 million to the Empresa Pública Municipal de Agua Potable y Alcantarillado de Guayaquil (EMAPAG EP).');
    const orgs = r.organisations.map((o) => [o.name, o.aliases]);
    expect(orgs).toContainEqual(['African Risk Capacity Agency', ['ARC Agency']]);
    expect(orgs).toContainEqual(['WHO Regional Office for Africa', ['AFRO']]);
    expect(orgs).toContainEqual(['Empresa Pública Municipal de Agua Potable y Alcantarillado de Guayaquil', ['EMAPAG']]);
    expect(names(r.organisations)).toEqual(['African Risk Capacity Agency', 'WHO Regional Office for Africa', 'WHO', 'Empresa Pública Municipal de Agua Potable y Alcantarillado de Guayaquil']);
  });
  it('knows the development bank CAF by the descriptor it writes after its acronym (named as written there)', () => {
    const r = run('Guayaquil, March 5, 2026 – CAF – development bank of Latin America and the Caribbean – approved a USD 250 million loan to Ecuador.');
    expect(r.organisations.map((o) => o.name)).toEqual(['development bank of Latin America and the Caribbean']);
    expect(r.organisations[0].mentions.map((m) => m.text)).toContain('CAF');
  });
  it('keeps a field after "and" whose own "of" names the owning body ("Department of Hygiene and Health Promotion of the Ministry of Health")', () => {
    const r = run('VIENTIANE, 3 March 2025 - The Department of Hygiene and Health Promotion of the Ministry of Health will act with the Ministry of Finance and Bank of the Lao PDR.');
    expect(names(r.organisations)).toEqual(['Department of Hygiene and Health Promotion', 'Ministry of Health', 'Ministry of Finance', 'Bank of the Lao PDR']);
  });
  it('reads a title\'s plural after a head ("the Board Co-Chairs") and a title\'s abbreviation ("the DSG") as no body', () => {
    const r = run('ARUSHA, 3 March 2025 - The Board Co-Chairs, Mr. Tevita Lolo and Ms. Margarethe Lindahl, spoke. "We will act," the DSG said after the Committee of Permanent Representatives met.');
    expect(names(r.organisations)).toEqual(['Committee of Permanent Representatives']);
  });
});

describe('organisations: a dateline\'s "CITY", a royal title in a place\'s name, a body described by an indefinite kind', () => {
  it('takes no body from "ILOILO CITY," opening a dateline', () => {
    expect(names(run('ILOILO CITY, Aug. 20 (PNA) -- The Korea International Cooperation Agency will help.').organisations)).toEqual(['PNA', 'Korea International Cooperation Agency']);
  });
  it('keeps "King County" inside a name', () => {
    expect(names(run('SEATTLE, 3 March 2025 - The King County Regional Homelessness Authority will coordinate referrals.').organisations)).toEqual(['King County Regional Homelessness Authority']);
  });
  it('reads ordinary words described as "a Seattle-based nonprofit" or "a Canadian charity" as a body\'s name', () => {
    const r = run('SEATTLE, 3 March 2025 - Cascade Bridge Housing, a Seattle-based nonprofit, signed the lease. Maple Relief International, a Canadian charity, will help. Last week, a company said so.');
    expect(names(r.organisations)).toEqual(['Cascade Bridge Housing', 'Maple Relief International']);
  });
});

describe('organisations: "Division of" with a list of fields, a minister\'s office under a contact', () => {
  it('keeps "Division of Health, Wellness and Social Protection" whole under a letterhead', () => {
    const r = run('TOBAGO HOUSE OF ASSEMBLY\nDivision of Health, Wellness and Social Protection\n\nMEDIA RELEASE\nReleased: 10.02.2026\n\nThe Division will help.');
    expect(names(r.organisations)).toEqual(['Tobago House of Assembly', 'Division of Health, Wellness and Social Protection']);
  });
  it('reads "Minister\'s Office" under a contact\'s name as no body, "Prime Minister\'s Office" as one', () => {
    expect(names(run("TORONTO, 3 March 2025 - The Prime Minister's Office will help.\n\nMedia Contacts\n\nSarah Nguyen-Patel\nMinister's Office\nsarah.nguyen-patel@ontario.ca\n").organisations)).toEqual(["Prime Minister's Office"]);
  });
});

describe('organisations: a short name in brackets, an energy trader', () => {
  it('reads "(Hungarian Eximbank)" as the bank\'s name and makes it the party of its later sentence, not Hungary', () => {
    const r = run('BELGRADE, 3 March 2025 - Zoltán Bárány is CEO of the Hungarian Export-Import Bank (Hungarian Eximbank).\n\nHungarian Eximbank will disburse the first tranche of 20 million euros by the end of March 2024.');
    expect(r.organisations.map((o) => [o.name, o.aliases])).toEqual([['Hungarian Export-Import Bank', ['Hungarian Eximbank']]]);
    expect(r.pledges.map((p) => p.actor)).toEqual(['Hungarian Eximbank']);
  });
  it('reads a name described as "the state-owned energy trader" as a body', () => {
    expect(names(run('CHISINAU, 3 March 2025 - The EBRD committed to lend 20 million euros to Energocom, the state-owned energy trader, for gas.').organisations)).toEqual(['EBRD', 'Energocom']);
  });
});

describe('organisations: a news agency known by a one-word variant where a filing agency stands', () => {
  it('reads "(Saba)" in a dateline and "Saba" closing the release as the agency', () => {
    const r = run('ADEN, Feb. 20 (Saba) - The Minister of Planning signed an agreement.\n\nSaba');
    expect(names(r.organisations)).toEqual(['Saba']);
    expect(r.organisations[0].mentions).toHaveLength(2);
  });
});

describe('organisations: forums, executives and electricity utilities', () => {
  it('reads "Forum on China-Africa Cooperation (FOCAC)" as a body with its acronym', () => {
    const r = run('BEIJING, 3 March 2025 - The Forum on China-Africa Cooperation (FOCAC) will meet next month.');
    expect(r.organisations.map((o) => [o.name, o.aliases])).toEqual([['Forum on China-Africa Cooperation', ['FOCAC']]]);
  });
  it('reads "Northern Ireland Executive" as a body, not "SADC Executive" before a title', () => {
    const r = run('BELFAST, 3 March 2025 - The Northern Ireland Executive agreed a plan. SADC Executive Secretary Amina Moyo attended. The Executive Information Service issued it.');
    expect(names(r.organisations)).toEqual(['Northern Ireland Executive', 'SADC', 'Executive Information Service']);
  });
  it('reads "Électricité de Guinée" and "Electricidade de Moçambique" as utilities, not people', () => {
    const r = run('CONAKRY, 3 March 2025 - Électricité de Guinée (EDG) signed a contract with the bank. Electricidade de Moçambique will supply power.');
    expect(names(r.people)).toEqual([]);
    expect(names(r.organisations)).toEqual(['Électricité de Guinée', 'Electricidade de Moçambique']);
  });
});

describe('organisations: acronyms in credits and before a unit, plurals, time zones, letterheads', () => {
  it('joins "Photo: TMG" to the body the article defines TMG for, and "TMG Bureau of Construction" to "Bureau of Construction"', () => {
    const r = run('TOKYO, 3 March 2025 - The Tokyo Metropolitan Government (TMG) signed it. The TMG Bureau of Construction will host 40 engineers.\n\nPhoto: TMG\n\nInquiries\nBureau of Construction\n');
    expect(r.organisations.map((o) => [o.name, o.aliases])).toEqual([['Tokyo Metropolitan Government', ['TMG']], ['TMG Bureau of Construction', ['Bureau of Construction']]]);
  });
  it('keeps "EAC Secretariat" written for the EAC apart from the "East African Community Secretariat"', () => {
    const r = run('ARUSHA, 3 March 2025 - The East African Community (EAC) met. The EAC Secretariat said so. The East African Community Secretariat will publish the report. The Secretariat thanked donors.');
    expect(names(r.organisations)).toEqual(['East African Community', 'East African Community Secretariat']);
  });
  it('reads plural capitals ("1,200 CHPs"), county titles ("CECM", "MCA", "MMC") and a time zone ("11:30 (UYT)") as no bodies', () => {
    const r = run('Montevideo, 3 July 2026, 11:30 (UYT)\n\nThe county trained 1,200 CHPs last year. The CECM for Health, Dr. Grace Odhiambo, spoke. Hon. Brian Ouma, MCA, agreed. The MMC for Environment and Infrastructure Services, Cllr Nomvula Dlamini, said so.');
    expect(names(r.organisations)).toEqual([]);
  });
  it('reads "(SOC) Ltd" as a company form, "City Power" later as the company, and "National Treasury" as a body', () => {
    const r = run('JOHANNESBURG, 3 March 2025 - The DBSA signed a loan with City Power Johannesburg (SOC) Ltd and the City. City Power committed to completing the works. National Treasury must approve a guarantee.');
    const city = r.organisations.find((o) => o.aliases.includes('City Power Johannesburg (SOC) Ltd') || o.name === 'City Power Johannesburg (SOC) Ltd');
    expect(city?.mentions.map((m) => m.text)).toEqual(['City Power Johannesburg (SOC) Ltd', 'City Power']);
    expect(names(r.organisations)).toContain('National Treasury');
    expect(r.pledges.find((p) => p.text.startsWith('City Power committed'))?.actor).toBe('City Power Johannesburg (SOC) Ltd');
  });
  it('keeps an acronym the gazetteer knows in capitals on a letterhead ("ECOWAS COMMISSION" is the "ECOWAS Commission")', () => {
    const r = run('ECOWAS COMMISSION\n\nAbuja, 3 March 2025 - The ECOWAS Commission will release 40,000 tonnes of grain.');
    expect(names(r.organisations)).toEqual(['ECOWAS Commission']);
    expect(r.organisations[0].mentions).toHaveLength(2);
  });
  it('reads "the General Secretariat" as a body, "Homes Victoria" as a place\'s agency, and one Mexico City government in two languages', () => {
    const r = run('GOBIERNO DE LA CIUDAD DE MÉXICO\n\nMexico City, 3 March 2025 - The Government of Mexico City will invest. In closing, the General Secretariat undertook to convene a meeting. Homes Victoria has committed $12.5 million.');
    expect(names(r.organisations)).toEqual(['Government of Mexico City', 'General Secretariat', 'Homes Victoria']);
  });
});

describe('organisations: a group named by its members, a caption\'s first word after "Photo:"', () => {
  it('keeps "Working Group of Regulatory Bodies" whole, but "Board of Directors of the African Development Bank" names the bank', () => {
    const r = run('LIMA, 3 March 2025 - The Working Group of Regulatory Bodies (GTOR) will meet. The Board of Directors of the African Development Bank approved it.');
    expect(names(r.organisations)).toEqual(['Working Group of Regulatory Bodies', 'African Development Bank']);
  });
  it('reads no body in "Photo: The opening session", a credit in "Photo: VNA"', () => {
    const r = run('HANOI, 3 March 2025 - The council met.\n\nPhoto: The opening session of the council.\n\nPhoto: VNA');
    expect(names(r.organisations)).toEqual(['VNA']);
  });
});

describe('organisations: a listed body after "and the", Indian bodies, titles and schemes', () => {
  it('ends a field before "and the" with a listed name ("Ministry of Health and the World Food Programme")', () => {
    const r = run('BHUBANESWAR, 3 March 2025 - The Ministry of Health and the World Food Programme (WFP) signed a Memorandum. The Ministry of Agriculture and the Environment will help.');
    expect(names(r.organisations)).toEqual(['Ministry of Health', 'World Food Programme', 'Ministry of Agriculture and the Environment']);
  });
  it('reads "CGM" as a title, a "Yojana" as a scheme and "Photo: Dr." as no credit', () => {
    const r = run('KOCHI, 3 March 2025 - The survey was done with the fishermen. NABARD CGM Smt. Reshma Thomas attended. The Pradhan Mantri Matsya Sampada Yojana helps.\n\nPhoto: Dr. Rupjyoti Deka and Ms. Aparna Sethi exchange the documents.');
    expect(names(r.organisations)).toEqual(['NABARD']);
    expect(names(r.people)).toEqual(['Reshma Thomas', 'Rupjyoti Deka', 'Aparna Sethi']);
  });
  it('keeps "Mombasa County Executive Committee" and "Executive Yuan", not a bare "County Executive Committee"', () => {
    const r = run('MOMBASA, 3 March 2025 - The Mombasa County Executive Committee approved it. The County Executive Committee Member for Health, Dr. Grace Atieno, spoke. The Executive Yuan approved it.');
    expect(names(r.organisations)).toEqual(['Mombasa County Executive Committee', 'Executive Yuan']);
  });
  it('keeps an acronym after "the PM" or an article number, and "AU" in a French letterhead is no African Union', () => {
    const r = run('SECRÉTARIAT D\'ÉTAT AU COMMERCE\n\nDAKAR, 3 March 2025 - The bill was opposed by the PM (ZPF). The Ministry of Trade (MINCOM) will help.');
    expect(names(r.organisations)).not.toContain('African Union');
    expect(names(r.organisations)).toContain('ZPF');
  });
  it('reads capitals after a name set off by commas as a post-nominal ("Ouma, MCA,"), and "The MCA said" as a body', () => {
    const r = run('NAIROBI, 3 March 2025 - Hon. Brian Otieno Ouma, MCA, welcomed the programme. The MCA said it would inspect 40 vessels.');
    expect(r.organisations.map((o) => o.mentions.map((m) => m.text))).toEqual([['MCA']]);
    expect(r.organisations[0].mentions[0].start).toBeGreaterThan(70);
  });
  it('joins "the General Secretariat" to the "OAS General Secretariat", but leaves a bureau two acronyms share alone', () => {
    expect(names(run('WASHINGTON, 3 March 2025 - The Organization of American States (OAS) met. The OAS General Secretariat said so. The General Secretariat will send 40 observers.').organisations)).toEqual(['Organization of American States', 'OAS General Secretariat']);
    const r = run('TOKYO, 3 March 2025 - The Tokyo Metropolitan Government (TMG) and the Osaka Prefectural Government (OPG) met. The TMG Bureau of Construction and the OPG Bureau of Construction will help. The Bureau of Construction said so.');
    expect(names(r.organisations)).toContain('Bureau of Construction');
  });
  it('finds a company by its short name without a closing place of two words ("Acme Logistics South Africa (Pty) Ltd")', () => {
    const r = run('JOHANNESBURG, 3 March 2025 - The DBSA signed a loan with Acme Logistics South Africa (Pty) Ltd today. Acme Logistics will deliver the trucks.');
    expect(r.organisations.find((o) => o.aliases.includes('Acme Logistics South Africa (Pty) Ltd'))?.mentions.map((m) => m.text)).toEqual(['Acme Logistics South Africa (Pty) Ltd', 'Acme Logistics']);
  });
});

describe('organisations: Central Asian and Belarusian companies, a credit in capitals', () => {
  it('reads "OJSHC \\"Barqi Tojik\\"" with its form before the name and "Gomselmash" as a company', () => {
    const r = run('DUSHANBE, 3 March 2025 - Chairman of OJSHC "Barqi Tojik" Mahmadrizo Odinazoda undertook to complete the works. Partners consider joint production with Gomselmash.');
    expect(names(r.organisations)).toEqual(['OJSHC "Barqi Tojik"', 'Gomselmash']);
    expect(names(r.people)).toEqual(['Mahmadrizo Odinazoda']);
  });
  it('joins "Photo: MES press service" to the ministry the article calls MES', () => {
    const r = run('BISHKEK, 3 March 2025 - The Ministry of Emergency Situations (MES) will install sirens.\n\nPhoto: MES press service');
    expect(r.organisations.map((o) => [o.name, o.mentions.length])).toEqual([['Ministry of Emergency Situations', 3]]);
  });
  it('reads "the Central Asian Power System" as no person', () => {
    expect(names(run('DUSHANBE, 3 March 2025 - The line links Khatlon with the Central Asian Power System, Ambassador Vestergaard said.').people)).toEqual(['Vestergaard']);
  });
});

describe('organisations: a short form without the word of status, grid companies', () => {
  it('joins "the Agency for Restoration" to the "State Agency for Restoration and Development of Infrastructure of Ukraine"', () => {
    const r = run('KYIV, 3 March 2025 - Head of the State Agency for Restoration and Development of Infrastructure of Ukraine Iryna Sydorenko said the Agency for Restoration will help. The National Bank of Ukraine and the Bank of England met.');
    expect(names(r.organisations)).toEqual(['State Agency for Restoration and Development of Infrastructure of Ukraine', 'National Bank of Ukraine', 'Bank of England']);
  });
  it('reads "Moldelectrica" and "Transelectrica" as companies', () => {
    expect(names(run('CHISINAU, 3 March 2025 - Moldelectrica and Transelectrica will build the line.').organisations)).toEqual(['Moldelectrica', 'Transelectrica']);
  });
});

describe('organisations: limits of this round\'s merges and company words (review)', () => {
  it('keeps the "Security Council" apart from the "National Security Council Secretariat"', () => {
    const r = run('NAIROBI, 3 March 2025 - The National Security Council Secretariat briefed the minister. The Security Council adopted resolution 2720.');
    expect(names(r.organisations)).toEqual(['National Security Council Secretariat', 'Security Council']);
  });
  it('reads "Underfed children" as no body, and "Acme Trading of South Africa Ltd" leaves no short name ending in "of"', () => {
    const r = run('PRETORIA, 3 March 2025 - Acme Trading of South Africa Ltd will deliver. Underfed children will receive free meals.');
    expect(r.organisations.map((o) => [o.name, o.aliases])).toEqual([['Acme Trading of South Africa Ltd', []]]);
  });
});

describe('organisations: plural heads, a department\'s acronym of its field, web addresses', () => {
  it('reads "Centers for Disease Control and Prevention" and "National Institutes of Health" as bodies, not "Community Health Centers"', () => {
    const r = run('WASHINGTON, 3 May 2024 - The Centers for Disease Control and Prevention (CDC) will hold a webinar. The National Institutes of Health will fund it. The 47 Community Health Centers will get funds.');
    expect(r.organisations.map((o) => [o.name, o.aliases])).toEqual([['Centers for Disease Control and Prevention', ['CDC']], ['National Institutes of Health', []]]);
  });
  it('gives "HHS" to the "U.S. Department of Health and Human Services", not to its field', () => {
    const r = run('WASHINGTON, 3 May 2024 - Today, the U.S. Department of Health and Human Services (HHS) announced awards. HHS said the funds will reach 47 centres.');
    expect(r.organisations.map((o) => [o.name, o.aliases])).toEqual([['U.S. Department of Health and Human Services', ['HHS']]]);
  });
  it('reads "GOV.UK" as a web address, not a body', () => {
    const r = run('LONDON, 3 May 2024 - Guidance for schools will be published on GOV.UK next week.');
    expect(r.organisations).toEqual([]);
  });
});

describe('organisations: a title\'s country after a listed name', () => {
  it('reads "the Country Manager of the World Bank for Burundi" as the World Bank, and keeps "Bank for International Settlements"', () => {
    const r = run('GITEGA, 5 March 2024 - The meeting was attended by the Country Manager of the World Bank for Burundi, Mrs. Nadia Benkirane. The Bank for International Settlements sent a note.');
    expect(names(r.organisations)).toEqual(['World Bank', 'Bank for International Settlements']);
  });
});

describe('organisations: central banks\' releases (a slash before an acronym, premises, meetings, currencies, schools)', () => {
  it('gives "(Otoritas Jasa Keuangan/OJK)" to the "Financial Services Authority"', () => {
    const r = run('JAKARTA, 3 March 2024 - The Financial Services Authority (Otoritas Jasa Keuangan/OJK) undertook to issue provisions. OJK said so.');
    expect(r.organisations.map((o) => [o.name, o.aliases])).toEqual([['Financial Services Authority', ['OJK']]]);
  });
  it('reads "the CBN Head Office in Abuja" as premises, "Board of Governors Meeting" and "Central Bank Deputies\' Meeting" as meetings', () => {
    const r = run('ABUJA, 3 March 2024 - The ceremony was held at the CBN Head Office in Abuja. Bank Indonesia will announce it at the Board of Governors Meeting on 22 November. The MoU was signed at the ASEAN Central Bank Deputies\' Meeting.');
    expect(names(r.organisations)).toEqual(['CBN', 'Bank Indonesia', 'ASEAN']);
  });
  it('reads "the Maldivian Rufiyaa (MVR)", "an INR-MVR market" and "Photo: L-R:" as no bodies', () => {
    const r = run('MUMBAI, 3 March 2025 - The MoU promotes the Indian Rupee (INR) and the Maldivian Rufiyaa (MVR) and an INR-MVR market.\n\nPhoto: L-R: Governor Ravi Menon and Deputy Governor Asha Rao.');
    expect(r.organisations).toEqual([]);
  });
  it('reads a school by its name ("Kenya School of Monetary Studies") as a body, not one inside a project\'s title', () => {
    const r = run('NAIROBI, 3 March 2025 - The launch was held at the Kenya School of Monetary Studies (KSMS). Japan funds the Project for Improving the Lower Secondary School Environment in Laos.');
    expect(r.organisations.map((o) => [o.name, o.aliases])).toEqual([['Kenya School of Monetary Studies', ['KSMS']]]);
  });
  it('gives an acronym after an eponym in quotation marks to the name before it', () => {
    const r = run('HAVANA, 3 May 2024 - Students will study at the Latin American School of Medicine "Dr. Salvador Allende" (ELAM) from September. ELAM said so.');
    expect(r.organisations.map((o) => [o.name, o.aliases])).toEqual([['Latin American School of Medicine', ['ELAM']]]);
  });
});

describe('organisations: an adverb before a company, plural company heads, an apostrophe inside a name', () => {
  it('reads "Separately, Cascadia Pulp & Paper Co." as the company alone, but keeps "Supply, Logistics and Procurement Agency" whole', () => {
    const r = run('OLYMPIA, 3 March 2025 - Separately, Cascadia Pulp & Paper Co. signed a decree. Officials from the Supply, Logistics and Procurement Agency attended.');
    expect(names(r.organisations)).toEqual(['Cascadia Pulp & Paper Co', 'Supply, Logistics and Procurement Agency']);
  });
  it('opens a name with a word that holds an apostrophe ("Mi\'kmaw Conservation Group"), not with a possessive', () => {
    const r = run('HALIFAX, 3 March 2025 - Projects will be designed with the Mi\'kmaw Conservation Group (MCG). Canada\'s Nature Smart Climate Solutions Fund helps.');
    expect(names(r.organisations)).toEqual(["Mi'kmaw Conservation Group", 'Nature Smart Climate Solutions Fund']);
  });
});

describe('organisations: limits found by the review of this round\'s rules', () => {
  it('keeps kinds in the plural ("Community Health Centres for Seniors"), a summer school and a body named in a project\'s title apart', () => {
    const r = run('TORONTO, 3 March 2025 - The province will fund 40 Community Health Centres for Seniors. Over 200 teachers attended the Summer School. JICA signed the Project for Strengthening the Ministry of Health in Laos.');
    expect(names(r.organisations)).toEqual(['JICA', 'Ministry of Health']);
  });
  it('cuts "Bank of Ghana Governors Forum" before the governors, and keeps "the Inter-American Development Bank for Haiti" with no title before it', () => {
    const r = run('ACCRA, 3 March 2025 - The Bank of Ghana Governors Forum opened today. The Inter-American Development Bank for Haiti approved a grant.');
    expect(names(r.organisations)).toEqual(['Bank of Ghana', 'Inter-American Development Bank for Haiti']);
  });
});

describe('organisations: a cabinet secretary\'s field', () => {
  it('reads "Labour and Social Protection Cabinet Secretary" as a title, not a cabinet', () => {
    const r = run('NAIROBI, 11 October 2023 - The agreement was signed by Labour and Social Protection Cabinet Secretary Hon. Wanjiru Kamau. The Kenyan Cabinet approved it.');
    expect(names(r.organisations)).toEqual(['Kenyan Cabinet']);
  });
});

describe('organisations: acronyms of things, sessions of a generic body, a province named by the compass', () => {
  it('reads no body in "Block TTDAA 17", "the Inaugural Joint Commission" or "the Western Division"; keeps "the NEMA guidelines" and "The BGMEA 2025 general meeting"', () => {
    const r = run('SUVA, 3 March 2025 - The contract covers deepwater Block TTDAA 17 off Tobago. Ministers met at the Inaugural Joint Commission. The Western Division was hit hard. Developers must comply with the NEMA guidelines. The BGMEA 2025 general meeting elected a board.');
    expect(names(r.organisations)).toEqual(['NEMA', 'BGMEA']);
  });
});

describe('organisations: a national utility or carrier named by a place or an acronym and its head', () => {
  it('reads "ACWA Power", "Kenya Power" and "Ethiopian Airlines", not "Russian Gas", "India Energy Week" or "Africa Energy"; "Biro Humas Kemnaker" is a bureau', () => {
    const r = run('RIYADH, 3 March 2025 - ACWA Power will invest USD 1.2 billion. Kenya Power will connect homes. Ethiopian Airlines will fly. Buyers turn away from Russian Gas. The India Energy Week opened. Africa Energy grows. Biro Humas Kemnaker reported it.');
    expect(names(r.organisations)).toEqual(['ACWA Power', 'Kenya Power', 'Ethiopian Airlines', 'Biro Humas Kemnaker']);
  });
});

describe('organisations: acronyms of things in brackets', () => {
  it('reads no body in "language test (EPS-TOPIK)" or "regional budget (APBD)", but keeps "the provincial disaster agency (BPBD) budget"', () => {
    const r = run('JAKARTA, 3 March 2023 - The agency will hold the Korean language test (EPS-TOPIK) in five cities. The province plans funding in its 2027 regional budget (APBD). Funds come from the provincial disaster agency (BPBD) budget.');
    expect(names(r.organisations)).toEqual(['BPBD']);
  });
});

describe('organisations: the acronym that opens a utility\'s name', () => {
  it('merges "ACWA" into "ACWA Power" and gives "ACWA will invest" to it', () => {
    const r = run('TASHKENT, 18 September 2023 - The ministry and ACWA Power signed agreements. ACWA will invest USD 1.2 billion in the projects.');
    expect(r.organisations.map((o) => [o.name, o.mentions.length])).toEqual([['ACWA Power', 2]]);
    expect(r.pledges.map((p) => p.actor)).toEqual(['joint', 'ACWA Power']);
  });
});

describe('organisations: utilities\' heads as modifiers', () => {
  it('reads no body in "EAC Energy ministers", "the Zambia Energy and Mining Week" or "US Energy exports"', () => {
    const r = run('ARUSHA, 3 March 2025 - It was endorsed at a meeting of EAC Energy ministers. Speakers met at the Zambia Energy and Mining Week. US Energy exports hit a record.');
    expect(names(r.organisations)).toEqual(['EAC']);
  });
});

describe('organisations: two proper names sharing a head after "the"', () => {
  it('reads "the Calder and Colne Rivers Trust" whole, not "the Artibonite and Centre departments"', () => {
    const r = run('LONDON, 3 March 2025 - It worked with the Calder and Colne Rivers Trust. Floods hit the Artibonite and Centre departments.');
    expect(names(r.organisations)).toEqual(['Calder and Colne Rivers Trust']);
  });
});

describe('organisations: a house of parliament in another language after a title', () => {
  it('reads "Rajya Sabha" after "Deputy Chairman of" as the house, and "Civil Defence" after "Vice Minister of" as a field', () => {
    const r = run('NEW DELHI, 3 September 2025 - The delegation will call on the Deputy Chairman of Rajya Sabha. The Vice Minister of Civil Defence also spoke.');
    expect(names(r.organisations)).toEqual(['Rajya Sabha']);
    expect(names(r.people)).toEqual([]);
  });
});

describe('organisations: letters of an honour after a person\'s name', () => {
  it('reads "Professor Eleanor Whitfield AO" as a person, "Kazakhtelecom AO" as a company', () => {
    const r = run('MELBOURNE, 3 March 2025 - Vice-Chancellor Professor Eleanor Whitfield AO confirmed the gift. Kazakhtelecom AO will supply the links.');
    expect(names(r.organisations)).toEqual(['Kazakhtelecom AO']);
    expect(names(r.people)).toEqual(['Eleanor Whitfield']);
  });
});

describe('organisations: titles written in capitals with a hyphen', () => {
  it('reads no body in "DIRECTOR-GENERAL" or "SECRETARY-GENERAL", and keeps "C-DAC"', () => {
    const r = run('NAIROBI, 3 March 2025 - The Authority will connect 40 schools with C-DAC.\n\nISSUED BY:\nDIRECTOR-GENERAL\n\nThe SECRETARY-GENERAL also spoke.');
    expect(names(r.organisations)).toEqual(['C-DAC']);
  });
});

describe('organisations: heads of bodies in Portuguese and Spanish', () => {
  it('reads "Consórcio Canal Sul", "Federação das Indústrias do Estado de São Paulo" and "Policía Nacional del Perú"', () => {
    const r = run('BRASÍLIA, 3 March 2025 - The ministry signed the contract with Consórcio Canal Sul. The Federação das Indústrias do Estado de São Paulo and the Policía Nacional del Perú attended.');
    expect(names(r.organisations)).toEqual(['Consórcio Canal Sul', 'Federação das Indústrias do Estado de São Paulo', 'Policía Nacional del Perú']);
    expect(names(r.people)).toEqual([]);
  });
});

describe('organisations: a national railway in the singular', () => {
  it('reads "Bangladesh Railway", not "the Kenya Railway line"', () => {
    const r = run('DHAKA, 3 March 2025 - The grant helps Bangladesh Railway strengthen asset management. The Kenya Railway line is long.');
    expect(names(r.organisations)).toEqual(['Bangladesh Railway']);
  });
});

describe('organisations: a company named by its first word', () => {
  it('reads "Airtel Kenya" and "Zolara" as the companies named before, not "Daisuke Kuroda" nor "Mr Dangote"', () => {
    const r = run('NAIROBI, 3 March 2025 - The Authority signed with Airtel Networks Kenya Limited and Zolara Caribbean Airways Ltd on Monday. Airtel Kenya will build 60 sites. Zolara will hire 40 staff. Kuroda Precision Industries Co., Ltd will invest. Daisuke Kuroda, its president, spoke. Dangote Cement Plc will build a plant, Mr Dangote said.');
    expect(r.organisations.map((o) => [o.name, o.mentions.length])).toEqual([
      ['Airtel Networks Kenya Limited', 2],
      ['Zolara Caribbean Airways Ltd', 2],
      ['Kuroda Precision Industries Co., Ltd', 1],
      ['Dangote Cement Plc', 1],
    ]);
    expect(names(r.people)).toEqual(['Daisuke Kuroda', 'Dangote']);
    expect(r.pledges.filter((p) => /sites|staff/.test(p.text)).map((p) => p.actor)).toEqual(['Airtel Kenya', 'Zolara Caribbean Airways Ltd']);
  });
});

describe('organisations: a short name contracted from the name\'s words', () => {
  it('takes "(Telkomsel)" for "PT Telekomunikasi Selular" and "(Eximbank)" for "Export-Import Bank", not "(Mombasa)"', () => {
    const r = run('JAKARTA, 3 May 2024 - The ministry signed with PT Telekomunikasi Selular (Telkomsel) and the Hungarian Export-Import Bank (Eximbank). Telkomsel will deploy teams in Jayapura. The Kenya Ports Authority (Mombasa) spoke.');
    expect(r.organisations.map((o) => [o.name, o.aliases])).toEqual([
      ['PT Telekomunikasi Selular', ['Telkomsel']],
      ['Hungarian Export-Import Bank', ['Eximbank']],
      ['Kenya Ports Authority', []],
    ]);
  });
});

describe('organisations: limits found by the review of this round\'s rules', () => {
  it('keeps "SAFE-WATER Kenya" and the company "Maria Pharm AO", reads "Inspectorate" after "Director of" as a field, and no brand in "the mayor of Ndola" or "Sipho Mahlangu"', () => {
    const r = run('LUSAKA, 3 March 2025 - The minister met officials of SAFE-WATER Kenya. The deal was signed with Maria Pharm AO of Kazakhstan. The Director of Inspectorate Ms Lim briefed reporters. Ndola Lime Company Limited will expand. The mayor of Ndola welcomed it. Mahlangu Construction (Pty) Ltd won the tender. Its founder, Sipho Mahlangu, thanked the department. Mahlangu said more.');
    expect(r.organisations.map((o) => [o.name, o.mentions.length])).toEqual([
      ['SAFE-WATER Kenya', 1],
      ['Maria Pharm AO', 1],
      ['Ndola Lime Company Limited', 1],
      ['Mahlangu Construction (Pty) Ltd', 1],
    ]);
    expect(names(r.people)).toEqual(['Ms Lim', 'Sipho Mahlangu']);
  });
});

describe('organisations: an examination named after a school', () => {
  it('reads no body in "the Kenya Junior School Education Assessment" or "the West African Senior School Certificate Examination", and keeps the councils', () => {
    const r = run('NAIROBI, 3 March 2025 - KNEC released the results of the 2025 Kenya Junior School Education Assessment. The West African Senior School Certificate Examination will be held in August. The Kenya National Examinations Council (KNEC) spoke.');
    expect(names(r.organisations)).toEqual(['Kenya National Examinations Council']);
  });
});
