// Build step: the ajv standalone validator for ImageCatalog files (schemas/image-catalog.schema.json),
// compiled here so loading a user's image catalog costs nothing at start-up.
import fs from 'node:fs';
import path from 'node:path';

export default async function build({ root, standalone }) {
  const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'image-catalog.schema.json'), 'utf8'));
  standalone(schema, 'image-catalog-validator');
}
