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
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[2] === '-' && m[4].length !== 4) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[3]) > 12) monthFirst = true;
  }
  if (dayFirst !== monthFirst) return dayFirst || !monthFirst;
  // Neither (or both): a date the article also writes out in words decides ("Posted: 11/07/2024" and "MANILA,
  // Nov. 7": month first).
  const written = writtenDays(text);
  let votes = 0;
  re.lastIndex = 0;
  while ((m = re.exec(text))) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    if (a === b || a > 12 || b > 12 || (m[2] === '-' && m[4].length !== 4)) continue;
    if (written.has(`${b}-${a}`)) votes++;
    if (written.has(`${a}-${b}`)) votes--;
  }
  return votes >= 0;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "month-day" of every day written with its month's name ("Nov. 7", "7 November", "November 7th"). */
function writtenDays(text: string): Set<string> {
  const out = new Set<string>();
  const re = /\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+([A-Z][a-z]{2,8})\b|([A-Z][a-z]{2,8})\.?\s+(\d{1,2})\b)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const name = (m[2] ?? m[3]).toLowerCase();
    const month = MONTHS.indexOf(name.slice(0, 3)) + 1;
    if (!month || (name.length > 3 && !FULL.test(name) && name !== 'sept')) continue;
    out.add(`${month}-${Number(m[1] ?? m[4])}`);
  }
  return out;
}

const FULL = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;
