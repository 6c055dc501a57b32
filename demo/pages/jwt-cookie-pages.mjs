/** Pages of jwtcookie.localhost: a signed JWT carried by an HttpOnly cookie. */
import { html } from './html.mjs';
import { both, layout, loginForm, progressLog } from './layout.mjs';

const SITE = 'jwtcookie.localhost';

const intro = both(
  html`<p>
    로그인하면 서버가 ES256으로 서명한 JWT를 <code>auth_token</code> 쿠키에 담아 줍니다(HttpOnly,
    1시간). 브라우저가 요청마다 쿠키를 자동으로 보내므로 <code>Authorization</code> 헤더는 없습니다.
    서버는 세션 저장소 없이 서명과 만료만 확인하기 때문에, 토큰이 만료되기 전에는 서버 쪽에서 강제로
    끊기 어렵습니다.
  </p>`,
  html`<p>
    Logging in gives you a JWT signed with ES256 inside the <code>auth_token</code> cookie
    (HttpOnly, one hour). The browser sends the cookie with every request, so there is no
    <code>Authorization</code> header. The server keeps no session; it checks only the signature and
    expiry, which is why it cannot easily cut you off before the token expires.
  </p>`,
);

/** @param {Record<string, unknown> | null} claims */
function claimList(claims) {
  if (!claims) return '';
  return html`<dl class="status">
    ${Object.entries(claims).map(
      ([k, v]) =>
        html`<dt>${k}</dt>
          <dd>${typeof v === 'string' ? v : JSON.stringify(v)}</dd>`,
    )}
  </dl>`;
}

/** @param {Record<string, unknown> | null} claims */
export function jwtCookieHome(claims) {
  return layout({
    title: 'JWT cookie demo',
    site: SITE,
    body: html`<h1>쿠키 속 JWT / JWT in a cookie</h1>
      ${intro}
      ${
        claims
          ? html`<p class="ok">
              로그인됨 / Logged in as <strong>${String(claims.sub)}</strong> · <a href="/me">/me</a>
            </p>`
          : html`<p><a href="/login">로그인 / Log in</a> · <a href="/auto">/auto</a></p>`
      }`,
  });
}

export function jwtCookieLogin(failed = false) {
  return layout({
    title: 'JWT cookie demo: log in',
    site: SITE,
    body: html`<h1>로그인 / Log in</h1>
      ${failed ? html`<p class="error">아이디나 비밀번호가 틀렸습니다. / Wrong username or password.</p>` : ''}
      ${loginForm('/login')}`,
  });
}

/** @param {Record<string, unknown> | null} claims */
export function jwtCookieMe(claims) {
  return layout({
    title: 'JWT cookie demo: me',
    site: SITE,
    body: claims
      ? html`<h1>내 정보 / Me</h1>
          <p class="ok" id="me">${String(claims.sub)}</p>
          ${both(
            html`<p>서버가 쿠키 속 JWT의 서명을 검증했습니다. 클레임:</p>`,
            html`<p>The server verified the signature of the JWT in the cookie. Claims:</p>`,
          )}
          ${claimList(claims)}
          <form method="post" action="/logout">
            <button type="submit">로그아웃 / Log out</button>
          </form>`
      : html`<h1>401</h1>
          <p class="error">로그인이 필요합니다. / You are not logged in.</p>
          <p><a href="/login">로그인 / Log in</a></p>`,
  });
}

export function jwtCookieAuto() {
  return layout({
    title: 'JWT cookie demo: auto',
    site: SITE,
    mode: 'auto',
    body: html`<h1>자동 로그인 / Automatic login</h1>
      ${intro}${progressLog}`,
    scripts: ['demo-steps.js', 'jwt-cookie-auto.js'],
  });
}
