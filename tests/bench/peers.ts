/**
 * Peers for the same job, fetched from npm with `npm pack` into tests/.tmp/peers
 * and minified with esbuild the same way, then gzipped like our own scripts:
 * @inboxsdk/core (its content-script bundle and the page-world script it injects)
 * and gmail-js with the jQuery it needs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { tmpDir } from '../harness/paths';

const PEERS = ['@inboxsdk/core', 'gmail-js', 'jquery'];

export const gzipKB = (text: string | Buffer) => gzipSync(text, { level: 9 }).length / 1024;

function unpacked(dir: string, name: string): { dir: string; version: string } {
  const tarball = readdirSync(dir).find((file) => file.startsWith(`${name.replace('@', '').replace('/', '-')}-`) && file.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack gave no tarball for ${name}`);
  const target = path.join(dir, tarball.replace(/\.tgz$/, ''));
  if (!existsSync(target)) {
    mkdirSync(target);
    spawnSync('tar', ['xzf', path.join(dir, tarball), '-C', target], { stdio: 'inherit' });
  }
  const pkg = JSON.parse(readFileSync(path.join(target, 'package', 'package.json'), 'utf8')) as { version: string };
  return { dir: path.join(target, 'package'), version: pkg.version };
}

const minified = async (file: string) => (await transform(readFileSync(file, 'utf8'), { minify: true, legalComments: 'none' })).code;

export async function peerSizes() {
  const dir = path.join(tmpDir, 'peers');
  mkdirSync(dir, { recursive: true });
  if (readdirSync(dir).filter((file) => file.endsWith('.tgz')).length < PEERS.length) {
    const packed = spawnSync('npm', ['pack', '--silent', ...PEERS], { cwd: dir, encoding: 'utf8' });
    if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
  }
  const inbox = unpacked(dir, '@inboxsdk/core');
  const gmail = unpacked(dir, 'gmail-js');
  const jquery = unpacked(dir, 'jquery');
  const inboxContent = await minified(path.join(inbox.dir, 'inboxsdk.js'));
  const inboxPage = await minified(path.join(inbox.dir, 'pageWorld.js'));
  const gmailJs = await minified(path.join(gmail.dir, 'src', 'gmail.js'));
  const jq = await minified(path.join(jquery.dir, 'dist', 'jquery.js'));
  return {
    inboxsdk: { version: inbox.version, contentKB: gzipKB(inboxContent), pageWorldKB: gzipKB(inboxPage), totalKB: gzipKB(inboxContent) + gzipKB(inboxPage) },
    gmailJs: { version: gmail.version, jqueryVersion: jquery.version, gmailKB: gzipKB(gmailJs), jqueryKB: gzipKB(jq), totalKB: gzipKB(gmailJs) + gzipKB(jq) },
  };
}
