// Keikka's service worker: keeps the app shell on the phone so the app opens with the network
// off. The data lives in the app's own database (IndexedDB), never in this cache; the API is
// never cached. The build writes the version below, so a new build replaces the old shell.
const VERSION = '__KEIKKA_VERSION__';
const CACHE = `keikka-shell-${VERSION}`;
// Every file of the build (the page, the wasm, wasm-bindgen's snippets…), listed by the build.
const SHELL = __KEIKKA_SHELL__;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((k) => k.startsWith('keikka-shell-') && k !== CACHE).map((k) => caches.delete(k)),
      ))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin
      || url.pathname.startsWith('/api/') || url.pathname === '/healthz') {
    return;
  }
  if (request.mode === 'navigate') {
    // A page load: the newest page when online, the kept one when not.
    event.respondWith(
      fetch(request).catch(() => caches.match('./index.html', { ignoreSearch: true })),
    );
    return;
  }
  event.respondWith(
    caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request)),
  );
});
