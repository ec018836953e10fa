/**
 * Just enough JSON-LD reading for schema.org ClaimReview as fact-checkers publish it: nodes come
 * alone, in arrays, in `@graph`, or nested in a page's other nodes, may point at each other by
 * `@id`, and write types and values in several equivalent ways.
 */

export type Node = Record<string, unknown>;

export function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `ClaimReview`, `schema:ClaimReview` and `https://schema.org/ClaimReview` are one type. */
export function typesOf(node: Node): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, ''));
}

export function hasType(node: Node, type: string): boolean {
  return typesOf(node).includes(type);
}

/** Every node carrying an `@id`, so references like `{"@id": "#claim-1"}` can be followed. */
export function indexIds(root: unknown): Map<string, Node> {
  const ids = new Map<string, Node>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isNode(value)) {
      if (typeof value['@id'] === 'string' && Object.keys(value).some((k) => k !== '@id')) ids.set(value['@id'], value);
      Object.values(value).forEach(visit);
    }
  };
  visit(root);
  return ids;
}

/** Follows a bare `{"@id": ...}` reference one step; anything else is returned as it is. */
export function deref(value: unknown, ids: ReadonlyMap<string, Node>): unknown {
  if (isNode(value) && typeof value['@id'] === 'string' && Object.keys(value).every((k) => k === '@id' || k === '@type')) {
    return ids.get(value['@id']) ?? value;
  }
  return value;
}

/** Where each node of the wanted type sits (its path) in the document, outermost first. */
export function findNodes(root: unknown, type: string): { path: string; node: Node }[] {
  const found: { path: string; node: Node }[] = [];
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${path}[${i}]`));
    else if (isNode(value)) {
      if (hasType(value, type)) found.push({ path, node: value });
      else for (const [key, child] of Object.entries(value)) visit(child, path ? `${path}.${key}` : key);
    }
  };
  visit(root, '');
  return found;
}

/** A plain text value: a string, a number, `{"@value": ...}`, or the first of a list. */
export function textOf(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first.replace(/\s+/g, ' ').trim() || undefined;
  if (typeof first === 'number' && Number.isFinite(first)) return String(first);
  if (isNode(first) && '@value' in first) return textOf(first['@value']);
  return undefined;
}

export function numberOf(value: unknown): number | undefined {
  const text = textOf(value);
  const n = text === undefined ? NaN : Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/** A person's or organisation's name, whether written as a string or as a node. */
export function nameOf(value: unknown, ids: ReadonlyMap<string, Node>): string | undefined {
  const target = deref(Array.isArray(value) ? value[0] : value, ids);
  return isNode(target) ? textOf(target.name) : textOf(target);
}

/** YYYY-MM-DD from an ISO date or date-time, or any date Date.parse reads; else undefined. */
export function dateOf(value: unknown): string | undefined {
  const text = textOf(value);
  if (!text) return undefined;
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|T|\s)/.exec(text);
  if (iso) return iso[0];
  const time = Date.parse(text);
  if (Number.isNaN(time)) return undefined;
  // Date.parse reads a date written without a zone as local midnight: keep the written day.
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** An http(s) address the pack format accepts, from a string or a node's `url`/`@id`. */
export function urlOf(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  const text = isNode(first) ? (textOf(first.url) ?? textOf(first['@id'])) : textOf(first);
  return text && /^https?:\/\/\S+$/i.test(text) && text.length <= 2048 ? text : undefined;
}

export function hostOf(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/[/?#].*$/, '').replace(/^www\./i, '').toLowerCase();
}
