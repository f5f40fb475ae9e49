#!/usr/bin/env node
// bench/generate.mjs: synthetic press-release corpus for throughput benchmarks.
//
//   node bench/generate.mjs --count N [--seed S] [--min-kb 1] [--max-kb 6] [--out FILE] [--verbose]
//
// Writes JSON Lines (stdout unless --out), one document a line:
//   {"id":"gen-0000001","title":...,"published":"YYYY-MM-DD","text":...}
// Deterministic: every document has its own sfc32 PRNG seeded from (seed, index), so the same arguments give the
// same bytes, and a run with a larger --count starts with the documents of a smaller one. No Math.random, no clock.
// Streams: documents are built one at a time and written in ~1 MiB chunks, waiting for 'drain' when write()
// returns false, so memory stays flat for any N. Sizes: each text's UTF-8 length is drawn uniformly between
// --min-kb and --max-kb (KB = 1024 bytes); sentences are added while they fit under the drawn size.
// Word pools and templates live in bench/generator-data.json; this file only holds the logic. The slot tokens
// used by the templates are the keys of SLOTS below (COUNTRY1, P2, AMOUNT, DATE_FUT, ...).
// Progress and a final size / speed line go to stderr with --verbose; stdout carries nothing but the JSONL.
import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';

const DATA = JSON.parse(readFileSync(new URL('./generator-data.json', import.meta.url), 'utf8'));

// ---------- arguments ----------
function parseArgs(argv) {
  const o = { count: NaN, seed: '1', minKb: 1, maxKb: 6, out: null, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) die(`missing value for ${a}`);
      return argv[++i];
    };
    if (a === '--count' || a === '-n') o.count = Number(val());
    else if (a === '--seed') o.seed = val();
    else if (a === '--min-kb') o.minKb = Number(val());
    else if (a === '--max-kb') o.maxKb = Number(val());
    else if (a === '--out' || a === '-o') o.out = val();
    else if (a === '--verbose' || a === '-v') o.verbose = true;
    else if (a === '--help' || a === '-h') {
      process.stderr.write('usage: node bench/generate.mjs --count N [--seed S] [--min-kb 1] [--max-kb 6] [--out FILE] [--verbose]\n');
      process.exit(0);
    } else die(`unknown argument ${a}`);
  }
  if (!Number.isInteger(o.count) || o.count < 0) die('--count must be a non-negative integer');
  if (!(o.minKb >= 0.5) || !(o.maxKb >= o.minKb)) die('need 0.5 <= --min-kb <= --max-kb');
  return o;
}
function die(msg) {
  process.stderr.write(`generate: ${msg}\n`);
  process.exit(2);
}

// ---------- PRNG: sfc32, seeded per document through a string hash and splitmix32 ----------
function hash32(str) {
  let h = 0x811c9dc5; // FNV-1a
  for (let i = 0; i < str.length; i++) h = Math.imul(h ^ str.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
function splitmix32(a) {
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return (t ^ (t >>> 15)) >>> 0;
  };
}
let A = 0, B = 0, C = 0, D = 0; // sfc32 state of the document being built (module-level for speed)
function seedDoc(seedHash, index) {
  const sm = splitmix32((seedHash ^ Math.imul(index + 1, 0x9e3779b1)) | 0);
  A = sm(); B = sm(); C = sm(); D = sm();
  for (let i = 0; i < 12; i++) rnd();
}
function rnd() { // float in [0, 1)
  A |= 0; B |= 0; C |= 0; D |= 0;
  const t = (((A + B) | 0) + D) | 0;
  D = (D + 1) | 0;
  A = B ^ (B >>> 9);
  B = (C + (C << 3)) | 0;
  C = (C << 21) | (C >>> 11);
  C = (C + t) | 0;
  return (t >>> 0) / 4294967296;
}
const int = (n) => (rnd() * n) | 0;
const between = (lo, hi) => lo + int(hi - lo + 1);
const pick = (arr) => arr[(rnd() * arr.length) | 0];
const chance = (p) => rnd() < p;

// ---------- calendar helpers (UTC, no clock) ----------
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON3 = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.', 'Jul.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const DOWS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY = 86400000;
const PUB_FROM = Date.UTC(2005, 0, 1), PUB_DAYS = Math.round((Date.UTC(2024, 11, 31) - PUB_FROM) / DAY) + 1;
const pad2 = (n) => (n < 10 ? '0' + n : '' + n);
const ord = (n) => n + (n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] || 'th');
const ymd = (ms) => { const d = new Date(ms); return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay()]; };
const iso = (ms) => { const [y, m, d] = ymd(ms); return `${y}-${pad2(m + 1)}-${pad2(d)}`; };
function absDate(ms, withYear = true) { // one of many absolute forms of a day
  const [y, m, d, w] = ymd(ms);
  switch (int(withYear ? 11 : 6)) {
    case 0: return `${MONTHS[m]} ${d}`;
    case 1: return `${d} ${MONTHS[m]}`;
    case 2: return `${DOWS[w]}, ${MONTHS[m]} ${d}`;
    case 3: return `${DOWS[w]}, ${d} ${MONTHS[m]}`;
    case 4: return `the ${ord(d)} of ${MONTHS[m]}`;
    case 5: return `${MON3[m]} ${d}`;
    case 6: return `${MONTHS[m]} ${d}, ${y}`;
    case 7: return `${d} ${MONTHS[m]} ${y}`;
    case 8: return `${ord(d)} ${MONTHS[m]} ${y}`;
    case 9: return chance(0.5) ? `${pad2(d)}/${pad2(m + 1)}/${y}` : `${y}-${pad2(m + 1)}-${pad2(d)}`;
    default: return `${DOWS[w]} ${d} ${MONTHS[m]} ${y}`;
  }
}
function rangeDate(ms, days) { // "from 3 to 5 May" style ranges, without the leading "from"
  const [y, m, d] = ymd(ms);
  const [y2, m2, d2] = ymd(ms + days * DAY);
  if (m2 !== m) return chance(0.5) ? `${MONTHS[m]} ${d} to ${MONTHS[m2]} ${d2}` : `${d} ${MONTHS[m]} to ${d2} ${MONTHS[m2]} ${y2}`;
  switch (int(5)) {
    case 0: return `${MONTHS[m]} ${d}-${d2}`;
    case 1: return `${d} to ${d2} ${MONTHS[m]}`;
    case 2: return `${d}-${d2} ${MONTHS[m]} ${y}`;
    case 3: return `${MONTHS[m]} ${d} to ${d2}`;
    default: return `${d} to ${d2} ${MONTHS[m]} ${y}`;
  }
}
const NUMWORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'ten', 'twelve', 'fifteen', 'twenty', 'thirty'];
function fiscal(y) {
  const s = pad2((y + 1) % 100);
  switch (int(6)) {
    case 0: return `FY${y}`;
    case 1: return `fiscal year ${y}/${s}`;
    case 2: return `FY ${y}-${s}`;
    case 3: return `the ${y}/${s} financial year`;
    case 4: return `fiscal ${y}`;
    default: return `the ${y}/${y + 1} budget year`;
  }
}

// ---------- money and numbers ----------
const CURRENCIES = [ // [prefix, suffix] pairs; the amount goes between them
  ['USD ', ''], ['US$', ''], ['$', ''], ['EUR ', ''], ['€', ''], ['¥', ''], ['JPY ', ''], ['£', ''], ['CHF ', ''], ['A$', ''], ['NZ$', ''],
  ['', ' US dollars'], ['', ' euros'], ['VND ', ''], ['KES ', ''], ['KRW ', ''], ['R', ''], ['XOF ', ''], ['SAR ', ''], ['AED ', ''], ['BRL ', ''], ['INR ', ''], ['', ' yuan'],
];
function amount() {
  const [pre, post] = pick(CURRENCIES);
  const r = rnd();
  let num;
  if (r < 0.55) num = `${pick([1, 2, 3, 5, 10, 12, 15, 20, 25, 30, 40, 50, 75, 100, 120, 150, 200, 250, 300, 500, 800])}${chance(0.2) ? '.' + between(1, 9) : ''} million`;
  else if (r < 0.8) num = `${between(1, 12)}${chance(0.4) ? '.' + between(1, 9) : ''} billion`;
  else if (r < 0.95) num = `${between(1, 999)},000`;
  else num = `${between(1, 95)}${chance(0.5) ? '.5' : ''}m`;
  return pre + num + post;
}
function bigNum() {
  const r = rnd();
  if (r < 0.4) return String(between(12, 999));
  if (r < 0.8) return `${between(1, 99)},${String(between(0, 999)).padStart(3, '0')}`;
  if (r < 0.9) return `${between(2, 900)} ${chance(0.5) ? 'thousand' : 'hundred'}`;
  return pick(NUMWORDS);
}

// ---------- template compilation: "P asked O to ACTION." -> [lit, slotFn, lit, ...] ----------
let SLOTS; // filled below
const compiled = new Map();
let TOKEN_RE;
function compile(tpl) {
  let c = compiled.get(tpl);
  if (c) return c;
  c = [];
  let last = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m; (m = TOKEN_RE.exec(tpl));) {
    c.push(tpl.slice(last, m.index), SLOTS[m[0]]);
    last = m.index + m[0].length;
  }
  c.push(tpl.slice(last));
  compiled.set(tpl, c);
  return c;
}
function expand(tpl) {
  const c = compile(tpl);
  let s = c[0];
  for (let i = 1; i < c.length; i += 2) s += c[i]() + c[i + 1];
  return s;
}

// ---------- document context: countries, people and organisations of the article being built ----------
const COUNTRIES = DATA.countries.map(([name, capital, dem, cult]) => ({ name, capital, dem, cult, bare: name.replace(/^the /, '') }));
const CULT = DATA.cultures;
const CULT_KEYS = Object.keys(CULT);
const CULT_NAME = new Map(CULT_KEYS.map((k) => [CULT[k], k]));
const HON_BY_CULTURE = new Map(Object.entries(DATA.honorifics_by_culture));
const STOP = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'de', 'des', 'für', '&']);
const acronymOf = (s) => s.split(/[\s-]+/).filter((w) => w && !STOP.has(w) && /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');

let ctx; // per document
function newCtx(pubMs) {
  const c1 = pick(COUNTRIES);
  let c2 = pick(COUNTRIES);
  while (c2 === c1) c2 = pick(COUNTRIES);
  const [year] = ymd(pubMs);
  ctx = { pub: pubMs, year, c1, c2, people: [], orgs: [], lastPerson: null, lastOrg: null, lastQuote: null, sectors: [pick(DATA.sectors), pick(DATA.sectors), pick(DATA.sectors)] };
}

function makeName(country) {
  const culture = chance(0.1) ? CULT[pick(CULT_KEYS)] : CULT[country.cult]; // some names from another culture
  const cu = chance(0.08) ? CULT[pick(CULT_KEYS)] : culture; // and some invented cross-culture combinations
  const female = chance(0.38);
  const given = pick(female ? cu.f : cu.m);
  let family = pick(culture.s);
  if (culture === CULT.es && chance(0.3)) family += ' ' + pick(culture.s);
  let full, short;
  if (culture.order === 'family') {
    if (culture.middle) {
      const mid = female && chance(0.6) ? 'Thi' : pick(culture.middle);
      full = `${family} ${mid} ${given}`;
      short = given; // Vietnamese press: "Minister Hung"
    } else {
      full = `${family} ${given}`;
      short = culture === CULT.km ? full : family;
    }
  } else if (culture.order === 'single') {
    full = `${given} ${pick(cu.m)} ${family}`;
    short = full;
  } else {
    let mid = '';
    if (culture.patronym && chance(0.5)) mid = ` ${female ? culture.patronym[2] : culture.patronym[0]} ${pick(culture.m)}`;
    else if ((culture === CULT.en || culture === CULT.nord || culture === CULT.de) && chance(0.15)) mid = ` ${String.fromCharCode(65 + int(26))}.`;
    full = `${given}${mid} ${family}`;
    short = family;
  }
  return { full, short, female, culture: CULT_NAME.get(culture) };
}

function makeOrg(kind, country) {
  const cname = country.bare;
  let full, acr = '', theFull = true, theAcr = false, back;
  switch (kind) {
    case 'ministry': {
      const port = pick(DATA.portfolios);
      const r = rnd();
      full = r < 0.45 ? `Ministry of ${port} of ${cname}` : r < 0.7 ? `${country.dem} Ministry of ${port}` : `Ministry of ${port}`;
      if (chance(0.45)) acr = 'M' + acronymOf(port);
      back = 'the Ministry';
      break;
    }
    case 'agency': {
      const a = pick(DATA.agencies);
      [full, acr] = a; theFull = !!a[2]; theAcr = !!a[3]; back = a[4];
      break;
    }
    case 'national':
      full = pick(DATA.national_bodies).replace('COUNTRY', cname);
      acr = acronymOf(full);
      theAcr = chance(0.5);
      back = 'the ' + full.split(' ').pop().replace(/^[a-z]/, (x) => x.toUpperCase());
      break;
    case 'university':
      full = pick(DATA.universities).replace('COUNTRY', cname).replace('CITY', country.capital).replace('SURNAME', pick(CULT[country.cult].s));
      if (chance(0.4)) acr = acronymOf(full);
      theFull = /^(University|National|Academy)/.test(full);
      back = 'the university';
      break;
    default: // company
      full = pick(DATA.company_forms).replace('BRAND', pick(DATA.brands)).replace('SURNAME', pick(CULT[country.cult].s));
      theFull = false;
      if (chance(0.15)) acr = acronymOf(full);
      back = pick(['the company', 'the group', 'the firm']);
  }
  const o = { kind, full, acr, theFull, theAcr, back, country, n: 0 };
  ctx.orgs.push(o);
  return o;
}
function orgMention(o) {
  ctx.lastOrg = o;
  const n = o.n++;
  if (n === 0) return (o.theFull ? 'the ' : '') + o.full + (o.acr ? ` (${o.acr})` : '');
  const r = rnd();
  if (o.acr && r < 0.6) return (o.theAcr ? 'the ' : '') + o.acr;
  if (r < 0.85) return (o.theFull ? 'the ' : '') + o.full;
  return o.back;
}
const headlineOrg = (o) => (o.acr && chance(0.5) ? o.acr : o.full);
function anyOrg() { // a known organisation (not the one just named) or, now and then, a new one
  if (ctx.orgs.length < 7 && chance(0.25)) return makeOrg(pick(['agency', 'national', 'company', 'university', 'ministry']), chance(0.5) ? ctx.c1 : ctx.c2);
  let o = pick(ctx.orgs);
  for (let i = 0; o === ctx.lastOrg && i < 4; i++) o = pick(ctx.orgs);
  return o;
}

function fillRole(tpl, person) {
  const other = person.country === ctx.c1 ? ctx.c2 : ctx.c1;
  return tpl.replace(/\b(COUNTRY2|COUNTRY|CITY2|CITY|DEM|PORTFOLIO|SECTOR|ORG|COMPANY|UNI)\b/g, (t) => {
    switch (t) {
      case 'COUNTRY': return person.country.name;
      case 'COUNTRY2': return other.name;
      case 'CITY': return person.country.capital;
      case 'CITY2': return other.capital;
      case 'DEM': return person.country.dem;
      case 'PORTFOLIO': return pick(DATA.portfolios);
      case 'SECTOR': return pick(ctx.sectors);
      case 'ORG': person.org = ctx.orgs.find((o) => o.kind === 'agency') || makeOrg('agency', other); return '\u0001';
      case 'COMPANY': person.org = makeOrg('company', person.country); return '\u0001';
      default: person.org = makeOrg('university', person.country); return '\u0001';
    }
  });
}
const MS = ['Ms.', 'Ms.', 'Mrs.', 'Madam'];
function makePerson(country, kinds) {
  const kind = pick(kinds);
  const role = pick(DATA.roles[kind]);
  const nm = makeName(country);
  const p = { full: nm.full, short: nm.short, female: nm.female, culture: nm.culture, country, kind, title: '', shortTitle: role[1], ofCountry: false, hon: '', mr: '', n: 0, org: null };
  p.title = fillRole(role[0], p);
  p.ofCountry = kind === 'gov' && !p.title.includes(' of ') && chance(0.5);
  const special = HON_BY_CULTURE.get(p.culture);
  p.hon = pick((special !== undefined && chance(0.5) ? special : DATA.honorifics)[p.female ? 'f' : 'm']);
  p.mr = p.female ? pick(MS) : 'Mr.';
  ctx.people.push(p);
  return p;
}
function titleText(p, withCountry) {
  let t = p.title;
  if (t.includes('\u0001')) t = t.replace('\u0001', orgMention(p.org));
  if (withCountry && p.ofCountry) t += ' of ' + p.country.name;
  return t;
}
function personMention(p) {
  ctx.lastPerson = p;
  const first = p.n++ === 0;
  const form = first ? pick(DATA.person_first) : pick(DATA.person_later);
  let s = '';
  for (let i = 0; i < form.length; i++) {
    const ch = form[i];
    switch (ch) {
      case 'T': s += titleText(p, form[0] !== 'D'); break;
      case 'D': s += (p.kind === 'gov' || p.kind === 'dip') && !p.title.startsWith(p.country.dem) ? p.country.dem : ''; break;
      case 'N': s += p.full; break;
      case 'H': s += p.hon; break;
      case 'S': s += p.shortTitle; break;
      case 'L': s += p.short; break;
      case 'M': s += p.mr; break;
      default: s += ch;
    }
  }
  return s.replace(/ {2,}/g, ' ').trim();
}
function anyPerson() { // a known person (not the one just named) or, now and then, a new one
  if (ctx.people.length < 6 && chance(0.2)) return makePerson(chance(0.5) ? ctx.c1 : ctx.c2, ['gov', 'dip', 'intl', 'biz', 'acad']);
  let p = pick(ctx.people);
  for (let i = 0; p === ctx.lastPerson && i < 4; i++) p = pick(ctx.people);
  return p;
}

// ---------- dates relative to the publication date ----------
const yearFut = () => (chance(0.35) ? pick([2025, 2030, 2030, 2035, 2040, 2045, 2050]) : ctx.year + between(1, 12));
const SLOTS_DATE = {
  DAY_EV: () => absDate(ctx.pub - int(4) * DAY, chance(0.3)),
  DRANGE: () => rangeDate(ctx.pub + between(-6, 20) * DAY, between(1, 4)),
  DATE_ABS: () => absDate(ctx.pub - between(20, 900) * DAY),
  DATE_FUTABS: () => absDate(ctx.pub + between(20, 900) * DAY),
  DATE_FUT: () => {
    const y = ctx.year;
    switch (int(14)) {
      case 0: return 'next week';
      case 1: return 'next month';
      case 2: return `by ${yearFut()}`;
      case 3: return `by the end of ${y + between(0, 3)}`;
      case 4: return `in the ${pick(['first', 'second', 'third', 'fourth'])} quarter of ${y + between(0, 2)}`;
      case 5: return `over the next ${pick(NUMWORDS)} years`;
      case 6: return `within ${pick(NUMWORDS)} months`;
      case 7: return `by mid-${y + between(1, 4)}`;
      case 8: return 'early next year';
      case 9: return `in ${fiscal(y + between(0, 3))}`;
      case 10: return `starting from ${absDate(ctx.pub + between(30, 400) * DAY)}`;
      case 11: return 'before the end of the year';
      case 12: return `from ${y + 1} to ${y + between(3, 8)}`;
      default: return 'in the coming years';
    }
  },
  DATE_NEAR: () => pick(['next week', 'tomorrow', `on ${DOWS[int(7)]}`, 'later this month', 'in the coming days', `on ${absDate(ctx.pub + between(2, 40) * DAY, false)}`, 'this weekend', `from ${rangeDate(ctx.pub + between(3, 40) * DAY, between(1, 3))}`]),
  DATE_PAST: () => {
    const [y, m] = ymd(ctx.pub - between(60, 3000) * DAY);
    return pick([`${y}`, `${MONTHS[m]} ${y}`, 'last year', `the early ${Math.floor(y / 10) * 10}s`, absDate(ctx.pub - between(60, 3000) * DAY), `the signing of the framework agreement in ${y}`]);
  },
  DATE_FUTMONTH: () => {
    const [y, m] = ymd(ctx.pub + between(40, 500) * DAY);
    return pick([`${MONTHS[m]} ${y}`, 'early next year', `the second half of ${y}`, 'next month', `${MON3[m]} ${y}`, `late ${y}`]);
  },
  DATE_REL: () => pick(['yesterday', 'today', `on ${DOWS[int(7)]}`, 'last week', 'this morning', `on ${DOWS[int(7)]} afternoon`, 'earlier this month', 'on the same day']),
  YEAR_FUT: () => String(yearFut()),
  YEAR_PAST: () => String(ctx.year - between(5, 60)),
  YEAR_RECENT: () => String(ctx.year - 1),
  YEAR: () => String(ctx.year),
  DECADE: () => `${Math.floor((ctx.year - between(10, 50)) / 10) * 10}s`,
  FY: () => fiscal(ctx.year - int(2)),
  PERIOD: () => { const y = ctx.year - int(3); return pick([`${y}-${y + 4}`, `${y}–${y + 9}`, `from ${y} to ${y + 5}`, `${y}/${pad2((y + 1) % 100)} to ${y + 2}/${pad2((y + 3) % 100)}`]); },
  MONTH_YEAR: () => { const [y, m] = ymd(ctx.pub - between(40, 2000) * DAY); return pick([`${MONTHS[m]} ${y}`, `${MON3[m]} ${y}`, `last ${MONTHS[m]}`]); },
};

SLOTS = {
  ...SLOTS_DATE,
  P: () => personMention(anyPerson()),
  P1: () => personMention(ctx.people[0]),
  P2: () => personMention(ctx.people[1]),
  PN: () => personMention(makePerson(chance(0.5) ? ctx.c1 : ctx.c2, ['gov', 'dip', 'intl', 'biz', 'acad'])),
  PN_PLAIN: () => makeName(ctx.c1).full,
  NAME_PLAIN: () => makeName(ctx.c1).full,
  O: () => orgMention(anyOrg()),
  O1: () => orgMention(ctx.orgs[0]),
  O2: () => orgMention(ctx.orgs[1]),
  HORG1: () => headlineOrg(ctx.orgs[0]),
  HORG2: () => headlineOrg(ctx.orgs[1]),
  ORG_ABOUT: () => ctx.orgs[1].acr || ctx.orgs[1].full,
  ORG_ABOUT_FULL: () => (ctx.orgs[1].theFull ? 'The ' : '') + ctx.orgs[1].full,
  AGENCY: () => { const o = ctx.orgs.find((x) => x.acr); return o ? o.acr : pick(DATA.agencies)[1]; },
  COMPANY: () => orgMention(makeOrg('company', chance(0.5) ? ctx.c1 : ctx.c2)),
  UNI: () => orgMention(makeOrg('university', ctx.c1)),
  COUNTRY1: () => ctx.c1.name,
  COUNTRY2: () => ctx.c2.name,
  COUNTRYX: () => pick(COUNTRIES).name,
  DEM1: () => ctx.c1.dem,
  DEM2: () => ctx.c2.dem,
  D1: () => ctx.c1.dem,
  D2: () => ctx.c2.dem,
  CITY1: () => ctx.c1.capital,
  CITY2: () => ctx.c2.capital,
  CITYU: () => ctx.c1.capital.toUpperCase(),
  S1: () => ctx.people[0].shortTitle,
  S2: () => ctx.people[1].shortTitle,
  N1: () => ctx.people[0].full,
  N2: () => ctx.people[1].full,
  MDY: () => { const [y, m, d] = ymd(ctx.pub); return `${MONTHS[m]} ${d}, ${y}`; },
  DMY: () => { const [y, m, d] = ymd(ctx.pub); return `${d} ${MONTHS[m]} ${y}`; },
  ISO: () => iso(ctx.pub),
  DOTS: () => iso(ctx.pub).replace(/-/g, '.'),
  DOW: () => DOWS[ymd(ctx.pub)[3]],
  CLOCK: () => `${pad2(between(1, 12))}:${pad2(int(60))} ${chance(0.5) ? 'am' : 'pm'} GMT${chance(0.5) ? '+' : '-'}${between(0, 11)}`,
  SECTOR: () => pick(ctx.sectors),
  SECTOR_CAP: () => { const s = pick(ctx.sectors); return s[0].toUpperCase() + s.slice(1); },
  TOPIC: () => expand(pick(DATA.topics)),
  EVENT: () => expand(pick(DATA.events)),
  PROJECT: () => expand(pick(DATA.projects)),
  ACTION: () => expand(pick(DATA.actions)),
  ACTION_ING: () => expand(pick(DATA.actions)).replace(/^(\w+?)e?\b/, '$1ing'), // strengthen -> strengthening, share -> sharing
  QUOTE: () => { // not the same quote twice in a row
    let q = pick(DATA.quotes);
    if (q === ctx.lastQuote) q = pick(DATA.quotes);
    ctx.lastQuote = q;
    return expand(q);
  },
  AMOUNT: amount,
  A_AMOUNT: () => { const a = amount(); return (/^[AEIO8]/.test(a) ? 'an ' : 'a ') + a; },
  NUM: bigNum,
  NUMS: () => String(between(2, 60)),
  NUMW: () => pick(NUMWORDS),
  ORD: () => ord(between(2, 60)),
  PCT: () => (chance(0.5) ? `${between(2, 80)} per cent` : `${between(1, 95)}${chance(0.3) ? '.' + between(1, 9) : ''}%`),
};
TOKEN_RE = new RegExp(`\\b(?:${Object.keys(SLOTS).sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');

// ---------- one document ----------
const S = DATA.sentences;
const KIND_WEIGHTS = [['filler', 0.42], ['pledge', 0.26], ['request', 0.13], ['quote', 0.19]];
function sentenceKind() {
  let r = rnd();
  for (const [k, w] of KIND_WEIGHTS) if ((r -= w) < 0) return k;
  return 'filler';
}
const PAD = ['The talks ended on a friendly note.', 'Both sides signed the minutes.', 'Details will follow.', 'No further details were given.', 'The visit ends on Friday.'];
function tidy(s) { // capitalise; drop the comma an apposition leaves before a stop, and a doubled stop
  if (s.includes(',.') || s.includes(',,')) s = s.replace(/,([.,])/g, '$1');
  if (s.includes('..')) s = s.replace(/\.\.(?!\.)/g, '.'); // "... Co., Ltd." ends the sentence with one stop
  const c = s.charCodeAt(0);
  return c >= 97 && c <= 122 ? String.fromCharCode(c - 32) + s.slice(1) : s;
}

// A sentence that is built and then dropped (it did not fit) must not count as the first mention of anyone.
function saveMentions() {
  const st = [ctx.people.length, ctx.orgs.length];
  for (const p of ctx.people) st.push(p.n);
  for (const o of ctx.orgs) st.push(o.n);
  return st;
}
function restoreMentions(st) {
  ctx.people.length = st[0];
  ctx.orgs.length = st[1];
  let k = 2;
  for (const p of ctx.people) p.n = st[k++];
  for (const o of ctx.orgs) o.n = st[k++];
}

function buildDoc(index, seedHash, minBytes, maxBytes) {
  seedDoc(seedHash, index);
  const pubMs = PUB_FROM + int(PUB_DAYS) * DAY;
  newCtx(pubMs);
  const target = minBytes + int(maxBytes - minBytes + 1);
  // cast: host organisation, guest organisation (orgs[0], orgs[1]), host lead, guest lead (people[0], people[1])
  makeOrg(chance(0.6) ? 'ministry' : 'national', ctx.c1);
  makeOrg(pick(['agency', 'agency', 'ministry', 'company', 'national']), ctx.c2);
  makePerson(ctx.c1, ['gov', 'gov', 'gov', 'intl', 'acad']);
  makePerson(ctx.c2, ['gov', 'dip', 'dip', 'intl', 'biz']);

  const title = tidy(expand(pick(DATA.headlines)));
  const paraSep = chance(0.7) ? '\n\n' : '\n';
  let text = '';
  let bytes = 0;
  const add = (s) => { text += s; bytes += Buffer.byteLength(s); };
  if (chance(0.85)) add(title + (chance(0.7) ? '\n\n' : '\n'));
  const dl = expand(pick(DATA.datelines));
  const dlOwnLine = /^(Published|Date|For immediate|Press Release)|\|/.test(dl) || /\d$/.test(dl) || chance(0.25);
  add(dl + (dlOwnLine ? paraSep : ' '));
  add(tidy(expand(pick(S.lead))));
  let inPara = 1;
  let paraLen = between(2, 4);
  let full = false;
  while (!full) {
    const sep = inPara >= paraLen ? paraSep : ' ';
    let s = '';
    for (let tries = 0; tries < 3 && !s; tries++) { // a long sentence that does not fit may leave room for a shorter one
      const state = saveMentions();
      s = sep + tidy(expand(pick(S[sentenceKind()])));
      const b = Buffer.byteLength(s);
      if (bytes + b <= target) { text += s; bytes += b; } else { restoreMentions(state); s = ''; }
    }
    if (!s) { full = true; break; }
    if (sep === paraSep) { inPara = 1; paraLen = between(1, 5); } else inPara++;
  }
  if (chance(0.5)) { const c = paraSep + tidy(expand(pick(DATA.closings))); if (bytes + Buffer.byteLength(c) <= maxBytes) add(c); }
  for (let i = 0; bytes < minBytes && i < 400; i++) { const p = ' ' + pick(PAD); if (bytes + p.length <= maxBytes) add(p); else break; }
  return { id: 'gen-' + String(index + 1).padStart(7, '0'), title, published: iso(pubMs), text, bytes };
}

// ---------- main: build, batch into ~1 MiB chunks, respect backpressure ----------
async function main() {
  const o = parseArgs(process.argv.slice(2));
  const out = o.out ? createWriteStream(o.out) : process.stdout;
  out.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(0); // reader went away (e.g. | head)
    process.stderr.write(`generate: ${e.message}\n`);
    process.exit(1);
  });
  const seedHash = hash32(String(o.seed));
  const minBytes = Math.round(o.minKb * 1024), maxBytes = Math.round(o.maxKb * 1024);
  const t0 = process.hrtime.bigint();
  let chunk = '', written = 0, textBytes = 0;
  const cpu0 = process.cpuUsage();
  const flush = async () => {
    const buf = Buffer.from(chunk, 'utf8'); // encode once; write() would otherwise encode the string itself
    chunk = '';
    written += buf.length;
    if (!out.write(buf)) await once(out, 'drain');
  };
  for (let i = 0; i < o.count; i++) {
    const doc = buildDoc(i, seedHash, minBytes, maxBytes);
    textBytes += doc.bytes;
    chunk += `{"id":"${doc.id}","title":${JSON.stringify(doc.title)},"published":"${doc.published}","text":${JSON.stringify(doc.text)}}\n`;
    if (chunk.length >= 1 << 20) await flush();
    if (o.verbose && (i + 1) % 100000 === 0) process.stderr.write(`generate: ${i + 1} docs, ${(written / 1048576).toFixed(0)} MiB\n`);
  }
  if (chunk) await flush();
  if (o.out) { out.end(); await once(out, 'finish'); }
  if (o.verbose) {
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    const cu = process.cpuUsage(cpu0), cpu = (cu.user + cu.system) / 1e6;
    const mib = written / 1048576;
    process.stderr.write(`generate: ${o.count} docs, ${mib.toFixed(1)} MiB JSONL (texts mean ${(textBytes / Math.max(1, o.count) / 1024).toFixed(2)} KB) in ${s.toFixed(2)} s wall = ${(mib / s).toFixed(1)} MiB/s; ${cpu.toFixed(2)} s CPU = ${(mib / cpu).toFixed(1)} MiB per CPU-second; rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB\n`);
  }
}
main();
