import type { Catalogue } from '../entry';

/** The verdict (lib/engine/analyze/verdict.ts): its summary and each kind of evidence behind it. */
export const verdictMessages = {
  'verdict.kind.session': { ko: '서버 세션 방식', en: 'Server-side session' },
  'verdict.kind.token': { ko: '토큰 방식 (Bearer)', en: 'Bearer token' },
  'verdict.kind.token-in-cookie': { ko: '쿠키에 담긴 토큰', en: 'Token in a cookie' },
  'verdict.kind.hybrid': { ko: '세션 + 토큰 혼합', en: 'Hybrid: session and token' },
  'verdict.kind.http-auth': { ko: 'HTTP 인증', en: 'HTTP authentication' },
  'verdict.kind.none': { ko: '로그인 흔적 없음', en: 'No credential seen' },
  'verdict.summary.session': {
    ko: '이 사이트는 서버 쪽 세션으로 로그인을 유지합니다. 브라우저는 세션 ID만 쿠키로 들고 있다가 요청마다 보내고, 누가 로그인했는지는 서버가 보관합니다.',
    en: 'This site keeps you logged in with a server-side session. The browser holds only a session ID in a cookie and sends it with every request; the server keeps the rest.',
  },
  'verdict.summary.token': {
    ko: '이 사이트는 토큰으로 로그인을 유지합니다. 페이지의 스크립트가 토큰을 보관하다가 Authorization 헤더 등에 직접 실어 보냅니다. 서버는 JWT라면 서명과 클레임을 검증하고, 불투명 토큰이라면 보통 발급한 인가 서버에 조회합니다.',
    en: 'This site keeps you logged in with tokens. Page scripts hold a token and attach it themselves, usually in the Authorization header. The server checks a JWT by its signature and claims, and usually looks an opaque token up with the authorization server that issued it.',
  },
  'verdict.summary.token-in-cookie': {
    ko: '이 사이트는 토큰(JWT)을 쿠키에 담아 로그인을 유지합니다. 브라우저가 쿠키를 자동으로 보내는 점은 세션 ID 쿠키와 같지만, 서버는 세션 저장소 대신 토큰의 서명을 검증합니다.',
    en: "This site keeps you logged in with a token (JWT) inside a cookie. The browser sends it automatically, as it would a session-ID cookie, but the server checks the token's signature instead of looking up a session.",
  },
  'verdict.summary.hybrid': {
    ko: '이 사이트는 세션 ID 쿠키와 토큰을 함께 씁니다. 흔히 페이지는 세션으로, API 호출은 토큰으로 인증합니다.',
    en: 'This site uses both a session-ID cookie and tokens, typically the session for pages and tokens for API calls.',
  },
  'verdict.summary.session-data-signed': {
    ko: '이 사이트는 세션을 쿠키 자체에 담습니다. 세션 데이터가 {framework}의 서명과 함께 쿠키에 들어 있어서 내용은 누구나 읽을 수 있지만 바꿀 수는 없습니다. 서버는 세션 상태를 따로 보관하지 않고 서명만 확인합니다. 쿠키가 곧 세션이라서, 로그아웃하면 쿠키가 지워질 뿐이고 미리 복사해 둔 쿠키는 만료되거나 서버의 비밀 키가 바뀔 때까지 계속 쓸 수 있습니다.',
    en: "This site keeps your session in the cookie itself. {framework} writes the session's data into the cookie and signs it, so anyone can read it but no one can change it. The server keeps no session state; it only checks the signature. The cookie is the session: logging out only deletes the cookie, and a copy taken earlier keeps working until it expires or the server's secret key changes.",
  },
  'verdict.summary.session-data-encrypted': {
    ko: '이 사이트는 세션을 쿠키 자체에 담습니다. 세션 데이터가 {framework}의 방식으로 암호화되어 쿠키에 들어 있어서 서버의 비밀 키 없이는 읽을 수 없습니다. 서버는 세션 상태를 따로 보관하지 않고, 요청마다 쿠키를 복호화해 씁니다. 쿠키가 곧 세션이라서, 로그아웃하면 쿠키가 지워질 뿐이고 미리 복사해 둔 쿠키는 만료되거나 서버의 비밀 키가 바뀔 때까지 계속 쓸 수 있습니다.',
    en: "This site keeps your session in the cookie itself. {framework} encrypts the session's data into the cookie, unreadable without the server's secret key. The server keeps no session state; it decrypts the cookie on every request. The cookie is the session: logging out only deletes the cookie, and a copy taken earlier keeps working until it expires or the server's secret key changes.",
  },
  'verdict.summary.token-in-cookie-session-data': {
    ko: '이 사이트는 {framework}의 방식으로 암호화한 토큰(JWE)을 쿠키에 담아 세션으로 씁니다. 브라우저가 쿠키를 자동으로 보내는 점은 세션 ID 쿠키와 같지만, 서버는 세션 상태를 따로 보관하지 않고 요청마다 쿠키를 복호화해 씁니다. 쿠키가 곧 세션입니다.',
    en: 'This site keeps your session in a cookie as a token encrypted by {framework} (JWE). The browser sends it automatically, as it would a session-ID cookie, but the server keeps no session state: it decrypts the cookie on every request. The cookie is the session.',
  },
  'verdict.summary.http-auth': {
    ko: '이 사이트는 HTTP 인증(Basic, Digest, NTLM, Negotiate)을 씁니다. 세션도 토큰도 아닙니다. 브라우저 자체의 로그인 창에 입력한 인증 정보를 브라우저가 기억해 두었다가 이 사이트로 가는 모든 요청에 직접 실어 보내고, 페이지는 아무것도 저장하지 않습니다. Basic이면 사용자 이름과 비밀번호가 그대로(base64 인코딩만 해서) 가고, Digest·NTLM·Negotiate이면 서버가 낸 문제에 대한 응답이 갑니다. 제대로 된 로그아웃이 없어서, 브라우저는 창을 모두 닫을 때까지 기억한 인증 정보를 계속 보냅니다.',
    en: "This site uses HTTP authentication (Basic, Digest, NTLM or Negotiate). It is neither a session nor a token: the browser remembers what you typed into its own sign-in dialog and sends it with every request to the site by itself, and the page stores nothing. With Basic that is your user name and password (only base64-encoded); with Digest, NTLM or Negotiate, an answer to the server's challenge. There is no real logout: the browser keeps sending the remembered credentials until it is closed.",
  },
  'verdict.summary.none': {
    ko: '이 사이트에서 로그인에 쓰이는 쿠키나 토큰을 찾지 못했습니다. 로그인하지 않은 상태이거나, 토끼가 아직 관련 요청을 보지 못했을 수 있습니다.',
    en: 'No cookie or token that keeps you logged in was found here. You may not be logged in, or Tokki has not seen the relevant requests yet.',
  },
  'verdict.summary.failed': {
    ko: '이 페이지를 분석하지 못했습니다. 아래 문제 목록에 이유가 있습니다.',
    en: 'This page could not be analyzed. The problems below say why.',
  },
  'verdict.evidence.stacks': {
    ko: '토끼가 알아본 인증 스택: {stacks}.',
    en: 'Tokki recognized the auth stack: {stacks}.',
  },
  'verdict.evidence.session-cookie': {
    ko: '쿠키 {name}에 세션 ID로 보이는 무작위 값이 들어 있습니다.',
    en: 'The cookie {name} holds a random value that looks like a session ID.',
  },
  'verdict.evidence.known-session-cookie': {
    ko: '{name}은(는) {framework}이(가) 세션에 기본으로 쓰는 쿠키 이름입니다.',
    en: 'The cookie {name} has the name {framework} gives its session by default.',
  },
  'verdict.evidence.session-data-signed': {
    ko: '쿠키 {name}에 세션 데이터 자체가 {framework}의 서명과 함께 들어 있습니다. 내용은 읽을 수 있고, 서버는 세션 상태를 따로 보관하지 않습니다.',
    en: 'The cookie {name} holds the session itself, signed by {framework}: its data can be read, and the server keeps no session state.',
  },
  'verdict.evidence.session-data-encrypted': {
    ko: '쿠키 {name}에 세션 데이터 자체가 {framework}의 방식으로 암호화되어 들어 있습니다. 서버의 비밀 키 없이는 읽을 수 없고, 서버는 세션 상태를 따로 보관하지 않습니다.',
    en: "The cookie {name} holds the session itself, encrypted by {framework}: unreadable without the server's secret key, and the server keeps no session state.",
  },
  'verdict.evidence.session-data-jwe-cookie': {
    ko: '{name} 쿠키는 {framework}의 방식으로 JWE 암호화한 세션입니다. 세션은 쿠키 안에 있고 서버는 따로 보관하지 않습니다.',
    en: 'The cookie {name} is a session encrypted as a JWE by {framework}: the session lives in the cookie, and the server keeps none.',
  },
  'verdict.evidence.jwt-cookie': {
    ko: '쿠키 {name}에 {format} 토큰이 들어 있습니다.',
    en: 'The cookie {name} holds a {format} token.',
  },
  'verdict.evidence.cookie-sent': {
    ko: '쿠키({name})가 이 사이트로 가는 요청 {count}건에 함께 전송되었습니다.',
    en: 'The cookie {name} was sent with {count} {count|request|requests} to this site.',
  },
  'verdict.evidence.refresh-token': {
    ko: '리프레시 토큰({name})이 있습니다. 액세스 토큰이 만료되면 이것으로 새 토큰을 받습니다.',
    en: 'There is a refresh token ({name}), used to get a new access token when the old one expires.',
  },
  'verdict.evidence.bearer-header': {
    ko: '페이지가 요청 {count}건의 {header} 헤더에 토큰을 직접 실어 보냈습니다.',
    en: 'The page put a token in the {header} header of {count} {count|request|requests} itself.',
  },
  'verdict.evidence.token-scheme-header': {
    ko: '페이지가 요청 {count}건의 {header} 헤더에 {scheme} 방식으로 토큰을 직접 실어 보냈습니다.',
    en: 'The page put a token in the {header} header of {count} {count|request|requests} itself, with the {scheme} scheme.',
  },
  'verdict.evidence.raw-jwt-header': {
    ko: '페이지가 요청 {count}건의 {header} 헤더에 JWT를 방식 이름(Bearer 등) 없이 그대로 실어 보냈습니다.',
    en: 'The page put a JWT in the {header} header of {count} {count|request|requests} itself, with no scheme (such as Bearer) before it.',
  },
  'verdict.evidence.custom-token-header': {
    ko: '페이지가 요청 {count}건의 자체 헤더 {header}에 토큰이나 API 키를 직접 실어 보냈습니다.',
    en: 'The page put a token or API key in its own {header} header of {count} {count|request|requests}.',
  },
  'verdict.evidence.http-basic': {
    ko: '브라우저가 사용자 "{user}"의 HTTP Basic 인증 정보(사용자 이름과 비밀번호)를 이 사이트로 가는 요청 {count}건에 직접 실어 보냈습니다.',
    en: 'The browser itself sent HTTP Basic credentials (user name and password) of the user "{user}" with {count} {count|request|requests} to this site.',
  },
  'verdict.evidence.http-digest': {
    ko: '브라우저가 사용자 "{user}"로 사이트의 HTTP Digest 인증 요청에 응답했습니다(요청 {count}건). 비밀번호 자체는 보내지 않습니다.',
    en: 'The browser answered the site\'s HTTP Digest challenge as the user "{user}" in {count} {count|request|requests}; the password itself is not sent.',
  },
  'verdict.evidence.http-negotiate': {
    ko: '브라우저가 사이트의 {scheme} 인증 요청(Windows 로그인)에 응답했습니다(요청 {count}건).',
    en: "The browser answered the site's {scheme} challenge (Windows sign-in) in {count} {count|request|requests}.",
  },
  'verdict.evidence.http-challenge': {
    ko: '사이트가 요청 {count}건에서 HTTP {scheme} 인증을 요구했고(realm "{realm}"), 브라우저가 직접 응답했습니다.',
    en: 'The site asked for HTTP {scheme} authentication (realm "{realm}") on {count} {count|request|requests}, and the browser answered by itself.',
  },
  'verdict.evidence.http-challenge-user': {
    ko: '사이트가 요청 {count}건에서 HTTP {scheme} 인증을 요구했고(realm "{realm}"), 브라우저가 주소에 적힌 사용자 "{user}"로 직접 응답했습니다.',
    en: 'The site asked for HTTP {scheme} authentication (realm "{realm}") on {count} {count|request|requests}, and the browser answered by itself as the user "{user}", given in the address.',
  },
  'verdict.evidence.http-credentials-hidden': {
    ko: '브라우저가 HTTP 인증으로 보내는 인증 정보는 확장 프로그램에 보이지 않습니다(Chrome은 자신이 붙이는 Authorization 헤더를 확장 프로그램에 보여 주지 않습니다). 그래서 토끼는 서버의 인증 요구로만 이 방식을 알아봅니다.',
    en: 'The browser does not show extensions the credentials it sends for HTTP authentication (Chrome leaves the Authorization header it adds itself out of what they see), so Tokki knows of them only from the challenge.',
  },
  'verdict.evidence.http-challenge-unanswered': {
    ko: '사이트가 HTTP {scheme} 인증을 요구했지만(realm "{realm}") 요청 {count}건이 거절되었습니다. 아직 로그인하지 않았을 수 있습니다.',
    en: 'The site asks for HTTP {scheme} authentication (realm "{realm}"), but {count} {count|request was|requests were} refused: not signed in yet?',
  },
  'verdict.evidence.token-in-storage': {
    ko: '{where}의 "{name}"에 토큰이 저장되어 있습니다.',
    en: 'A token is stored in {where} under "{name}".',
  },
  'verdict.evidence.token-in-memory': {
    ko: '이 토큰은 {header} 헤더에만 보이고 어느 저장소(쿠키, localStorage, sessionStorage, IndexedDB)에도 없습니다. 페이지의 스크립트가 메모리(변수)에만 들고 있다는 뜻입니다. 새로 고치거나 탭을 닫으면 사라지고, 앱은 조용한 갱신(silent refresh)이나 다시 로그인해서 새 토큰을 받습니다. XSS로 저장소를 뒤져도 나오지 않지만, 페이지에서 실행되는 스크립트는 여전히 요청에 실어 쓸 수 있습니다.',
    en: "This token is seen only in the {header} header and in no store (cookie, localStorage, sessionStorage, IndexedDB): the page's script holds it in memory, in a variable. A reload or closing the tab loses it, and the app gets a new one by a silent refresh or a new login. An XSS that searches storage will not find it, though a script running in the page can still use it in requests.",
  },
  'verdict.evidence.refresh-request': {
    ko: '토큰 갱신 엔드포인트로 가는 요청을 {count}건 보았습니다.',
    en: 'Saw {count} {count|request|requests} to a token refresh endpoint.',
  },
  'verdict.evidence.token-replaced': {
    ko: '액세스 토큰이 같은 사용자의 더 새 토큰으로 교체되었습니다.',
    en: 'An access token was replaced by a newer one for the same user.',
  },
  'verdict.evidence.nothing-found': {
    ko: '이 사이트의 쿠키, 저장소, 요청에서 인증 정보를 찾지 못했습니다. 분석·동의·CDN 쿠키와 다른 사이트로 가는 요청은 로그인 근거로 보지 않습니다.',
    en: "No credential in this site's cookies, storage or requests. Analytics, consent and CDN cookies and requests to other sites do not count as a login.",
  },
  'verdict.evidence.nothing-readable': {
    ko: '일부 정보를 읽을 수 없어 로그인 여부를 확실히 말하기 어렵습니다.',
    en: 'Some of the page could not be read, so Tokki cannot be sure there is no login.',
  },
} satisfies Catalogue;
