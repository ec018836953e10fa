/**
 * Form controls shared by the popup and the options page. Native inputs under the hood, so
 * keyboard use, focus and screen-reader semantics come from the browser.
 */
import type { ComponentChildren } from 'preact';

export function Switch(props: { checked: boolean; disabled?: boolean; onChange: (checked: boolean) => void; children: ComponentChildren; describedBy?: string; testId?: string }) {
  return (
    <label class="sl-switch">
      <input
        type="checkbox"
        role="switch"
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={props.describedBy}
        data-testid={props.testId}
        onChange={(event) => props.onChange((event.currentTarget as HTMLInputElement).checked)}
      />
      <span class="sl-switch-track" aria-hidden="true" />
      <span class="sl-switch-label">{props.children}</span>
    </label>
  );
}

export interface Choice<T extends string> {
  value: T;
  label: string;
  help?: string;
}

export function RadioGroup<T extends string>(props: { name: string; legend: string; value: T; choices: Choice<T>[]; onChange: (value: T) => void }) {
  return (
    <fieldset class="sl-radio-group">
      <legend>{props.legend}</legend>
      {props.choices.map((choice) => (
        <label class="sl-radio" key={choice.value}>
          <input
            type="radio"
            name={props.name}
            value={choice.value}
            checked={props.value === choice.value}
            onChange={() => props.onChange(choice.value)}
          />
          <span>
            <span class="sl-radio-label">{choice.label}</span>
            {choice.help ? <span class="sl-help">{choice.help}</span> : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** Only http(s) addresses become links, opened without giving the target a handle on us. */
export function ExternalLink({ href, children }: { href: string; children: ComponentChildren }) {
  let safe = false;
  try {
    const protocol = new URL(href).protocol;
    safe = protocol === 'http:' || protocol === 'https:';
  } catch {
    safe = false;
  }
  if (!safe) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
