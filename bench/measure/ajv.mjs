// ajv on the corpus: Ajv2020 with strict mode off, every error collected (as
// Yaosu's Validate does) and, for the verdict-only line, stopping at the first
// (as IsValid may). Formats: ajv-formats' full set; Yaosu's own formats
// (cn-resident-id and the rest) are left unchecked here, as in the wasm Validator,
// which knows only the standard ones. multipleOf is judged to 1e-9, not by
// floating-point remainder, which would reject 1000.57 as a multiple of 0.01.
import { readFileSync } from 'node:fs';

import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

import { documentsOf, instanceTexts, microsPerItem } from './timing.mjs';

const YAOSU_FORMATS = ['cn-resident-id', 'cn-uscc', 'cn-mobile', 'cn-landline', 'cn-money-yuan'];

function compile(set, allErrors) {
  const ajv = new Ajv2020({ strict: false, allErrors, multipleOfPrecision: 9, logger: false });
  addFormats(ajv);
  for (const name of YAOSU_FORMATS) ajv.addFormat(name, true);
  for (const document of Object.values(documentsOf(set))) ajv.addSchema(document);
  return ajv.compile(JSON.parse(readFileSync(set.schema, 'utf8')));
}

export function measureAjv(manifest, minSeconds) {
  return manifest.sets.map((set) => {
    const validate = compile(set, true);
    const firstError = compile(set, false);
    const texts = instanceTexts(set);
    const instances = texts.map((text) => JSON.parse(text));
    const verdicts = instances.map((instance) => (validate(instance) ? '1' : '0')).join('');
    let sink = 0;
    const validateUs = microsPerItem(instances.length, minSeconds, () => {
      for (const instance of instances) sink += validate(instance) ? 0 : validate.errors.length;
    });
    const isValidUs = microsPerItem(instances.length, minSeconds, () => {
      for (const instance of instances) sink += firstError(instance) ? 1 : 0;
    });
    const textUs = microsPerItem(texts.length, minSeconds, () => {
      for (const text of texts) sink += validate(JSON.parse(text)) ? 1 : 0;
    });
    return {
      name: set.name,
      count: texts.length,
      validate_us: validateUs,
      is_valid_us: isValidUs,
      text_us: textUs,
      verdicts,
      sink,
    };
  });
}
