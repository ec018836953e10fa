/** Stable ids and bounded text for claims made from outside data (ClaimReview imports). */

/** FNV-1a, 32 bits, as 8 hex digits: short, stable ids for reviews without an address. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** Lower-case letters, digits, "." and "-": a valid pack id when non-empty. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 128);
}

/** "https://www.example.org/fact-check/some-claim/" -> "example.org-fact-check-some-claim". */
export function idFromUrl(url: string): string {
  const id = slug(url.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/[?#].*$/, ''));
  if (!id) return `claimreview-${hash(url)}`;
  return id.length <= 128 ? id : `${id.slice(0, 118).replace(/[-.]+$/, '')}-${hash(url)}`;
}

/** Shortens at a word boundary, marking the cut. */
export function fit(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
