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
    ko: '인증(Authentication)은 "당신이 누구인지" 확인하는 일, 즉 로그인입니다. 인가(Authorization)는 로그인한 사용자가 "무엇을 해도 되는지" 판단하는 일입니다. 로그인은 한 번이지만, 인가는 요청이 올 때마다 일어납니다. 그래서 서버는 매 요청마다 "이 사람이 아까 로그인한 그 사람"이라는 증거를 받아야 하고, 그 증거가 세션 ID나 토큰입니다.',
    en: 'Authentication proves who you are: that is logging in. Authorization decides what you may do once you are in. You log in once, but authorization happens on every request, so each request must carry proof that you are the person who logged in. That proof is a session ID or a token.',
  },
  'learn.authn-authz.site': {
    ko: '로그인할 때 받은 인증 정보({label})가 지금까지 요청 {n}건에 실려 갔고, 서버는 그것을 보고 요청마다 권한을 판단했습니다.',
    en: 'The credential you got at login, {label}, went out with {n} {n|request|requests} so far; the server used it to authorize each one.',
  },
  'learn.authn-authz.siteDenied': {
    ko: '인증 정보({label})가 요청 {n}건에 실려 갔고, 그중 {denied}건은 401/403으로 거절됐습니다. 인증 정보가 만료됐거나 권한이 모자랐다는 뜻입니다.',
    en: '{label} went out with {n} {n|request|requests}, and {denied} of them {denied|was|were} refused with 401/403: the credential had expired or lacked the right.',
  },
  'learn.authn-authz.demo': {
    ko: 'demo / demo로 로그인하는 POST /login이 인증이고, 그다음 GET /me가 200(허용)이나 401(거절)로 답하는 것이 인가입니다.',
    en: 'POST /login with demo / demo is authentication; GET /me answering 200 (allowed) or 401 (refused) afterwards is authorization.',
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
    ko: 'JWT는 점(.)으로 나뉜 세 부분입니다. 헤더(서명 알고리즘 alg, 보통 JWT인 타입(typ) 등), 페이로드(sub, exp, iat 같은 클레임), 서명. 앞의 두 부분은 base64url로 인코딩만 되어 있을 뿐 암호화가 아니라서 누구나 읽을 수 있습니다. 비밀번호 같은 값을 넣으면 안 되는 이유입니다.',
    en: 'A JWT is three parts separated by dots: the header (alg, the signing algorithm, and type (typ), usually JWT), the payload (claims such as sub, exp, iat) and the signature. The first two are only base64url-encoded, not encrypted, so anyone can read them. Never put secrets in them.',
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
    ko: 'JWT는 서버가 서명한 문서와 같습니다. 서버는 요청에 실려 온 토큰의 서명만 검증하면 내용을 믿을 수 있으므로, 세션 저장소를 뒤질 필요가 없습니다. 내용을 한 글자라도 바꾸면 서명이 맞지 않습니다. 단, 서명은 위조를 막을 뿐 내용을 숨기지는 않습니다.',
    en: 'A JWT is a statement the server signed. Checking the signature is enough to trust its contents, so the server needs no session store to look things up. Change one character and the signature no longer matches. A signature stops forgery; it does not hide anything.',
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
    ko: '이 사이트는 세션 방식입니다. 로그아웃하면 서버가 세션을 지우므로 쿠키를 훔쳐 간 사람도 더는 쓸 수 없습니다.',
    en: 'This site uses sessions: logging out deletes the session on the server, so a stolen cookie stops working too.',
  },
  'learn.tradeoffs.site.token': {
    ko: '이 사이트는 토큰(Bearer) 방식입니다. 토큰이 새어 나가면 만료될 때까지는 서버가 막기 어렵습니다. 액세스 토큰의 남은 시간은 토큰 탭에서 볼 수 있습니다.',
    en: 'This site uses bearer tokens: a leaked token works until it expires unless the server keeps a block list. See the time left in the Tokens tab.',
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
    ko: '이 사이트는 세션과 토큰을 함께 씁니다. 양쪽의 장단점을 모두 가집니다.',
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
    ko: '액세스 토큰은 요청마다 실어 보내는 짧은 수명의 토큰입니다. 새어 나가도 피해 시간이 짧습니다. 리프레시 토큰은 수명이 길고 서버도 기록해 두는 토큰으로, 액세스 토큰이 만료되면 새 액세스 토큰을 받아 오는 데만 씁니다. 서버가 리프레시 토큰을 폐기하면 그 사용자는 더 이상 갱신할 수 없으니, JWT의 "무효화하기 어렵다"는 약점을 보완합니다.',
    en: 'The access token is short-lived and sent with every request, so a leak is only useful briefly. The refresh token lives long, is also recorded by the server, and is used only to get a new access token when the old one expires. Revoking the refresh token on the server stops further renewals, which softens the "hard to revoke" weakness of JWTs.',
  },
  'learn.access-refresh.site': {
    ko: '이 사이트의 액세스 토큰 수명은 약 {minutes}분이고, {refresh}에 있는 리프레시 토큰으로 갱신합니다. 토끼가 본 갱신 요청은 {n}건입니다. 흐름 탭에서 이어지는 과정을 볼 수 있습니다.',
    en: "This site's access token lives about {minutes} min and is renewed with the refresh token in {refresh}; Tokki saw {n} refresh {n|request|requests}. The Flow tab shows the chain.",
  },
  'learn.access-refresh.demo': {
    ko: 'bearer.localhost의 액세스 토큰은 120초 동안 유효하고 localStorage에 저장됩니다. 만료되면 HttpOnly 쿠키 refresh_token으로 POST /refresh를 호출해 새 토큰을 받습니다.',
    en: 'On bearer.localhost the access token lasts 120 seconds in localStorage; when it expires the page calls POST /refresh with the HttpOnly refresh_token cookie to get a new one.',
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
