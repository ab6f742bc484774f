// Keikka's service worker: keeps the app shell on the phone so the app opens with the network
// off. The data lives in the app's own database (IndexedDB), never in this cache; the API is
// never cached. The build writes the version below, so a new build is a new worker.
//
// Updates cannot mix builds: every file a page loads has its content's hash in its name, a new
// worker caches its whole set before it can take over (`addAll` keeps all or nothing), pages
// are always answered from the active worker's set, and a new worker waits until the page
// asks for it ('take-update'), which the app does at a safe moment.
const VERSION = '__KEIKKA_VERSION__';
// One cache per build: the participant's at / and the supervisor's at /staff/ each keep (and
// clean up) only their own.
const PREFIX = `keikka-shell-${new URL(self.registration.scope).pathname}-`;
const CACHE = `${PREFIX}${VERSION}`;
// Every file of the build (the page, the wasm, wasm-bindgen's snippets…), listed by the build.
const SHELL = __KEIKKA_SHELL__;

self.addEventListener('install', (event) => {
  event.waitUntil(fill());
});

// The page says when: not mid-form, and with its writes in IndexedDB (boot.js, ui::Ui).
self.addEventListener('message', (event) => {
  if (event.data === 'take-update') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        // This build's older caches, and those of builds before caches were named per scope
        // (`keikka-shell-<hash>`), which would otherwise stay and be read forever.
        keys.filter((k) => (k.startsWith(PREFIX) && k !== CACHE) || /^keikka-shell-[0-9a-f]{16}$/.test(k))
          .map((k) => caches.delete(k)),
      ))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // The supervisor's build under staff/ has a service worker of its own; this one never answers
  // for it (offline, it would answer with the participant's page).
  const staff = new URL('./staff/', self.registration.scope).pathname;
  if (request.method !== 'GET' || url.origin !== self.location.origin
      || url.pathname.startsWith('/api/') || url.pathname === '/healthz'
      || url.pathname.startsWith(staff)) {
    return;
  }
  if (request.mode === 'navigate') {
    // A page load: this worker's page, whose files are all in this worker's cache, online or
    // not (a newer build arrives as a new worker). The network only while nothing is kept.
    event.respondWith(
      ownMatch('./index.html').then((hit) => {
        if (hit) return hit;
        // The browser evicted this worker's files (the data lives apart, in IndexedDB): load
        // from the network and keep the whole set again, so the app opens offline next time.
        event.waitUntil(refill());
        return fetch(request);
      }),
    );
    return;
  }
  event.respondWith(
    ownMatch(request).then((hit) => hit || fetch(request)),
  );
});

// This build's whole set, or nothing: an install with a file missing fails.
function fill() {
  return caches.open(CACHE).then((cache) => cache.addAll(SHELL));
}

// The whole set again after an eviction; nothing if the server has another build by now (the
// new worker then brings its own).
function refill() {
  return fill().catch(() => {});
}

// Only this build's cache: the other build's (same origin, another scope) has files of the
// same names.
function ownMatch(request) {
  return caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }));
}
