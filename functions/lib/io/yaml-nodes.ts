/**
 * The yaml package's node tests, bound once. The bundle reaches a CommonJS
 * package's exports through a getter on every use (esbuild's interop), and the
 * modules that walk documents node by node (parse checks, merge, the printer,
 * RB044, RB058) call these hundreds of thousands of times per 1,000-back-end render.
 */
import * as yaml from 'yaml';

export const { isAlias, isDocument, isMap, isPair, isScalar, isSeq } = yaml;
