import type { Doc } from '../doc/document.js';
import type { Resources } from './resources.js';

/** A named processor over one document: reads earlier annotations, adds its own. */
export interface Stage {
  name: string;
  run(doc: Doc, resources: Resources): void;
}
