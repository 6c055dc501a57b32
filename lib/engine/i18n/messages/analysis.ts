import type { Catalogue } from '../entry';

/**
 * The analysis' explanations: token kinds and why they were guessed, storage locations and their
 * risks, expiry states, why a cookie is (not) a credential, and what could not be read.
 */
export const analysisMessages = {
  // Token kinds
  'analysis.kind.access': {
    ko: '액세스 토큰: API를 호출할 권한(인가)을 증명합니다. 수명이 짧은 것이 보통입니다.',
    en: 'Access token: proves the right to call an API (authorization). Usually short-lived.',
  },
  'analysis.kind.refresh': {
    ko: '리프레시 토큰: 액세스 토큰이 만료되면 새 토큰을 받는 데 씁니다. 수명이 길고, 서버도 기록해 둡니다.',
    en: 'Refresh token: exchanged for a new access token when the old one expires. Long-lived, and the server keeps track of it.',
  },
  'analysis.kind.id': {
    ko: 'ID 토큰: 누가 로그인했는지(인증)를 앱에 알려 주는 OpenID Connect 토큰입니다. API 호출용이 아닙니다.',
    en: 'ID token: an OpenID Connect token telling the app who logged in (authentication). Not meant for calling APIs.',
  },
  'analysis.kind.session-id': {
    ko: '세션 ID: 서버에 저장된 세션을 가리키는 무작위 값입니다. 값 자체에는 아무 정보도 없습니다.',
    en: 'Session ID: a random value pointing at a session stored on the server. The value itself carries no information.',
  },
  'analysis.kind.csrf': {
    ko: 'CSRF 토큰: 요청이 이 사이트의 페이지에서 왔는지 확인하는 값입니다. 로그인 자체를 증명하지는 않습니다.',
    en: "CSRF token: checks that a request came from this site's own pages. It does not prove a login by itself.",
  },
  'analysis.kind.authorization-code': {
    ko: 'OAuth 인가 코드: 로그인 직후 인가 서버가 리디렉션 URL에 붙여 보내는 일회용 코드입니다. 앱이 몇 분 안에 한 번만 토큰으로 교환하며, 이 코드 자체로 로그인이 유지되지는 않습니다.',
    en: 'OAuth authorization code: a one-time code the authorization server adds to the redirect URL right after sign-in. The app exchanges it once, within minutes, for tokens; it does not keep anyone logged in by itself.',
  },
  'analysis.kind.unknown': {
    ko: '용도를 알 수 없는 토큰입니다.',
    en: 'A token whose purpose could not be determined.',
  },
  'analysis.kind.reason.token-use': {
    ko: 'token_use 클레임이 "{value}"입니다.',
    en: 'The token_use claim says "{value}".',
  },
  'analysis.kind.reason.typ-at-jwt': {
    ko: '헤더의 typ이 "{value}"로, RFC 9068 액세스 토큰 형식입니다.',
    en: 'The header typ is "{value}", the RFC 9068 access-token type.',
  },
  'analysis.kind.reason.payload-typ': {
    ko: '페이로드의 typ 클레임이 "{value}"입니다.',
    en: 'The payload typ claim is "{value}".',
  },
  'analysis.kind.reason.id-claim': {
    ko: 'ID 토큰에만 있는 {claim} 클레임이 있습니다.',
    en: 'It has the {claim} claim, which only ID tokens carry.',
  },
  'analysis.kind.reason.known-sdk': {
    ko: '{sdk}에서 이 종류의 토큰을 "{name}"에 저장합니다.',
    en: '{sdk} keeps this kind of token under "{name}".',
  },
  'analysis.kind.reason.name': {
    ko: '저장된 이름("{name}")이 용도를 알려 줍니다.',
    en: 'Its name, "{name}", says what it is for.',
  },
  'analysis.kind.reason.scope': {
    ko: '권한 범위(scope: {value})가 들어 있습니다.',
    en: 'It carries scopes ({value}).',
  },
  'analysis.kind.reason.sent-as-bearer': {
    ko: '요청 헤더에 실려 API 호출에 쓰였습니다.',
    en: 'It was sent in a request header to call an API.',
  },
  'analysis.kind.reason.jwt-in-cookie': {
    ko: '쿠키에 든 JWT로, 요청마다 로그인을 증명하는 데 쓰입니다.',
    en: 'A JWT in a cookie, proving the login with every request.',
  },
  'analysis.kind.reason.opaque-cookie': {
    ko: '쿠키에 든 불투명한 무작위 값이라 서버 쪽 세션을 가리키는 것으로 보입니다.',
    en: 'An opaque random value in a cookie, most likely pointing at a server-side session.',
  },
  'analysis.kind.reason.short-lifetime': {
    ko: '수명이 {minutes}분으로 짧습니다.',
    en: 'It lives only {minutes} min.',
  },
  'analysis.kind.reason.authorization-code': {
    ko: '리디렉션 URL의 {name} 파라미터에 state와 함께 왔습니다(OAuth 2.0 인가 코드 흐름).',
    en: "It came in the redirect URL's {name} parameter, next to state (the OAuth 2.0 authorization code flow).",
  },
  'analysis.kind.reason.no-clue': {
    ko: '용도를 짐작할 단서가 없습니다.',
    en: 'Nothing hints at its purpose.',
  },
  'analysis.kind.reason.issuer': {
    ko: '{provider}에서 발급한 토큰입니다.',
    en: 'Issued by {provider}.',
  },
  'analysis.kind.reason.basic': {
    ko: 'HTTP Basic 인증 정보(사용자 이름과 비밀번호)입니다.',
    en: 'HTTP Basic credentials (user name and password).',
  },
  // Locations
  'analysis.location.cookie-httponly': {
    ko: 'HttpOnly 쿠키: 스크립트가 읽을 수 없고, 브라우저가 요청마다 자동으로 보냅니다(그래서 CSRF 대책이 필요합니다).',
    en: 'HttpOnly cookie: scripts cannot read it; the browser sends it automatically with each request (hence the need for CSRF defenses).',
  },
  'analysis.location.cookie-script': {
    ko: '스크립트가 읽을 수 있는 쿠키: 자동으로 전송되면서 XSS로 읽어 갈 수도 있습니다.',
    en: 'Script-readable cookie: sent automatically and also readable through XSS.',
  },
  'analysis.location.localStorage': {
    ko: 'localStorage: 페이지의 모든 스크립트가 읽을 수 있고, 브라우저를 닫아도 남습니다. 자동으로 전송되지는 않습니다.',
    en: 'localStorage: every script on the page can read it and it survives closing the browser. It is not sent automatically.',
  },
  'analysis.location.sessionStorage': {
    ko: 'sessionStorage: 스크립트가 읽을 수 있고, 탭을 닫으면 사라집니다.',
    en: 'sessionStorage: readable by scripts; gone when the tab closes.',
  },
  'analysis.location.indexedDB': {
    ko: 'IndexedDB: 스크립트가 읽을 수 있고, 브라우저를 닫아도 남습니다.',
    en: 'IndexedDB: readable by scripts and survives closing the browser.',
  },
  'analysis.location.header': {
    ko: '요청 헤더에서만 보임(메모리): 페이지가 변수에 들고 있다가 직접 보냅니다. 새로고침하면 사라집니다.',
    en: 'Seen only in request headers (memory): the page keeps it in a variable and sends it itself. Gone on reload.',
  },
  'analysis.location.url': {
    ko: 'URL: 방문 기록, 서버 로그, Referer 헤더에 남을 수 있습니다.',
    en: 'URL: may end up in history, server logs and Referer headers.',
  },
  'analysis.location.response-body': {
    ko: '응답 본문: 서버가 토큰을 건네준 곳입니다(DevTools 패널에서만 보입니다).',
    en: 'Response body: where the server handed the token over (visible in the DevTools panel only).',
  },
  // Expiry states
  'analysis.expiry.session': {
    ko: '세션 쿠키: 만료 날짜가 없어 브라우저를 닫으면 사라집니다(세션 복원 기능을 켜면 남기도 합니다).',
    en: 'Session cookie: no expiry date, so it goes away when the browser closes (unless the browser restores sessions).',
  },
  'analysis.expiry.valid': {
    ko: '유효함: 아직 만료되지 않았습니다.',
    en: 'Valid: not expired yet.',
  },
  'analysis.expiry.expiring-soon': { ko: '곧 만료됩니다.', en: 'Expires soon.' },
  'analysis.expiry.expired': { ko: '이미 만료되었습니다.', en: 'Already expired.' },
  'analysis.expiry.not-yet-valid': {
    ko: '아직 유효하지 않습니다(nbf가 미래).',
    en: 'Not valid yet (nbf is in the future).',
  },
  'analysis.expiry.never-expires': {
    ko: '만료 시각이 없어 스스로 만료되지 않습니다.',
    en: 'No expiry: it never expires by itself.',
  },
  'analysis.expiry.unknown': {
    ko: '만료 시점을 알 수 없습니다(불투명 토큰은 서버만 알고 있습니다).',
    en: 'Expiry unknown (only the server knows for an opaque token).',
  },
  // Why a cookie is or is not a credential
  'analysis.cookie.reason.purpose.analytics': {
    ko: '{vendor}의 분석용 쿠키로, 로그인과 관계없습니다.',
    en: 'An analytics cookie of {vendor}; unrelated to logging in.',
  },
  'analysis.cookie.reason.purpose.advertising': {
    ko: '{vendor}의 광고용 쿠키로, 로그인과 관계없습니다.',
    en: 'An advertising cookie of {vendor}; unrelated to logging in.',
  },
  'analysis.cookie.reason.purpose.consent': {
    ko: '쿠키 동의 상태를 기억하는 쿠키입니다({vendor}).',
    en: 'Remembers your cookie consent ({vendor}).',
  },
  'analysis.cookie.reason.purpose.load-balancer': {
    ko: '로드 밸런서가 같은 서버로 보내려고 쓰는 쿠키입니다({vendor}).',
    en: 'Keeps you on the same server behind a load balancer ({vendor}).',
  },
  'analysis.cookie.reason.purpose.cdn': {
    ko: 'CDN·봇 차단용 쿠키입니다({vendor}).',
    en: 'A CDN or bot-protection cookie ({vendor}).',
  },
  'analysis.cookie.reason.purpose.csrf': {
    ko: 'CSRF 방어용 토큰입니다({vendor}). 로그인을 증명하지는 않습니다.',
    en: 'An anti-CSRF token ({vendor}). It does not prove a login.',
  },
  'analysis.cookie.reason.purpose.preferences': {
    ko: '언어·테마 같은 설정을 기억하는 쿠키입니다.',
    en: 'Remembers a preference such as language or theme.',
  },
  'analysis.cookie.reason.known-sdk': {
    ko: '{sdk}이(가) 인증 정보를 담는 쿠키입니다.',
    en: '{sdk} keeps the login in this cookie.',
  },
  'analysis.cookie.reason.known-session': {
    ko: '{framework}이(가) 세션에 기본으로 쓰는 쿠키 이름입니다.',
    en: 'The cookie name {framework} uses for its session by default.',
  },
  'analysis.cookie.reason.contains-jwt': {
    ko: '값에 JWT가 들어 있습니다.',
    en: 'Its value holds a JWT.',
  },
  'analysis.cookie.reason.empty': { ko: '값이 비어 있습니다.', en: 'Its value is empty.' },
  'analysis.cookie.reason.credential-name': {
    ko: '이름("{name}")이 인증용 쿠키처럼 보입니다.',
    en: 'The name "{name}" looks like a credential cookie\'s.',
  },
  'analysis.cookie.reason.opaque-httponly': {
    ko: 'HttpOnly이고 약 {bits}비트의 무작위 값이라 세션 ID로 보입니다.',
    en: 'HttpOnly with about {bits} bits of randomness: it looks like a session ID.',
  },
  'analysis.cookie.reason.no-sign': {
    ko: '인증 정보라는 단서가 없습니다.',
    en: 'Nothing suggests it is a credential.',
  },
  // Problems
  'analysis.problem.value-too-large': {
    ko: '{name}의 값이 너무 커서({bytes}바이트) 토큰을 찾지 않았습니다.',
    en: 'The value of {name} is too large ({bytes} bytes) to search for tokens.',
  },
  'analysis.problem.not-a-snapshot': {
    ko: '받은 데이터가 스냅샷 형식이 아닙니다.',
    en: 'The data received is not a snapshot.',
  },
  'analysis.problem.dropped-entries': {
    ko: '형식이 잘못된 {what} 항목 {count}개를 건너뛰었습니다.',
    en: 'Skipped {count} malformed {what} {count|entry|entries}.',
  },
  'analysis.problem.bad-site-url': {
    ko: '페이지 주소("{url}")를 해석할 수 없습니다.',
    en: 'The page address "{url}" could not be parsed.',
  },
  'analysis.problem.internal': {
    ko: '분석 중 예상하지 못한 오류가 났습니다: {error}',
    en: 'The analysis hit an unexpected error: {error}',
  },
} satisfies Catalogue;
