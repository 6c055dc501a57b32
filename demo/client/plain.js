// plain.localhost: analytics cookies set by script, the way tag managers do it.
'use strict';
(() => {
  const now = Math.floor(Date.now() / 1000);
  const rand = () => Math.floor(Math.random() * 2147483647);
  document.cookie = `_ga=GA1.1.${rand()}.${now}; Max-Age=${400 * 24 * 3600}; Path=/; SameSite=Lax`;
  document.cookie = `_gid=GA1.1.${rand()}.${now}; Max-Age=${24 * 3600}; Path=/; SameSite=Lax`;
  window.TokkiDemo.done('로그인 없음 / No login here');
})();
