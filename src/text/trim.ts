// String helpers that replace end-anchored regular expressions such as /[.']+$/ or /(\S+)\s*$/: an engine
// tries those from every position, which is quadratic on a long run of the class (the ReDoS test flags them).

/** `s` without the characters of `chars` at its end. */
export function trimEndChars(s: string, chars: string): string {
  let e = s.length;
  while (e > 0 && chars.includes(s[e - 1])) e--;
  return s.slice(0, e);
}

/** `s` without the characters of `chars` at either end. */
export function trimChars(s: string, chars: string): string {
  let b = 0;
  while (b < s.length && chars.includes(s[b])) b++;
  return trimEndChars(s.slice(b), chars);
}

/** The longest end of `s` whose every character matches `oneChar` (a single-character pattern). */
export function trailingRun(s: string, oneChar: RegExp): string {
  let b = s.length;
  while (b > 0 && oneChar.test(s[b - 1])) b--;
  return s.slice(b);
}

/** The last whitespace-separated word of `s` ('' when there is none). */
export function lastWord(s: string): string {
  return s.trimEnd().split(/\s/).pop() ?? '';
}

/** The last `n` whitespace-separated words of `s`, in order. */
export function lastWords(s: string, n: number): string[] {
  const out: string[] = [];
  let end = s.length;
  while (out.length < n) {
    while (end > 0 && /\s/.test(s[end - 1])) end--;
    if (end === 0) break;
    let start = end;
    while (start > 0 && !/\s/.test(s[start - 1])) start--;
    out.unshift(s.slice(start, end));
    end = start;
  }
  return out;
}

/** `s` without a bracketed part "(...)" and the spaces before it, wherever it stands (no regex backtracking). */
export function withoutBrackets(s: string): string {
  let out = '';
  let depth = 0;
  for (const ch of s) {
    if (ch === '(') {
      depth++;
      out = trimEndChars(out, ' ');
    } else if (ch === ')' && depth > 0) depth--;
    else if (!depth) out += ch;
  }
  return out;
}
