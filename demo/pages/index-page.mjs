/** http://localhost:PORT/ — what the three logins are and where to find them. */
import { html } from './html.mjs';
import { both, layout } from './layout.mjs';

/** @param {ReturnType<import('../urls.mjs').demoUrls>} urls */
export function indexPage(urls) {
  const card = (title, ko, en, site) =>
    html`<article class="card">
      <h2>${title}</h2>
      ${both(ko, en)}
      <p><a href="${site.home}">${site.home}</a> · <a href="${site.auto}">/auto</a></p>
    </article>`;
  return layout({
    title: 'Tokki demo',
    site: 'localhost',
    body: html`<h1>Tokki 데모 사이트 / Tokki demo site</h1>
      ${both(
        html`<p>
          로그인 방식 세 가지를 각각 다른 사이트(호스트)에 띄워 두었습니다. 사이트마다 쿠키가
          따로이니, 확장 프로그램을 켠 채로 하나씩 로그인해 보고 Tokki가 무엇을 보여 주는지 확인해
          보세요. 아이디와 비밀번호는 모두 <code>demo</code>입니다. <code>/auto</code> 페이지는
          로그인 과정을 스크립트로 끝까지 진행합니다.
        </p>`,
        html`<p>
          Three ways of staying logged in, each on its own host so each keeps its own cookies. Log
          in to each with the extension enabled and see what Tokki shows. Username and password are
          both <code>demo</code>. Each <code>/auto</code> page runs the whole login by script.
        </p>`,
      )}
      ${card(
        '1. 서버 세션 / Server-side session',
        html`<p>
          서버가 세션을 저장하고, 브라우저는 HttpOnly 세션 쿠키(<code>sessionid</code>)에 세션 ID만
          들고 있습니다.
        </p>`,
        html`<p>
          The server keeps the session; the browser only holds its id in an HttpOnly session cookie
          (<code>sessionid</code>).
        </p>`,
        urls.session,
      )}
      ${card(
        '2. Bearer JWT (액세스 + 리프레시 토큰 / access + refresh)',
        html`<p>
          짧게 사는 액세스 토큰(JWT)은 localStorage에 두고 <code>Authorization: Bearer</code> 헤더로
          보냅니다. 오래 사는 리프레시 토큰은 HttpOnly 쿠키에 있고, 만료 직전에 새 액세스 토큰으로
          바꿉니다.
        </p>`,
        html`<p>
          A short-lived access token (JWT) sits in localStorage and travels in the
          <code>Authorization: Bearer</code> header. A long-lived refresh token sits in an HttpOnly
          cookie and is exchanged for a new access token just before the old one expires.
        </p>`,
        urls.bearer,
      )}
      ${card(
        '3. 쿠키 속 JWT / JWT in a cookie',
        html`<p>
          서명된 JWT를 HttpOnly 쿠키(<code>auth_token</code>)에 담습니다. 서버는 세션 저장소 없이
          서명만 검증합니다.
        </p>`,
        html`<p>
          A signed JWT is carried by an HttpOnly cookie (<code>auth_token</code>). The server keeps
          no session; it only checks the signature.
        </p>`,
        urls.jwtCookie,
      )}
      <article class="card">
        <h2>4. 로그인 없음 / No login</h2>
        ${both(
          html`<p>분석·동의용 쿠키만 있는 사이트입니다. 인증 정보가 없다고 나와야 맞습니다.</p>`,
          html`<p>
            Only analytics and consent cookies. Tokki should say there is no credential here.
          </p>`,
        )}
        <p><a href="${urls.plain.home}">${urls.plain.home}</a></p>
      </article>
      ${card(
        '5. 서명 검증 / Signature verification',
        html`<p>
          흔한 비밀 키와 무작위 비밀 키로 서명한 HS256 토큰, 그리고 OpenID 발급자
          (<code>${urls.verify.issuer}</code>)가 서명한 ES256 토큰을 받습니다. Tokki로 서명을
          검증하고 추측하기 쉬운 비밀 키를 찾아 보세요.
        </p>`,
        html`<p>
          HS256 tokens signed with a common and with a random secret, and an ES256 token from an
          OpenID issuer (<code>${urls.verify.issuer}</code>). Verify them with Tokki and look for a
          guessable secret.
        </p>`,
        urls.verify,
      )}`,
  });
}
