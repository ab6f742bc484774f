// Starts Keikka: loads the app's WebAssembly and registers the service worker that keeps the
// app on the phone for offline use. A file, not an inline script, so the page's CSP can forbid
// inline code.
import init from './keikka.js';

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

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch((e) => console.error('keikka: service worker', e));
}
