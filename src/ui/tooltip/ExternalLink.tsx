/**
 * A link out of the page to an address from a claim pack: only http(s) addresses become links
 * (anything else, such as `javascript:`, renders as plain text), always in a new tab with no
 * opener and no referrer.
 */
import type { ComponentChildren } from 'preact';

export function safeHttpUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function ExternalLink({ href, children }: { href: string | undefined; children: ComponentChildren }) {
  const url = safeHttpUrl(href);
  if (!url) return <span>{children}</span>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
