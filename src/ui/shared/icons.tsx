/**
 * Small line icons (16 px grid, currentColor) for sourcing kinds and claim statuses, so every
 * chip carries a shape as well as a label and never relies on colour. Decorative: the chip's
 * text names the kind, so icons are hidden from assistive technology.
 */
import type { ClaimStatus } from '../../core/claims/schema.js';
import type { SourcingKind } from '../../core/sourcing-kinds.js';

const KIND_PATHS: Readonly<Record<SourcingKind, string>> = {
  // A head and shoulders with a question mark: someone unnamed.
  anonymous: 'M6 5.5a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0M3.5 14c.6-2.6 2.6-4 5-4s4.4 1.4 5 4M1.5 2.5c.2-1 1-1.5 1.8-1.5c1 0 1.7.7 1.7 1.5c0 1.2-1.5 1.2-1.5 2.3M3.5 6.3v.2',
  // An antenna with radio waves: intercepted communications.
  intercept: 'M8 8v7M6 15h4M6.2 6.2a2.5 2.5 0 0 1 3.6 0M4.4 4.4a5 5 0 0 1 7.2 0M2.6 2.6a7.5 7.5 0 0 1 10.8 0',
  // A page with a folded corner and lines of text: documents and records.
  document: 'M3.5 1.5h6l3 3v10h-9zM9.5 1.5v3h3M5.5 8h5M5.5 10.5h5M5.5 13h3',
  // A microphone: a named person speaking on the record.
  'on-record': 'M6 2.5a2 2 0 0 1 4 0v4a2 2 0 0 1 -4 0zM3.5 6.5a4.5 4.5 0 0 0 9 0M8 11v3.5M5.5 14.5h5',
  // A speech bubble with a cross: a denial or dispute.
  denial: 'M2 2.5h12v8.5h-6.5l-3.5 3v-3h-2zM6 4.8l4 4M10 4.8l-4 4',
  // A forward arrow out of a box: reporting relayed from another outlet.
  relayed: 'M9.5 2.5h4v4M13.5 2.5l-6 6M11.5 9.5v4h-9v-9h4',
};

const STATUS_PATHS: Readonly<Record<ClaimStatus, string>> = {
  confirmed: 'M2 8a6 6 0 1 0 12 0a6 6 0 1 0 -12 0M5 8.2l2 2l4-4.4',
  disputed: 'M2.5 5.5h9l-2.5-2.5M13.5 10.5h-9l2.5 2.5',
  unverified: 'M2 8a6 6 0 1 0 12 0a6 6 0 1 0 -12 0M6.2 6.3c.1-1 .9-1.8 1.9-1.8s1.9.8 1.9 1.8c0 1.5-1.9 1.5-1.9 2.9M8 11.2v.3',
  denied: 'M2 8a6 6 0 1 0 12 0a6 6 0 1 0 -12 0M4.8 8h6.4',
  false: 'M2 8a6 6 0 1 0 12 0a6 6 0 1 0 -12 0M5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8',
};

function Icon({ path, className }: { path: string; className: string | undefined }) {
  return (
    <svg
      class={className ? `sl-icon ${className}` : 'sl-icon'}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width="1.5"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <path d={path} />
    </svg>
  );
}

export function KindIcon({ kind, className }: { kind: SourcingKind; className?: string }) {
  return <Icon path={KIND_PATHS[kind]} className={className} />;
}

export function StatusIcon({ status, className }: { status: ClaimStatus; className?: string }) {
  return <Icon path={STATUS_PATHS[status]} className={className} />;
}
