// Folder bundles of the published versions: one JSON file per published
// form folder (schemas/published/<type>/<version>/<form>/), holding its
// files as {folder, files: [{path, text}]} — what the engine's addFormFiles
// reads (core/cases/source_files.h, ReadFolderBundle). The app's wasm lists
// the published versions without their files; its worker fetches a bundle
// when a filing or a request names that version, so old versions do not
// weigh on every page load.
//
//   node web/server/form_bundles.mjs schemas build/web/forms     (scripts/build.sh runs it)
//   import { formBundles } from './form_bundles.mjs';            // Map: folder → bundle text
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const jsonFilesUnder = (folder) =>
  fs
    .readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
    .sort();

// formBundles: every published form folder under `schemas` (a folder holding a case.json) and its bundle's text.
export function formBundles(schemas) {
  const bundles = new Map();
  const published = path.join(schemas, 'published');
  if (!fs.existsSync(published)) return bundles;
  const relative = (file) => path.relative(schemas, file).split(path.sep).join('/');
  const manifests = jsonFilesUnder(published).filter((file) => path.basename(file) === 'case.json');
  for (const manifest of manifests) {
    const folder = relative(path.dirname(manifest));
    const files = jsonFilesUnder(path.dirname(manifest)).map((file) => ({
      path: relative(file),
      text: fs.readFileSync(file, 'utf8'),
    }));
    bundles.set(folder, JSON.stringify({ folder, files }));
  }
  return bundles;
}

// writeFormBundles: each bundle as <out>/<folder>.json; returns how many.
export function writeFormBundles(schemas, out) {
  const bundles = formBundles(schemas);
  for (const [folder, text] of bundles) {
    const file = path.join(out, `${folder}.json`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return bundles.size;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [schemas, out] = process.argv.slice(2);
  if (!schemas || !out || !fs.existsSync(schemas)) {
    console.error('usage: node web/server/form_bundles.mjs SCHEMAS_FOLDER OUTPUT_FOLDER');
    process.exit(2);
  }
  console.log(`form bundles: ${writeFormBundles(schemas, out)} published forms in ${out}`);
}
