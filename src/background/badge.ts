/**
 * The toolbar badge: how many claims were found on a tab, with a title that says it in words
 * (screen readers read the title, not the badge). Per-tab values are reset by the browser when
 * the tab navigates; the next report sets them again.
 */
import { formatNumber, t, tCount } from '../ui/shared/i18n.js';

export interface ActionApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  setBadgeTextColor?(details: { color: string }): Promise<void>;
}

/** White on this blue is 10:1. */
const BADGE_BACKGROUND = '#1F3A5F';
const BADGE_TEXT = '#FFFFFF';

export class Badge {
  constructor(private readonly action: ActionApi) {}

  async init(): Promise<void> {
    await this.action.setBadgeBackgroundColor({ color: BADGE_BACKGROUND }).catch(() => undefined);
    await this.action.setBadgeTextColor?.({ color: BADGE_TEXT }).catch(() => undefined);
  }

  /** Tabs close while we update them: failures for a gone tab are expected and ignored. */
  async show(tabId: number, count: number, paused: boolean): Promise<void> {
    const text = paused || count === 0 ? '' : count > 999 ? '999+' : formatNumber(count);
    const title = paused ? t('badge_paused') : count === 0 ? t('badge_none') : tCount('badge_found', count);
    await Promise.all([
      this.action.setBadgeText({ tabId, text }).catch(() => undefined),
      this.action.setTitle({ tabId, title }).catch(() => undefined),
    ]);
  }
}
