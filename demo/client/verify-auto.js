// verify.localhost/auto: log in, which sets the three JWT cookies.
'use strict';
(async () => {
  const { step, done, fail, postForm } = window.TokkiDemo;
  try {
    step('POST /login (demo / demo)');
    const login = await postForm('/login', { username: 'demo', password: 'demo' });
    if (!login.ok) throw new Error(`login ${login.status}`);
    step('Set-Cookie: weak_token=<HS256 JWT>, strong_token=<HS256 JWT>, id_token=<ES256 JWT>');
    done('JWT 세 개를 받음 / Three JWTs received');
  } catch (error) {
    fail(error);
  }
})();
