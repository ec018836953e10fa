/**
 * Debian's Firefox ESR under puppeteer-core (WebDriver BiDi), with the extension installed as a
 * temporary add-on. Puppeteer's profile already turns off most of Firefox's own traffic; the
 * prefs below silence the rest, so the network observer sees only what pages and the
 * extension ask for.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import type { ExtensionBrowser, LauncherSettings } from './browsers.js';
import { evaluateWithApi, gotoExtensionPage, wrapPuppeteer, type TestPage } from './page.js';

export const FIREFOX_BIN = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'sourcelight@sourcelight.dev';
/** Fixed so `moz-extension://UUID/popup.html` is predictable. */
export const FIREFOX_UUID = '6f1d3c2e-5b7a-4e21-9c4d-8a0b1e2f3c4d';

/** A port Firefox refuses to connect to: services pointed here stay on the machine. */
const NOWHERE = 'http://localhost:9/';

const QUIET_PREFS: Record<string, string | number | boolean> = {
  // Remote Settings (blocklists, translations, suggestions): its server pref is honoured only
  // with MOZ_REMOTE_SETTINGS_DEVTOOLS=1, set in the environment below.
  'services.settings.server': `${NOWHERE}v1`,
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'app.update.auto': false,
  'app.update.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.topsites.contile.enabled': false,
  'browser.translations.enable': false,
  'browser.urlbar.speculativeConnect.enabled': false,
  'dom.push.connection.enabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'geo.provider.network.url': '',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.predictor.enabled': false,
  'network.prefetch-next': false,
  'network.trr.mode': 5,
  'security.OCSP.enabled': 0,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.server': NOWHERE,
};

/**
 * Media features as the reader's system would set them: puppeteer's per-page media emulation
 * needs CDP, which Firefox over BiDi lacks, so they are prefs read at launch.
 */
function mediaPrefs(options: Pick<LauncherSettings, 'colorScheme' | 'reducedMotion'>): Record<string, string | number | boolean> {
  const dark = options.colorScheme === 'dark';
  return {
    'ui.systemUsesDarkTheme': dark ? 1 : 0,
    // 0 dark, 1 light: what pages (and extension pages) see, whatever the browser theme.
    'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1,
    'ui.prefersReducedMotion': options.reducedMotion ? 1 : 0,
  };
}

function proxyPrefs(port: number): Record<string, string | number | boolean> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    // Without this Firefox never sends 127.0.0.1 and localhost through a proxy.
    'network.proxy.allow_hijacking_localhost': true,
  };
}

export async function launchFirefox(options: LauncherSettings): Promise<ExtensionBrowser> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BIN,
    headless: options.headless,
    defaultViewport: { width: 1280, height: 800 },
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      ...QUIET_PREFS,
      ...mediaPrefs(options),
      ...(options.proxyPort ? proxyPrefs(options.proxyPort) : {}),
    },
    args: ['--remote-allow-system-access'],
  });
  try {
    await browser.installExtension(options.dist);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const origin = `moz-extension://${FIREFOX_UUID}`;
  const openExtensionPage = async (path: string): Promise<TestPage> => {
    const raw = await browser.newPage();
    await gotoExtensionPage(raw, `${origin}/${path}`);
    return wrapPuppeteer(raw);
  };
  // The control tab runs the harness's extension API calls, opened on first use (see chromium.ts).
  let control: Promise<TestPage> | undefined;
  const controlPage = () => (control ??= openExtensionPage('options.html'));

  return {
    name: 'firefox',
    origin,
    openPage: async (url) => {
      const page = wrapPuppeteer(await browser.newPage());
      await page.goto(url);
      return page;
    },
    openExtensionPage,
    inExtension: async (fn, arg) => evaluateWithApi(await controlPage(), fn, arg),
    serviceWorker: null,
    close: () => browser.close(),
  };
}
