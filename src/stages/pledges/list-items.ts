/**
 * Lists of contributions: a lead-in that ends with a colon and speaks of money or pledges ("The pledges
 * announced today include:", "The funding will be allocated as follows:"), then one line per contribution
 * that opens with an amount or with the giver and an amount:
 *   - Germany: US$ 95 million;
 *   - €10 million to the World Food Programme for emergency food assistance;
 *   - US$ 45 million from the Government of the Netherlands over two years;
 * A lead-in that is a pledge itself and ends with a colon ("Both sides agreed to cooperate in:") heads a list
 * the same way. Each marked line (a bullet or a number) of such a list that states what is given or done is a
 * pledge of its own, the lead-in's party's.
 * A contribution line is a pledge of its own when it names a giver or a recipient: its giver is the party before the
 * colon (unless the lead-in allocates one giver's money: "The funding will be channelled through:"), else the
 * party after "from", else the lead-in's. A line that says what part of a package goes to which purpose ("- €120
 * million for teacher training;") is a pledge of the lead-in's party too.
 */
import type { Span } from '../../doc/document.js';
import { findAmount } from './amount.js';

/** Words of a lead-in that announce a list of what is given. */
const LEAD = /\b(?:pledg\w*|contribut\w*|commit\w*|allocat\w*|approv\w*|fund\w*|financ\w*|grants?|loans?|donat\w*|packages?|assistance|aid|disburse\w*|operations|envelope|breakdown|agreements|announcements)\b/i;

/** A list item's bullet or number ("-", "•", "3.", "(ii)") and the blanks after it. */
const MARKER = '(?:[-•*–·▪]|\\(?(?:\\d{1,2}|[a-z]|[ivx]{1,4})[.)])[ \\t]*';
/** What may stand on a line before a sentence that opens it: blanks, and a marker. */
const LINE_START = new RegExp(`^[ \\t]*(?:${MARKER})?$`, 'i');
const MARKER_AT_START = new RegExp(`^${MARKER}`, 'i');

/** The line a sentence opens, without its bullet or number, if the sentence starts a line. */
export function lineItem(text: string, start: number, end: number): { at: number; body: string; marked: boolean } | null {
  const lineAt = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineAt, start);
  if (!LINE_START.test(before)) return null;
  const lead = MARKER_AT_START.exec(text.slice(start, end));
  const at = start + (lead ? lead[0].length : 0);
  // A bullet or a number marks a list item, before the sentence or inside it.
  return { at, body: text.slice(at, end), marked: !!lead || before.trim() !== '' };
}

type Money = NonNullable<ReturnType<typeof findAmount>>;

/** The amount a line opens with, after an article ("a €200 million loan"): the article's length and the amount. */
function openingAmount(body: string): { article: number; money: Money } | null {
  const article = /^(?:the|a|an)\s+/i.exec(body)?.[0].length ?? 0;
  const money = findAmount(body.slice(article, article + 60));
  return money && money.index === 0 ? { article, money } : null;
}

/** A list line that only splits an amount by purpose ("- €120 million for teacher training;"). */
export function amountLed(body: string): boolean {
  return openingAmount(body) !== null;
}

/**
 * Words of a lead-in that announce where one giver's money goes ("The funding will be channelled through:",
 * "allocated as follows:"): the names before the colons of its lines are recipients, not givers.
 */
const ALLOCATION = /\b(?:allocat\w*|distribut\w*|channel+ed|as\s+follows|breakdown|recipients?|go(?:es)?\s+to|split|shared|divided|earmarked|through)\b/i;

/** Does a lead-in line (ending with a colon) introduce contributions? `allocation`: to recipients, from one giver. */
export function contributionLead(sentence: string): { allocation: boolean } | null {
  return /:\s*$/.test(sentence) && LEAD.test(sentence) ? { allocation: ALLOCATION.test(sentence) } : null;
}

/**
 * A contribution line: the money, where its amount is and where the giver's name is written (before the colon,
 * or after "from"), as offsets into `body`. Null when the line does not open with an amount or "Giver: amount".
 */
export function contributionLine(body: string, allocation = false): { money: Money; amount: Span; giver: Span | null } | null {
  const opening = openingAmount(body);
  if (opening) {
    const { article, money } = opening;
    const amount = { start: article, end: article + money.text.length };
    // "US$ 45 million from the Government of the Netherlands": the giver follows "from".
    const next = body.slice(amount.end, amount.end + 40);
    const from = /\bfrom\s+(?:the\s+)?/.exec(next);
    if (from) return { money, amount, giver: { start: amount.end + from.index + from[0].length, end: body.length } };
    // "€10 million to the World Food Programme (WFP) for ...": a recipient named right after the amount.
    return /^(?:\s+in\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?)?\s+to\s+(?:the\s+)?\p{Lu}/u.test(next) ? { money, amount, giver: null } : null;
  }
  // "Germany: US$ 95 million", "the Caribbean Development Bank (CDB): US$ 10 million".
  const article = /^(?:the|a|an)\s+/i.exec(body)?.[0].length ?? 0;
  const colon = body.indexOf(':');
  if (colon <= 0 || colon > 90) return null;
  const name = body.slice(article, colon);
  if (!/^\p{Lu}/u.test(name) || /[.;]/.test(name)) return null;
  const rest = body.slice(colon + 1);
  const pad = rest.length - rest.trimStart().length;
  const money = findAmount(rest.slice(pad, pad + 60));
  if (!money || money.index !== 0) return null;
  const at = colon + 1 + pad;
  return { money, amount: { start: at, end: at + money.text.length }, giver: allocation ? null : { start: article, end: colon } };
}
