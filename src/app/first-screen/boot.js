// The page's first screen is already in its HTML (scripts/first-screen.ts). Its code starts
// downloading once that screen has been displayed (the browser's first-contentful-paint entry),
// so that the first paint never waits for it; at once when the page is not visible (a hidden tab
// or WebView paints nothing to wait for).
const modules = JSON.parse(document.getElementById('app-modules').textContent);

// The first screen's forms submit nowhere (method "dialog", scripts/first-screen-draw.ts; the
// preventDefault is for browsers without it). A submission is remembered on its form for the app,
// which submits it once it has taken over (takeover.tsx) — unless something was typed after it.
// 'data-submit-requested' is SUBMIT_REQUESTED_ATTRIBUTE (marker.ts). On the first screen's root,
// which the app replaces: the app's own forms are not seen here.
const firstScreen = document.getElementById('root');
firstScreen.addEventListener('submit', (event) => {
  event.preventDefault();
  event.target.setAttribute('data-submit-requested', '');
});
firstScreen.addEventListener('input', (event) => event.target.form?.removeAttribute('data-submit-requested'));
let started = false;

function start() {
  if (started) return;
  started = true;
  for (const href of modules.slice(1)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
  import(modules[0]);
}

if (document.visibilityState === 'hidden') start();
else {
  document.addEventListener('visibilitychange', start, { once: true });
  if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    new PerformanceObserver((list) => list.getEntriesByName('first-contentful-paint').length > 0 && start()).observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(start));
  }
}
