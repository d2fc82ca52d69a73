/**
 * Which keys a Go text/template (ESO v2 engine, sealed-secrets templates)
 * reads from its root map: `{{ .key }}`, `{{ $.key }}`, `{{ index . "key" }}`.
 * Deliberately conservative: a template that rebinds dot (range, with) or
 * uses variables or nested templates is reported as not analysable, never guessed.
 */

export interface TemplateRefs {
  /** Root keys read. */
  keys: string[];
  /** `.san-login`: a field followed by `-` (Go: "bad character U+002D"). */
  badFields: Array<{ field: string; written: string }>;
}

const DOT_REBINDING = /^(range|with|define|template|block)\b/;

/** Undefined when the template is too dynamic to analyse or does not parse. */
export function templateRefs(text: string): TemplateRefs | undefined {
  const keys: string[] = [];
  const badFields: TemplateRefs['badFields'] = [];
  let at = 0;
  for (;;) {
    const open = text.indexOf('{{', at);
    if (open < 0) break;
    const action = readAction(text, open + 2);
    if (!action) return undefined;
    at = action.end + 2;
    const body = action.body.replace(/^-\s/, '').replace(/\s-$/, '').trim();
    if (body.startsWith('/*')) continue;
    const bare = action.bare.replace(/^-\s/, '').replace(/\s-$/, '').trim();
    if (DOT_REBINDING.test(bare) || /\$[A-Za-z_]/.test(bare)) return undefined;
    for (const m of body.matchAll(/\bindex\s+\$?\.\s+("(?:[^"\\]|\\.)*"|`[^`]*`)/g)) {
      keys.push(m[1].startsWith('`') ? m[1].slice(1, -1) : (JSON.parse(m[1]) as string));
    }
    for (const m of bare.matchAll(/(^|[\s(|,])\$?\.([A-Za-z_][A-Za-z0-9_]*)(-[A-Za-z0-9_.-]*)?/g)) {
      if (m[3]) badFields.push({ field: m[2] + m[3], written: `.${m[2]}${m[3]}` });
      else keys.push(m[2]);
    }
  }
  return { keys: [...new Set(keys)], badFields };
}

/** The action starting at `from` (after `{{`): its text, its text with string literals blanked, and where `}}` is. */
function readAction(text: string, from: number): { body: string; bare: string; end: number } | undefined {
  let bare = '';
  let i = from;
  while (i < text.length) {
    if (text.startsWith('}}', i)) return { body: text.slice(from, i), bare, end: i };
    const c = text[i];
    if (c === '"' || c === '`' || c === "'") {
      const close = c === '`' ? text.indexOf('`', i + 1) : quoteEnd(text, i + 1, c);
      if (close < 0) return undefined;
      bare += c + c;
      i = close + 1;
      continue;
    }
    if (text.startsWith('/*', i)) {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) return undefined;
      bare += '/**/';
      i = close + 2;
      continue;
    }
    bare += c;
    i++;
  }
  return undefined;
}

function quoteEnd(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === quote) return i;
    else if (text[i] === '\n') return -1;
  }
  return -1;
}
