import { Parser } from 'htmlparser2';
import { decodeHTML } from 'entities';
import { MappedBuilder, type OffsetMap } from '../../doc/offsets.js';

/** Elements whose content is never article text. */
const DROP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object']);
/** Elements that end a line of text. */
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'section', 'article', 'header', 'footer', 'aside',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'figure', 'figcaption', 'title', 'main', 'nav', 'hr', 'dd', 'dt',
]);

/**
 * Plain text of an HTML page, each character mapped to the HTML source it came from.
 * Entities are decoded here (not by the parser) so that each decoded character keeps its source span.
 */
export function htmlToText(html: string): { text: string; map: OffsetMap; title: string | null } {
  const b = new MappedBuilder();
  let dropDepth = 0;
  let inTitle = false;
  let title = '';
  const newline = (at: number) => {
    if (b.length && b.lastChar() !== '\n') b.replace('\n', at, at);
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (DROP.has(name)) dropDepth++;
        if (name === 'title') inTitle = true;
        if (BLOCK.has(name)) newline(parser.startIndex);
      },
      onclosetag(name) {
        if (DROP.has(name) && dropDepth > 0) dropDepth--;
        if (name === 'title') inTitle = false;
        if (BLOCK.has(name)) newline(parser.startIndex);
      },
      ontext(data) {
        const start = parser.startIndex;
        if (inTitle) title += data;
        if (dropDepth > 0 || inTitle) return;
        appendDecoded(b, data, start);
      },
    },
    { decodeEntities: false, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  const { text, map } = b.finish(html.length);
  const t = decodeHTML(title).replace(/\s+/g, ' ').trim();
  return { text, map, title: t || null };
}

/** Appends text with entities decoded and runs of whitespace (source line breaks) collapsed to one space. */
function appendDecoded(b: MappedBuilder, data: string, start: number): void {
  const token = /&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});|\s+|[^&\s]+|&/g;
  let m: RegExpExecArray | null;
  while ((m = token.exec(data))) {
    const s = start + m.index;
    const e = s + m[0].length;
    if (m[0][0] === '&' && m[0].length > 1) {
      b.replace(decodeHTML(m[0]), s, e);
    } else if (/^\s/.test(m[0])) {
      const last = b.lastChar();
      if (b.length && last !== ' ' && last !== '\n') b.replace(' ', s, e);
    } else {
      b.copy(m[0], s);
    }
  }
}
