// Build-time check of the handlebars templates: every variable path a template
// (or a partial it includes) reads must exist in the context the expander passes
// (functions/lib/catalog/template-contexts.schema.json). Handlebars' own `strict`
// only throws at render time, on the paths a test happens to exercise.
import Handlebars from 'handlebars';

const HELPERS_WITH_CONTEXT = new Set(['if', 'unless', 'each', 'with']);

/** Returns the problems found, one line each ('' problems = fine). */
export function checkTemplates({ sources, contexts }) {
  const defs = contexts.definitions;
  const deref = (s) => {
    while (s && s.$ref) s = defs[s.$ref.replace(/^#\/definitions\//, '')];
    return s;
  };
  const problems = [];
  const partials = new Map(Object.entries(sources).filter(([n]) => n.startsWith('_')).map(([n, text]) => [n.slice(1), Handlebars.parse(text)]));
  for (const [name, text] of Object.entries(sources)) {
    if (name.startsWith('_')) continue;
    const contextName = contexts.templates?.[name];
    if (!contextName || !defs[contextName]) {
      problems.push(`template ${name}.hbs has no context in template-contexts.schema.json (add "templates": {"${name}": "<Context>"})`);
      continue;
    }
    const where = (via) => `template ${name}.hbs${via ? ` (through partial ${via})` : ''}`;
    const checkPath = (node, stack, via) => {
      if (node.type !== 'PathExpression' || node.data) return; // @index, @key
      let scope = stack[Math.max(0, stack.length - 1 - node.depth)];
      const seen = [];
      for (const part of node.parts) {
        scope = deref(scope);
        const props = scope?.type === 'object' ? (scope.properties ?? {}) : undefined;
        if (!props || !(part in props)) {
          const known = Object.keys(props ?? {});
          const near = known.find((k) => k.toLowerCase() === part.toLowerCase()) ?? known.find((k) => k.startsWith(part) || part.startsWith(k));
          problems.push(`${where(via)}: {{${node.original}}} reads "${[...seen, part].join('.')}", which ${contextName} does not have${near ? ` (did you mean "${[...seen, near].join('.')}"?)` : known.length ? ` (it has: ${known.join(', ')})` : ''}`);
          return undefined;
        }
        seen.push(part);
        scope = props[part];
      }
      return deref(scope);
    };
    const walk = (nodes, stack, via, depth = 0) => {
      for (const node of nodes) {
        switch (node.type) {
          case 'MustacheStatement':
            if (node.params.length === 0) checkPath(node.path, stack, via);
            for (const p of node.params) checkPath(p, stack, via);
            break;
          case 'BlockStatement': {
            const helper = node.path.original;
            if (!HELPERS_WITH_CONTEXT.has(helper)) {
              problems.push(`${where(via)}: block helper {{#${helper}}} is not one the check knows (if, unless, each, with)`);
              break;
            }
            const arg = checkPath(node.params[0], stack, via);
            const inner = helper === 'each' ? deref(arg?.items) : helper === 'with' ? arg : stack[stack.length - 1];
            if (node.program) walk(node.program.body, helper === 'each' || helper === 'with' ? [...stack, inner] : stack, via, depth);
            if (node.inverse) walk(node.inverse.body, stack, via, depth);
            break;
          }
          case 'PartialStatement': {
            const partial = partials.get(node.name.original);
            if (!partial) problems.push(`${where(via)}: partial {{> ${node.name.original}}} does not exist`);
            else if (depth < 5) walk(partial.body, stack, node.name.original, depth + 1);
            break;
          }
          default:
            break; // content, comments
        }
      }
    };
    walk(Handlebars.parse(text).body, [defs[contextName]], undefined);
  }
  return problems;
}
