// What the browser tests (run.mjs) and the web benchmark (bench.mjs) share: the real server
// binary serving the web build, a supervisor's device straight over the API, and Debian's
// headless chromium.

import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';

export const root = resolve(new URL('../..', import.meta.url).pathname);
export const serverBin = process.env.KEIKKA_SERVER_BIN ?? join(root, 'target/debug/keikka-sync-server');
export const webDir = process.env.KEIKKA_WEB_DIR ?? join(root, 'target/web');

// ----- The real server -----

/**
 * The server on `port` (0: any) over `db`, serving the web build in `web`, seeding the demo unit
 * first when `demo` (which also prints fresh codes and so voids the earlier ones); resolves with
 * its URL and the codes.
 */
export function startServer(db, port, demo = false, web = webDir) {
  const args = [...(demo ? ['demo'] : ['serve']), '--db', db, '--listen', `127.0.0.1:${port}`, '--web', web];
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

export function stopServer(server) {
  return new Promise((ok) => {
    if (server.child.exitCode !== null) return ok();
    server.child.removeAllListeners('exit');
    server.child.on('exit', () => ok());
    server.child.kill('SIGTERM');
  });
}

// ----- A supervisor's device, straight over the API -----

export async function api(url, path, body, token) {
  const res = await fetch(`${url}/api/v1/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${path}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

export class Supervisor {
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
    s.shared = new Map();
    s.commissioners = new Map();
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
        if (change.kind === 'shared_profile') this.shared.set(change.value.participant, change.value);
        if (change.kind === 'commissioner') this.commissioners.set(change.value.id, change.value);
      }
      this.cursor = answer.cursor;
      if (!answer.more) return results;
    }
  }

  /** Approves every completion of `name` waiting, paid on the demo unit's pay day; returns them. */
  async approveAll(name) {
    await this.sync();
    const person = [...this.people.values()].find((p) => p.name === name);
    if (!person) throw new Error(`the supervisor does not see ${name}`);
    const waiting = [...this.claims.values()].filter((c) => c.status === 'completed' && c.participant === person.id);
    // Paid as the demo unit's calendar says: a month's work on the 15th of the next month, or
    // the banking day before it when the 15th is a weekend or a bank holiday.
    const payDay = (worked) => {
      const [y, m] = worked.split('-').map(Number);
      return bankingDayOnOrBefore(m === 12 ? `${y + 1}-01-15` : `${y}-${String(m + 1).padStart(2, '0')}-15`);
    };
    const mutations = waiting.map((c) => ({
      id: randomUUID(),
      at: new Date().toISOString().replace('Z', '+00:00'),
      op: { type: 'approve_completion', claim: c.id, paid_on: payDay(this.tasks.get(c.task).starts_at.slice(0, 10)) },
    }));
    const results = await this.sync(mutations);
    for (const r of results) {
      if (r.outcome !== 'applied') throw new Error(`approval refused: ${JSON.stringify(r)}`);
    }
    return waiting;
  }
}

// ----- Finnish banking days: the same days as core/src/bank_days.rs -----

const DAY_MS = 24 * 3600 * 1000;

/** Easter Sunday of `year` (the anonymous Gregorian algorithm), in ms since the epoch, UTC. */
function easterSunday(year) {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100;
  const d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return Date.UTC(year, Math.floor(n / 31) - 1, (n % 31) + 1);
}

/** Whether banks in Finland pay on `ms` (a UTC midnight): Monday to Friday, bank holidays excepted. */
function isBankingDay(ms) {
  const date = new Date(ms);
  const [weekday, month, day] = [date.getUTCDay(), date.getUTCMonth() + 1, date.getUTCDate()];
  if (weekday === 0 || weekday === 6) return false;
  const fixed = ['1-1', '1-6', '5-1', '12-6', '12-24', '12-25', '12-26'].includes(`${month}-${day}`);
  const midsummerEve = month === 6 && day >= 19 && day <= 25 && weekday === 5;
  const fromEaster = Math.round((ms - easterSunday(date.getUTCFullYear())) / DAY_MS);
  return !fixed && !midsummerEve && ![-2, 1, 39].includes(fromEaster);
}

/** `iso` (YYYY-MM-DD) when it is a banking day, otherwise the banking day before it. */
export function bankingDayOnOrBefore(iso) {
  let ms = Date.parse(`${iso}T00:00:00Z`);
  while (!isBankingDay(ms)) ms -= DAY_MS;
  return new Date(ms).toISOString().slice(0, 10);
}

/** The phone every participant test uses; supervisors' tests pass a desktop or a tablet. */
export const PHONE = { viewport: { width: 390, height: 844 }, touch: true };
export const DESKTOP = { viewport: { width: 1280, height: 800 }, touch: false };
export const TABLET = { viewport: { width: 820, height: 1180 }, touch: true };

/** Chromium on `device`, in the profile directory `profile` (a new one unless given). */
export async function launch({ viewport, touch } = PHONE, profile = mkdtempSync(join(tmpdir(), 'keikka-chromium-'))) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
    viewport,
    hasTouch: touch,
    isMobile: touch,
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
  });
  return { context, profile };
}
