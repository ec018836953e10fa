/**
 * The sourcing vocabulary shared by the claim database (how the original reporting sourced a
 * claim) and the sourcing tagger (how a sentence on the page sources what it says).
 */
export const SOURCING_KINDS = ['anonymous', 'intercept', 'document', 'on-record', 'denial', 'relayed'] as const;

export type SourcingKind = (typeof SOURCING_KINDS)[number];

export function isSourcingKind(value: unknown): value is SourcingKind {
  return typeof value === 'string' && (SOURCING_KINDS as readonly string[]).includes(value);
}
