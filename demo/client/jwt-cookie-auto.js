// jwtcookie.localhost/auto: log in, then call the API with nothing but the cookie.
'use strict';
(async () => {
  const { step, done, fail, postForm } = window.TokkiDemo;
  try {
    step('POST /login (demo / demo)');
    const login = await postForm('/login', { username: 'demo', password: 'demo' });
    if (!login.ok) throw new Error(`login ${login.status}`);
    step('Set-Cookie: auth_token=<JWT>; HttpOnly; Secure; SameSite=Lax; Max-Age=3600');
    const me = await fetch('/api/me', { credentials: 'same-origin' });
    if (!me.ok) throw new Error(`/api/me ${me.status}`);
    const body = await me.json();
    step(`GET /api/me (cookie only) → ${body.sub}`);
    done(`쿠키 속 JWT로 로그인됨 / Logged in with a JWT cookie: ${body.sub}`);
  } catch (error) {
    fail(error);
  }
})();
