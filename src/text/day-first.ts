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
  return !monthFirst || dayFirst;
}
