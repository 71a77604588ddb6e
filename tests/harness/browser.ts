import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { SUPPORTED_HOST_PATTERNS } from '../../lib/sites/hosts';
import { chromeBuildDir, chromiumPath } from './paths';

/**
 * blocked: the browser refuses storage to third-party frames (Playwright's default
 * launch, like a user who blocks third-party cookies). allowed: it does not.
 */
export type StorageMode = 'blocked' | 'allowed';

/** A CRM no site adapter knows, which the tests add under "Your own CRM sites" (tests/fixtures/sites/<this name>). */
export const CUSTOM_CRM_TEST_HOST = 'crm.example-custom.test';

const hostNames = [
  ...SUPPORTED_HOST_PATTERNS.map((pattern) => new URL(pattern.replace('*.', 'wildcard.')).hostname.replace('wildcard.', '*.')),
  CUSTOM_CRM_TEST_HOST,
];

/** Whether the resolver rules below send this host name to the local fixture server. */
export function isMappedToFixtureServer(host: string): boolean {
  return hostNames.some((name) => (name.startsWith('*.') ? host.endsWith(name.slice(1)) : host === name));
}

let defaultDisableFeatures: string | undefined;

/** Playwright's own --disable-features switch, read off a real launch so that it can be swapped exactly. */
async function playwrightDisableFeaturesSwitch(): Promise<string> {
  if (defaultDisableFeatures) return defaultDisableFeatures;
  const probe = await chromium.launchServer({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  const found = probe.process().spawnargs.find((arg) => arg.startsWith('--disable-features='));
  await probe.close();
  if (!found) throw new Error('Playwright launched Chromium without --disable-features; update the harness');
  defaultDisableFeatures = found;
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  userDataDir: string;
  /** Chromium's net-log of this launch, complete once close() has returned. */
  netLogPath: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  serverPort: number;
  storageMode?: StorageMode;
  headless?: boolean;
  /** Reuse a profile, e.g. to show that data survives a browser restart. */
  userDataDir?: string;
  locale?: string;
  extensionDir?: string;
  /** More Chromium switches, for probes (a remote-debugging port for tracing, say). */
  extraArgs?: string[];
}

export async function launchWithExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? chromeBuildDir;
  const userDataDir = options.userDataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'care-profile-')));
  const defaultSwitch = await playwrightDisableFeaturesSwitch();
  const netLogPath = path.join(userDataDir, `net-log-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
  const allowThirdPartyStorage = options.storageMode === 'allowed';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: options.headless ?? true,
    ignoreHTTPSErrors: true,
    locale: options.locale ?? 'en-US',
    viewport: { width: 1400, height: 900 },
    ignoreDefaultArgs: allowThirdPartyStorage ? [defaultSwitch] : [],
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // Supported sites (and the custom CRM) go to the fixture server; every other name fails to resolve, so nothing
      // can reach the internet even if something tried (tests/browser/setup.ts checks that nothing tries).
      `--host-resolver-rules=${[...hostNames.map((host) => `MAP ${host} 127.0.0.1:${options.serverPort}`), 'MAP * ~NOTFOUND'].join(', ')}`,
      `--log-net-log=${netLogPath}`,
      '--ignore-certificate-errors',
      ...(allowThirdPartyStorage
        ? [defaultSwitch.replace(/ThirdPartyStoragePartitioning,?/, '').replace(/,$/, '')]
        : []),
      ...(options.extraArgs ?? []),
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    userDataDir,
    netLogPath,
    close: () => context.close(),
  };
}
