import type { FindingId } from '../../findings/catalogue';
import type { Entry } from '../entry';

/**
 * One sentence per finding id (lib/engine/findings/catalogue.ts): what is wrong and why it
 * matters. Typed by the ids, so a finding without its sentence, or a sentence for no finding,
 * does not compile.
 */
export const findingsMessages = {
  'finding.jwt.alg-none': {
    ko: '이 JWT는 헤더의 alg가 "{alg}"이고 서명이 없습니다. 서버가 이런 토큰을 받아 준다면 누구나 내용을 고쳐 다른 사용자로 행세할 수 있습니다.',
    en: 'This JWT declares alg "{alg}" and carries no signature. If the server accepts tokens like this, anyone can edit the claims and pose as another user.',
  },
  'finding.jwt.empty-signature': {
    ko: '헤더에는 {alg} 서명이라고 적혀 있지만 서명 부분이 비어 있습니다. 서명을 제대로 검증하는 서버라면 이 토큰을 거부해야 합니다.',
    en: 'The header says {alg}, but the signature part is empty. A server that really verifies signatures must reject this token.',
  },
  'finding.jwt.ecdsa-zero-signature': {
    ko: '{alg} 서명이 전부 0으로 되어 있습니다. 패치되지 않은 Java 15–18(CVE-2022-21449)은 이런 "사이킥 서명"을 유효하다고 판단합니다.',
    en: 'The {alg} signature is all zeros. Unpatched Java 15–18 (CVE-2022-21449) accepts such a "psychic signature" as valid.',
  },
  'finding.jwt.hmac-alg': {
    ko: '{alg} 알고리즘은 서명하는 쪽과 검증하는 쪽이 같은 비밀 키를 나눠 쓰는 방식입니다. 키가 짧거나 흔하면 오프라인에서 추측해 낼 수 있으므로 충분히 길고 무작위인 키를 써야 합니다.',
    en: '{alg} uses one shared secret for signing and verifying. A short or common secret can be guessed offline, so make sure it is long and random.',
  },
  'finding.jwt.embedded-jwk': {
    ko: '헤더에 공개 키(jwk)가 들어 있습니다. 서버가 토큰에 딸려 온 키로 서명을 검증하면 공격자가 자기 키로 서명한 토큰도 통과합니다.',
    en: 'The header embeds a public key (jwk). A server that verifies with a key the token brings along accepts tokens the attacker signed with their own key.',
  },
  'finding.jwt.jku-x5u': {
    ko: '헤더의 {param} 값이 {url}에 있는 검증 키를 가리킵니다. 토끼는 이 주소에 접속하지 않습니다. 서버가 허용 목록 없이 이 주소를 따르면 위조 토큰을 받아들일 수 있습니다.',
    en: "The header's {param} points to a key at {url}. Tokki never fetches it. A server that follows it without an allow-list can be fed forged tokens.",
  },
  'finding.jwt.suspicious-kid': {
    ko: 'kid 값("{kid}")이 경로 이동, SQL 조각 또는 URL처럼 보입니다. 서버가 kid로 파일이나 DB를 조회한다면 인젝션에 노출될 수 있습니다.',
    en: 'The kid "{kid}" looks like path traversal, an SQL fragment or a URL. If the server looks keys up by kid in files or a database, it may be open to injection.',
  },
  'finding.jwt.missing-exp': {
    ko: '만료 시각(exp)이 없어 이 토큰은 스스로 만료되지 않습니다. 한 번 유출되면 서버가 따로 막기 전까지 계속 쓸 수 있습니다.',
    en: 'There is no expiry (exp), so this token never expires on its own. Once leaked, it works until the server blocks it some other way.',
  },
  'finding.jwt.long-lifetime': {
    ko: '이 토큰의 수명(exp − iat)은 약 {days}일입니다. 액세스 토큰은 보통 몇 분에서 몇 시간이면 충분하고, 길수록 유출됐을 때 피해가 커집니다.',
    en: 'This token lives about {days} {days|day|days} (exp − iat). Access tokens usually need minutes to hours; the longer they live, the more a leak costs.',
  },
  'finding.jwt.expired-still-sent': {
    ko: '만료된 뒤에도 이 토큰이 요청 {count}건에 실려 갔습니다. 앱이 만료를 확인하지 않거나, 서버가 만료된 토큰을 받아 주고 있을 수 있습니다.',
    en: 'This token was still sent with {count} {count|request|requests} after it expired. The app may not check expiry, or the server may accept expired tokens.',
  },
  'finding.jwt.nbf-in-future': {
    ko: 'nbf(이 시각 이전에는 무효)가 미래입니다. 아직 쓰면 안 되는 토큰이거나 발급 서버의 시계가 어긋나 있습니다.',
    en: "nbf (not before) is in the future: the token is not valid yet, or the issuer's clock is off.",
  },
  'finding.jwt.iat-in-future': {
    ko: '발급 시각(iat)이 미래로 되어 있습니다. 발급 서버의 시계가 어긋났거나 토큰이 만들어진 것일 수 있습니다.',
    en: "The issued-at time (iat) is in the future: the issuer's clock is off, or the token was crafted.",
  },
  'finding.jwt.exp-in-milliseconds': {
    ko: 'exp가 초가 아니라 밀리초로 적혀 있습니다. 표준(NumericDate)은 초 단위라서 다른 라이브러리는 이 토큰을 수만 년 뒤에 만료되는 것으로 읽습니다.',
    en: 'exp is written in milliseconds, not seconds. The standard NumericDate is in seconds, so other libraries read this token as expiring tens of thousands of years from now.',
  },
  'finding.jwt.missing-iss': {
    ko: '발급자(iss)가 없습니다. 여러 발급자의 토큰을 받는 서버는 이 토큰이 어디서 왔는지 확인할 수 없습니다.',
    en: 'There is no issuer (iss). A server that trusts several issuers cannot tell where this token came from.',
  },
  'finding.jwt.missing-aud': {
    ko: '대상(aud)이 없습니다. 같은 발급자의 다른 서비스용 토큰을 이 서비스에 그대로 들이밀어도 구별할 수 없습니다.',
    en: 'There is no audience (aud). A token issued for another service of the same issuer could be replayed here unnoticed.',
  },
  'finding.jwt.id-token-as-bearer': {
    ko: 'ID 토큰이 Authorization 헤더에 실려 API 호출에 쓰이고 있습니다. ID 토큰은 로그인한 사람이 누구인지 앱에 알려 주는 용도이고, API 인가에는 액세스 토큰을 써야 합니다.',
    en: 'An ID token is being sent as a bearer token to call an API. ID tokens tell the app who logged in; APIs should be authorized with access tokens.',
  },
  'finding.jwt.sensitive-payload': {
    ko: '페이로드에 개인정보로 보이는 클레임({claims})이 있습니다. JWS 페이로드는 암호화되지 않아 토큰을 본 누구나 읽을 수 있습니다.',
    en: 'The payload carries claims that look personal ({claims}). A JWS payload is not encrypted: anyone who sees the token can read it.',
  },
  'finding.cookie.credential-without-httponly': {
    ko: '인증 쿠키 {name}에 HttpOnly가 없어 페이지의 스크립트가 읽을 수 있습니다. XSS가 하나만 있어도 세션을 통째로 빼앗길 수 있습니다.',
    en: 'The credential cookie {name} lacks HttpOnly, so page scripts can read it. A single XSS bug is enough to steal the session.',
  },
  'finding.cookie.credential-without-secure': {
    ko: '인증 쿠키 {name}에 Secure가 없어 암호화되지 않은 http 요청에도 함께 전송됩니다.',
    en: 'The credential cookie {name} lacks Secure, so it is also sent over unencrypted http.',
  },
  'finding.cookie.samesite-missing': {
    ko: '인증 쿠키 {name}에 SameSite가 지정되지 않았습니다. Chrome은 Lax로 취급하지만 다른 브라우저는 다른 사이트에서 보낸 요청에도 쿠키를 붙일 수 있어 CSRF에 노출됩니다.',
    en: 'The credential cookie {name} sets no SameSite. Chrome treats it as Lax, but other browsers may attach it to cross-site requests, which opens the door to CSRF.',
  },
  'finding.cookie.samesite-none-without-secure': {
    ko: '인증 쿠키({name})가 SameSite=None인데 Secure가 없습니다. Chrome과 쿠키 명세(RFC 6265bis)는 이런 쿠키를 거부하고, 아직 받아 주는 브라우저에서는 다른 사이트로 가는 요청에 http로도 실려 갑니다.',
    en: 'The credential cookie {name} is SameSite=None without Secure. Chrome and the cookie spec (RFC 6265bis) reject it; where a browser still accepts it, it rides along with cross-site requests, even over http.',
  },
  'finding.cookie.loose-domain': {
    ko: '인증 쿠키({name})에 Domain={domain} 속성이 있어 {domain}의 모든 하위 도메인으로 전송됩니다. 하위 도메인 하나만 뚫려도 이 쿠키가 새어 나갈 수 있습니다.',
    en: 'The credential cookie {name} is set for Domain={domain}, so every subdomain of {domain} receives it. One compromised subdomain can leak it.',
  },
  'finding.cookie.host-prefix-broken': {
    ko: '쿠키({name})는 __Host- 접두사를 쓰지만 규칙(Secure, Domain 없음, Path=/)을 지키지 않습니다. 접두사가 약속하는 보호를 받지 못합니다.',
    en: 'The cookie {name} uses the __Host- prefix but breaks its rules (Secure, no Domain, Path=/), so it does not get the protection the prefix promises.',
  },
  'finding.cookie.secure-prefix-broken': {
    ko: '쿠키({name})는 __Secure- 접두사를 쓰지만 Secure 속성이 없습니다.',
    en: 'The cookie {name} uses the __Secure- prefix but is not Secure.',
  },
  'finding.cookie.jwt-readable-by-scripts': {
    ko: 'JWT가 든 쿠키 {name}에 HttpOnly가 없어 스크립트가 토큰을 읽을 수 있습니다. XSS로 토큰을 빼내면 다른 곳에서도 그대로 쓸 수 있습니다.',
    en: 'The cookie {name} holds a JWT and lacks HttpOnly, so scripts can read the token. Stolen through XSS, it works from anywhere.',
  },
  'finding.storage.token-in-localstorage': {
    ko: '토큰이 localStorage("{name}")에 저장되어 있습니다. 페이지의 모든 스크립트가 읽을 수 있고, 브라우저를 닫아도 남아 있습니다.',
    en: 'A token is kept in localStorage ("{name}"). Every script on the page can read it, and it survives closing the browser.',
  },
  'finding.storage.token-in-sessionstorage': {
    ko: '토큰이 sessionStorage("{name}")에 저장되어 있습니다. 탭을 닫으면 사라지지만, 그 전까지는 페이지의 모든 스크립트가 읽을 수 있습니다.',
    en: 'A token is kept in sessionStorage ("{name}"). It goes away with the tab, but until then every script on the page can read it.',
  },
  'finding.storage.token-in-indexeddb': {
    ko: '토큰이 IndexedDB({name})에 저장되어 있습니다. 페이지의 스크립트가 읽을 수 있고, 브라우저를 닫아도 남아 있습니다.',
    en: 'A token is kept in IndexedDB ({name}). Page scripts can read it, and it survives closing the browser.',
  },
  'finding.storage.refresh-token-readable': {
    ko: '리프레시 토큰({name})이 스크립트가 읽을 수 있는 곳에 있습니다. 빼앗기면 공격자가 새 액세스 토큰을 계속 발급받을 수 있으니 HttpOnly 쿠키에 두는 편이 안전합니다.',
    en: 'A refresh token ({name}) sits where scripts can read it. Stolen, it lets an attacker keep minting new access tokens; an HttpOnly cookie is safer.',
  },
  'finding.url.token-in-url': {
    ko: 'URL의 {name} 파라미터에 토큰이 실려 있습니다. URL은 방문 기록, 서버 로그, Referer 헤더에 남아 토큰이 새어 나가기 쉽습니다.',
    en: 'A token travels in the URL parameter {name}. URLs end up in history, server logs and Referer headers, so the token leaks easily.',
  },
  'finding.transport.credentials-over-http': {
    ko: '인증 정보({name})가 암호화되지 않은 http로 {host}에 전송되었습니다. 같은 네트워크의 누구나 이 인증 정보를 가로챌 수 있습니다.',
    en: '{name} was sent to {host} over unencrypted http. Anyone on the same network can capture this credential.',
  },
} satisfies Record<`finding.${FindingId}`, Entry>;
