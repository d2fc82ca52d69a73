/** How commands report: diagnostics to stderr (text or JSON), data to stdout, exit codes by class. */
import type { Diagnostic } from '../lib/diagnostics/diagnostic.js';
import { formatJson, formatText } from '../lib/diagnostics/format.js';

export const EXIT_OK = 0;
/** A user's mistake: there are error diagnostics. */
export const EXIT_ERRORS = 1;
/** The command line itself is wrong. */
export const EXIT_USAGE = 2;

export type Format = 'text' | 'json';

export function printDiagnostics(diagnostics: readonly Diagnostic[], format: Format, stream: NodeJS.WritableStream = process.stderr): void {
  if (format === 'json') {
    stream.write(formatJson(diagnostics));
    return;
  }
  for (const d of diagnostics) stream.write(formatText(d) + '\n');
}
