/**
 * Accessibility of what the content script adds (issue #6), in both browsers: the claim count is
 * announced through a live region, a claim reached from the keyboard gets a focused dialog named
 * by its statement with visible focus on its controls, axe-core finds no violation in an open
 * tooltip in the light and (with the reader's system set to dark) the dark scheme, reduced motion
 * turns the animation off, and the optional screen-reader mode marks claim paragraphs without
 * changing the text. The dark scheme and reduced motion are set at launch (harness option).
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ExtensionBrowser, TestPage } from './harness/browsers.js';
import { forEachBrowser } from './harness/suite.js';
import { callContent, eventually, updateSettings, waitForClaims } from './content-helpers.js';
import { axeTooltip, chromiumAxTree, inClosedRoot, waitForTooltip } from './content-probe.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function openTooltipFromKeyboard(browser: ExtensionBrowser, page: TestPage): Promise<void> {
  assert.equal(await callContent(browser, 'stepClaim', { direction: 1 }), true);
  await page.bringToFront();
  // Opacity 1: the opening animation, if any, is over (axe judges contrast on what is drawn).
  await waitForTooltip(browser, page, (s) => !!s?.open && s.focused && s.style?.opacity === '1');
}

const tooltipAnimation = (browser: ExtensionBrowser, page: TestPage) =>
  inClosedRoot<string>(browser, page, `(root) => getComputedStyle(root.querySelector('[role="dialog"]')).animationName`);
const tooltipBackground = (browser: ExtensionBrowser, page: TestPage) =>
  inClosedRoot<string>(browser, page, `(root) => getComputedStyle(root.querySelector('[role="dialog"]')).backgroundColor`);

forEachBrowser('accessibility of the page layer', (t) => {
  let page: TestPage;

  before(async () => {
    page = await t.open('article.html');
    await waitForClaims(page, 6);
  });

  const openFromKeyboard = () => openTooltipFromKeyboard(t.browser, page);
  const closeTooltip = async () => {
    await page.press('Escape');
    await waitForTooltip(t.browser, page, (s) => s?.open === false);
  };

  test('a live region announces how many claims the page holds', async () => {
    const state = await waitForTooltip(t.browser, page, (s) => !!s?.live);
    assert.equal(state!.live, 'Sourcelight found 5 claims on this page.');
    if (t.name === 'chromium') {
      const tree = await chromiumAxTree(page);
      assert.ok(tree.some((node) => node.role === 'status'), 'a status region is in the accessibility tree');
      assert.ok(tree.some((node) => node.role === 'StaticText' && node.name === state!.live), 'its text is in the accessibility tree');
    }
  });

  test('from the keyboard: a focused dialog named by its statement, with visible focus on its controls', async () => {
    await openFromKeyboard();
    if (t.name === 'chromium') {
      const tree = await chromiumAxTree(page);
      const dialog = tree.find((node) => node.role === 'dialog');
      assert.ok(dialog && /Kislyak reported to his superiors/.test(dialog.name), `dialog named by the statement: ${JSON.stringify(dialog)}`);
    }
    await page.press('Tab');
    const focus = await inClosedRoot<{ tag: string; label: string | null; outline: string; width: string }>(
      t.browser,
      page,
      `(root) => { const el = root.activeElement; const style = getComputedStyle(el); return { tag: el.localName, label: el.getAttribute('aria-label'), outline: style.outlineStyle, width: style.outlineWidth }; }`,
    );
    assert.equal(focus!.tag, 'button');
    assert.equal(focus!.label, 'Close');
    assert.notEqual(focus!.outline, 'none');
    assert.ok(parseFloat(focus!.width) >= 2, `outline ${focus!.width}`);
    await page.press('Escape');
    await waitForTooltip(t.browser, page, (s) => s?.open === false);
  });

  test('axe-core finds no violation in an open tooltip (light scheme)', async () => {
    await openFromKeyboard();
    assert.equal(await tooltipBackground(t.browser, page), 'rgb(255, 255, 255)', 'the light palette');
    assert.deepEqual(await axeTooltip(t.browser, page, AXE), []);
    await closeTooltip();
  });

  test('the tooltip animates when the reader has not asked for reduced motion', async () => {
    await openFromKeyboard();
    assert.equal(await tooltipAnimation(t.browser, page), 'sl-in');
    await closeTooltip();
  });

  test('screen-reader mode marks claim paragraphs, off again it leaves no trace', async () => {
    const described = () =>
      page.evaluate(() => [...document.querySelectorAll('[aria-description]')].map((element) => element.getAttribute('aria-description')!));
    assert.deepEqual(await described(), [], 'off by default');
    await updateSettings(t.browser, { screenReaderMode: true });
    const marks = await eventually(described, (all) => all.length === 6, 'six claim blocks marked');
    assert.ok(marks.every((mark) => mark.startsWith('Sourcelight: this paragraph states a claim (')), JSON.stringify(marks));
    assert.equal(await page.evaluate(() => (window as unknown as { fixtureBaseline: { innerText: string } }).fixtureBaseline.innerText === document.body.innerText), true);
    if (t.name === 'chromium') {
      const tree = await chromiumAxTree(page);
      assert.ok(tree.some((node) => node.description.startsWith('Sourcelight: this paragraph states a claim')), 'screen readers get the description');
    }
    await updateSettings(t.browser, { screenReaderMode: false });
    await eventually(described, (all) => all.length === 0, 'marks removed');
  });
});

// The reader's system asks for a dark scheme and reduced motion: set at launch in both browsers
// (Chromium emulates the media features, Firefox reads them from its prefs).
forEachBrowser(
  'accessibility of the page layer, dark scheme and reduced motion',
  (t) => {
    let page: TestPage;

    before(async () => {
      page = await t.open('article.html');
      await waitForClaims(page, 6);
    });

    test('axe-core finds no violation (contrast included) in an open tooltip drawn in the dark palette', async () => {
      await openTooltipFromKeyboard(t.browser, page);
      assert.equal(await tooltipBackground(t.browser, page), 'rgb(27, 27, 31)', 'the dark palette');
      assert.deepEqual(await axeTooltip(t.browser, page, AXE), []);
      await page.press('Escape');
      await waitForTooltip(t.browser, page, (s) => s?.open === false);
    });

    test('the tooltip does not animate', async () => {
      await openTooltipFromKeyboard(t.browser, page);
      assert.equal(await tooltipAnimation(t.browser, page), 'none');
      await page.press('Escape');
      await waitForTooltip(t.browser, page, (s) => s?.open === false);
    });
  },
  { launch: { colorScheme: 'dark', reducedMotion: true } },
);
