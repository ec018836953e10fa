/** Options page entry. */
import { render } from 'preact';
import { browser } from '../../platform/browser.js';
import { browserConnector } from '../shared/browser-connector.js';
import { configureI18n } from '../shared/i18n.js';
import { OptionsApp } from './options-app.js';

configureI18n({ lookup: (key, substitutions) => browser.i18n.getMessage(key, substitutions), locale: browser.i18n.getUILanguage() });
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('options_title');
const root = document.getElementById('app');
if (root) render(<OptionsApp connector={browserConnector} />, root);
