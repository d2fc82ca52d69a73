// Generates docs/drivers.md (from the driver catalog) and docs/inventory.md
// (from the inventory JSON schema), so the docs cannot drift from the data.
// `node scripts/gen-docs.mjs` writes them; `--check` exits 1 when they are stale.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

function drivers() {
  const out = [];
  for (const service of ['cinder', 'manila']) {
    const dir = path.join(root, 'functions/lib/catalog/drivers', service);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) out.push(parse(fs.readFileSync(path.join(dir, f), 'utf8')));
  }
  return out;
}

const code = (xs) => (xs && xs.length ? xs.map((x) => `\`${x}\``).join(', ') : '–');
const kv = (o) => (o && Object.keys(o).length ? Object.entries(o).map(([k, v]) => `\`${k} = ${v}\``).join(', ') : '–');

function driversDoc() {
  const ds = drivers();
  let md = `# Driver catalog\n\nGenerated from \`functions/lib/catalog/drivers/<service>/<id>.yaml\` by \`node scripts/gen-docs.mjs\`; do not edit by hand.\nEach entry is data: the driver class, the options it fixes or defaults, the options it needs, the keys vendor guides keep in the\ncredentials Secret, and whether a partner image is needed (and its certified repository). Templates live in\n\`functions/lib/catalog/templates/\`. To add a driver, add one YAML file (its fields: \`functions/lib/catalog/catalog.schema.json\`, checked by the build) and run the tests.\n\n`;
  for (const service of ['cinder', 'manila']) {
    const list = ds.filter((d) => d.service === service);
    if (!list.length) continue;
    md += `## ${service}\n\n| id | vendor | class | protocol | partner image |\n| --- | --- | --- | --- | --- |\n`;
    for (const d of list) md += `| \`${d.id}\` | ${d.vendor} | ${d.class ? `\`${d.class}\`` : '(yours: ' + (service === 'cinder' ? '`volumeDriver`' : '`shareDriver`') + ')'} | ${d.protocol ?? '–'} | ${d.partnerImage?.required ? 'required' : 'no'} |\n`;
    md += '\n';
    for (const d of list) {
      md += `### \`${d.id}\`: ${d.title}\n\n`;
      md += `- class: ${d.class ? `\`${d.class}\`` : 'given by the inventory'}; template: \`${d.template}.hbs\`\n`;
      md += `- fixed options: ${kv(d.options?.fixed)}\n- defaults (override in \`options\`): ${kv(d.options?.defaults)}\n`;
      md += `- required options: ${code(d.options?.required)}\n- known options: ${code(d.options?.optional)}\n`;
      md += `- credentials (Secret) required: ${code(d.secretKeys?.required)}; optional: ${code(d.secretKeys?.optional)}${d.secretKeys?.alsoInOptions?.length ? `; may also be options: ${code(d.secretKeys.alsoInOptions)}` : ''}\n`;
      md += `- network attachments: ${code(d.networkAttachments)}\n`;
      md += `- partner image: ${d.partnerImage?.required ? `required; certified ${code(d.partnerImage.repositories)}` : 'not needed (stock image)'}\n`;
      if (d.needsCephCluster) md += `- reads a Ceph cluster (\`cluster:\`)\n`;
      if (d.manila) md += `- DHSS default \`${d.manila.driverHandlesShareServers?.default}\`, allowed ${code((d.manila.driverHandlesShareServers?.allowed ?? []).map(String))}; protocols ${code(d.manila.protocols)}\n`;
      if (d.hostPrerequisites?.length) md += `- host prerequisites: ${d.hostPrerequisites.join('; ')}\n`;
      if (d.notes) md += `- notes: ${d.notes}\n`;
      if (d.sources?.length) md += `- sources: ${d.sources.join('; ')}\n`;
      md += '\n';
    }
  }
  const data = (sub) =>
    fs.existsSync(path.join(root, 'functions/lib/catalog', sub))
      ? fs.readdirSync(path.join(root, 'functions/lib/catalog', sub)).filter((f) => f.endsWith('.yaml')).sort().map((f) => parse(fs.readFileSync(path.join(root, 'functions/lib/catalog', sub, f), 'utf8')))
      : [];
  const stores = data('glance-stores');
  if (stores.length) {
    md += `## glance store types

From \`functions/lib/catalog/glance-stores/<type>.yaml\`.

| type | template | defaults | credentials (Secret) | known options |
| --- | --- | --- | --- | --- |
`;
    for (const t of stores) md += `| \`${t.type}\` | \`${t.template}.hbs\` | ${kv(t.defaults)} | ${code(t.secretKeys?.required)}${t.secretKeys?.optional?.length ? `; optional ${code(t.secretKeys.optional)}` : ''} | ${code(t.optional)} |
`;
    md += '\n';
  }
  const backups = data('backup-drivers');
  if (backups.length) {
    md += `## cinder-backup drivers

From \`functions/lib/catalog/backup-drivers/<id>.yaml\`.

| id | template | required options | credentials (Secret) | known options |
| --- | --- | --- | --- | --- |
`;
    for (const b of backups) md += `| \`${b.id}\`${b.needsCephCluster ? ' (reads a Ceph cluster)' : ''} | \`${b.template}.hbs\` | ${code(b.requiredOptions)} | ${code(b.secretKeys?.required)}${b.secretKeys?.optional?.length ? `; optional ${code(b.secretKeys.optional)}` : ''} | ${code(b.optionalOptions)} |
`;
    md += '\n';
  }
  return md;
}

function inventoryDoc() {
  const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas/backend-inventory.schema.json'), 'utf8'));
  const defs = schema.definitions ?? {};
  const resolve = (s) => {
    let cur = s;
    const seen = new Set();
    while (cur && cur.$ref && !seen.has(cur.$ref)) {
      seen.add(cur.$ref);
      const target = cur.$ref.replace('#/definitions/', '').split('/properties/');
      let t = defs[target[0]];
      for (const p of target.slice(1)) t = t?.properties?.[p];
      cur = { ...t, ...Object.fromEntries(Object.entries(cur).filter(([k]) => k !== '$ref')) };
    }
    return cur ?? {};
  };
  const typeOf = (s) => {
    const r = resolve(s);
    if (r.const !== undefined) return `\`${JSON.stringify(r.const)}\``;
    if (r.enum) return r.enum.map((e) => `\`${e}\``).join(' \\| ');
    if (r.type === 'array') return `list of ${typeOf(r.items ?? {})}`;
    if (Array.isArray(r.type)) return r.type.join(' \\| ');
    if (r.type === 'object' && !r.properties && r.additionalProperties) return `map of ${typeOf(r.additionalProperties)}`;
    return r.type ?? 'any';
  };
  const rows = [];
  const walk = (s, prefix, depth) => {
    const r = resolve(s);
    const props = r.properties ?? (r.type === 'array' ? resolve(r.items ?? {}).properties : undefined);
    if (!props || depth > 6) return;
    const required = new Set(r.required ?? (r.type === 'array' ? resolve(r.items ?? {}).required : []) ?? []);
    for (const [k, v] of Object.entries(props)) {
      const rv = resolve(v);
      const p = `${prefix}${prefix ? '.' : ''}${k}${rv.type === 'array' ? '[]' : ''}`;
      const def = rv.default !== undefined ? `\`${JSON.stringify(rv.default)}\`` : required.has(k) ? '**required**' : '–';
      rows.push(`| \`${p}\` | ${typeOf(v)} | ${def} | ${(rv.description ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`);
      walk(v, p, depth + 1);
    }
  };
  walk(schema, '', 0);
  return `# BackendInventory reference\n\nGenerated from \`schemas/backend-inventory.schema.json\` by \`node scripts/gen-docs.mjs\`; do not edit by hand.\nEditors that speak the YAML language server validate and complete inventories with the line\n\`# yaml-language-server: $schema=<path>/schemas/backend-inventory.schema.json\` at the top of the file.\n\n| field | type | default | description |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`;
}

const outputs = { 'docs/drivers.md': driversDoc(), 'docs/inventory.md': inventoryDoc() };
let stale = false;
for (const [rel, content] of Object.entries(outputs)) {
  const file = path.join(root, rel);
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current === content) continue;
  if (check) {
    stale = true;
    console.error(`${rel} is stale: run node scripts/gen-docs.mjs`);
  } else fs.writeFileSync(file, content);
}
process.exit(stale ? 1 : 0);
