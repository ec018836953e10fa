/**
 * Stops the extension's MV3 service worker in Chromium through the DevTools protocol's
 * ServiceWorker domain, the way the browser stops an idle worker, and tells whether it runs:
 * tests use it to prove per-tab state and settings survive a restart.
 */
import type { CDPSession } from 'playwright';
import { whenReachable } from '../../../src/platform/patient-call.js';
import type { ServiceWorkerControl } from './browsers.js';

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

const TIMEOUT = 10_000;
const pause = () => new Promise((wait) => setTimeout(wait, 25));

/**
 * `open` gives a CDP session on any page of the profile (the ServiceWorker domain is per profile);
 * `answer` sends the background a message and resolves with its reply.
 */
export function serviceWorkerControl(origin: string, open: () => Promise<CDPSession>, answer: () => Promise<unknown>): ServiceWorkerControl {
  const versions = new Map<string, WorkerVersion>();
  let session: Promise<CDPSession> | undefined;
  // A worker stopped before its first run registered its listeners is never woken by a message
  // again (Chromium records which events wake it as the script adds them): before the first
  // stop, wait for its first answer, as an idle worker the browser stops has long given one.
  let firstAnswer: Promise<unknown> | undefined;
  const connect = () =>
    (session ??= open().then(async (cdp) => {
      cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: WorkerVersion[] }) => {
        for (const version of event.versions) if (version.scriptURL.startsWith(`${origin}/`)) versions.set(version.versionId, version);
      });
      await cdp.send('ServiceWorker.enable');
      // Enabling reports the current versions; wait for ours before anything else.
      const deadline = Date.now() + TIMEOUT;
      while (versions.size === 0) {
        if (Date.now() > deadline) throw new Error(`no service worker registered for ${origin}`);
        await pause();
      }
      return cdp;
    }));
  const statuses = () => [...versions.values()].map((version) => version.runningStatus);
  const until = async (done: () => boolean, what: string) => {
    const deadline = Date.now() + TIMEOUT;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`the service worker did not ${what} (status: ${statuses().join(', ')})`);
      await pause();
    }
  };

  return {
    async stop() {
      await (firstAnswer ??= whenReachable(answer));
      const cdp = await connect();
      // A worker still starting ignores stopWorker, and one woken by a late event runs again:
      // ask again until every version reports stopped.
      const stopAll = async () => {
        for (const version of versions.values()) {
          if (version.runningStatus !== 'stopped') await cdp.send('ServiceWorker.stopWorker', { versionId: version.versionId });
        }
      };
      await stopAll();
      let asked = Date.now();
      await until(() => {
        if (Date.now() - asked > 500) {
          asked = Date.now();
          void stopAll().catch(() => undefined);
        }
        return statuses().every((status) => status === 'stopped');
      }, 'stop');
    },
    async wake() {
      await answer();
    },
    async running() {
      await connect();
      return statuses().includes('running');
    },
    async untilRunning() {
      await connect();
      await until(() => statuses().includes('running'), 'report running');
    },
  };
}
