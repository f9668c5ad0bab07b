// Below the support matrix, a message instead of a blank page (docs/support-matrix.md). ES5.
(function () {
  'use strict';
  var WORDS = {
    'zh-CN': ['此浏览器版本过旧，无法登录', '请将浏览器（或手机系统）更新到最新版本，或换用其他浏览器后重试。'],
    'zh-TW': ['此瀏覽器版本過舊，無法登入', '請將瀏覽器（或手機系統）更新至最新版本，或改用其他瀏覽器後重試。'],
    en: ['This browser is too old to sign in', 'Please update your browser (or your phone’s system), or use another browser, and try again.'],
  };
  var shown = false;

  // What the app needs, all in the matrix's oldest engines.
  function floorMet() {
    var w = window;
    return (
      typeof w.globalThis === 'object' &&
      typeof w.Promise === 'function' &&
      typeof w.Promise.allSettled === 'function' &&
      typeof Object.fromEntries === 'function' &&
      typeof w.queueMicrotask === 'function' &&
      typeof w.AbortController === 'function' &&
      typeof w.IntersectionObserver === 'function' &&
      typeof w.fetch === 'function' &&
      typeof w.TextEncoder === 'function' &&
      !!(w.crypto && w.crypto.getRandomValues)
    );
  }

  // As src/i18n/locales.ts (matchLocale) picks.
  function locale() {
    var tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
    for (var i = 0; i < tags.length; i++) {
      var tag = String(tags[i]).toLowerCase();
      if (tag.indexOf('en') === 0) return 'en';
      if (tag.indexOf('zh') === 0) return /^zh-(hant|tw|hk|mo)\b/.test(tag) ? 'zh-TW' : 'zh-CN';
    }
    return 'zh-CN';
  }

  function element(tag, className, text) {
    var created = document.createElement(tag);
    created.className = className;
    if (text) created.textContent = text;
    return created;
  }

  // In the root's place: nothing the app may still run draws over it.
  function show() {
    var root = document.getElementById('root');
    if (shown || !root) return;
    shown = true;
    var lang = locale();
    var words = WORDS[lang];
    document.documentElement.lang = lang;
    document.title = words[0];
    var main = element('main', 'page-main');
    var card = main.appendChild(element('div', 'card'));
    card.appendChild(element('h1', 'page-title', words[0]));
    card.appendChild(element('p', '', words[1]));
    root.parentNode.replaceChild(main, root);
  }

  // The app's modules not parsing: a SyntaxError before it has drawn (root empty, or the first screen).
  function notDrawn() {
    var root = document.getElementById('root');
    return !!root && (!root.firstChild || root.hasAttribute('data-first-screen'));
  }
  function onSyntaxError(error) {
    if (error instanceof SyntaxError && notDrawn()) show();
  }
  window.addEventListener('error', function (event) {
    onSyntaxError(event.error);
  });
  // From the first screen's import() (src/app/first-screen/boot.js).
  window.addEventListener('unhandledrejection', function (event) {
    onSyntaxError(event.reason);
  });

  if (!floorMet()) show();
})();
