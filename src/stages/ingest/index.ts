import { Doc } from '../../doc/document.js';
import type { Stage } from '../../pipeline/stage.js';
import { htmlToText } from './html.js';
import { checkLanguage } from './language.js';
import { analyseLayout } from './layout.js';
import { normalise } from './normalise.js';
import type { InputItem } from './read.js';

export { normalise, fold } from './normalise.js';

/** Builds the document for one input: markup stripped (HTML), text normalised, offsets mapped to raw. */
export function createDoc(item: InputItem, referenceDate: string | null = null): Doc {
  let title = item.title ?? null;
  let doc: Doc;
  if (item.format === 'html') {
    const html = htmlToText(item.raw);
    const norm = normalise(html.text);
    title = title ?? html.title;
    doc = new Doc({ id: item.id, source: item.source, title, published: item.published, url: item.url }, item.raw, norm.text, html.map.compose(norm.map), referenceDate);
  } else {
    const norm = normalise(item.raw);
    doc = new Doc({ id: item.id, source: item.source, title, published: item.published, url: item.url }, item.raw, norm.text, norm.map, referenceDate);
  }
  for (const n of item.notes) doc.warn(n.code, n.message);
  return doc;
}

/** Stage 1: page furniture, title line, dateline, publication date and the anchor for relative dates. */
export const ingest: Stage = {
  name: 'ingest',
  run(doc, res) {
    analyseLayout(doc, res.layout);
    checkLanguage(doc, res.layout);
  },
};
