// Keikka's browser tests: the web build served by the real sync server, driven in Debian's
// headless chromium (playwright-core) on a 390×844 touch screen, checked with axe-core.
//
// Needs `scripts/build-web` (target/web) and the server binary (target/debug). Each test runs in
// a fresh browser profile; screenshots go to target/browser/screenshots. The last line is the
// plain `N passed, N failed` that CI reads.
//
// Usage (from the repository root): node tests/browser/run.mjs [name filter]

import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';

const root = resolve(new URL('../..', import.meta.url).pathname);
const shots = join(root, 'target/browser/screenshots');
mkdirSync(shots, { recursive: true });
const serverBin = process.env.KEIKKA_SERVER_BIN ?? join(root, 'target/debug/keikka-sync-server');
const webDir = process.env.KEIKKA_WEB_DIR ?? join(root, 'target/web');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// ----- The real server -----

/**
 * The server on `port` (0: any) over `db`, seeding the demo unit first when `demo` (which also
 * prints fresh codes and so voids the earlier ones); resolves with its URL and the codes.
 */
function startServer(db, port, demo = false) {
  const args = [...(demo ? ['demo'] : ['serve']), '--db', db, '--listen', `127.0.0.1:${port}`, '--web', webDir];
  return new Promise((ok, fail) => {
    const child = spawn(serverBin, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => fail(new Error(`server did not start:\n${out}\n${err}`)), 20000);
    child.stderr.on('data', (d) => { err += d; });
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/[^\s]+)/);
      if (m) {
        clearTimeout(timer);
        const codes = {};
        for (const line of out.split('\n')) {
          const c = line.match(/^(participant|supervisor) (.+) ([A-Z0-9]{4}-[A-Z0-9]{4})$/);
          if (c) codes[c[2]] = c[3];
        }
        ok({ child, url: m[1], codes });
      }
    });
    child.on('exit', (code) => fail(new Error(`server exited ${code}:\n${out}\n${err}`)));
  });
}

function stopServer(server) {
  return new Promise((ok) => {
    if (server.child.exitCode !== null) return ok();
    server.child.removeAllListeners('exit');
    server.child.on('exit', () => ok());
    server.child.kill('SIGTERM');
  });
}

// ----- A supervisor's device, straight over the API -----

async function api(url, path, body, token) {
  const res = await fetch(`${url}/api/v1/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${path}: ${res.status} ${text}`);
  return JSON.parse(text);
}

class Supervisor {
  static async pair(url, code) {
    const s = new Supervisor();
    s.url = url;
    const answer = await api(url, 'pair', { code, device_name: 'Browser test tablet' });
    s.device = answer.device;
    s.token = answer.token;
    s.cursor = 0;
    s.claims = new Map();
    s.tasks = new Map();
    s.people = new Map();
    return s;
  }

  async sync(mutations = []) {
    let results = [];
    for (;;) {
      const answer = await api(this.url, 'sync', { device: this.device, cursor: this.cursor, mutations }, this.token);
      results = results.concat(answer.results);
      mutations = [];
      for (const change of answer.changes) {
        if (change.kind === 'claim') this.claims.set(change.value.id, change.value);
        if (change.kind === 'task') this.tasks.set(change.value.id, change.value);
        if (change.kind === 'person') this.people.set(change.value.id, change.value);
      }
      this.cursor = answer.cursor;
      if (!answer.more) return results;
    }
  }

  /** Approves every completion waiting, paid on the day worked; returns the approved claims. */
  async approveAll() {
    await this.sync();
    const waiting = [...this.claims.values()].filter((c) => c.status === 'completed');
    const mutations = waiting.map((c) => ({
      id: randomUUID(),
      at: new Date().toISOString().replace('Z', '+00:00'),
      op: { type: 'approve_completion', claim: c.id, paid_on: this.tasks.get(c.task).starts_at.slice(0, 10) },
    }));
    const results = await this.sync(mutations);
    for (const r of results) {
      if (r.outcome !== 'applied') throw new Error(`approval refused: ${JSON.stringify(r)}`);
    }
    return waiting;
  }
}

// ----- The browser -----

async function launch(viewport = { width: 390, height: 844 }) {
  const profile = mkdtempSync(join(tmpdir(), 'keikka-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
    viewport,
    hasTouch: true,
    isMobile: true,
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
  });
  return { context, profile };
}

function fail(message) {
  throw new Error(message);
}

async function screen(page, testId) {
  await page.locator(`[data-test="${testId}"]`).first().waitFor({ timeout: 30000 });
}

/** axe-core on the page as it is now: every WCAG 2.2 A/AA violation fails the test. */
async function axe(page, what) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  }, AXE_TAGS);
  axeScreens += 1;
  if (violations.length) fail(`axe on ${what}:\n    ${violations.join('\n    ')}`);
}

async function shot(page, name) {
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: false });
}

/** Checks the screen, then saves its picture. */
async function check(page, name) {
  await axe(page, name);
  await shot(page, name);
}

async function text(page, testId) {
  return (await page.locator(`[data-test="${testId}"]`).first().innerText()).trim();
}

async function waitUntilSent(page) {
  await page.waitForFunction(() => !document.querySelector('[data-test="pending"]'), null, { timeout: 30000 });
}

// ----- The tests -----

const tests = [];
const test = (name, fn) => tests.push({ name, fn });
let axeScreens = 0;
let server;
let db;
let supervisor;
let participants;

/**
 * The whole participant flow: pair, fill in benefits, see tasks, open one, read the money
 * sentence and Why, take it, go offline, start and finish, reload offline, come back online,
 * sync, get the completion approved through the server, see the earning.
 */
async function participantFlow(page, { name, lang, easy, label }) {
  await page.goto(server.url);
  await screen(page, 'pairing-code');
  if (lang === 'sv') await page.click('[data-test="language-sv"]');
  if (easy) await page.check('[data-test="easy-read"]');
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  await check(page, `${label}-1-pairing`);
  await page.fill('[data-test="pairing-code"]', participants[name]);
  await page.click('[data-test="pair"]');
  await screen(page, 'task-card');
  await waitUntilSent(page);
  const cards = await page.locator('[data-test="task-card"]').count();
  if (easy && cards > 3) fail(`easy-read shows ${cards} tasks at once`);
  await check(page, `${label}-2-tasks`);

  // The benefit profile: basic unemployment allowance from a period started in 2025.
  await page.click('[data-test="nav-me"]');
  await screen(page, 'open-profile');
  await check(page, `${label}-3-me`);
  await page.click('[data-test="open-profile"]');
  await page.check('[data-test="profile-unemployment"]');
  await page.fill('[data-test="profile-period_started"]', '2025-06-01');
  await check(page, `${label}-4-profile`);
  await page.click('[data-test="profile-save"]');
  await screen(page, 'open-profile');

  // A task in full, with what it does to the money.
  await page.click('[data-test="nav-tasks"]');
  await screen(page, 'task-card');
  const title = (await page.locator('[data-test="task-card"]').first().innerText()).trim();
  await page.locator('[data-test="task-card"]').first().click();
  await screen(page, 'money-keep');
  const sentence = await text(page, 'money-sentence');
  const keep = await text(page, 'money-keep');
  if (!/\d/.test(keep)) fail(`no amount kept in "${keep}"`);
  await page.click('[data-test="why"]');
  await screen(page, 'why-panel');
  await check(page, `${label}-5-task`);

  await page.click('[data-test="take"]');
  await screen(page, 'claim-card');
  await waitUntilSent(page);
  if (!(await page.locator('[data-test="claim-card"]').first().innerText()).includes(title)) {
    fail(`the taken task "${title}" is not in My tasks`);
  }

  // Offline: the server goes away and the browser drops the network.
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
  const port = new URL(server.url).port;
  await stopServer(server);
  await page.context().setOffline(true);

  await page.click('[data-test="start"]');
  await screen(page, 'finish');
  await page.click('[data-test="finish"]');
  await screen(page, 'finish-time');
  await page.click('[data-test="more-time"]');
  await page.fill('[data-test="finish-note"]', 'Kaikki meni hyvin.');
  await check(page, `${label}-6-finish`);
  await page.click('[data-test="finish-submit"]');
  await screen(page, 'claim-card');
  const waiting = page.locator('[data-test="claim-card"][data-status="completed"]');
  await waiting.waitFor();
  await page.locator('[data-test="pending"]').waitFor();
  await check(page, `${label}-7-mine-offline`);

  // Closing the app mid-way loses nothing: reload with no network and no server.
  await page.waitForTimeout(300); // the browser database writes its pages after each commit
  await page.reload();
  await screen(page, 'nav-my-tasks');
  await page.click('[data-test="nav-my-tasks"]');
  await page.locator('[data-test="claim-card"][data-status="completed"]').waitFor({ timeout: 30000 });
  await page.locator('[data-test="pending"]').waitFor();
  await shot(page, `${label}-8-reloaded-offline`);

  // Back online: the same database, the same port.
  server = await startServer(db, port);
  await page.context().setOffline(false);
  await page.click('[data-test="update"]');
  await waitUntilSent(page);

  // The supervisor approves over the API; the participant's next sync brings the earning.
  const approved = await supervisor.approveAll();
  if (approved.length !== 1) fail(`expected one completion waiting, found ${approved.length}`);
  await page.click('[data-test="update"]');
  await page.locator('[data-test="claim-card"][data-status="approved"]').waitFor({ timeout: 30000 });
  const pay = await text(page, 'approved-pay');
  await check(page, `${label}-9-mine-approved`);

  await page.click('[data-test="nav-money"]');
  await screen(page, 'month-card');
  const approvedSums = await page.locator('[data-test="money-approved"]').allInnerTexts();
  if (!approvedSums.some((s) => /[1-9]/.test(s))) fail(`no approved pay in My money: ${approvedSums}`);
  await check(page, `${label}-10-money`);

  await page.click('[data-test="nav-me"]');
  await page.click('[data-test="open-history"]');
  await page.locator('table').waitFor();
  if (!(await page.locator('table').innerText()).includes(title)) fail('the approved task is not in the work history');
  await check(page, `${label}-11-history`);
  return { sentence, keep, pay };
}

test('a participant pairs, takes a task, works offline and gets paid (Finnish)', async (page) => {
  const r = await participantFlow(page, { name: 'Aino', lang: 'fi', easy: false, label: 'fi' });
  // Installable: a manifest with a standalone display and large icons, and a service worker.
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel="manifest"]');
    return (await fetch(link.href)).json();
  });
  if (manifest.display !== 'standalone' || !manifest.icons.some((i) => i.sizes === '512x512')) {
    fail(`manifest: ${JSON.stringify(manifest)}`);
  }
  if (!r.sentence.includes('Ansaitset')) fail(`money sentence: ${r.sentence}`);
  if (!r.sentence.includes('Työmarkkinatuki pienenee')) fail(`money sentence: ${r.sentence}`);
  if (!r.keep.includes('Sinulle jää')) fail(`keep: ${r.keep}`);
});

test('the same flow in easy-read Finnish', async (page) => {
  const r = await participantFlow(page, { name: 'Mikko', lang: 'fi', easy: true, label: 'fi-selko' });
  if (!r.sentence.includes('euroa')) fail(`easy-read money is said in words: ${r.sentence}`);
});

test('the same flow in Swedish', async (page) => {
  const r = await participantFlow(page, { name: 'Leena', lang: 'sv', easy: false, label: 'sv' });
  if (!/tjänar|Du får/i.test(r.sentence)) fail(`Swedish money sentence: ${r.sentence}`);
});

test('at 320 px and at the largest text nothing scrolls sideways and targets stay big', async (page) => {
  // Aino's device from the first test is gone with its profile: a new code for her.
  const code = await newCode('Aino');
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(server.url);
  await screen(page, 'pairing-code');
  await page.fill('[data-test="pairing-code"]', code);
  await page.click('[data-test="pair"]');
  await screen(page, 'nav-me');
  await page.click('[data-test="nav-me"]');
  await page.click('[data-test="text-size-200"]');
  const places = ['nav-tasks', 'nav-my-tasks', 'nav-money', 'nav-me'];
  for (const place of places) {
    await page.click(`[data-test="${place}"]`);
    await page.waitForTimeout(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) fail(`${place}: the page is ${overflow}px wider than the screen`);
    const small = await page.evaluate(() => {
      const out = [];
      for (const el of document.querySelectorAll('button, input:not([type=checkbox]), textarea, a[href]')) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && (r.width < 44 || r.height < 44)) out.push(`${el.outerHTML.slice(0, 60)} ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
      for (const el of document.querySelectorAll('input[type=checkbox]')) {
        const r = el.closest('label').getBoundingClientRect();
        if (r.height < 44) out.push(`checkbox label ${Math.round(r.height)}px high`);
      }
      return out;
    });
    if (small.length) fail(`${place}: targets under 44×44 px:\n    ${small.join('\n    ')}`);
    await shot(page, `narrow-200-${place}`);
  }
});

/** A fresh one-time code for a participant, made by the supervisor over the API. */
test('the server sends the web app with its security headers', async () => {
  for (const path of ['/', '/keikka_bg.wasm', '/no-such-file']) {
    const res = await fetch(`${server.url}${path}`);
    const csp = res.headers.get('content-security-policy') ?? '';
    if (!csp.includes("frame-ancestors 'none'") || csp.includes('unsafe-inline')) fail(`${path}: CSP ${csp}`);
    if (res.headers.get('x-content-type-options') !== 'nosniff') fail(`${path}: no nosniff`);
  }
  const wasm = await fetch(`${server.url}/keikka_bg.wasm`);
  if (wasm.headers.get('content-type') !== 'application/wasm') fail('wasm content type');
  const api = await fetch(`${server.url}/api/v1/nothing`);
  if (api.status !== 404 || !(await api.json()).error) fail('an unknown API route is a JSON 404');
});

async function newCode(name) {
  await supervisor.sync();
  const person = [...supervisor.people.values()].find((p) => p.name === name);
  if (!person) fail(`the supervisor does not see ${name}`);
  const answer = await api(server.url, `people/${person.id}/pairing-code`, {}, supervisor.token);
  return answer.code;
}

// ----- Running -----

const filter = process.argv[2];
const work = mkdtempSync(join(tmpdir(), 'keikka-browser-'));
db = join(work, 'keikka.sqlite3');
server = await startServer(db, 0, true);
participants = server.codes;
supervisor = await Supervisor.pair(server.url, server.codes['Sanna Laine'] ?? Object.values(server.codes)[0]);
let passed = 0;
let failed = 0;
for (const { name, fn } of tests) {
  if (filter && !name.includes(filter)) continue;
  const { context, profile } = await launch();
  const page = context.pages()[0] ?? (await context.newPage());
  const logs = [];
  // A script error or a CSP refusal fails the test even when the screens look right; network
  // errors are expected while the test has the app offline.
  const fatal = [];
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    logs.push(`console: ${m.text()}`);
    if (/Content.Security.Policy|Refused to/i.test(m.text())) fatal.push(m.text());
  });
  page.on('pageerror', (e) => {
    logs.push(`pageerror: ${e.message}`);
    fatal.push(e.message);
  });
  const started = Date.now();
  try {
    await fn(page);
    if (fatal.length) fail(`errors in the page:\n    ${fatal.join('\n    ')}`);
    passed += 1;
    console.log(`ok     ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (e) {
    failed += 1;
    console.log(`FAILED ${name}\n  ${e.message}\n  ${logs.slice(-10).join('\n  ')}`);
    await page.screenshot({ path: join(shots, `failed-${tests.findIndex((t) => t.name === name)}.png`) }).catch(() => {});
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    if (server.child.exitCode !== null) server = await startServer(db, new URL(server.url).port);
  }
}
await stopServer(server);
rmSync(work, { recursive: true, force: true });
console.log(`axe-core checked ${axeScreens} screens (${AXE_TAGS.join(', ')})`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
