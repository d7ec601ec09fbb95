// The Python a Jupyter notebook runs (papermill, `jupyter nbconvert --execute`, `jupyter execute`):
// the source of its code cells, in order, with a map from each piece back to where the piece's JSON
// string stands in the .ipynb file, so that findings point into the notebook as written. Only the
// cells' text is read; nothing is run. IPython magics and `!` shell lines are not Python: blanked.
// jsonc-parser (VS Code's JSON parser) gives the offset of every value, which JSON.parse does not.
import { parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { SegmentMap } from '../shell/commands.js';

export interface NotebookCode {
  /** The code cells' source, one cell after another. */
  text: string;
  /** From an offset in `text` to the offset in the .ipynb file. */
  map: SegmentMap;
}

/** The code of a notebook's code cells, or null when the text is not a notebook (not JSON, no cells). */
export function notebookCode(raw: string): NotebookCode | null {
  const errors: ParseError[] = [];
  const root = parseTree(raw, errors, { disallowComments: true, allowTrailingComma: false });
  if (!root || errors.length > 0 || root.type !== 'object') return null;
  const cells = property(root, 'cells');
  if (cells?.type !== 'array') return null;
  const map = new SegmentMap();
  let text = '';
  for (const cell of cells.children ?? []) {
    if (cell.type !== 'object' || property(cell, 'cell_type')?.value !== 'code') continue;
    const source = property(cell, 'source');
    const pieces = source?.type === 'string' ? [source] : source?.type === 'array' ? (source.children ?? []).filter((p) => p.type === 'string') : [];
    for (const piece of pieces) {
      // The piece's characters start after its opening quote; escapes make the rest of a line drift by a column or two.
      map.add(text.length, piece.offset + 1);
      text += String(piece.value).replace(/^[ \t]*[%!].*$/gm, (line) => ' '.repeat(line.length));
    }
    if (!text.endsWith('\n')) text += '\n';
  }
  return { text, map };
}

function property(object: JsonNode, key: string): JsonNode | undefined {
  for (const p of object.children ?? []) if (p.type === 'property' && p.children?.[0]?.value === key) return p.children[1];
  return undefined;
}
