/** Popup entry: `popup.html?tab=ID` shows tab ID's report, otherwise the active tab's. */
import { render } from 'preact';
import { browser } from '../../platform/browser.js';
import { browserConnector } from '../shared/browser-connector.js';
import { configureI18n } from '../shared/i18n.js';
import { Popup } from './popup-app.js';

function requestedTab(): number | null {
  const raw = new URLSearchParams(location.search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  return Number(raw);
}

async function start(): Promise<void> {
  configureI18n({ lookup: (key, substitutions) => browser.i18n.getMessage(key, substitutions), locale: browser.i18n.getUILanguage() });
  document.documentElement.lang = browser.i18n.getUILanguage();
  document.title = browser.i18n.getMessage('extName');
  const tabId = requestedTab() ?? (await browserConnector.activeTabId());
  const root = document.getElementById('app');
  if (root) render(<Popup connector={browserConnector} tabId={tabId} />, root);
}

void start();
