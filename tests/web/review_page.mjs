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
const servers = [];
process.on('exit', () => {
  for (const s of servers) {
    try { s.process.kill('SIGTERM'); } catch { /* gone */ }
    fs.rmSync(s.dir, { recursive: true, force: true });
  }
});

// A galleyd on a fresh data dir with `leaseMs` leases; the example article submitted over gRPC
// (`galley submit`) by a submitter; editor tokens for kim and lee.
async function startGalleyd(leaseMs) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-web-'));
  const portFile = path.join(dir, 'ports');
  const child = spawn(galleyd, ['--listen=127.0.0.1:0', '--http-listen=127.0.0.1:0', `--data-dir=${dir}/data`,
    `--port-file=${portFile}`, '--log-level=warn', `--lease-ms=${leaseMs}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  const s = { process: child, dir, log: '' };
  servers.push(s);
  child.stderr.on('data', (d) => { s.log += d; });
  for (let i = 0; i < 200 && !fs.existsSync(portFile); i++) await new Promise((r) => setTimeout(r, 50));
  const [grpcPort, httpPort] = fs.readFileSync(portFile, 'utf8').trim().split('\n').map(Number);
  assert.ok(grpcPort > 0 && httpPort > 0, `galleyd did not start: ${s.log}`);
  s.base = `http://127.0.0.1:${httpPort}`;
  const token = (name, role) => execFileSync(galleyd, ['token', 'create', `--data-dir=${dir}/data`, '--name', name, '--role', role],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  s.kim = token('kim', 'editor');
  s.lee = token('lee', 'editor');
  const newsroom = token('newsroom', 'submitter');
  s.admin = fs.readFileSync(path.join(dir, 'data/admin.token'), 'utf8').trim();
  execFileSync(galley, ['submit', path.join(repo, 'examples/article.ko.txt'), path.join(repo, 'examples/article.en.txt'),
    '--server', `127.0.0.1:${grpcPort}`, '--external-id', 'seoul-housing', '--desk', 'city'],
  { env: { ...process.env, GALLEY_TOKEN: newsroom }, stdio: 'ignore' });
  return s;
}

const main = await startGalleyd(60000);
const { base, kim, lee, admin } = main;
const stopServers = () => {
  for (const s of servers) {
    try { s.process.kill('SIGTERM'); } catch { /* gone */ }
  }
};

// ---- The browser ----
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
const requests = [];
const consoleLines = [];
async function signedIn(secret, viewport = { width: 1280, height: 800 }, at = base) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.on('request', (r) => requests.push({ url: r.url(), at }));
  page.on('pageerror', (e) => { throw new Error(`page error: ${e.message}`); });
  page.on('console', (m) => consoleLines.push(`[${secret.slice(0, 8)}] ${m.text()}`));
  await page.goto(`${at}/`);
  await page.getByLabel('Token').fill(secret);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#view-queue:not([hidden])').waitFor();
  return page;
}

// Presses n and waits until the page shows the newly claimed task (the URL names it).
async function claimWithKey(page) {
  const before = page.url();
  await page.keyboard.press('n');
  await page.waitForURL((u) => u.href !== before && /task=\d+/.test(u.href));
  await page.locator('#task-panel:not([hidden])').waitFor();
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
  await claimWithKey(editor);
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
  check(await editor.evaluate(() => document.scrollingElement.scrollWidth <= window.innerWidth),
    '1280x800: the article view fits the width');
  await axe(editor, 'article view');

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
  await claimWithKey(editor);
  await editor.getByRole('button', { name: 'Release' }).click();
  await editor.locator('#view-queue:not([hidden])').waitFor();
  await editor.waitForFunction(() => [...document.querySelectorAll('#queue-table td.holder')].every((td) => td.textContent === '—'), null, { timeout: 5000 });
  check(true, 'release puts the task back in the queue');
  await editor.goto(`${base}/#/articles/1`);
  await editor.locator('#pairs .pair').first().waitFor();

  // The rest: accept one, dismiss the other as a false alarm, and the article is approved.
  await claimWithKey(editor);
  await editor.keyboard.press('a');
  await editor.locator('#task-panel[hidden]').waitFor({ state: 'attached' });
  await claimWithKey(editor);
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

  // The lease is renewed while the editor works (a galleyd of its own with 4 s leases): after
  // 6 s of activity it has not run out.
  const short = await startGalleyd(4000);
  const worker = await signedIn(short.kim, { width: 1280, height: 800 }, short.base);
  await claimWithKey(worker);
  const leaseOf = async () => worker.evaluate(async (t) => {
    const res = await fetch('/v1/tasks', { headers: { Authorization: `Bearer ${t}` } });
    return (await res.json()).tasks.filter((x) => x.holder === 'kim').map((x) => Number(x.lease_expire_time_ms))[0];
  }, short.kim);
  const firstLease = await leaseOf();
  for (let i = 0; i < 6; i++) {
    await worker.mouse.move(100 + i * 10, 300);
    await worker.waitForTimeout(1000);
  }
  const laterLease = await leaseOf();
  check(laterLease > firstLease, `the lease was renewed (${firstLease} -> ${laterLease})`);
  check(!(await worker.locator('#lease-left').innerText()).includes('expired'), 'the countdown has not run out');

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
  const foreign = requests.filter((r) => !r.url.startsWith(r.at) && !r.url.startsWith('data:'));
  check(foreign.length === 0, `requests outside galleyd: ${foreign.map((r) => r.url).join(', ')}`);
} catch (e) {
  // What the pages showed, for the artifacts.
  for (const [i, page] of browser.contexts().flatMap((c) => c.pages()).entries()) {
    await page.screenshot({ path: path.join(artifacts, `failure-${i}.png`), fullPage: true }).catch(() => {});
  }
  const res = await fetch(`${base}/v1/tasks?state=TASK_STATE_UNSPECIFIED`, { headers: { Authorization: `Bearer ${admin}` } }).catch(() => null);
  if (res) console.error('open tasks at failure:', await res.text());
  console.error('the pages said:\n' + consoleLines.join('\n'));
  throw e;
} finally {
  await browser.close();
  stopServers();
}
console.log(`review page: ${checks} checks passed; screenshots in ${artifacts}`);
