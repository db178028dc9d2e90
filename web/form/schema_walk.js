// Reading a case form's JSON Schema to draw the form: which fields an object
// has, what kind of value each takes, which branch of an if/then/else applies
// to the data as it stands (a party is a person or an organisation). This is
// not validation — the engine does that — only enough of the schema to know
// what to show.
//
//   const walker = new SchemaWalker(caseForm.schema, caseForm.shared);
//   const view = walker.view(walker.root, value);   // {schema, properties: [[name, node]], required, …}
//   const child = view.properties.get('name');      // a node: {schema, base}
//   view.dormant                                     // names only a branch that does not apply asks for
//
// A node is a subschema with the URI it was found under (for relative $refs).

export class SchemaWalker {
  constructor(rootSchema, shared = {}) {
    this.documents = new Map();
    for (const [id, document] of Object.entries(shared)) this.documents.set(stripFragment(id), document);
    const rootId = stripFragment(rootSchema.$id ?? 'urn:yaosu:root');
    this.documents.set(rootId, rootSchema);
    this.root = { schema: rootSchema, base: rootId };
  }

  // resolve: the node with its $ref chain followed; keywords beside a $ref
  // (a title, say) win over the target's.
  resolve(node, seen = new Set()) {
    let { schema, base } = node;
    if (typeof schema !== 'object' || schema === null) return { schema: {}, base };
    if (schema.$id) base = stripFragment(new URL(schema.$id, base).href);
    if (typeof schema.$ref !== 'string') return { schema, base };
    const target = new URL(schema.$ref, base).href;
    if (seen.has(target)) return { schema: {}, base };
    seen.add(target);
    const [documentUri, fragment = ''] = target.split('#');
    const document = this.documents.get(documentUri);
    const found = document === undefined ? undefined : pointerGet(document, decodeURIComponent(fragment));
    const { $ref, ...siblings } = schema;
    const resolved = this.resolve({ schema: found ?? {}, base: documentUri }, seen);
    return { schema: { ...resolved.schema, ...siblings, $ref: undefined }, base: resolved.base };
  }

  // view: what the node means for `value` — its own keywords merged with
  // those of every allOf member and of the if/then/else branch that applies.
  view(node, value) {
    const parts = [];
    const inactive = [];
    this.collect(node, value, parts, 0, inactive);
    const view = { schema: {}, properties: new Map(), required: new Set(), items: null, dormant: new Set() };
    for (const { schema, base } of parts) {
      for (const [name, sub] of Object.entries(schema.properties ?? {})) {
        if (!view.properties.has(name)) view.properties.set(name, []);
        view.properties.get(name).push({ schema: sub, base });
      }
      for (const name of schema.required ?? []) view.required.add(name);
      if (schema.items && !view.items) view.items = { schema: schema.items, base };
      for (const [keyword, keywordValue] of Object.entries(schema)) {
        if (!(keyword in view.schema) && keywordValue !== undefined) view.schema[keyword] = keywordValue;
      }
    }
    // dormant: asked for only by a branch the data is not in (外币名称 while the currency is 人民币).
    for (const name of inactive) if (!view.required.has(name)) view.dormant.add(name);
    return view;
  }

  // leaf: the merged keywords of a property's nodes (a property may be named
  // by the base schema and again by a branch).
  leaf(nodes, value) {
    const merged = { schema: {}, properties: new Map(), required: new Set(), items: null, dormant: new Set() };
    for (const node of nodes) {
      const view = this.view(node, value);
      for (const [keyword, keywordValue] of Object.entries(view.schema)) {
        if (!(keyword in merged.schema)) merged.schema[keyword] = keywordValue;
      }
      for (const [name, list] of view.properties) {
        merged.properties.set(name, [...(merged.properties.get(name) ?? []), ...list]);
      }
      for (const name of view.required) merged.required.add(name);
      for (const name of view.dormant) merged.dormant.add(name);
      merged.items ??= view.items;
    }
    return merged;
  }

  // collect: the node's parts that apply to `value`; `inactive` gets the names
  // the branches that do not apply would require.
  collect(node, value, parts, depth, inactive = []) {
    if (depth > 32) return;
    const resolved = this.resolve(node);
    parts.push(resolved);
    const { schema, base } = resolved;
    for (const member of schema.allOf ?? []) this.collect({ schema: member, base }, value, parts, depth + 1, inactive);
    if (schema.if !== undefined) {
      const holds = this.holds({ schema: schema.if, base }, value);
      const branch = holds ? schema.then : schema.else;
      const other = this.resolve({ schema: holds ? schema.else : schema.then, base }).schema;
      inactive.push(...(Array.isArray(other.required) ? other.required : []));
      if (branch !== undefined) this.collect({ schema: branch, base }, value, parts, depth + 1, inactive);
    }
  }

  // holds: whether `value` meets the simple conditions the forms' if-clauses
  // use (const, enum, type, required, properties); anything else counts as met.
  holds(node, value, depth = 0) {
    if (depth > 16) return true;
    const { schema, base } = this.resolve(node);
    if ('const' in schema && !sameValue(schema.const, value)) return false;
    if (Array.isArray(schema.enum) && !schema.enum.some((option) => sameValue(option, value))) return false;
    if (typeof schema.type === 'string' && !hasType(value, schema.type)) return false;
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    if (!isObject) return true;
    if ((schema.required ?? []).some((name) => !(name in value))) return false;
    for (const [name, sub] of Object.entries(schema.properties ?? {})) {
      if (name in value && !this.holds({ schema: sub, base }, value[name], depth + 1)) return false;
    }
    return true;
  }
}

function stripFragment(uri) {
  return uri.split('#')[0];
}

// pointerGet: the value at a JSON Pointer (RFC 6901) in `document`, or undefined.
export function pointerGet(document, pointer) {
  if (pointer === '') return document;
  let current = document;
  for (const token of pointerTokens(pointer)) {
    if (typeof current !== 'object' || current === null || !(token in current)) return undefined;
    current = current[token];
  }
  return current;
}

export function pointerTokens(pointer) {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function pointerJoin(pointer, token) {
  return `${pointer}/${String(token).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

// pointerSet: put `value` at `pointer` in `document`, creating objects on the
// way; undefined removes it. Returns the (possibly new) document.
export function pointerSet(document, pointer, value) {
  const tokens = pointerTokens(pointer);
  if (tokens.length === 0) return value === undefined ? {} : value;
  let current = document;
  for (const [index, token] of tokens.slice(0, -1).entries()) {
    if (typeof current[token] !== 'object' || current[token] === null) {
      current[token] = /^\d+$/.test(tokens[index + 1]) ? [] : {};
    }
    current = current[token];
  }
  const last = tokens[tokens.length - 1];
  if (value !== undefined) current[last] = value;
  else if (Array.isArray(current)) current.splice(Number(last), 1);
  else delete current[last];
  return document;
}

function sameValue(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

function hasType(value, type) {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'null':
      return value === null;
    default:
      return true;
  }
}
