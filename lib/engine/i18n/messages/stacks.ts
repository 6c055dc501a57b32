import type { Catalogue } from '../entry';

/**
 * What Tokki says about the cookies and storage entries of known auth stacks: frameworks' own
 * value formats (signed or encrypted session data, signed session ids, signatures) and the
 * entries that are not credentials (redirect targets, flags, OAuth state, user hints).
 */
export const stacksMessages = {
  'analysis.kind.session-data': {
    ko: '세션 데이터: 세션 내용 자체가 서명되거나 암호화되어 쿠키에 들어 있습니다. 서버는 상태를 저장하지 않고, 이 쿠키가 곧 세션입니다.',
    en: 'Session data: the session itself, signed or encrypted into the cookie. The server keeps no state; the cookie is the session.',
  },
  // Why a token is of this kind
  'analysis.kind.reason.framework-data.signed': {
    ko: '{framework} 형식의 서명된 세션 데이터입니다. 내용은 누구나 읽을 수 있고, 서명 덕분에 바꿀 수는 없습니다.',
    en: "{framework}'s signed session data: anyone can read it; the signature stops anyone from changing it.",
  },
  'analysis.kind.reason.framework-data.encrypted': {
    ko: '{framework}이(가) 암호화한 세션 데이터입니다. 서버의 비밀 키 없이는 읽을 수 없습니다.',
    en: "Session data encrypted by {framework}: unreadable without the server's secret.",
  },
  'analysis.kind.reason.framework-id.signed': {
    ko: '{framework}이(가) 서명한 세션 ID입니다. 세션 내용은 서버에 있습니다.',
    en: 'A session ID signed by {framework}; the session itself is kept on the server.',
  },
  'analysis.kind.reason.framework-id.encrypted': {
    ko: '{framework}이(가) 암호화한 세션 ID입니다. 서버의 비밀 키 없이는 읽을 수 없고, 세션 내용은 서버에 있습니다.',
    en: "A session ID encrypted by {framework}, unreadable without the server's secret; the session itself is kept on the server.",
  },
  'analysis.kind.reason.sdk-store': {
    ko: '{sdk}이(가) "{name}"에 보관하는 값입니다.',
    en: 'Kept by {sdk} under "{name}".',
  },
  // Why a cookie is or is not a credential
  'analysis.cookie.reason.framework-data.signed': {
    ko: '{framework}이(가) 세션을 담는 쿠키입니다. 세션 내용이 서명되어 쿠키 자체에 들어 있습니다.',
    en: "{framework}'s session-data cookie: the session's data, signed, is in the cookie itself.",
  },
  'analysis.cookie.reason.framework-data.encrypted': {
    ko: '{framework}이(가) 세션을 담는 쿠키입니다. 세션 내용이 암호화되어 쿠키 자체에 들어 있습니다(서버의 비밀 키 없이는 읽을 수 없음).',
    en: "{framework}'s session-data cookie: the session's data, encrypted, is in the cookie itself (unreadable without the server's secret).",
  },
  'analysis.cookie.reason.framework-id.signed': {
    ko: '{framework}의 세션 ID 쿠키입니다. 서버에 있는 세션을 가리키는 서명된 세션 ID가 들어 있습니다.',
    en: "{framework}'s session-ID cookie: a signed ID of the session the server keeps.",
  },
  'analysis.cookie.reason.framework-id.encrypted': {
    ko: '{framework}의 세션 ID 쿠키입니다. 서버에 있는 세션을 가리키는 세션 ID가 암호화되어 들어 있습니다.',
    en: "{framework}'s session-ID cookie: the encrypted ID of the session the server keeps.",
  },
  'analysis.cookie.reason.signature': {
    ko: '{framework}이(가) "{name}" 쿠키에 붙이는 서명입니다. 그 자체로는 인증 정보가 아닙니다.',
    en: '{framework}\'s signature of the "{name}" cookie. Not a credential on its own.',
  },
  'analysis.cookie.reason.sign-in-service': {
    ko: '{framework} 로그인 서비스가 자기 세션을 유지하는 쿠키입니다({host}). 그 서비스에서 다시 로그인(SSO)할 때 쓰이며, 이 사이트는 이 쿠키로 로그인을 유지하지 않습니다.',
    en: "The cookie that keeps the sign-in service's own session ({framework}, on {host}). It signs you in again there (single sign-on); this site does not keep you logged in with it.",
  },
  'analysis.cookie.reason.url-value': {
    ko: '디코딩하면 URL입니다. 로그인 후 이동할 주소 같은 값이지 인증 정보가 아닙니다.',
    en: 'Decoded, it is a URL: an address such as where to go after signing in, not a credential.',
  },
  'analysis.cookie.reason.purpose.redirect': {
    ko: '로그인 후 돌아갈 주소를 기억하는 쿠키입니다({vendor}). 인증 정보가 아닙니다.',
    en: 'Remembers where to return after signing in ({vendor}). Not a credential.',
  },
  'analysis.cookie.reason.purpose.flag': {
    ko: '"로그인되어 있음"을 표시하는 플래그입니다({vendor}). 로그인을 증명하지는 않습니다.',
    en: 'A "signed in" flag ({vendor}). It does not prove a login.',
  },
  'analysis.cookie.reason.purpose.oauth-state': {
    ko: 'OAuth/OIDC 로그인 과정의 state·nonce·PKCE 값입니다({vendor}). 로그인을 증명하지는 않습니다.',
    en: 'OAuth/OIDC sign-in state, nonce or PKCE verifier ({vendor}). It does not prove a login.',
  },
  'analysis.cookie.reason.purpose.user-hint': {
    ko: '마지막 사용자나 조직 같은 힌트입니다({vendor}). 인증 정보가 아닙니다.',
    en: 'A hint such as the last user or organization ({vendor}). Not a credential.',
  },
  // The panel's token details
  'panel.framework.title': { ko: '프레임워크 형식', en: 'Framework format' },
  'panel.framework.session-data.signed': {
    ko: '{framework}: 서명된 세션 데이터(읽을 수 있고, 바꾸면 서버가 알아챕니다). 서버는 상태를 저장하지 않습니다.',
    en: '{framework}: signed session data (readable; the server notices any change). The server keeps no state.',
  },
  'panel.framework.session-data.encrypted': {
    ko: '{framework}이(가) 암호화한 세션 데이터로, 서버의 비밀 키 없이는 읽을 수 없습니다. 서버는 상태를 저장하지 않습니다.',
    en: "Session data encrypted by {framework}, unreadable without the server's secret. The server keeps no state.",
  },
  'panel.framework.session-id.signed': {
    ko: '{framework}이(가) 서명한 세션 ID입니다. 세션은 서버에 있습니다.',
    en: 'A session ID signed by {framework}. The session lives on the server.',
  },
  'panel.framework.session-id.encrypted': {
    ko: '{framework}이(가) 암호화한 세션 ID로, 서버의 비밀 키 없이는 읽을 수 없습니다. 세션은 서버에 있습니다.',
    en: "A session ID encrypted by {framework}, unreadable without the server's secret. The session lives on the server.",
  },
  'panel.framework.signature.signed': {
    ko: '{framework}의 서명입니다. 그 자체로는 인증 정보가 아닙니다.',
    en: "{framework}'s signature. Not a credential on its own.",
  },
  'panel.framework.signature.encrypted': {
    ko: '{framework}의 서명입니다. 그 자체로는 인증 정보가 아닙니다.',
    en: "{framework}'s signature. Not a credential on its own.",
  },
  'panel.framework.compressed': {
    ko: '내용이 zlib으로 압축되어 있어 풀어서 보여 줍니다.',
    en: 'The data was zlib-compressed; shown decompressed.',
  },
  'panel.framework.data': { ko: '세션 데이터', en: 'Session data' },
} satisfies Catalogue;
