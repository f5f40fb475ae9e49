import { MONTH_NAMES, monthIndex } from '../stages/dates/relative.js';
import { worldData } from '../stages/places/world.js';

/**
 * Whether an article writes numeric dates day first: a numeric date whose first number cannot be a
 * month says so, one whose second cannot be a month says the opposite; with neither (or both), day
 * first, the order of most governments outside the United States. Stops and slashes may go with a
 * two-digit year; hyphens only with a four-digit one ("07-02-2025", not a range "2-3-25").
 */
export function numericDayFirst(text: string): boolean {
  const re = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b/g;
  let dayFirst = false;
  let monthFirst = false;
  // Dates either order could read ("11/07/2024"), as [first, second], for the vote below.
  const either: [number, number][] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[2] === '-' && m[4].length !== 4) continue;
    const [a, b] = [Number(m[1]), Number(m[3])];
    if (a > 12) dayFirst = true;
    if (b > 12) monthFirst = true;
    if (a !== b && a <= 12 && b <= 12) either.push([a, b]);
  }
  if (dayFirst !== monthFirst) return dayFirst || !monthFirst;
  // Neither (or both): a date the article also writes out in words decides ("Posted: 11/07/2024" and "MANILA,
  // Nov. 7": month first); failing that, the article's country.
  if (!either.length) return true;
  const written = writtenDays(text);
  let votes = 0;
  for (const [a, b] of either) {
    if (written.has(`${b}-${a}`)) votes++;
    if (written.has(`${a}-${b}`)) votes--;
  }
  // Still undecided: an article from a country that writes month first says so near its top.
  if (votes === 0) return !monthFirstPlaces().test(text.slice(0, MONTH_FIRST_REACH));
  return votes > 0;
}

/** How far into the article its place is looked for (dateline, letterhead, first paragraph). */
const MONTH_FIRST_REACH = 800;
/**
 * Places whose numeric dates put the month first: the United States and the Philippines, Majuro; the US states,
 * territories and states in free association ("AUSTIN, Texas", "Palau") come from worldData().usStates.
 */
const MONTH_FIRST_PLACES = ['United States', 'U\\.S\\.A?', 'USA', 'Philippines', 'Philippine', 'Manila', 'Quezon City', 'Majuro'];
let monthFirstRe: RegExp | null = null;
function monthFirstPlaces(): RegExp {
  if (monthFirstRe) return monthFirstRe;
  const names = [...MONTH_FIRST_PLACES, ...worldData().usStates];
  return (monthFirstRe = new RegExp(`\\b(?:${names.join('|')})\\b`, 'i'));
}

/** A day written with its month's name: "7 November", "7th Sept", "Nov. 7", "November 7th". */
const WRITTEN_DAY = new RegExp(`\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES})\\b|(${MONTH_NAMES})\\.?\\s+(\\d{1,2})\\b)`, 'g');

/** "month-day" of every day written with its month's name. */
function writtenDays(text: string): Set<string> {
  const out = new Set<string>();
  WRITTEN_DAY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WRITTEN_DAY.exec(text))) out.add(`${monthIndex(m[2] ?? m[3])}-${Number(m[1] ?? m[4])}`);
  return out;
}
