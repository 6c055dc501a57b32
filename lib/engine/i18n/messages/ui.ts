import type { Catalogue } from '../entry';

/** Words of the popup and panel chrome (not of the analysis). */
export const uiMessages = {
  'ui.appName': { ko: '토끼', en: 'Tokki' },
  'ui.tagline': { ko: '이 사이트의 로그인 방식', en: 'How this site keeps you logged in' },

  // Language switch
  'ui.lang.label': { ko: '표시 언어', en: 'Language' },
  'ui.lang.ko': { ko: '한국어', en: 'Korean' },
  'ui.lang.en': { ko: '영어', en: 'English' },
  'ui.lang.both': { ko: '둘 다', en: 'Both' },

  // Verdict
  'ui.verdict.heading': { ko: '판정', en: 'Verdict' },
  'ui.verdict.session': { ko: '서버 세션 방식', en: 'Server-side session' },
  'ui.verdict.token': { ko: '토큰 방식 (Bearer)', en: 'Bearer token' },
  'ui.verdict.session-data': { ko: '쿠키에 담긴 세션', en: 'Session kept in the cookie' },
  'ui.verdict.token-in-cookie': { ko: '쿠키에 담긴 토큰', en: 'Token in a cookie' },
  'ui.verdict.hybrid': { ko: '세션 + 토큰 혼합', en: 'Hybrid: session and token' },
  'ui.verdict.http-auth': {
    ko: 'HTTP 인증 (브라우저가 전송)',
    en: 'HTTP authentication (sent by the browser)',
  },
  'ui.verdict.none': { ko: '로그인 흔적 없음', en: 'No credential seen' },
  'ui.verdict.confidence': { ko: '신뢰도 {pct}%', en: 'Confidence {pct}%' },
  'ui.evidence.heading': { ko: '근거', en: 'Evidence' },
  'ui.evidence.seen': { ko: '(같은 근거 {n}번)', en: '(seen {n} {n|time|times})' },
  'ui.evidence.more': { ko: '근거 {n}개 더 있음', en: '{n} more {n|piece|pieces} of evidence' },

  // Counts
  'ui.counts.heading': { ko: '요약', en: 'At a glance' },
  'ui.counts.cookies': { ko: '쿠키', en: 'Cookies' },
  'ui.counts.sessionCookies': { ko: '세션 {n}', en: '{n} session' },
  'ui.counts.persistentCookies': { ko: '영구 {n}', en: '{n} persistent' },
  'ui.counts.tokens': { ko: '토큰', en: 'Tokens' },
  'ui.counts.findings': { ko: '발견 사항', en: 'Findings' },

  // Severity
  'ui.severity.high': { ko: '높음', en: 'High' },
  'ui.severity.medium': { ko: '중간', en: 'Medium' },
  'ui.severity.low': { ko: '낮음', en: 'Low' },
  'ui.severity.info': { ko: '정보', en: 'Info' },
  'ui.severity.count': { ko: '{severity} {n}건', en: '{n} {severity}' },

  // Storage entries an auth SDK keeps, named as the SDK's documentation names them
  'ui.store.msal-cache': { ko: 'MSAL 토큰 캐시', en: 'MSAL token cache' },
  'ui.store.firebase-user': { ko: 'Firebase 인증 사용자', en: 'Firebase auth user' },
  'ui.store.oidc-user': { ko: 'oidc-client-ts 사용자', en: 'oidc-client-ts user' },
  'ui.store.cognito-tokens': { ko: 'Cognito 토큰', en: 'Cognito tokens' },
  'ui.store.auth0-cache': { ko: 'Auth0 SPA 토큰 캐시', en: 'Auth0 SPA token cache' },
  'ui.store.supabase-session': { ko: 'Supabase 세션', en: 'Supabase session' },
  'ui.store.okta-tokens': { ko: 'Okta 토큰 저장소', en: 'Okta token storage' },
  'ui.store.sdk-entry': { ko: '{sdk} 항목', en: '{sdk} entry' },
  'ui.store.copy': { ko: '키 복사', en: 'Copy key' },
  'ui.store.copyLabel': { ko: '{name}의 전체 키 복사', en: 'Copy the full key of {name}' },

  // Expiry
  'ui.expiry.heading': { ko: '가장 먼저 만료', en: 'Expires first' },
  'ui.expiry.in': { ko: '{time} 후 만료', en: 'expires in {time}' },
  'ui.expiry.ago': { ko: '{time} 전에 만료됨', en: 'expired {time} ago' },
  'ui.expiry.at': { ko: '만료 시각: {date}', en: 'Expires at {date}' },
  'ui.expiry.heading-expired': { ko: '이미 만료됨', en: 'Already expired' },
  'ui.expiry.more-expired': {
    ko: '그 밖에 {n}개가 이미 만료됨',
    en: '{n} more already expired',
  },
  'ui.expiry.next.refresh-in': {
    ko: '{time} 후 만료되면 앱이 리프레시 토큰으로 새 토큰을 받을 수 있습니다',
    en: 'When it expires in {time}, the app can get a new one with the refresh token',
  },
  'ui.expiry.next.refresh-due': {
    ko: '앱이 다음 요청 때 리프레시 토큰으로 새 토큰을 받을 수 있습니다',
    en: 'The app can get a new one with the refresh token on its next request',
  },
  'ui.expiry.next.replaced': {
    ko: '이미 더 새 토큰으로 교체되었습니다',
    en: 'Already replaced by a newer token',
  },
  'ui.expiry.none': {
    ko: '만료 시각이 있는 인증 정보가 없습니다',
    en: 'No credential with an expiry time',
  },
  'ui.expiry.session': { ko: '브라우저를 닫으면 삭제', en: 'Deleted when the browser closes' },
  'ui.expiry.valid': { ko: '유효', en: 'Valid' },
  'ui.expiry.expiring-soon': { ko: '곧 만료', en: 'Expiring soon' },
  'ui.expiry.expired': { ko: '만료됨', en: 'Expired' },
  'ui.expiry.not-yet-valid': { ko: '아직 유효하지 않음', en: 'Not valid yet' },
  'ui.expiry.never-expires': { ko: '만료 없음', en: 'Never expires' },
  'ui.expiry.unknown': { ko: '만료 알 수 없음', en: 'Expiry unknown' },

  // Durations, shortest unit last
  'ui.time.d': { ko: '{d}일 {h}시간', en: '{d}d {h}h' },
  'ui.time.h': { ko: '{h}시간 {m}분', en: '{h}h {m}m' },
  'ui.time.m': { ko: '{m}분 {s}초', en: '{m}m {s}s' },
  'ui.time.s': { ko: '{s}초', en: '{s}s' },

  // Tokens
  'ui.tokens.heading': { ko: '토큰', en: 'Tokens' },
  'ui.tokens.more': {
    ko: '토큰 {n}개 더 있음 (인스펙터에서 확인)',
    en: '{n} more {n|token|tokens} in the inspector',
  },
  'ui.kind.access': { ko: '액세스 토큰', en: 'Access token' },
  'ui.kind.refresh': { ko: '리프레시 토큰', en: 'Refresh token' },
  'ui.kind.id': { ko: 'ID 토큰', en: 'ID token' },
  'ui.kind.session-id': { ko: '세션 ID', en: 'Session ID' },
  'ui.kind.session-data': { ko: '세션 데이터', en: 'Session data' },
  'ui.kind.authorization-code': { ko: 'OAuth 인가 코드', en: 'OAuth authorization code' },
  'ui.kind.csrf': { ko: 'CSRF 토큰', en: 'CSRF token' },
  'ui.kind.unknown': { ko: '종류 미상 토큰', en: 'Unknown token' },
  'ui.format.jws': { ko: 'JWT (JWS)', en: 'JWT (JWS)' },
  'ui.format.jwe': { ko: 'JWE (암호화됨)', en: 'JWE (encrypted)' },
  'ui.format.opaque': { ko: '불투명 값', en: 'Opaque' },
  'ui.format.basic': { ko: 'Basic 인증', en: 'Basic auth' },
  'ui.format.digest': { ko: 'Digest 인증', en: 'Digest auth' },
  'ui.format.negotiate': { ko: 'Negotiate 인증', en: 'Negotiate auth' },
  'ui.format.malformed': { ko: '깨진 토큰', en: 'Malformed' },
  'ui.location.cookie-httponly': { ko: 'HttpOnly 쿠키', en: 'HttpOnly cookie' },
  'ui.location.cookie-script': {
    ko: '스크립트로 읽히는 쿠키',
    en: 'Script-readable cookie',
  },
  'ui.location.localStorage': { ko: 'localStorage', en: 'localStorage' },
  'ui.location.sessionStorage': { ko: 'sessionStorage', en: 'sessionStorage' },
  'ui.location.indexedDB': { ko: 'IndexedDB', en: 'IndexedDB' },
  'ui.location.header': { ko: '요청 헤더', en: 'Request header' },
  'ui.location.url': { ko: 'URL', en: 'URL' },
  'ui.location.response-body': { ko: '응답 본문', en: 'Response body' },

  // Masked values
  'ui.mask.hidden': { ko: '가려진 값 ({n}자)', en: 'Hidden value ({n} {n|character|characters})' },
  'ui.mask.reveal': { ko: '보기', en: 'Reveal' },
  'ui.mask.hide': { ko: '가리기', en: 'Hide' },
  'ui.mask.revealLabel': { ko: '{name} 값 보기', en: 'Reveal the value of {name}' },
  'ui.mask.copyRaw': { ko: '원본 복사', en: 'Copy raw' },
  'ui.mask.copyJson': { ko: 'JSON 복사', en: 'Copy JSON' },
  'ui.mask.copyRawLabel': { ko: '{name} 원본 값 복사', en: 'Copy the raw value of {name}' },
  'ui.mask.copyJsonLabel': {
    ko: '{name}의 디코딩된 JSON 복사',
    en: 'Copy the decoded JSON of {name}',
  },
  'ui.mask.copied': { ko: '복사했습니다', en: 'Copied' },
  'ui.mask.copyFailed': { ko: '복사하지 못했습니다', en: 'Could not copy' },
  'ui.mask.showAll': { ko: '전체 보기 ({n}자)', en: 'Show all ({n} {n|character|characters})' },
  'ui.mask.showLess': { ko: '접기', en: 'Show less' },

  // Findings
  'ui.findings.heading': { ko: '발견 사항', en: 'Findings' },
  'ui.findings.site': { ko: '사이트 전체', en: 'The site as a whole' },
  'ui.findings.replaced': { ko: '교체됨', en: 'Replaced' },
  'ui.findings.none': { ko: '눈에 띄는 위험은 없습니다', en: 'Nothing risky found' },
  'ui.findings.more': {
    ko: '{n}건 더 있음 (인스펙터에서 확인)',
    en: '{n} more in the inspector',
  },

  // States
  'ui.state.loading': { ko: '이 탭을 살펴보는 중…', en: 'Reading this tab…' },
  'ui.state.error': { ko: '이 탭을 읽지 못했습니다', en: 'Could not read this tab' },
  'ui.state.retry': { ko: '다시 시도', en: 'Try again' },
  'ui.state.restricted.title': {
    ko: '이 페이지는 살펴볼 수 없습니다',
    en: 'Tokki cannot look at this page',
  },
  'ui.state.restricted.body': {
    ko: '브라우저 내부 페이지(chrome://, about:)와 확장 프로그램 스토어는 브라우저가 확장 프로그램의 접근을 막습니다. 일반 웹사이트 탭에서 토끼를 다시 열면 됩니다.',
    en: 'Browsers keep extensions out of their own pages (chrome://, about:) and of the extension stores. Open Tokki again on a tab with a normal website.',
  },
  'ui.state.access.title': {
    ko: '이 사이트에 접근할 권한이 없습니다',
    en: 'Tokki has no access to this site',
  },
  'ui.state.access.body': {
    ko: '브라우저가 이 사이트의 쿠키와 요청을 읽도록 허용하지 않았습니다. 허용하면 이 사이트에서만 읽으며, 읽은 값은 이 기기 밖으로 나가지 않습니다.',
    en: 'The browser has not let Tokki read this site’s cookies and requests. If you allow it, Tokki reads this site only, and nothing it reads leaves this device.',
  },
  'ui.state.access.button': { ko: '이 사이트 접근 허용', en: 'Allow access to this site' },
  'ui.state.access.denied': {
    ko: '권한을 받지 못했습니다. 브라우저의 확장 프로그램 메뉴에서 허용할 수도 있습니다.',
    en: 'Access was not granted. You can also allow it from the browser’s extensions menu.',
  },
  'ui.state.none.title': { ko: '로그인 흔적을 찾지 못했습니다', en: 'No login credential found' },
  'ui.state.none.body': {
    ko: '이 탭에서 로그인에 쓰이는 쿠키나 토큰이 보이지 않습니다. 아직 로그인하지 않았을 수 있습니다.',
    en: 'Tokki sees no login cookie or token in this tab. You may not be logged in yet.',
  },
  'ui.state.none.tryLogin': {
    ko: '이 사이트에 로그인한 뒤 토끼를 다시 열어 주십시오.',
    en: 'Log in to this site, then open Tokki again.',
  },
  'ui.state.none.tryReload': {
    ko: '이미 로그인한 상태라면 페이지를 새로고침해 주십시오. 토끼는 자신이 켜진 뒤에 보낸 요청 헤더만 볼 수 있습니다.',
    en: 'Already logged in? Reload the page: Tokki only sees request headers sent after it started.',
  },
  'ui.state.none.tryDevtools': {
    ko: '토큰이 응답 본문에만 있다면 DevTools의 Tokki 탭에서 볼 수 있습니다.',
    en: 'Tokens that only appear in response bodies show up in the Tokki tab of DevTools.',
  },
  'ui.state.manyCookies': {
    ko: '쿠키가 {n}개나 있어 팝업에는 요약만 보여 줍니다. 전체 목록은 인스펙터에서 볼 수 있습니다.',
    en: 'This site has {n} cookies. The popup shows a summary; see them all in the inspector.',
  },

  // Inspector
  'ui.inspector.hint': {
    ko: '전체 내용은 DevTools(F12)를 열고 Tokki 탭에서 볼 수 있습니다.',
    en: 'For everything, open DevTools (F12) and choose the Tokki tab.',
  },
  'ui.inspector.open': { ko: '인스펙터를 새 탭에서 열기', en: 'Open the inspector in a tab' },
  'ui.workbench.open': { ko: '작업대 열기', en: 'Open the workbench' },
  'ui.workbench.title': {
    ko: '사이트 없이 쓰는 디코더, HAR 가져오기, 배우기를 새 탭에서 엽니다',
    en: 'The Decoder, HAR import and Learn, with no site needed, in a new tab',
  },
} satisfies Catalogue;
