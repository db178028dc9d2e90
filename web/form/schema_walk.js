// Reading a case form's JSON Schema to draw the form: which fields an object
// has, what kind of value each takes, and — from the engine — which side of
// each if/then/else applies to the data as it stands (a party is a person or
// an organisation). This is not validation: the engine does that, and says
// per element which side each `if` took (the session's `branches`); the
// walker only follows.
//
//   const walker = new SchemaWalker(caseForm.schema, caseForm.shared, (pointer, ifLocation) => state.branch(…));
//   const view = walker.view(node, '/parties/plaintiffs/0');  // the node of a party, at that element
//   const child = view.properties.get('name');      // nodes: [{schema, base, at}]
//   view.dormant                                     // names only a side that does not apply asks for
//
// A node is a subschema with the URI of the resource it is in (for relative
// $refs) and its JSON Pointer there (`at`): together they name an `if` as the
// engine does ("<base>#<at>/if").
//
// Until the engine has checked an element (an element not in the data yet)
// an `if` shows its `then` side: what a "yes" would ask for (thenApplies). A
// pointer of null reads a hypothetical value: no side is taken at all.

// thenApplies: whether the page draws the `then` side of an `if` the engine answered `side` for
// (true, false, or undefined when it has not applied the `if` there).
export function thenApplies(side) {
  return side !== false;
}

export class SchemaWalker {
  // branchOf(instancePointer, ifLocation): true (then), false (else) or undefined (not checked).
  constructor(rootSchema, shared = {}, branchOf = () => undefined) {
    this.documents = new Map();
    for (const [id, document] of Object.entries(shared)) this.documents.set(stripFragment(id), document);
    const rootId = stripFragment(rootSchema.$id ?? 'urn:yaosu:schema:root');
    this.documents.set(rootId, rootSchema);
    this.root = { schema: rootSchema, base: rootId, at: '' };
    this.branchOf = branchOf;
  }

  // resolve: the node with its $ref chain followed; keywords beside a $ref
  // (a title, say) win over the target's.
  resolve(node, seen = new Set()) {
    let { schema, base, at } = node;
    if (typeof schema !== 'object' || schema === null) return { schema: {}, base, at };
    if (schema.$id) {
      base = stripFragment(new URL(schema.$id, base).href);
      at = '';
    }
    if (typeof schema.$ref !== 'string') return { schema, base, at };
    const target = new URL(schema.$ref, base).href;
    if (seen.has(target)) return { schema: {}, base, at };
    seen.add(target);
    const [documentUri, fragment = ''] = target.split('#');
    const document = this.documents.get(documentUri);
    const pointer = decodeURIComponent(fragment);
    const found = document === undefined ? undefined : pointerGet(document, pointer);
    const { $ref, ...siblings } = schema;
    const resolved = this.resolve({ schema: found ?? {}, base: documentUri, at: pointer }, seen);
    return { schema: { ...resolved.schema, ...siblings, $ref: undefined }, base: resolved.base, at: resolved.at };
  }

  // view: what the node means for the element at `pointer` — its own keywords
  // merged with those of every allOf member and of the side of each
  // if/then/else that applies.
  view(node, pointer) {
    const parts = [];
    const inactive = [];
    this.collect(node, pointer, parts, 0, inactive);
    const view = {
      schema: {},
      properties: new Map(),
      required: new Set(),
      items: null,
      prefixItems: null,
      dormant: new Set(),
    };
    for (const { schema, base, at } of parts) {
      for (const [name, sub] of Object.entries(schema.properties ?? {})) {
        if (!view.properties.has(name)) view.properties.set(name, []);
        view.properties.get(name).push({ schema: sub, base, at: pointerJoin(pointerJoin(at, 'properties'), name) });
      }
      for (const name of schema.required ?? []) view.required.add(name);
      if (schema.items && !view.items) view.items = { schema: schema.items, base, at: pointerJoin(at, 'items') };
      if (Array.isArray(schema.prefixItems) && !view.prefixItems) {
        const tuple = pointerJoin(at, 'prefixItems');
        view.prefixItems = schema.prefixItems.map((item, n) => ({ schema: item, base, at: pointerJoin(tuple, n) }));
      }
      for (const [keyword, keywordValue] of Object.entries(schema)) {
        if (!(keyword in view.schema) && keywordValue !== undefined) view.schema[keyword] = keywordValue;
      }
    }
    // dormant: asked for only by a side the data is not on (外币名称 while the currency is 人民币).
    for (const name of inactive) if (!view.required.has(name)) view.dormant.add(name);
    return view;
  }

  // leaf: the merged keywords of a property's nodes (a property may be named
  // by the base schema and again by a branch).
  leaf(nodes, pointer) {
    const merged = { schema: {}, properties: new Map(), required: new Set(), items: null, dormant: new Set() };
    for (const node of nodes) {
      const view = this.view(node, pointer);
      for (const [keyword, keywordValue] of Object.entries(view.schema)) {
        if (!(keyword in merged.schema)) merged.schema[keyword] = keywordValue;
      }
      for (const [name, list] of view.properties) {
        merged.properties.set(name, [...(merged.properties.get(name) ?? []), ...list]);
      }
      for (const name of view.required) merged.required.add(name);
      for (const name of view.dormant) merged.dormant.add(name);
      merged.items ??= view.items;
      merged.prefixItems ??= view.prefixItems;
    }
    return merged;
  }

  // collect: the node's parts that apply at `pointer`; `inactive` gets the
  // names the sides that do not apply would require.
  collect(node, pointer, parts, depth, inactive = []) {
    if (depth > 32) return;
    const resolved = this.resolve(node);
    parts.push(resolved);
    const { schema, base, at } = resolved;
    (schema.allOf ?? []).forEach((member, n) =>
      this.collect(
        { schema: member, base, at: pointerJoin(pointerJoin(at, 'allOf'), n) },
        pointer,
        parts,
        depth + 1,
        inactive,
      ),
    );
    if (schema.if === undefined || pointer === null) return;
    const holds = thenApplies(this.branchOf(pointer, `${base}#${pointerJoin(at, 'if')}`));
    const side = holds ? 'then' : 'else';
    const other = this.resolve({ schema: holds ? schema.else : schema.then, base, at }).schema;
    inactive.push(...(Array.isArray(other.required) ? other.required : []));
    if (schema[side] !== undefined)
      this.collect({ schema: schema[side], base, at: pointerJoin(at, side) }, pointer, parts, depth + 1, inactive);
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
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, token)) return undefined;
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
// way; undefined removes it. Returns the (possibly new) document. Only own
// properties are walked and written, so a key named __proto__ or constructor
// (a draft file may hold one) stays data and never reaches Object.prototype.
export function pointerSet(document, pointer, value) {
  const tokens = pointerTokens(pointer);
  if (tokens.length === 0) return value === undefined ? {} : value;
  let current = document;
  for (const [index, token] of tokens.slice(0, -1).entries()) {
    const next = Object.hasOwn(current, token) ? current[token] : undefined;
    if (typeof next !== 'object' || next === null) {
      putOwn(current, token, /^\d+$/.test(tokens[index + 1]) ? [] : {});
    }
    current = current[token];
  }
  const last = tokens[tokens.length - 1];
  if (value !== undefined) putOwn(current, last, value);
  else if (Array.isArray(current)) current.splice(Number(last), 1);
  else delete current[last];
  return document;
}

// putOwn: `object[key] = value` as an own data property — for __proto__ too,
// where assignment would change the object's prototype instead.
function putOwn(object, key, value) {
  Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
}
