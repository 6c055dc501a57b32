/** Pages of bearer.localhost: access token in localStorage, refresh token in an HttpOnly cookie. */
import { html } from './html.mjs';
import { both, layout, loginForm, progressLog } from './layout.mjs';

const SITE = 'bearer.localhost';

const intro = both(
  html`<p>
    로그인 응답으로 받은 액세스 토큰(ES256으로 서명한 JWT)을 페이지가 <code>localStorage</code>의
    <code>access_token</code>에 저장하고, API를 부를 때마다
    <code>Authorization: Bearer …</code> 헤더에 실어 보냅니다. 액세스 토큰은 금방 만료됩니다.
    리프레시 토큰은 HttpOnly 쿠키(<code>refresh_token</code>)에 있고 서버도 기록해 둡니다. 액세스
    토큰이 만료되기 직전에 페이지가 <code>POST /refresh</code>로 새 토큰을 받고, 그때마다 리프레시
    토큰도 새로 바뀝니다.
  </p>`,
  html`<p>
    The login response carries an access token (a JWT signed with ES256). The page stores it in
    <code>localStorage</code> under <code>access_token</code> and sends it in the
    <code>Authorization: Bearer …</code> header on every API call. It expires quickly. The refresh
    token lives in an HttpOnly cookie (<code>refresh_token</code>) and the server records it.
    Shortly before the access token expires, the page calls <code>POST /refresh</code> for a new
    one, and the refresh token is rotated each time.
  </p>`,
);

const status = html`<dl class="status">
  <dt>사용자 / User</dt>
  <dd id="me">—</dd>
  <dt>액세스 토큰 만료 / Access token expires</dt>
  <dd id="expiry">—</dd>
  <dt>갱신 횟수 / Refreshes</dt>
  <dd id="refreshes">0</dd>
</dl>`;

export function bearerHome() {
  return layout({
    title: 'Bearer JWT demo',
    site: SITE,
    mode: 'home',
    body: html`<h1>Bearer JWT (액세스 + 리프레시 토큰 / access + refresh)</h1>
      ${intro}${status} ${loginForm('/login')}
      <p>
        <button type="button" id="logout">로그아웃 / Log out</button> · <a href="/auto">/auto</a> ·
        <a href="/.well-known/jwks.json">JWKS</a>
      </p>
      ${progressLog}`,
    scripts: ['demo-steps.js', 'bearer.js'],
  });
}

export function bearerAuto() {
  return layout({
    title: 'Bearer JWT demo: auto',
    site: SITE,
    mode: 'auto',
    body: html`<h1>자동 로그인 / Automatic login</h1>
      ${intro}${status}${progressLog}`,
    scripts: ['demo-steps.js', 'bearer.js'],
  });
}
