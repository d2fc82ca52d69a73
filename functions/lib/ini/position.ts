/**
 * Maps a position inside a YAML string value (e.g. line 3 of a
 * customServiceConfig block) to the file's line and column. Only literal
 * block scalars (`|`, `|-`, `|2`) keep a 1:1 line mapping; for any other
 * style, and for generated content, the caller keeps the node's own position.
 */
import { isScalar } from 'yaml';
import type { Item } from '../io/resources.js';
import { nodeAt, type Position } from '../io/yaml.js';

export interface TextPosition {
  /** 0-based line inside the string value. */
  line: number;
  /** 0-based column inside that line. */
  column: number;
}

export function positionInScalar(item: Item | undefined, path: readonly (string | number)[], at: TextPosition): Position | undefined {
  const file = item?.file;
  if (!item || !file) return undefined;
  const node = nodeAt(item.doc, path);
  if (!isScalar(node) || node.type !== 'BLOCK_LITERAL' || !node.range) return undefined;
  const source = file.text.slice(node.range[0], node.range[1]);
  const lines = source.split('\n');
  // lines[0] is the `|` header; value line i is source line i + 1. The block's
  // indentation is that of its first non-empty line (an explicit `|2` indicator
  // with a more indented first line is rare enough to accept a column offset).
  const firstText = lines.slice(1).find((l) => l.trim() !== '');
  if (firstText === undefined || at.line + 1 >= lines.length) return undefined;
  const indent = leadingSpaces(firstText);
  const start = file.lineCounter.linePos(node.range[0]);
  return { line: start.line + 1 + at.line, column: indent + at.column + 1 };
}

function leadingSpaces(s: string): number {
  return s.length - s.trimStart().length;
}
