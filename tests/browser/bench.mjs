// The web app's benchmark (issue 7; figures go to BENCHMARKS.md): the web build served by the
// real server, a participant's phone in Debian's headless chromium with the CPU slowed 4×.
//
// - First load from the server: the browser's HTTP cache, the service worker and its cache
//   are emptied (the person stays paired: the app's database is kept), then the page is
//   opened: milliseconds from navigation to the task list drawn, and the bytes that came over
//   the network for the wasm, JS and CSS.
// - Reload with the network off: the same, answered by the service worker.
// - The "you keep" badges of 200 task cards: the app's own `keikka-badges` User Timing
//   measure (ui/tasks.rs), with the CPU slowed and not.
// - The coming months with 50 ticked tasks: the `keikka-plan` measure (ui/plan.rs) and the
//   time from a tick to the screen drawn, slowed 4×.
//
// Needs `scripts/build-web` and a server binary (target/debug, or KEIKKA_SERVER_BIN).
// Usage (from the repository root): node tests/browser/bench.mjs [rounds]

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { PHONE, Supervisor, launch, startServer, stopServer } from './harness.mjs';

const ROUNDS = Number(process.argv[2] ?? 5);
const TASKS = 200;
const THROTTLE = 4;

/**
 * Records when the wasm is compiled and instantiated and when the first task card appears,
 * relative to navigation start.
 */
function watchForTaskList() {
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    WebAssembly[name] = (...args) => original.apply(WebAssembly, args).then((result) => {
      window.__wasmReady = performance.now();
      return result;
    });
  }
  const seen = () => {
    if (window.__drawn === undefined && document.querySelector('[data-test="task-card"]')) {
      window.__drawn = performance.now();
    }
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

const fmt = (ms) => `${Math.round(ms)} ms`;

/** The page opened (or reloaded) and drawn: milliseconds and what the network carried. */
async function drawn(page, open) {
  await open();
  await page.waitForFunction(() => window.__drawn !== undefined, null, { timeout: 120000 });
  return page.evaluate(() => {
    const app = performance.getEntriesByType('resource')
      .filter((r) => /\.(wasm|js|css)$/.test(new URL(r.name).pathname));
    const badges = performance.getEntriesByName('keikka-badges');
    return {
      ms: window.__drawn,
      wasm: window.__wasmReady,
      transferred: app.reduce((sum, r) => sum + r.transferSize, 0),
      cards: document.querySelectorAll('[data-test="task-card"]').length,
      badges: badges.map((m) => m.duration),
    };
  });
}

const work = mkdtempSync(join(tmpdir(), 'keikka-bench-'));
const server = await startServer(join(work, 'keikka.sqlite3'), 0, true);
const { context, profile } = await launch(PHONE);
try {
  // The unit gets 200 more tasks everyone sees, over the next three weeks.
  const supervisor = await Supervisor.pair(server.url, server.codes['Sanna Laine']);
  const day = 24 * 3600 * 1000;
  const mutations = [];
  for (let n = 0; n < TASKS; n += 1) {
    const start = new Date(Date.now() + (1 + (n % 21)) * day);
    start.setUTCHours(7 + (n % 8), 0, 0, 0);
    const end = new Date(start.getTime() + 3 * 3600 * 1000);
    mutations.push({
      id: randomUUID(),
      at: new Date().toISOString().replace('Z', '+00:00'),
      op: {
        type: 'publish_task',
        task: {
          id: randomUUID(),
          title: `Pihatyö ${n + 1}`,
          steps: ['Tule ovelle.', 'Haravoi piha.'],
          place: 'Työkeskus',
          starts_at: start.toISOString().replace('Z', '+00:00'),
          ends_at: end.toISOString().replace('Z', '+00:00'),
          estimated_minutes: 120,
          pay: n % 3 === 0 ? { kind: 'fixed', cents: 2500 } : { kind: 'hourly', cents: 1100 },
          seats: 5,
          contract: 'employment',
          groups: [],
        },
      },
    });
  }
  for (let i = 0; i < mutations.length; i += 100) {
    const results = await supervisor.sync(mutations.slice(i, i + 100));
    const refused = results.find((r) => r.outcome !== 'applied');
    if (refused) throw new Error(`a task was refused: ${JSON.stringify(refused)}`);
  }

  // Aino pairs, and fills in unemployment and housing allowance, so every card has a badge.
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript(watchForTaskList);
  await page.goto(server.url);
  await page.fill('[data-test="pairing-code"]', server.codes['Aino Virtanen'] ?? server.codes.Aino);
  await page.click('[data-test="pair"]');
  await page.locator('[data-test="task-card"]').first().waitFor({ timeout: 60000 });
  await page.click('[data-test="nav-me"]');
  await page.click('[data-test="open-profile"]');
  await page.check('[data-test="profile-unemployment"]');
  await page.check('[data-test="profile-housing"]');
  await page.fill('[data-test="profile-housing_costs"]', '650');
  await page.fill('[data-test="profile-max_housing_costs"]', '700');
  await page.fill('[data-test="profile-other_income"]', '0');
  await page.click('[data-test="profile-save"]');
  await page.locator('[data-test="open-profile"]').waitFor();
  // A reload keeps the screen it is on: the measured reloads are of the task list.
  await page.evaluate(() => { location.hash = '#/tasks'; });
  await page.locator('[data-test="task-card"]').first().waitFor({ timeout: 60000 });
  // The service worker has kept the whole shell before anything is measured.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(async () => {
    const keys = await caches.keys();
    return keys.length > 0 && (await (await caches.open(keys[0])).keys()).length > 5;
  });

  const cdp = await context.newCDPSession(page);
  const origin = new URL(server.url).origin;
  // At full speed first: as many reloads as rounds, for the badges' median.
  const unthrottled = { badges: [], ms: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    const again = await drawn(page, () => page.reload());
    unthrottled.badges.push(...again.badges);
    unthrottled.ms.push(again.ms);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  const first = [];
  const offline = [];
  const firstWasm = [];
  const offlineWasm = [];
  let transferred = 0;
  let cards = 0;
  const badges = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    // First load: nothing of the app kept in the browser but its database.
    await page.goto('about:blank');
    await cdp.send('Network.clearBrowserCache');
    await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'service_workers,cache_storage' });
    const online = await drawn(page, () => page.goto(server.url));
    first.push(online.ms);
    firstWasm.push(online.wasm);
    transferred = online.transferred;
    cards = online.cards;
    badges.push(...online.badges);
    // The service worker installs again and keeps the shell; then the network goes away.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(async () => {
      const keys = await caches.keys();
      return keys.length > 0 && (await (await caches.open(keys[0])).keys()).length > 5;
    });
    await context.setOffline(true);
    const again = await drawn(page, () => page.reload());
    offline.push(again.ms);
    offlineWasm.push(again.wasm);
    badges.push(...again.badges);
    await context.setOffline(false);
  }
  if (cards < TASKS) throw new Error(`only ${cards} task cards were drawn`);
  console.log(`web benchmark: ${ROUNDS} rounds, ${cards} task cards, CPU slowed ${THROTTLE}× (Debian chromium, headless, 390×844)`);
  console.log(`first load from the server, navigation to the task list drawn: median ${fmt(median(first))} (${first.map(fmt).join(', ')})`);
  console.log(`reload with the network off: median ${fmt(median(offline))} (${offline.map(fmt).join(', ')})`);
  console.log(`of which the wasm fetched, compiled and instantiated: median ${fmt(median(firstWasm))} on first load, ${fmt(median(offlineWasm))} offline`);
  console.log(`bytes over the network for wasm, JS and CSS on a first load: ${Math.round(transferred / 1000)} KB (1 KB = 1,000 bytes, headers included)`);
  console.log(`badges for ${cards} cards: median ${median(badges).toFixed(2)} ms slowed ${THROTTLE}×; ${median(unthrottled.badges).toFixed(2)} ms at full speed`);
  console.log(`without throttling, a reload draws the task list in ${fmt(median(unthrottled.ms))} (median)`);

  // The coming months (issue 18): Aino ticks 50 open tasks as "what if", one after another;
  // each tick computes three months, their curves and limits again (the app's `keikka-plan`
  // measure) and draws them (tick to the second frame after it), the CPU slowed 4×.
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.evaluate(() => { location.hash = '#/plan'; });
  await page.locator('[data-test="plan-month"]').first().waitFor({ timeout: 60000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.evaluate(() => performance.clearMeasures('keikka-plan'));
  const boxes = page.locator('[data-test="try-item"] input[type="checkbox"]');
  const PLAN_TICKS = 50;
  const drawnIn = [];
  for (let i = 0; i < PLAN_TICKS; i += 1) {
    drawnIn.push(await boxes.nth(i).evaluate((box) => new Promise((resolve) => {
      const started = performance.now();
      box.click();
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - started)));
    })));
  }
  const planned = await page.evaluate(() => performance.getEntriesByName('keikka-plan').map((m) => m.duration));
  const ticked = await page.locator('[data-test="plan-what-if"]').count();
  if (planned.length < PLAN_TICKS || ticked === 0) throw new Error(`the plan was not computed for every tick (${planned.length}, ${ticked} months with what-if pay)`);
  const last = (xs) => xs.slice(-10);
  console.log(`the coming months, the 41st to 50th tick, slowed ${THROTTLE}×: computed in median ${median(last(planned)).toFixed(1)} ms (max of all ${Math.max(...planned).toFixed(1)} ms); tick to drawn median ${fmt(median(last(drawnIn)))} (max of all ${fmt(Math.max(...drawnIn))})`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  await stopServer(server);
  rmSync(work, { recursive: true, force: true });
}
