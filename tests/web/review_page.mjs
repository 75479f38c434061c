// End to end: the editors' page served by galleyd, in headless Chromium (issue 9).
//
//   node tests/web/review_page.mjs --galleyd build/bin/galleyd --galley build/bin/galley \
//     --artifacts build/web-artifacts
//
// Starts galleyd on a fresh data dir (authentication on), makes tokens with `galleyd token`,
// submits the example article over gRPC (`galley submit`), then in the browser: signs in, claims,
// finds the number span highlighted in both texts, corrects the English (the change shown),
// resolves the rest until the article is approved, while a second browser context watches the
// queue change live; an editor cannot reach the admin page, an admin can; axe-core finds no
// serious or critical violation; screenshots of the queue and the article view go to
// --artifacts. Exit status 0 only if every check passed.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const repo = path.resolve(here, '../..');
const galleyd = args.galleyd || path.join(repo, 'build/bin/galleyd');
const galley = args.galley || path.join(repo, 'build/bin/galley');
const artifacts = args.artifacts || path.join(repo, 'build/web-artifacts');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
fs.mkdirSync(artifacts, { recursive: true });

let checks = 0;
function check(condition, message) {
  assert.ok(condition, message);
  checks++;
}

// ---- galleyd ----
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-web-'));
const portFile = path.join(dataDir, 'ports');
const server = spawn(galleyd, ['--listen=127.0.0.1:0', '--http-listen=127.0.0.1:0', `--data-dir=${dataDir}/data`,
  `--port-file=${portFile}`, '--log-level=warn', '--lease-ms=6000'], { stdio: ['ignore', 'ignore', 'pipe'] });
let serverLog = '';
server.stderr.on('data', (d) => { serverLog += d; });
const stopServer = () => { try { server.kill('SIGTERM'); } catch { /* gone */ } };
process.on('exit', () => { stopServer(); fs.rmSync(dataDir, { recursive: true, force: true }); });

for (let i = 0; i < 200 && !fs.existsSync(portFile); i++) await new Promise((r) => setTimeout(r, 50));
const [grpcPort, httpPort] = fs.readFileSync(portFile, 'utf8').trim().split('\n').map(Number);
assert.ok(grpcPort > 0 && httpPort > 0, `galleyd did not start: ${serverLog}`);
const base = `http://127.0.0.1:${httpPort}`;

const token = (name, role) => execFileSync(galleyd, ['token', 'create', `--data-dir=${dataDir}/data`, '--name', name, '--role', role],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const kim = token('kim', 'editor');
const lee = token('lee', 'editor');
const newsroom = token('newsroom', 'submitter');
const admin = fs.readFileSync(path.join(dataDir, 'data/admin.token'), 'utf8').trim();

// The newsroom submits over gRPC.
execFileSync(galley, ['submit', path.join(repo, 'examples/article.ko.txt'), path.join(repo, 'examples/article.en.txt'),
  '--server', `127.0.0.1:${grpcPort}`, '--external-id', 'seoul-housing', '--desk', 'city'],
{ env: { ...process.env, GALLEY_TOKEN: newsroom }, stdio: 'ignore' });

// ---- The browser ----
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
const requests = [];
async function signedIn(secret, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => { throw new Error(`page error: ${e.message}`); });
  await page.goto(`${base}/`);
  await page.getByLabel('Token').fill(secret);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#view-queue:not([hidden])').waitFor();
  return page;
}

async function axe(page, what) {
  // axe-core injected into a copy of the page that bypasses the CSP (the page itself allows only
  // its own scripts).
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
  const copy = await context.newPage();
  await copy.goto(page.url());
  await copy.evaluate((t) => sessionStorage.setItem('galley.token', t), await page.evaluate(() => sessionStorage.getItem('galley.token')));
  await copy.reload();
  await copy.locator('main section:not([hidden])').first().waitFor();
  await copy.waitForTimeout(300);
  await copy.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await copy.evaluate(async () => window.axe.run(document, { resultTypes: ['violations'] }));
  await context.close();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  check(bad.length === 0, `${what}: axe-core found ${bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target).join(' ')}`).join('; ')}`);
}

try {
  // Lee watches the queue from the start.
  const watcher = await signedIn(lee);
  const queueRows = () => watcher.locator('#queue-table tbody tr');
  await queueRows().first().waitFor();
  check(await queueRows().count() === 3, 'the queue shows the three flagged pairs');
  check((await watcher.locator('#queue-summary').innerText()).includes('3 open'), 'counts: 3 open');
  check((await watcher.locator('#queue-summary').innerText()).includes('NUMBER_MISMATCH'), 'counts by check');
  await watcher.screenshot({ path: path.join(artifacts, 'queue.png'), fullPage: true });
  await axe(watcher, 'queue view');

  // Kim claims the next task with the keyboard: the most severe, oldest first.
  const editor = await signedIn(kim);
  await editor.keyboard.press('n');
  await editor.locator('#task-panel:not([hidden])').waitFor();
  check((await editor.locator('#task-what').innerText()).includes('NUMBER_MISMATCH'), 'claimed the number task');
  // The number span is highlighted in both texts.
  const current = editor.locator('.pair.current');
  await current.waitFor();
  const koMark = current.locator('.ko mark');
  const enMark = current.locator('.en mark');
  check((await koMark.allInnerTexts()).some((t) => t.includes('1만2천')), 'Korean 1만2천 is highlighted');
  check((await enMark.allInnerTexts()).some((t) => t.includes('1,200')), 'English 1,200 is highlighted');
  const markStyle = await enMark.first().evaluate((m) => getComputedStyle(m).backgroundColor);
  check(markStyle !== 'rgba(0, 0, 0, 0)', 'the highlight is visible');
  check((await editor.locator('#findings li.active').innerText()).includes('Korean says 12,000'), 'the finding is listed beside it');
  await editor.screenshot({ path: path.join(artifacts, 'article.png'), fullPage: true });
  await axe(editor, 'article view');

  // The lease (6 s in this test) is renewed while Kim works: after 7 s it has not run out.
  const leaseOf = async (page) => page.evaluate(async (t) => {
    const res = await fetch('/v1/tasks', { headers: { Authorization: `Bearer ${t}` } });
    const list = await res.json();
    return list.tasks.filter((x) => x.holder === 'kim').map((x) => Number(x.lease_expire_time_ms));
  }, kim);
  const firstLease = (await leaseOf(editor))[0];
  for (let i = 0; i < 7; i++) {
    await editor.mouse.move(100 + i * 10, 300);
    await editor.waitForTimeout(1000);
  }
  const laterLease = (await leaseOf(editor))[0];
  check(laterLease > firstLease, `the lease was renewed (${firstLease} -> ${laterLease})`);
  check(!(await editor.locator('#lease-left').innerText()).includes('expired'), 'the countdown has not run out');

  // Lee's queue shows Kim holding it, without a reload.
  await watcher.locator('#queue-table td.holder', { hasText: 'kim' }).waitFor({ timeout: 5000 });
  check(true, 'live: the claim appears in the other browser');

  // j/k move between findings.
  await editor.keyboard.press('j');
  check(await editor.locator('#findings li.active').getAttribute('data-finding') === '1', 'j moves to the next finding');
  await editor.keyboard.press('k');
  check(await editor.locator('#findings li.active').getAttribute('data-finding') === '0', 'k moves back');

  // Correct the English in place; the change is shown before saving.
  await editor.keyboard.press('e');
  const text = editor.getByLabel('Corrected English');
  const before = await text.inputValue();
  check(before.includes('1,200 people'), 'the editor starts from the English of the pair');
  await text.fill(before.replace('1,200', '12,000'));
  check(await editor.locator('#edit-diff del').innerText() === '1,200', 'the diff shows what was removed');
  check(await editor.locator('#edit-diff ins').innerText() === '12,000', 'and what was added');
  await editor.getByRole('button', { name: 'Save correction' }).click();
  await editor.locator('#task-panel[hidden]').waitFor({ state: 'attached' });
  check((await editor.locator('.pair .corrected').first().innerText()).includes('Corrected by kim'), 'the correction is shown in the article');

  // Lee's queue drops the resolved task live.
  await watcher.waitForFunction(() => document.querySelectorAll('#queue-table tbody tr').length === 2, null, { timeout: 5000 });
  check(true, 'live: the resolved task leaves the other browser\'s queue');

  // Filters: names only.
  await watcher.getByLabel('Check').selectOption('NAME');
  await watcher.waitForFunction(() => document.querySelectorAll('#queue-table tbody tr').length === 1, null, { timeout: 5000 });
  check((await watcher.locator('#queue-table tbody').innerText()).includes('NAME_MISMATCH'), 'the check filter keeps name tasks only');
  await watcher.getByLabel('Check').selectOption('');

  // Release gives a task back: claimed, released, queued again with no holder.
  await editor.keyboard.press('n');
  await editor.locator('#task-panel:not([hidden])').waitFor();
  await editor.getByRole('button', { name: 'Release' }).click();
  await editor.locator('#view-queue:not([hidden])').waitFor();
  await editor.waitForFunction(() => [...document.querySelectorAll('#queue-table td.holder')].every((td) => td.textContent === '—'), null, { timeout: 5000 });
  check(true, 'release puts the task back in the queue');
  await editor.goto(`${base}/#/articles/1`);
  await editor.locator('#pairs .pair').first().waitFor();

  // The rest: accept one, dismiss the other as a false alarm, and the article is approved.
  await editor.keyboard.press('n');
  await editor.locator('#task-panel:not([hidden])').waitFor();
  await editor.keyboard.press('a');
  await editor.locator('#task-panel[hidden]').waitFor({ state: 'attached' });
  await editor.keyboard.press('n');
  await editor.locator('#task-panel:not([hidden])').waitFor();
  await editor.keyboard.press('d');
  await editor.getByLabel('Why is this a false alarm?').fill('The reporter confirmed the spelling');
  await editor.getByRole('button', { name: 'Dismiss as false alarm' }).click();
  await editor.locator('#article-state', { hasText: 'approved' }).waitFor({ timeout: 5000 });
  check(true, 'the article is approved when its last task is resolved');
  await watcher.locator('#queue-empty:not([hidden])').waitFor({ timeout: 5000 });
  check(true, 'live: the other browser\'s queue is empty');

  // An editor cannot reach the admin page; an admin can.
  check(await editor.locator('#nav-admin').isHidden(), 'editors have no Admin link');
  await editor.goto(`${base}/#/admin`);
  await editor.locator('#admin-denied:not([hidden])').waitFor();
  check((await editor.locator('#admin-denied').innerText()).includes('for administrators'), 'an editor is refused the admin page');
  check(await editor.locator('#tokens-table tbody tr').count() === 0, 'and sees no tokens');
  const boss = await signedIn(admin);
  await boss.goto(`${base}/#/admin`);
  await boss.locator('#admin-body:not([hidden])').waitFor();
  check(await boss.locator('#tokens-table tbody tr').count() === 4, 'an admin sees the four tokens');
  check((await boss.locator('#suppressions-table tbody').innerText()).includes('The reporter confirmed'), 'and the learned false alarm');
  await axe(boss, 'admin view');

  // Phone width: readable, nothing wider than the screen.
  const phone = await signedIn(kim, { width: 390, height: 844 });
  await phone.goto(`${base}/#/articles/1`);
  await phone.locator('#pairs .pair').first().waitFor();
  const overflow = await phone.evaluate(() => document.scrollingElement.scrollWidth - window.innerWidth);
  check(overflow <= 0, `phone width: the article fits (overflow ${overflow}px)`);
  await phone.screenshot({ path: path.join(artifacts, 'article-phone.png'), fullPage: true });

  // Korean text renders in an installed Korean font (fonts-nanum), not boxes.
  const koFont = await editor.evaluate(async () => {
    await document.fonts.ready;
    return document.fonts.check('16px NanumBarunGothic', '한') || document.fonts.check('16px NanumGothic', '한');
  });
  check(koFont, 'a Nanum font is available for Korean');

  // Everything came from galleyd itself: no CDN.
  const foreign = requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:'));
  check(foreign.length === 0, `requests outside galleyd: ${foreign.join(', ')}`);
} finally {
  await browser.close();
  stopServer();
}
console.log(`review page: ${checks} checks passed; screenshots in ${artifacts}`);
