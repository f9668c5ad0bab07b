// The message engine-check.js asks for below the support matrix (docs/support-matrix.md). ES5.
(function () {
  'use strict';
  var WORDS = {
    'zh-CN': ['此浏览器版本过旧，无法登录', '请将浏览器（或手机系统）更新到最新版本，或换用其他浏览器后重试。'],
    'zh-TW': ['此瀏覽器版本過舊，無法登入', '請將瀏覽器（或手機系統）更新至最新版本，或改用其他瀏覽器後重試。'],
    en: ['This browser is too old to sign in', 'Please update your browser (or your phone’s system), or use another browser, and try again.'],
  };

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
    if (!root) return;
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

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
  else show();
})();
