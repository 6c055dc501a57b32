// session.localhost/auto: log in with a form POST, then read /me with the session cookie.
'use strict';
(async () => {
  const { step, done, fail, postForm } = window.TokkiDemo;
  try {
    step('POST /login (demo / demo)');
    const login = await postForm('/login', { username: 'demo', password: 'demo' });
    if (!login.ok) throw new Error(`login ${login.status}`);
    step('Set-Cookie: sessionid=…; HttpOnly; Secure; SameSite=Lax');
    const me = await fetch('/me', {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (!me.ok) throw new Error(`/me ${me.status}`);
    const body = await me.json();
    step(`GET /me → ${body.user}`);
    done(`세션으로 로그인됨 / Logged in with a session: ${body.user}`);
  } catch (error) {
    fail(error);
  }
})();
