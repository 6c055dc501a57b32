/** Pages of session.localhost: the server-side session login. */
import { html } from './html.mjs';
import { both, layout, loginForm, progressLog } from './layout.mjs';

const SITE = 'session.localhost';

const intro = both(
  html`<p>
    로그인하면 서버가 세션을 만들어 메모리에 저장하고, 브라우저에는 세션 ID만 담긴
    <code>sessionid</code> 쿠키를 보냅니다. 만료 시각이 없는 세션 쿠키라 브라우저를 닫으면 사라지고,
    HttpOnly라 스크립트로는 읽을 수 없습니다. 로그아웃하면 서버에서 세션을 지우므로 쿠키를 훔쳐 둔
    사람도 더는 쓸 수 없습니다.
  </p>`,
  html`<p>
    Logging in creates a session the server keeps in memory; the browser receives only its id in the
    <code>sessionid</code> cookie. It is a session cookie (no expiry), so it dies with the browser,
    and HttpOnly, so scripts cannot read it. Logging out deletes the session on the server, so a
    stolen copy of the cookie stops working too.
  </p>`,
);

/** @param {string | undefined} user */
export function sessionHome(user) {
  return layout({
    title: 'Session demo',
    site: SITE,
    body: html`<h1>서버 세션 / Server-side session</h1>
      ${intro}
      ${
        user
          ? html`<p class="ok">
              로그인됨 / Logged in as <strong>${user}</strong> · <a href="/me">/me</a>
            </p>`
          : html`<p><a href="/login">로그인 / Log in</a> · <a href="/auto">/auto</a></p>`
      }`,
  });
}

export function sessionLogin(failed = false) {
  return layout({
    title: 'Session demo: log in',
    site: SITE,
    body: html`<h1>로그인 / Log in</h1>
      ${failed ? html`<p class="error">아이디나 비밀번호가 틀렸습니다. / Wrong username or password.</p>` : ''}
      ${loginForm('/login')}`,
  });
}

/** @param {string | undefined} user */
export function sessionMe(user) {
  return layout({
    title: 'Session demo: me',
    site: SITE,
    body: user
      ? html`<h1>내 정보 / Me</h1>
          <p class="ok" id="me">${user}</p>
          ${both(
            html`<p>서버가 <code>sessionid</code> 쿠키로 세션 저장소에서 당신을 찾았습니다.</p>`,
            html`<p>
              The server found you in its session store by the <code>sessionid</code> cookie.
            </p>`,
          )}
          <form method="post" action="/logout">
            <button type="submit">로그아웃 / Log out</button>
          </form>`
      : html`<h1>401</h1>
          <p class="error">로그인이 필요합니다. / You are not logged in.</p>
          <p><a href="/login">로그인 / Log in</a></p>`,
  });
}

export function sessionAuto() {
  return layout({
    title: 'Session demo: auto',
    site: SITE,
    mode: 'auto',
    body: html`<h1>자동 로그인 / Automatic login</h1>
      ${intro}${progressLog}`,
    scripts: ['demo-steps.js', 'session-auto.js'],
  });
}
