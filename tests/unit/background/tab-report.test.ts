import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings.js';
import { buildTabReport, emptyProfile, mergeProfiles } from '../../../src/background/tab-report.js';
import type { TabRecord } from '../../../src/background/tab-record.js';
import type { ClaimView, FoundClaim } from '../../../src/platform/messages.js';

const view = (id: string): ClaimView => ({
  id,
  statement: `Database statement of ${id}`,
  status: 'disputed',
  involved: [],
  sources: [],
  related: [],
  appearances: [],
  packId: 'bundled:x',
  packName: 'X',
});
const found = (id: string, extra: Partial<FoundClaim> = {}): FoundClaim => ({
  id,
  statement: 'whatever the frame says',
  status: 'confirmed',
  score: 0.8,
  confidence: 'confident',
  anchored: true,
  sentence: 'A sentence.',
  ...extra,
});
const record = (frames: Record<string, FoundClaim[]>, url = 'https://news.example/a'): TabRecord => ({
  url,
  topGeneration: 1,
  frames: Object.fromEntries(Object.entries(frames).map(([id, claims]) => [id, { url, generation: 1, claims, profile: emptyProfile(), receivedAt: 0 }])),
});
const settings = (patch: Partial<Settings> = {}): Settings => ({ ...structuredClone(DEFAULT_SETTINGS), ...patch }) as Settings;
const known = new Map(['a', 'b', 'c'].map((id) => [id, view(id)]));
const context = (patch: Partial<Settings> = {}) => ({ settings: settings(patch), getClaim: (id: string) => known.get(id) });

describe('buildTabReport', () => {
  it('takes what a claim says from the database, never from the frame, and drops unknown ids', () => {
    const report = buildTabReport(1, record({ 0: [found('a'), found('forged')] }), context());
    assert.deepEqual(report.claims.map((c) => c.id), ['a']);
    assert.equal(report.claims[0]!.statement, 'Database statement of a');
    assert.equal(report.claims[0]!.status, 'disputed');
    assert.deepEqual(Object.keys(report.claimViews), ['a']);
  });

  it('lists each claim once across frames, preferring a painted sentence, and says which frame has it', () => {
    const report = buildTabReport(1, record({ 0: [found('a', { anchored: false })], 4: [found('a', { score: 0.7 }), found('b')] }), context());
    assert.deepEqual(report.claims.map((c) => [c.id, c.anchored, c.frameId]), [
      ['a', true, 4],
      ['b', true, 4],
    ]);
  });

  it('hides possible matches unless the reader asked for them', () => {
    const frames = { 0: [found('a'), found('b', { confidence: 'possible' })] };
    assert.deepEqual(buildTabReport(1, record(frames), context()).claims.map((c) => c.id), ['a']);
    assert.deepEqual(buildTabReport(1, record(frames), context({ confidence: 'possible' })).claims.map((c) => c.id), ['a', 'b']);
  });

  it('marks a tab paused when its site is', () => {
    assert.equal(buildTabReport(1, record({ 0: [] }), context({ pausedSites: ['news.example'] })).paused, true);
    assert.equal(buildTabReport(1, record({ 0: [] }), context({ pausedSites: ['other.example'] })).paused, false);
  });
});

describe('mergeProfiles', () => {
  it('sums counts and weighs the unnamed share by attributed sentences; signals appear once', () => {
    const top = { ...emptyProfile(), sentences: 10, attributed: 8, unnamedShare: 0.5, signals: [{ name: 'Anonymous Sources Cited', explanation: 'top' }] };
    top.counts.anonymous = 4;
    const frame = { ...emptyProfile(), sentences: 4, attributed: 2, unnamedShare: 0, signals: [{ name: 'Anonymous Sources Cited', explanation: 'frame' }] };
    frame.counts['on-record'] = 2;
    const merged = mergeProfiles([top, frame]);
    assert.equal(merged.sentences, 14);
    assert.equal(merged.attributed, 10);
    assert.equal(merged.counts.anonymous, 4);
    assert.equal(merged.counts['on-record'], 2);
    assert.equal(merged.unnamedShare, 0.4);
    assert.deepEqual(merged.signals, [{ name: 'Anonymous Sources Cited', explanation: 'top' }]);
    assert.equal(mergeProfiles([]).unnamedShare, 0);
  });
});
