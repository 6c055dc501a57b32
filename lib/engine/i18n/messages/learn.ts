import type { Catalogue } from '../entry';

/**
 * The Learn tab: the concepts of the seed post, in our own words, each with an example taken from
 * the inspected site (`*.site*`) or, failing that, from the demo site (`*.demo`).
 */
export const learnMessages = {
  'learn.intro': {
    ko: '이 사이트가 로그인을 어떻게 유지하는지 이해하는 데 필요한 개념들입니다. 예시는 가능하면 지금 보고 있는 사이트의 실제 데이터로 보여 줍니다.',
    en: 'The ideas behind how this site keeps you logged in. Where it can, each example uses the site you are inspecting.',
  },
  'learn.example.site': { ko: '이 사이트에서는:', en: 'On this site:' },
  'learn.example.demo': { ko: '데모 사이트에서는:', en: 'On the demo site:' },
  'learn.example.generic': { ko: '예를 들면:', en: 'For example:' },

  'learn.authn-authz.title': { ko: '인증과 인가', en: 'Authentication vs authorization' },
  'learn.authn-authz.body': {
    ko: '인증(Authentication)은 사용자가 "누구인지" 확인하는 일, 즉 로그인입니다. 인가(Authorization)는 로그인한 사용자가 "무엇을 해도 되는지" 판단하는 일입니다. 로그인은 한 번이지만, 인가는 요청이 올 때마다 일어납니다. 그래서 서버는 매 요청마다 "이 사람이 아까 로그인한 그 사람"이라는 증거를 받아야 하고, 그 증거가 세션 ID나 토큰입니다.',
    en: 'Authentication proves who you are: that is logging in. Authorization decides what you may do once you are in. You log in once, but authorization happens on every request, so each request must carry proof that you are the person who logged in. That proof is a session ID or a token.',
  },
  'learn.authn-authz.site': {
    ko: '토끼가 본 {label}은(는) 지금까지 요청 {n}건에 실려 갔습니다. 이처럼 요청마다 인증 정보가 실려 가야 서버가 누가 보낸 요청인지 확인하고(인증), 그 사용자에게 허용된 일인지 판단할 수 있습니다(인가).',
    en: 'Tokki saw {label} go out with {n} {n|request|requests} so far. Each request has to carry a credential for the server to tell who is asking (authentication) and whether they may do it (authorization).',
  },
  'learn.authn-authz.siteDenied': {
    ko: '토끼가 본 {label}은(는) 요청 {n}건에 실려 갔고, 이 사이트로 간 요청 중 {denied}건은 401 또는 403으로 거절되었습니다. 401은 서버가 인증 정보를 받아들이지 않았다는 뜻(없거나 만료되었거나 잘못됨, 인증 실패)이고, 403은 누구인지는 알지만 그 일을 허용하지 않았다는 뜻(인가 거부)입니다.',
    en: 'Tokki saw {label} go out with {n} {n|request|requests}, and {denied} {denied|request|requests} to this site {denied|was|were} refused with 401 or 403. A 401 means the server did not accept the credential (missing, expired or invalid: authentication failed); a 403 means it knew who was asking but did not allow it (authorization refused).',
  },
  'learn.authn-authz.demo': {
    ko: 'demo / demo로 로그인하는 POST /login이 인증입니다. 그 뒤 GET /me는 유효한 인증 정보가 있으면 200, 없으면 401로 답합니다. 401은 인증 실패이고, 로그인은 되었지만 권한이 없을 때의 거절(인가 거부)은 403입니다.',
    en: 'POST /login with demo / demo is authentication. Afterwards GET /me answers 200 with a valid credential and 401 without one: a 401 is a failed authentication, while a refusal to someone logged in but not allowed (authorization) is a 403.',
  },

  'learn.session.title': { ko: '세션 기반 인증', en: 'Session-based authentication' },
  'learn.session.body': {
    ko: '로그인하면 서버가 세션을 만들어 "누가 로그인했는지"를 서버 쪽에 저장하고, 브라우저에는 그 세션을 가리키는 무작위 세션 ID만 쿠키로 줍니다. 브라우저는 이후 모든 요청에 이 쿠키를 자동으로 붙여 보내고, 서버는 ID로 세션을 찾아 사용자를 알아봅니다. ID 자체에는 아무 정보도 없습니다.',
    en: 'At login the server creates a session, keeps "who is logged in" on its side, and gives the browser only a random session ID in a cookie. The browser attaches that cookie to every later request, and the server looks the session up by its ID. The ID itself says nothing.',
  },
  'learn.session.site': {
    ko: '이 사이트의 세션 ID는 {name} 쿠키입니다{known}. HttpOnly라서 페이지 스크립트는 읽을 수 없습니다.',
    en: "This site's session ID is the cookie {name}{known}. It is HttpOnly, so page scripts cannot read it.",
  },
  'learn.session.siteScript': {
    ko: '이 사이트의 세션 ID는 {name} 쿠키입니다{known}. 그런데 HttpOnly가 아니어서 XSS 한 번이면 훔쳐 갈 수 있습니다.',
    en: "This site's session ID is the cookie {name}{known}. It is not HttpOnly, so a single XSS could steal it.",
  },
  'learn.session.siteDataSigned': {
    ko: '이 사이트의 {name} 쿠키는 세션 ID가 아닙니다. 세션 데이터 자체가 {framework}의 서명과 함께 들어 있어서, 서버에는 찾아볼 세션이 없습니다. 서명 덕분에 내용을 바꿀 수는 없지만 읽을 수는 있습니다.',
    en: "This site's cookie {name} is not a session ID: it holds the session's data itself, signed by {framework}, so there is no session on the server to look up. The signature stops changes, not reading.",
  },
  'learn.session.siteDataEncrypted': {
    ko: '이 사이트의 {name} 쿠키는 세션 ID가 아닙니다. 세션 데이터 자체가 {framework}의 방식으로 암호화되어 들어 있어서, 서버에는 찾아볼 세션이 없습니다. 서버의 비밀 키 없이는 내용을 읽을 수 없습니다.',
    en: "This site's cookie {name} is not a session ID: it holds the session's data itself, encrypted by {framework}, so there is no session on the server to look up. Without the server's secret key it cannot be read.",
  },
  'learn.session.demo': {
    ko: 'session.localhost는 로그인하면 HttpOnly 쿠키 sessionid에 세션 ID를 담아 줍니다. 사용자 정보는 서버 메모리에 있습니다.',
    en: 'session.localhost puts the session ID in the HttpOnly cookie sessionid at login; who you are stays in the server’s memory.',
  },

  'learn.cookie-vs-session.title': { ko: '쿠키와 세션의 차이', en: 'Cookie vs session' },
  'learn.cookie-vs-session.body': {
    ko: '쿠키는 브라우저에 저장되는 작은 값이고, 세션은 서버에 저장되는 상태입니다. 쿠키 중 만료일이 없는 것은 세션 쿠키라 브라우저를 닫으면 사라지고, 만료일(Expires/Max-Age)이 있는 영구 쿠키는 그때까지 남습니다. "세션 쿠키"와 서버의 "세션"은 이름만 비슷할 뿐 다른 개념입니다.',
    en: 'A cookie is a small value kept by the browser; a session is state kept by the server. A cookie without an expiry is a session cookie and dies when the browser closes; one with Expires/Max-Age is persistent and lasts until then. A "session cookie" and a server "session" only share a name.',
  },
  'learn.cookie-vs-session.site': {
    ko: '이 사이트는 세션 쿠키 {session}개, 영구 쿠키 {persistent}개를 두고 있습니다. 서버 쪽 세션은 여기서 보이지 않습니다. 브라우저가 가진 것은 그 세션을 가리키는 열쇠뿐입니다.',
    en: 'This site keeps {session} session {session|cookie|cookies} and {persistent} persistent {persistent|one|ones}. Any server-side session is out of sight: the browser only holds the key to it.',
  },
  'learn.cookie-vs-session.siteData': {
    ko: '이 사이트는 세션 쿠키 {session}개, 영구 쿠키 {persistent}개를 두고 있습니다. 여기서는 세션이 서버에 있지 않고 쿠키 {name} 안에 들어 있습니다. 이 쿠키가 곧 세션입니다.',
    en: 'This site keeps {session} session {session|cookie|cookies} and {persistent} persistent {persistent|one|ones}. Here the session is not on the server at all: the cookie {name} carries it. The cookie is the session.',
  },
  'learn.cookie-vs-session.demo': {
    ko: 'sessionid는 세션 쿠키라서 브라우저를 닫으면 사라지지만, 서버의 세션은 로그아웃하거나 만료될 때까지 남아 있습니다.',
    en: 'sessionid is a session cookie, gone when the browser closes, while the server keeps the session until logout or timeout.',
  },

  'learn.jwt-structure.title': { ko: 'JWT의 구조', en: 'How a JWT is built' },
  'learn.jwt-structure.body': {
    ko: 'JWT는 점(.)으로 나뉜 세 부분, 즉 헤더, 페이로드, 서명입니다. 헤더에는 서명 알고리즘(alg)과, 생략할 수 있는 타입(typ, 보통 JWT)이 들어 있습니다. 페이로드에는 클레임이 들어 있는데, RFC 7519가 등록해 둔 클레임으로 발급자(iss), 주체(sub), 대상(aud), 만료 시각(exp), 유효 시작 시각(nbf), 발급 시각(iat), 토큰 ID(jti)가 있습니다. 서명은 "헤더.페이로드" 문자열 전체에 대해 계산하므로 둘 중 어느 쪽이든 한 글자만 바뀌어도 맞지 않습니다. 앞의 두 부분은 base64url로 인코딩만 되어 있을 뿐 암호화가 아니라서 누구나 읽을 수 있고, 그래서 비밀번호 같은 값을 넣으면 안 됩니다. exp는 특히 중요합니다. 서버가 따로 기록해 두지 않는 JWT는 exp가 지나야 쓸 수 없게 되므로, exp가 곧 유출된 토큰을 쓸 수 있는 시간의 상한입니다.',
    en: 'A JWT is three parts separated by dots: header, payload and signature. The header names the signing algorithm (alg) and, optionally, the type (typ, usually JWT). The payload holds claims; RFC 7519 registers iss (issuer), sub (subject), aud (audience), exp (expiration time), nbf (not before), iat (issued at) and jti (JWT ID). The signature is computed over "header.payload", so changing one character of either breaks it. The first two parts are only base64url-encoded, not encrypted: anyone can read them, so never put secrets in them. exp matters most: a JWT the server keeps no record of stops working only when exp passes, so exp caps how long a leaked token stays useful.',
  },
  'learn.jwt-structure.site': {
    ko: '이 사이트의 {label} 토큰: 헤더의 alg는 {alg}, 페이로드에는 {claims} 클레임이 있습니다. 토큰 탭에서 클레임마다 뜻을 볼 수 있습니다.',
    en: "This site's token {label}: header alg {alg}; payload claims {claims}. The Tokens tab explains each claim.",
  },
  'learn.jwt-structure.demo': {
    ko: '데모의 액세스 토큰은 헤더 {"alg":"ES256","kid":…,"typ":"JWT"}와 sub, aud, iat, exp가 든 페이로드, 그리고 ES256 서명으로 되어 있습니다.',
    en: 'The demo’s access token has the header {"alg":"ES256","kid":…,"typ":"JWT"}, a payload with sub, aud, iat and exp, and an ES256 signature.',
  },

  'learn.signed.title': { ko: '서명된 문서로서의 JWT', en: 'A JWT is a signed statement' },
  'learn.signed.body': {
    ko: 'JWT는 서버가 서명한 문서입니다. 서명이 맞으면 키를 가진 쪽이 만든 내용이 그대로라는 뜻이므로, 서버는 세션 저장소를 뒤지지 않고도 토큰을 확인할 수 있습니다. 다만 서명이 맞는 것만으로는 믿을 수 없습니다. 서버는 미리 정한 알고리즘만 받아들이고, exp로 만료를, iss와 aud로 발급자와 대상을 함께 확인해야 합니다(RFC 8725). 또 서명은 위조를 막을 뿐 내용을 숨기지는 않습니다.',
    en: 'A JWT is a statement the server signed. A valid signature means the contents are exactly what the key holder wrote, so the server can check a token without looking anything up in a session store. A valid signature is not enough on its own, though: the server must accept only the algorithm it expects, and check exp (expiry), iss (issuer) and aud (audience) too (RFC 8725). And a signature stops forgery; it does not hide anything.',
  },
  'learn.signed.site': {
    ko: '이 사이트의 토큰은 {alg}로 서명되어 있습니다. 토끼는 내용을 읽을 수 있지만, 유효한 토큰을 새로 만들 수 있는 건 키를 가진 쪽뿐입니다.',
    en: "This site's token is signed with {alg}. Tokki can read it, but only the holder of the key can make a valid one.",
  },
  'learn.signed.siteNone': {
    ko: '이 사이트의 토큰은 alg가 none, 즉 서명이 없습니다. 서버가 이런 토큰을 받아들인다면 누구나 내용을 바꿔 다른 사용자로 행세할 수 있습니다.',
    en: "This site's token says alg none: it is not signed. A server that accepts it lets anyone edit it and pose as someone else.",
  },
  'learn.signed.demo': {
    ko: '데모 서버는 ES256 개인 키로 서명하고, 공개 키는 /.well-known/jwks.json에 공개합니다. 누구나 검증할 수 있지만 서명은 서버만 할 수 있습니다.',
    en: 'The demo server signs with an ES256 private key and publishes the public key at /.well-known/jwks.json: anyone can verify, only the server can sign.',
  },

  'learn.tradeoffs.title': {
    ko: '세션 vs JWT, 무엇을 얻고 잃나',
    en: 'Sessions vs JWTs: the trade-offs',
  },
  'learn.tradeoffs.body': {
    ko: '세션은 서버가 상태를 쥐고 있어서 통제가 쉽습니다. 다른 기기를 강제로 로그아웃시키거나 세션을 즉시 끊을 수 있습니다. 대신 서버가 세션을 저장하고 조회해야 합니다. JWT는 서버가 상태를 들고 있지 않아도 되어 확장이 쉽지만, 한 번 발급하면 만료 전에 무효화하기 어렵습니다. 그래서 JWT는 수명을 짧게 잡고 리프레시 토큰과 함께 쓰는 경우가 많습니다.',
    en: 'With sessions the server holds the state, so it stays in control: it can log out another device or end a session at once, at the cost of storing and looking up sessions. JWTs spare the server that state and scale easily, but once issued they are hard to revoke before they expire. That is why JWTs are usually short-lived and paired with refresh tokens.',
  },
  'learn.tradeoffs.site.session': {
    ko: '이 사이트는 서버 세션 방식입니다. 서버가 로그아웃 때 세션을 지운다면 훔쳐 간 쿠키도 더는 쓸 수 없습니다. 실제로 지우는지는 서버만 알 수 있고, 토끼는 확인할 수 없습니다.',
    en: 'This site uses server-side sessions. If the server deletes the session at logout, a stolen cookie stops working too; whether it does, only the server knows, and Tokki cannot tell.',
  },
  'learn.tradeoffs.site.token': {
    ko: '이 사이트는 토큰(Bearer) 방식입니다. JWT라면 서버가 차단 목록을 따로 두지 않는 한 유출된 토큰을 만료될 때까지 쓸 수 있습니다. 불투명 토큰은 보통 서버가 요청마다 조회해 확인하므로(RFC 7662) 폐기할 수 있습니다(RFC 7009). 액세스 토큰의 남은 시간은 토큰 탭에서 볼 수 있습니다.',
    en: 'This site uses bearer tokens. A leaked JWT works until it expires unless the server keeps a block list; an opaque token is usually looked up by the server on each request (RFC 7662) and can be revoked (RFC 7009). See the time left in the Tokens tab.',
  },
  'learn.tradeoffs.site.token-in-cookie': {
    ko: '이 사이트는 JWT를 쿠키에 담아 씁니다. 쿠키처럼 자동으로 전송되고(CSRF 주의), JWT처럼 만료 전에는 무효화하기 어렵습니다.',
    en: 'This site carries a JWT in a cookie: it is sent automatically like a cookie (mind CSRF) and hard to revoke like a JWT.',
  },
  'learn.tradeoffs.site.session-data': {
    ko: '이 사이트는 세션을 쿠키 자체에 담습니다. 서버는 세션 저장소가 필요 없지만 세션을 끊을 수도 없습니다. 로그아웃은 이 브라우저의 쿠키를 지울 뿐이라서, 복사된 쿠키는 만료되거나 서버의 비밀 키가 바뀔 때까지 계속 쓸 수 있습니다.',
    en: "This site keeps the session in the cookie itself: the server needs no session store, but it cannot end a session either. Logging out deletes the cookie in this browser only; a copied cookie keeps working until it expires or the server's secret key changes.",
  },
  'learn.tradeoffs.site.http-auth': {
    ko: '이 사이트는 HTTP 인증을 씁니다. 페이지 스크립트가 인증 정보를 읽을 수 없다는 점은 좋지만, 브라우저가 모든 요청에 자동으로 붙여 보내므로 CSRF에 주의해야 하고, Basic은 요청마다 비밀번호 자체를 보내므로 HTTPS가 꼭 필요합니다. 서버가 로그아웃시킬 방법이 없어서 브라우저를 닫아야 로그아웃됩니다.',
    en: 'This site uses HTTP authentication: page scripts cannot read the credentials, but the browser attaches them to every request by itself (mind CSRF), Basic sends the password itself each time (HTTPS is a must), and the server has no way to log you out: only closing the browser does.',
  },
  'learn.tradeoffs.site.hybrid': {
    ko: '이 사이트는 세션과 토큰을 함께 씁니다. 두 방식의 장단점이 모두 있습니다.',
    en: 'This site mixes sessions and tokens, and so has the strengths and weaknesses of both.',
  },
  'learn.tradeoffs.demo': {
    ko: '데모의 session.localhost는 로그아웃하면 세션이 바로 사라지고, bearer.localhost의 액세스 토큰은 로그아웃해도 만료(기본 120초)까지는 유효합니다.',
    en: 'On the demo, logging out of session.localhost ends the session at once, while an access token from bearer.localhost stays valid until it expires (120 s by default).',
  },

  'learn.access-refresh.title': {
    ko: '액세스 토큰과 리프레시 토큰',
    en: 'Access and refresh tokens',
  },
  'learn.access-refresh.body': {
    ko: '액세스 토큰은 요청마다 실어 보내는 수명이 짧은 토큰이라서, 새어 나가도 쓸 수 있는 시간이 짧습니다. 리프레시 토큰은 수명이 길고 서버도 기록해 두는 토큰으로, 액세스 토큰이 만료되면 새 액세스 토큰을 받아 오는 데만 씁니다. 서버가 리프레시 토큰을 폐기하면 그 사용자는 더 이상 갱신할 수 없으므로, 무효화하기 어렵다는 JWT의 약점을 보완합니다. 많은 서버는 리프레시 토큰을 쓸 때마다 새 것으로 바꿔 주고(로테이션), 이미 쓴 리프레시 토큰이 다시 들어오면 도난으로 보고 그 로그인에서 나온 토큰을 모두 폐기합니다(재사용 탐지).',
    en: 'The access token is short-lived and sent with every request, so a leak is only useful briefly. The refresh token is long-lived, also recorded by the server, and used only to get a new access token when the old one expires. Revoking the refresh token on the server stops further renewals, which softens the "hard to revoke" weakness of JWTs. Many servers also rotate the refresh token, issuing a new one with every use; if a used one comes back, they treat it as stolen and revoke every token of that login (reuse detection).',
  },
  'learn.access-refresh.site': {
    ko: '이 사이트의 액세스 토큰 수명은 약 {minutes}분이고, 리프레시 토큰은 {refresh}에 있습니다. 토끼가 본 갱신 요청은 {n}건입니다. 흐름 탭에서 이어지는 과정을 볼 수 있습니다.',
    en: "This site's access token lives about {minutes} min, and its refresh token is in {refresh}; Tokki saw {n} refresh {n|request|requests}. The Flow tab shows the chain.",
  },
  'learn.access-refresh.demo': {
    ko: 'bearer.localhost의 액세스 토큰은 120초 동안 유효하고 localStorage에 저장됩니다. 만료되면 HttpOnly 쿠키 refresh_token으로 POST /refresh를 호출해 새 토큰을 받습니다.',
    en: 'On bearer.localhost the access token lasts 120 seconds in localStorage; when it expires the page calls POST /refresh with the HttpOnly refresh_token cookie to get a new one.',
  },

  'learn.token-memory.title': {
    ko: '메모리에만 두는 토큰',
    en: 'A token kept only in memory',
  },
  'learn.token-memory.body': {
    ko: '일부 싱글 페이지 앱은 액세스 토큰을 쿠키나 localStorage에 두지 않고 자바스크립트 변수에만 들고 있습니다. 저장소에 없으니 XSS로 저장소를 뒤져도 찾을 수 없고, 새로 고치거나 탭을 닫으면 사라집니다. 그래서 앱은 페이지를 열 때마다 조용한 갱신(silent refresh: 숨은 iframe으로 인증 서버에 다시 묻거나, HttpOnly 쿠키에 든 리프레시 토큰을 쓰는 것)이나 다시 로그인해서 토큰을 새로 받습니다. 다만 페이지 안에서 실행되는 악성 스크립트는 여전히 그 토큰을 요청에 실어 쓸 수 있으므로 XSS 방어는 계속 필요합니다.',
    en: 'Some single-page apps keep the access token in a JavaScript variable, not in a cookie or localStorage. An XSS that searches storage finds nothing, and a reload or closing the tab loses the token, so on every page load the app gets a new one by a silent refresh (asking the identity provider again in a hidden iframe, or using a refresh token in an HttpOnly cookie) or by a new login. A malicious script running in the page can still use the token in requests, so XSS defenses still matter.',
  },
  'learn.token-memory.site': {
    ko: '이 사이트의 토큰({label})은 요청 {n}건에 실려 갔지만 어느 저장소에도 없습니다. 페이지 스크립트가 메모리에만 들고 있어서, 새로 고치면 앱이 새 토큰을 받아 옵니다. 흐름 탭에서 발급과 교체 순서를 볼 수 있습니다.',
    en: "This site's token ({label}) went out with {n} {n|request|requests} but sits in no storage: the page's script holds it in memory, so after a reload the app fetches a new one. The Flow tab shows how it was issued and replaced.",
  },
  'learn.token-memory.demo': {
    ko: '예를 들어 Auth0 SPA SDK는 기본 설정에서 토큰을 메모리에 두고, 새로 고친 뒤에는 숨은 iframe으로 /authorize?prompt=none을 호출해 새 토큰을 받습니다.',
    en: 'For example, the Auth0 SPA SDK keeps tokens in memory by default and, after a reload, calls /authorize?prompt=none in a hidden iframe to get new ones.',
  },

  // The risk matrix (Overview) when the site's headers are HTTP authentication.
  'learn.matrix.headerByBrowser': {
    ko: '요청 헤더 (HTTP 인증, 브라우저가 전송)',
    en: 'Request header (HTTP authentication, sent by the browser)',
  },
  'learn.matrix.httpAuth': {
    ko: 'HTTP 인증 정보는 브라우저가 직접 기억합니다. 페이지 스크립트는 읽을 수 없지만, 브라우저가 이 사이트로 가는 모든 요청에 자동으로 붙이므로 CSRF에 주의해야 합니다. 로그아웃할 방법이 없고, 브라우저를 닫아야 사라집니다.',
    en: 'The browser itself keeps HTTP authentication credentials: page scripts cannot read them, but the browser attaches them to every request to this site (so CSRF applies). There is no logout; they are gone only when the browser closes.',
  },

  'learn.http-auth.title': {
    ko: 'HTTP 인증 (Basic, Digest)',
    en: 'HTTP authentication (Basic, Digest)',
  },
  'learn.http-auth.body': {
    ko: 'HTTP 인증은 페이지가 아니라 브라우저가 하는 로그인입니다. 서버가 401 응답과 WWW-Authenticate 헤더로 인증을 요구하면 브라우저가 자체 로그인 창을 띄우고, 입력한 사용자 이름과 비밀번호를 기억해 두었다가 그 사이트로 가는 모든 요청의 Authorization 헤더에 직접 붙입니다. Basic은 "사용자:비밀번호"를 base64로 인코딩만 해서 보내므로(암호화가 아님) HTTPS 없이는 그대로 노출되고, Digest·NTLM·Negotiate는 비밀번호 대신 서버가 낸 문제에 대한 응답을 보냅니다. 세션도 토큰도 없고 페이지는 아무것도 저장하지 않습니다. 로그아웃 버튼이 없어서, 브라우저를 닫아야 기억한 인증 정보가 사라집니다.',
    en: 'HTTP authentication is a login done by the browser, not by the page. When the server answers 401 with a WWW-Authenticate header, the browser shows its own sign-in dialog, remembers the user name and password you type, and adds them to the Authorization header of every request to that site by itself. Basic sends "user:password" only base64-encoded (not encrypted), so without HTTPS it travels in the clear; Digest, NTLM and Negotiate send an answer to the server\'s challenge instead of the password. There is no session and no token, and the page stores nothing. There is no logout button either: the browser forgets the credentials only when it closes.',
  },
  'learn.http-auth.site': {
    ko: '이 사이트에서는 브라우저가 {label} 헤더에 사용자 "{user}"의 인증 정보를 담아 요청 {n}건에 직접 붙였습니다. 페이지는 이 값을 건드리지 않았고, 브라우저를 닫기 전까지는 계속 보냅니다.',
    en: 'Here the browser itself put the credentials of the user "{user}" in {label} on {n} {n|request|requests}. The page never touched them, and the browser keeps sending them until it is closed.',
  },
  'learn.http-auth.siteScheme': {
    ko: '이 사이트에서는 브라우저가 {label} 헤더로 서버의 인증 요청에 직접 응답했습니다(요청 {n}건). 페이지는 이 값을 건드리지 않았습니다.',
    en: "Here the browser itself answered the server's challenge with {label} on {n} {n|request|requests}. The page never touched it.",
  },
  'learn.http-auth.siteChallenge': {
    ko: '이 사이트는 HTTP {scheme} 인증을 요구했고(realm "{realm}"), 브라우저가 응답한 뒤로는 인증 정보를 요청마다 직접 붙여 보냅니다. 이 값은 페이지도, 이 브라우저에서는 토끼도 볼 수 없습니다.',
    en: 'This site asked for HTTP {scheme} authentication (realm "{realm}"); since the browser answered, it attaches the credentials to every request by itself, out of sight of the page and, in this browser, of Tokki.',
  },
  'learn.http-auth.demo': {
    ko: '서버가 401 응답과 WWW-Authenticate: Basic realm="staff"를 보내면, 브라우저는 로그인 창을 띄운 뒤 이후 모든 요청에 Authorization: Basic ZGVtbzpkZW1v("demo:demo"를 base64로 인코딩한 값)를 붙입니다.',
    en: 'A server answers 401 with WWW-Authenticate: Basic realm="staff"; the browser shows its sign-in dialog, then adds Authorization: Basic ZGVtbzpkZW1v ("demo:demo", base64-encoded) to every later request.',
  },
} satisfies Catalogue;
