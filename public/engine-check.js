// Below the support matrix: engine-too-old.js's message (docs/support-matrix.md). ES5, small.
(function (w, d) {
  'use strict';
  function tooOld() {
    if (tooOld.done) return;
    tooOld.done = 1;
    var script = d.createElement('script');
    script.src = '/engine-too-old.js';
    d.head.appendChild(script);
  }
  // The app's code not parsing, before it has drawn (an unhandled rejection from boot.js's import()).
  function onError(error) {
    var root = d.getElementById('root');
    if (error instanceof SyntaxError && root && (!root.firstChild || root.hasAttribute('data-first-screen'))) tooOld();
  }
  w.addEventListener('error', function (event) {
    onError(event.error);
  });
  w.addEventListener('unhandledrejection', function (event) {
    onError(event.reason);
  });
  // What the app needs: all in the matrix's oldest engines.
  var P = w.Promise;
  var met = typeof w.globalThis === 'object' && P && P.allSettled && Object.fromEntries && w.queueMicrotask && w.AbortController && w.IntersectionObserver && w.fetch && w.TextEncoder && w.crypto && w.crypto.getRandomValues;
  if (!met) tooOld();
})(window, document);
