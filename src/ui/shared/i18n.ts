/**
 * Strings and number/date formatting for every UI. The catalogue is
 * `extension/_locales/en/messages.json`; keys are typed from it. The lookup is injected (the
 * extension pages pass `browser.i18n.getMessage`, unit tests a catalogue reader), so components
 * stay importable in Node without the browser.
 */
export type MessageKey = keyof typeof import('../../../extension/_locales/en/messages.json');

type Lookup = (key: string, substitutions: string[]) => string;

interface Catalogue {
  [key: string]: { message: string; placeholders?: Record<string, { content: string }> };
}

let lookup: Lookup = (key) => key;
let locale = 'en';
/** Intl objects are costly to create (tens of ms the first time): one per kind and locale. */
let formatters: Map<string, Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat> = new Map();

function cached<T extends Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

export function configureI18n(next: { lookup: Lookup; locale: string }): void {
  lookup = next.lookup;
  locale = next.locale;
  formatters = new Map();
}

/** The same substitution rules as `browser.i18n.getMessage`, for tests and mocks. */
export function catalogueLookup(catalogue: Catalogue): Lookup {
  return (key, substitutions) => {
    const entry = catalogue[key];
    if (!entry) return '';
    return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (__, index: string) => substitutions[Number(index) - 1] ?? '');
    });
  };
}

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const text = lookup(key, substitutions.map(String));
  return text || key;
}

/** Picks `<base>_one` or `<base>_other` by the locale's plural rules, with the count formatted. */
export function tCount(base: string, count: number, ...rest: (string | number)[]): string {
  const rule = cached('plural', () => new Intl.PluralRules(locale)).select(count) === 'one' ? 'one' : 'other';
  return t(`${base}_${rule}` as MessageKey, formatNumber(count), ...rest);
}

export function formatNumber(value: number): string {
  return cached('number', () => new Intl.NumberFormat(locale)).format(value);
}

export function formatPercent(share: number): string {
  return cached('percent', () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })).format(share);
}

/** Pack dates are YYYY, YYYY-MM or YYYY-MM-DD; shown as precisely as they are written. */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year) return iso;
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const precision = day ? 'day' : month ? 'month' : 'year';
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month) options.month = 'short';
  if (day) options.day = 'numeric';
  return cached(`date-${precision}`, () => new Intl.DateTimeFormat(locale, options)).format(date);
}
