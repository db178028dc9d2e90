// Folder bundles of the case types: one JSON file per folder holding a
// case.json — a case type (schemas/cases/<type>/) or a published version's
// form (schemas/published/<type>/<version>/<form>/) — with its files (not
// its examples) as {folder, files: [{path, text}]}, what the engine's
// addFormFiles reads (core/cases/source_files.h, ReadFolderBundle). The app's
// wasm carries every case.json but no other file of a case type; its worker
// fetches a bundle when the page first names that case type or version, so a
// page loads one case type, not every one.
//
//   node web/server/form_bundles.mjs schemas build/web/forms     (scripts/build.sh runs it)
//   import { formBundles } from './form_bundles.mjs';            // Map: folder → bundle text
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const AREAS = ['cases', 'published'];

const jsonFilesUnder = (folder) =>
  fs
    .readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
    .filter((file) => !path.relative(folder, file).split(path.sep).includes('examples'))
    .sort();

// formBundles: every bundle folder under `schemas` ('cases/divorce', 'published/divorce/2025.1/complaint')
// and its bundle's text.
export function formBundles(schemas) {
  const relative = (file) => path.relative(schemas, file).split(path.sep).join('/');
  const folders = AREAS.filter((area) => fs.existsSync(path.join(schemas, area)))
    .flatMap((area) => jsonFilesUnder(path.join(schemas, area)))
    .filter((file) => path.basename(file) === 'case.json')
    .map((file) => relative(path.dirname(file)))
    .sort();
  // A case type's folder holds its forms; a folder inside one that holds a case.json is not a bundle of its own.
  const outermost = folders.filter((folder) => !folders.some((other) => folder.startsWith(`${other}/`)));
  const bundles = new Map();
  for (const folder of outermost) {
    const files = jsonFilesUnder(path.join(schemas, folder)).map((file) => ({
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
  console.log(`form bundles: ${writeFormBundles(schemas, out)} case types and published forms in ${out}`);
}
