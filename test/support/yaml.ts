import { parseAllDocuments } from 'yaml';

/** Parses a YAML stream into plain objects (YAML 1.1, as Kubernetes reads it). */
export function parseStream(text: string): any[] {
  return parseAllDocuments(text, { version: '1.1' })
    .map((d) => d.toJS())
    .filter((d) => d !== null && d !== undefined);
}
