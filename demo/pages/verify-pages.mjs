/** Pages of verify.localhost: three JWTs to verify, and where their keys are. */
import { html } from './html.mjs';
import { both, layout, loginForm, progressLog } from './layout.mjs';

const SITE = 'verify.localhost';

/** @param {ReturnType<import('../urls.mjs').demoUrls>} urls */
const intro = (urls) =>
  both(
    html`<p>
      로그인하면 JWT 세 개를 HttpOnly 쿠키로 받습니다. <code>weak_token</code>은 흔히 쓰이는 비밀
      키로, <code>strong_token</code>은 무작위 비밀 키로 서명한 HS256 토큰이고,
      <code>id_token</code>은 발급자 <code>${urls.verify.issuer}</code>가 ES256으로 서명한
      토큰입니다. 발급자의 공개 키는 <a href="${urls.verify.configuration}">OpenID 설정 문서</a>가
      가리키는 JWKS에 있습니다. Tokki의 토큰 탭에서 서명을 검증하고 비밀 키를 추측해 보세요.
    </p>`,
    html`<p>
      Logging in gives you three JWTs in HttpOnly cookies: <code>weak_token</code> is HS256 signed
      with a common secret, <code>strong_token</code> HS256 with a random one, and
      <code>id_token</code> ES256 from the issuer <code>${urls.verify.issuer}</code>, whose public
      keys are in the JWKS its
      <a href="${urls.verify.configuration}">OpenID configuration</a> names. Verify them, and look
      for a guessable secret, in Tokki's Tokens tab.
    </p>`,
  );

/**
 * @param {ReturnType<import('../urls.mjs').demoUrls>} urls
 * @param {boolean} loggedIn
 */
export function verifyHome(urls, loggedIn) {
  return layout({
    title: 'Verify demo',
    site: SITE,
    body: html`<h1>서명 검증 / Signature verification</h1>
      ${intro(urls)}
      ${loggedIn ? html`<p class="result ok">로그인됨 / Logged in</p>` : loginForm('/login')}`,
  });
}

/** @param {ReturnType<import('../urls.mjs').demoUrls>} urls */
export function verifyAuto(urls) {
  return layout({
    title: 'Verify demo: auto',
    site: SITE,
    mode: 'auto',
    body: html`<h1>자동 로그인 / Automatic login</h1>
      ${intro(urls)}${progressLog}`,
    scripts: ['demo-steps.js', 'verify-auto.js'],
  });
}
