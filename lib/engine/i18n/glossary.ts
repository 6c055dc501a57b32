/**
 * One term, the same word every time it appears: the Korean and English Tokki uses, the words a
 * reader would take for something else (or that read as translationese or slang) in each
 * language, and why. The catalogue test (test/unit/i18n-glossary.test.ts) fails on any `avoid`
 * match, so a term added here is enforced at once. A string matches as written (English: whole
 * words, case-sensitive); a RegExp when the wrong use needs context.
 */
export interface GlossaryTerm {
  ko: string;
  en: string;
  avoid: { ko: readonly (string | RegExp)[]; en: readonly (string | RegExp)[] };
  note: string;
}

export const glossary: readonly GlossaryTerm[] = [
  {
    ko: '인증',
    en: 'authentication',
    avoid: { ko: [], en: ['authentification'] },
    note: 'Proving who you are: logging in. A 401 means not authenticated (RFC 9110 §15.5.2).',
  },
  {
    ko: '인가',
    en: 'authorization',
    avoid: { ko: ['권한 부여'], en: ['authorisation', 'authorised', 'authorise'] },
    note: 'Being allowed to do something once logged in. A 403 means not authorized (RFC 9110 §15.5.4).',
  },
  {
    ko: '인증 정보',
    en: 'credential',
    avoid: { ko: ['자격 증명', '로그인 정보'], en: [] },
    note: 'Whatever proves the login with a request: session ID, token, HTTP authentication.',
  },
  {
    ko: '세션 쿠키',
    en: 'session cookie',
    avoid: { ko: [], en: [] },
    note: 'Only a cookie with no expiry, gone when the browser closes (RFC 6265 §4.1.2.2). The test checks every use means that.',
  },
  {
    ko: '세션 ID 쿠키',
    en: 'session-ID cookie',
    avoid: { ko: ['세션ID 쿠키'], en: ['session id cookie', 'session ID cookie'] },
    note: 'The cookie holding the key to a server-side session; it may be a session cookie or a persistent one.',
  },
  {
    ko: '영구 쿠키',
    en: 'persistent cookie',
    avoid: { ko: ['지속 쿠키', '영속 쿠키'], en: ['permanent cookie'] },
    note: 'A cookie with Expires or Max-Age: it outlives the browser until then.',
  },
  {
    ko: '액세스 토큰',
    en: 'access token',
    avoid: { ko: ['엑세스 토큰', '접근 토큰'], en: [] },
    note: 'Short-lived, sent with each API request.',
  },
  {
    ko: '리프레시 토큰',
    en: 'refresh token',
    avoid: { ko: ['갱신 토큰', '재발급 토큰'], en: [] },
    note: 'Long-lived, exchanged for a new access token; rotated and checked for reuse.',
  },
  {
    ko: 'ID 토큰',
    en: 'ID token',
    avoid: { ko: ['아이디 토큰'], en: ['Id token'] },
    note: 'OpenID Connect: tells the app who logged in; not for calling APIs.',
  },
  {
    ko: 'ID',
    en: 'ID',
    avoid: {
      ko: [/(?<![\w."-])(id|Id|ids)(?![\w."-])/],
      en: [/(?<![\w."-])(id|Id|ids)(?![\w."-])/],
    },
    note: 'Always capitals in prose (session ID, client ID, key ID); lowercase only as a quoted value ("id") or in a name (sessionid, client_id).',
  },
  {
    ko: '무효화·폐기',
    en: 'revoke',
    avoid: { ko: ['되돌리', '되돌릴'], en: ['take back', 'take it back'] },
    note: 'Making an issued token or session stop working (RFC 7009).',
  },
  {
    ko: '서명',
    en: 'signature',
    avoid: { ko: ['시그니처', '서명을 말하지만'], en: [] },
    note: 'Covers header.payload; proves who made the token, not that it is still trustworthy.',
  },
  {
    ko: '서명된 문서',
    en: 'signed statement',
    avoid: { ko: ['확인서'], en: ['signed certificate', 'like a certificate'] },
    note: 'What a JWT is; "certificate" makes readers think of X.509.',
  },
  {
    ko: '발견 사항',
    en: 'Findings',
    avoid: { ko: ['주의할 점', '발견한 문제'], en: [] },
    note: 'The heading of the list of risks, in the popup and the panel alike.',
  },
  {
    ko: '인스펙터',
    en: 'inspector',
    avoid: { ko: ['검사기'], en: [] },
    note: 'The full view: the DevTools panel, or the same view opened in a tab.',
  },
  {
    ko: '측면 패널',
    en: 'side panel',
    avoid: { ko: ['사이드 패널', '옆 패널'], en: [] },
    note: "Chrome's panel beside the page, as Chrome's Korean UI names it; not the DevTools panel (인스펙터).",
  },
  {
    ko: '사이드바',
    en: 'sidebar',
    avoid: { ko: ['측면 바', '사이드 바'], en: ['side bar'] },
    note: "Firefox's name for the same place, as Firefox's Korean UI names it.",
  },
  {
    ko: '활성 탭',
    en: 'active tab',
    avoid: { ko: ['현재 탭'], en: ['current tab'] },
    note: 'The tab in front of a window, which the side panel follows.',
  },
  {
    ko: '닮은 문자',
    en: 'look-alike character',
    avoid: { ko: ['혼동 문자'], en: ['confusable'] },
    note: 'A letter of another script (Cyrillic е, Greek ο) or a full-width form drawn like a Latin one.',
  },
  {
    ko: '중첩 JWT',
    en: 'nested JWT',
    avoid: { ko: [], en: [] },
    note: 'A JWT whose payload is another JWT (cty: JWT, RFC 7519 §5.2).',
  },
  {
    ko: '논스',
    en: 'nonce',
    avoid: { ko: [], en: [] },
    note: 'The per-token random value of an encrypted token (PASETO local, Branca); Fernet calls its own "IV".',
  },
  {
    ko: '토끼',
    en: 'Tokki',
    avoid: { ko: [/Tokki(?! (탭|패널))/], en: [] },
    note: 'The product name in Korean prose; "Tokki" only for the DevTools tab, which carries that name.',
  },
  {
    ko: '타입(typ)',
    en: 'type (typ)',
    avoid: { ko: ['토큰 형식 (보통', /typ[^.]{0,8}서명 방식/], en: [/typ: how it is signed/] },
    note: 'The media type of the whole token (usually JWT), optional; it is not the signing method.',
  },
  {
    ko: '콘텐츠 타입(cty)',
    en: 'content type (cty)',
    avoid: { ko: ['내용 형식'], en: [] },
    note: 'What the payload holds; JWT means a nested token.',
  },
  {
    ko: '건',
    en: 'request / requests',
    avoid: { ko: [/요청 \{\w+\}개/, /요청 \d+개/], en: [] },
    note: 'The counter word for requests: 요청 3건.',
  },
  {
    ko: '신뢰도',
    en: 'confidence',
    avoid: { ko: ['확신도'], en: ['confident'] },
    note: "How sure the verdict is; a calque like 확신도 reads as the reader's feeling.",
  },
  {
    ko: 'JWT (JWS)',
    en: 'JWT (JWS)',
    avoid: { ko: ['JWT (서명됨)'], en: ['JWT (signed)'] },
    note: 'The format label; a JWS with alg "none" is not signed.',
  },
  {
    ko: '사용자 / 내 계정',
    en: 'you',
    avoid: { ko: ['당신'], en: [] },
    note: '당신 reads as confrontational in UI text.',
  },
  {
    ko: '유출될 수 있다',
    en: 'can leak / can be stolen',
    avoid: { ko: ['털리', '털린'], en: [] },
    note: 'No slang in a teaching tool.',
  },
  {
    ko: '수명이 길다',
    en: 'long-lived',
    avoid: { ko: ['오래 살', '오래 사는'], en: [] },
    note: 'Calque of "lives long".',
  },
  {
    ko: '합니다체',
    en: 'US English',
    avoid: {
      ko: [],
      en: [
        /\banalys(e|ed|es|ing)\b/i,
        /\borganis(e|ed|es|ing|ation|ations)\b/i,
        /\brecognis(e|ed|es|ing)\b/i,
        /\binitialis(e|ed|es|ing|ation)\b/i,
        /\bdefences?\b/i,
        /\bbehaviours?\b/i,
        /\bcolours?\b/i,
        /\blabelled\b/i,
        /\bcancelled\b/i,
      ],
    },
    note: 'Korean: 합니다체 everywhere, popup states included (the test rejects 해요체 endings). English: US spelling.',
  },
  {
    ko: '서버의 비밀 키',
    en: "the server's secret key",
    avoid: { ko: [], en: ['the key lives on the server'] },
    note: 'True only for HMAC (HS256…); with RS/ES/PS the verification key is public.',
  },
  {
    ko: '수만 년',
    en: 'tens of thousands of years',
    avoid: { ko: [], en: [/(?<!tens of )thousands of years/] },
    note: 'A millisecond exp read as seconds lands tens of thousands of years ahead.',
  },
  {
    ko: 'Chrome과 쿠키 명세(RFC 6265bis)',
    en: 'Chrome and the cookie spec (RFC 6265bis)',
    avoid: { ko: ['최신 브라우저는'], en: ['Current browsers reject'] },
    note: 'SameSite=None without Secure: rejected by Chrome and the spec, not by every browser.',
  },
];
