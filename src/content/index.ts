/**
 * Content-script entry: one ContentApp per frame (the manifest runs it in every frame, each
 * frame reporting itself). Marks its start for the bench's instrumented build.
 */
import { browser } from '../platform/browser.js';
import { configureI18n } from '../ui/shared/i18n.js';
import { ContentApp } from './app.js';
import { benchMark } from './bench-marks.js';

benchMark('start');
configureI18n({ lookup: (key, substitutions) => browser.i18n.getMessage(key, substitutions), locale: browser.i18n.getUILanguage() });
const lifetime = new AbortController();
new ContentApp(document, window, lifetime.signal).start().catch(() => lifetime.abort());
