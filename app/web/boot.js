// Starts Keikka: loads the app's WebAssembly and registers the service worker that keeps the
// app on the phone for offline use. A file, not an inline script, so the page's CSP can forbid
// inline code.
import init from './keikka.js';

// A new build waits as a new service worker until the app takes it (platform::take_update):
// the app hears of it from `keikkaUpdate` and the `keikka-update-ready` event, and takes it
// when nothing typed would be lost. Then every page of this build reloads into the new one.
//
// A page that waits for the store while another tab has it (platform::own_store sets
// `waitingForStore`) does not reload at once: it calls its wait off (`lockSignal`) and reloads
// once the tab the person used holds the store again (or after 10 s, if that tab is gone), so
// the update never hands the app to the other tab.
const waitController = typeof AbortController === 'function' ? new AbortController() : null;
const update = {
  ready: false, take() {}, check() {}, waitingForStore: false,
  lockSignal: waitController ? waitController.signal : undefined,
};
globalThis.keikkaUpdate = update;

async function reloadOnceTheOwnerIsBack() {
  const holder = async () => {
    const state = await navigator.locks.query();
    return state.held.find((l) => l.name === 'keikka-store')?.clientId;
  };
  const before = await holder();
  for (let waited = 0; waited < 10000; waited += 250) {
    await new Promise((wake) => setTimeout(wake, 250));
    const now = await holder();
    if (now && now !== before) break;
  }
  window.location.reload();
}

if ('serviceWorker' in navigator) {
  const container = navigator.serviceWorker;
  // The first worker taking a page that had none is no new build: nothing to reload.
  let controller = container.controller;
  let reloading = false;
  container.addEventListener('controllerchange', () => {
    const before = controller;
    controller = container.controller;
    if (!before || reloading) return;
    reloading = true;
    if (update.waitingForStore && navigator.locks && waitController) {
      waitController.abort();
      reloadOnceTheOwnerIsBack();
      return;
    }
    window.location.reload();
  });
  const offer = (worker) => {
    if (!container.controller || update.ready) return;
    update.ready = true;
    update.take = () => worker.postMessage('take-update');
    window.dispatchEvent(new Event('keikka-update-ready'));
  };
  const watch = (worker) => {
    if (!worker) return;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
  };
  container.register('./sw.js').then((registration) => {
    update.check = () => registration.update().catch(() => {});
    if (registration.waiting) offer(registration.waiting);
    watch(registration.installing);
    registration.addEventListener('updatefound', () => watch(registration.installing));
  }).catch((e) => console.error('keikka: service worker', e));
}

// Whether the browser still has room for the app's next writes (platform::room_for): a write
// of `bytes` into a database of its own, removed again. The browser's own estimate is rounded
// or capped and cannot say; the bytes are random, as the browser may compress what it keeps.
globalThis.keikkaRoomFor = (bytes) => new Promise((answer) => {
  const open = indexedDB.open('keikka-room', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('probe');
  open.onerror = () => answer(null);
  open.onsuccess = () => {
    const db = open.result;
    const probe = new Uint8Array(bytes);
    for (let at = 0; at < bytes; at += 65536) crypto.getRandomValues(probe.subarray(at, at + 65536));
    const put = db.transaction('probe', 'readwrite');
    put.objectStore('probe').put(probe, 1);
    put.oncomplete = () => {
      const clear = db.transaction('probe', 'readwrite');
      clear.objectStore('probe').delete(1);
      clear.oncomplete = () => { db.close(); answer(true); };
      clear.onabort = () => { db.close(); answer(true); };
    };
    put.onabort = () => {
      db.close();
      answer(put.error && put.error.name === 'QuotaExceededError' ? false : null);
    };
  };
});

// Last: the app reads `keikkaUpdate` as it starts.
init({ module_or_path: './keikka_bg.wasm' }).catch((e) => {
  const root = document.getElementById('app');
  root.replaceChildren();
  for (const [lang, text] of [
    ['fi', 'Keikka ei käynnistynyt. Lataa sivu uudelleen.'],
    ['sv', 'Keikka startade inte. Ladda om sidan.'],
  ]) {
    const p = document.createElement('p');
    p.lang = lang;
    p.textContent = text;
    root.append(p);
  }
  console.error(e);
});
