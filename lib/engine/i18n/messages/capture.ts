import type { Catalogue } from '../entry';

/** Capture, withheld permissions and the toolbar badge. */
export const captureMessages = {
  // Why something could not be read: one entry per Unavailable reason code.
  'capture.unavailable.restricted-page': {
    ko: '브라우저가 확장 프로그램의 접근을 막는 페이지입니다 (브라우저 설정, 확장 프로그램 스토어 등).',
    en: 'The browser does not let extensions read this page (browser settings, extension stores, …).',
  },
  'capture.unavailable.no-host-permission': {
    ko: '이 사이트에 대한 접근 권한이 없어 읽을 수 없습니다. 권한을 허용하면 볼 수 있습니다.',
    en: 'Tokki has no access to this site, so it cannot read it. Allow access to see it.',
  },
  'capture.unavailable.api-missing': {
    ko: '이 브라우저에서는 필요한 API를 지원하지 않습니다.',
    en: 'This browser does not offer the API needed for this.',
  },
  'capture.unavailable.script-failed': {
    ko: '페이지 안에서 저장소를 읽는 스크립트가 실행되지 못했습니다.',
    en: 'The script that reads storage inside the page could not run.',
  },
  'capture.unavailable.frame-blocked': {
    ko: '일부 프레임은 권한이 없어 읽지 못했습니다.',
    en: 'Some frames could not be read for lack of access.',
  },
  'capture.unavailable.quota': {
    ko: '세션 저장 공간이 가득 차서 최근 요청 일부를 기록하지 못했습니다.',
    en: 'Session storage is full, so some recent requests could not be recorded.',
  },
  'capture.unavailable.devtools-only': {
    ko: 'DevTools의 Tokki 탭에서만 볼 수 있습니다.',
    en: 'Only visible in the Tokki tab of DevTools.',
  },
  'capture.unavailable.background-unreachable': {
    ko: '확장 프로그램의 백그라운드와 연결하지 못했습니다. 잠시 후 다시 시도하십시오.',
    en: 'Could not reach the extension’s background. Please try again in a moment.',
  },
  'capture.unavailable.tab-missing': {
    ko: '탭을 찾을 수 없습니다. 이미 닫혔을 수 있습니다.',
    en: 'The tab could not be found; it may have been closed.',
  },
  'capture.unavailable.not-captured-yet': {
    ko: '이 탭의 요청은 아직 기록되지 않았습니다. 페이지를 새로고침하면 요청 헤더를 볼 수 있습니다.',
    en: 'No requests of this tab have been recorded yet. Reload the page to see its request headers.',
  },
  'capture.unavailable.started-mid-page': {
    ko: '토끼가 요청을 보기 전에 이 페이지가 이미 열렸습니다(확장 프로그램이 시작되는 중이었거나 뒤로/앞으로 캐시에서 복원된 페이지입니다). 로그인처럼 처음 보낸 요청이 빠져 있을 수 있습니다. 페이지를 새로고침하면 볼 수 있습니다.',
    en: 'This page loaded before Tokki could see its requests (the extension was still starting, or the page came from the back/forward cache), so its first requests, such as the login, may be missing. Reload the page to see them.',
  },
  'capture.unavailable.seen-partly': {
    ko: '이 페이지를 불러오는 도중에 토끼가 시작되어 요청 {count}건은 일부(응답)만 보았습니다. 해당 요청이 어떤 인증 정보를 실어 보냈는지는 알 수 없습니다. 페이지를 새로고침하면 모든 요청을 처음부터 볼 수 있습니다.',
    en: 'Tokki started while this page was loading: {count} {count|request was|requests were} seen only in part (just {count|its|their} response), too little to tell what {count|it|they} carried. Reload the page to see every request in full.',
  },
  'capture.unavailable.not-in-har': {
    ko: 'HAR 파일에는 이 정보가 담기지 않습니다. 브라우저에서 직접 열어 보아야 확인할 수 있습니다.',
    en: 'A HAR file does not hold this. Open the site in the browser to see it.',
  },

  // What could not be read.
  'capture.what.cookies': { ko: '쿠키', en: 'Cookies' },
  'capture.what.requests': { ko: '요청 기록', en: 'Request log' },
  'capture.what.storage': { ko: '웹 스토리지', en: 'Web storage' },
  'capture.what.indexedDB': { ko: 'IndexedDB', en: 'IndexedDB' },
  'capture.what.bodies': { ko: '응답 본문', en: 'Response bodies' },
  'capture.what.site-access': { ko: '사이트 접근 권한', en: 'Site access' },
  'capture.what.page': { ko: '페이지', en: 'Page' },

  // Asking for withheld access.
  'capture.access.request': { ko: '이 사이트 접근 허용', en: 'Allow access to this site' },
  'capture.access.denied': {
    ko: '접근이 허용되지 않았습니다. 툴바의 확장 프로그램 메뉴에서도 허용할 수 있습니다.',
    en: 'Access was not granted. You can also allow it from the extensions menu in the toolbar.',
  },

  // Live connection to the background.
  'capture.live.reconnecting': {
    ko: '백그라운드와 다시 연결하는 중…',
    en: 'Reconnecting to the background…',
  },
  'capture.stats.seen-partly': {
    ko: '일부만 본 요청 {count}건(토끼가 시작되기 전에 보낸 요청)',
    en: '{count} {count|request|requests} seen only in part (sent before Tokki started)',
  },
  'capture.stats.dropped': {
    ko: '오래된 요청 {count}건은 기록 한도({cap}건)를 넘어 삭제되었습니다.',
    en: '{count} older {count|request was|requests were} dropped to stay within the log limit ({cap}).',
  },

  // Toolbar badge tooltip.
  'capture.badge.title': { ko: '토끼', en: 'Tokki' },
  // The session may live on the server (a session-ID cookie) or in the cookie itself (Flask).
  'capture.badge.session': {
    ko: '세션으로 로그인 유지 (쿠키)',
    en: 'Logged in with a session (cookie)',
  },
  'capture.badge.token': {
    ko: '토큰(Bearer)으로 로그인 유지',
    en: 'Logged in with a bearer token',
  },
  'capture.badge.token-in-cookie': {
    ko: '쿠키에 담긴 토큰(JWT)으로 로그인 유지',
    en: 'Logged in with a token (JWT) kept in a cookie',
  },
  'capture.badge.hybrid': { ko: '세션과 토큰을 함께 사용', en: 'Uses both a session and tokens' },
  'capture.badge.http-auth': {
    ko: 'HTTP 인증으로 로그인 유지 (브라우저가 인증 정보를 직접 전송)',
    en: 'Logged in with HTTP authentication (the browser sends the credentials)',
  },
  'capture.badge.none': { ko: '인증 정보가 보이지 않음', en: 'No credential seen' },
  'capture.badge.warning': {
    ko: '주의: 만료된 인증 정보 또는 심각한 문제가 있습니다',
    en: 'Warning: an expired credential or a serious issue',
  },
} satisfies Catalogue;
