/**
 * A minimal evaluator for the Go text/template subset the generated ESO
 * templates use: literal text, `{{ "..." }}` / ``{{ `...` }}`` string
 * actions, `{{ .key }}` and `{{ index . "key" }}`, with ESO's
 * missingkey=error. Anything else throws, so a test never passes by accident.
 * Semantics follow SECRETS.md §1 (checked there against Go's text/template).
 */
export function renderGoTemplate(text: string, data: Record<string, string>): string {
  let out = '';
  let at = 0;
  for (;;) {
    const open = text.indexOf('{{', at);
    if (open < 0) return out + text.slice(at);
    out += text.slice(at, open);
    const { body, end } = action(text, open + 2);
    at = end + 2;
    const a = body.trim();
    let m: RegExpExecArray | null;
    if ((m = /^"((?:[^"\\]|\\.)*)"$/.exec(a))) out += JSON.parse(`"${m[1]}"`);
    else if ((m = /^`([^`]*)`$/.exec(a))) out += m[1];
    else if ((m = /^\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(a))) out += lookup(data, m[1]);
    else if ((m = /^index \. "((?:[^"\\]|\\.)*)"$/.exec(a))) out += lookup(data, JSON.parse(`"${m[1]}"`));
    else throw new Error(`template: unsupported or invalid action {{${body}}}`);
  }
}

function lookup(data: Record<string, string>, key: string): string {
  if (!(key in data)) throw new Error(`map has no entry for key "${key}"`);
  return data[key];
}

/** Finds the closing `}}`, skipping string literals (as Go's lexer does). */
function action(text: string, from: number): { body: string; end: number } {
  let i = from;
  while (i < text.length) {
    if (text.startsWith('}}', i)) return { body: text.slice(from, i), end: i };
    if (text[i] === '{') throw new Error('template: unexpected "{" in command');
    if (text[i] === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    } else if (text[i] === '`') {
      i = text.indexOf('`', i + 1);
      if (i < 0) break;
    }
    i++;
  }
  throw new Error('template: unclosed action');
}
