import type { Catalogue } from '../entry';

/** Words of the DevTools panel: tabs, tables, token details, timeline, decoder, export. */
export const panelMessages = {
  'panel.tab.overview': { ko: '개요', en: 'Overview' },
  'panel.tab.cookies': { ko: '쿠키', en: 'Cookies' },
  'panel.tab.tokens': { ko: '토큰', en: 'Tokens' },
  'panel.tab.requests': { ko: '요청', en: 'Requests' },
  'panel.tab.flow': { ko: '흐름', en: 'Flow' },
  'panel.tab.decoder': { ko: '디코더', en: 'Decoder' },
  'panel.tab.learn': { ko: '배우기', en: 'Learn' },
  'panel.tab.export': { ko: '내보내기', en: 'Export' },

  'panel.yes': { ko: '예', en: 'Yes' },
  'panel.no': { ko: '아니요', en: 'No' },
  'panel.evidence': { ko: '판단 근거', en: 'Evidence' },
  'panel.openArtifact': { ko: '해당 항목 보기', en: 'Show it' },
  'panel.unavailable.title': { ko: '읽지 못한 정보', en: 'What Tokki could not read' },

  'panel.matrix.title': {
    ko: '저장 위치별 위험도',
    en: 'Where credentials live, and the risk of each place',
  },
  'panel.matrix.location': { ko: '저장 위치', en: 'Location' },
  'panel.matrix.count': { ko: '이 사이트', en: 'This site' },
  'panel.matrix.readable': { ko: '스크립트로 읽힘 (XSS)', en: 'Readable by scripts (XSS)' },
  'panel.matrix.automatic': { ko: '요청에 자동 첨부 (CSRF)', en: 'Sent automatically (CSRF)' },
  'panel.matrix.survives': { ko: '브라우저 종료 후에도 남음', en: 'Survives closing the browser' },
  'panel.matrix.hint': {
    ko: '스크립트로 읽히는 곳에 둔 토큰은 XSS 한 번으로 유출될 수 있고, 자동으로 첨부되는 곳은 CSRF 방어(SameSite, CSRF 토큰)가 필요합니다.',
    en: 'A place scripts can read loses its token to a single XSS; a place the browser sends automatically needs CSRF protection (SameSite, CSRF tokens).',
  },
  'panel.survives.yes': { ko: '예', en: 'Yes' },
  'panel.survives.no': { ko: '아니요', en: 'No' },
  'panel.survives.depends': { ko: '만료 설정에 따라 다름', en: 'Depends on its expiry' },

  'panel.findings.title': { ko: '발견 사항', en: 'Findings' },
  'panel.findings.none': { ko: '발견 사항이 없습니다.', en: 'No findings.' },

  'panel.col.name': { ko: '이름', en: 'Name' },
  'panel.col.value': { ko: '값', en: 'Value' },
  'panel.col.domain': { ko: '도메인', en: 'Domain' },
  'panel.col.path': { ko: '경로', en: 'Path' },
  'panel.col.expires': { ko: '만료', en: 'Expires' },
  'panel.col.size': { ko: '크기', en: 'Size' },
  'panel.col.partition': { ko: '파티션', en: 'Partition' },
  'panel.col.prefix': { ko: '접두사', en: 'Prefix' },
  'panel.col.credential': { ko: '인증 정보', en: 'Credential' },
  'panel.col.severity': { ko: '심각도', en: 'Severity' },
  'panel.col.message': { ko: '내용', en: 'Message' },
  'panel.col.time': { ko: '시각', en: 'Time' },
  'panel.col.method': { ko: '메서드', en: 'Method' },
  'panel.col.status': { ko: '상태', en: 'Status' },

  'panel.cookie.filter': {
    ko: '쿠키 이름, 도메인, 종류로 거르기',
    en: 'Filter by name, domain or kind',
  },
  'panel.cookie.sentOnly': { ko: '이 URL로 전송되는 쿠키만', en: 'Only cookies sent to this URL' },
  'panel.cookie.counts': {
    ko: '전체 {total}개 · 세션 쿠키 {session}개 · 영구 쿠키 {persistent}개',
    en: '{total} in all · {session} session · {persistent} persistent',
  },
  'panel.cookie.scope.sent': { ko: '이 URL로 전송되는 쿠키', en: 'Sent to this URL' },
  'panel.cookie.scope.domain': { ko: '같은 도메인의 다른 쿠키', en: "The domain's other cookies" },
  'panel.cookie.scope.partitioned': {
    ko: '분할된 쿠키 (CHIPS)',
    en: 'Partitioned cookies (CHIPS)',
  },
  'panel.cookie.none': { ko: '쿠키가 없습니다.', en: 'No cookies.' },
  'panel.cookie.session': { ko: '세션', en: 'Session' },
  'panel.cookie.meaning': { ko: '이 쿠키의 의미', en: 'What this cookie means' },
  'panel.cookie.knownAs': {
    ko: '{name}에서 쓰는 쿠키로 알려져 있습니다.',
    en: 'Known as a cookie of {name}.',
  },
  'panel.cookie.httpOnlyYes': {
    ko: 'HttpOnly라서 페이지 스크립트가 읽을 수 없습니다. XSS가 있어도 값이 직접 새어 나가지는 않습니다.',
    en: 'HttpOnly: page scripts cannot read it, so an XSS cannot simply copy it.',
  },
  'panel.cookie.httpOnlyNo': {
    ko: 'HttpOnly가 아니라서 페이지 스크립트(document.cookie)로 읽을 수 있습니다.',
    en: 'Not HttpOnly: page scripts can read it through document.cookie.',
  },
  'panel.cookie.sessionMeaning': {
    ko: '만료일이 없는 세션 쿠키입니다. 브라우저를 닫으면 사라집니다 (세션 복원 기능이 켜져 있으면 남기도 합니다).',
    en: 'A session cookie with no expiry date: it goes away when the browser closes (unless the browser restores the session).',
  },
  'panel.cookie.persistentMeaning': {
    ko: '만료일이 있는 영구 쿠키입니다. 그때까지 브라우저를 껐다 켜도 남아 있습니다.',
    en: 'A persistent cookie: it stays across browser restarts until its expiry date.',
  },
  'panel.decoding.url': { ko: 'URL 디코딩', en: 'URL-decoded' },
  'panel.decoding.base64': { ko: 'Base64 디코딩', en: 'Base64-decoded' },
  'panel.decoding.json': { ko: 'JSON', en: 'JSON' },

  'panel.tokens.none': {
    ko: '이 사이트에서 토큰을 찾지 못했습니다.',
    en: 'No tokens found on this site.',
  },
  'panel.token.kind': { ko: '종류', en: 'Kind' },
  'panel.token.where': { ko: '저장·발견 위치', en: 'Where it lives' },
  'panel.token.sentIn': { ko: '실어 보낸 요청 ({n}건)', en: 'Requests that carried it ({n})' },
  'panel.token.issued': { ko: '발급 시각 (iat)', en: 'Issued (iat)' },
  'panel.token.notBefore': { ko: '유효 시작 (nbf)', en: 'Not before (nbf)' },
  'panel.token.lifetime': { ko: '수명 (exp − iat)', en: 'Lifetime (exp − iat)' },
  'panel.token.expInMs': {
    ko: 'exp가 초가 아니라 밀리초 단위로 적혀 있습니다. 서버마다 다르게 해석할 수 있습니다.',
    en: 'exp is written in milliseconds instead of seconds; servers may read it differently.',
  },
  'panel.token.header': { ko: '헤더', en: 'Header' },
  'panel.token.payload': { ko: '페이로드 (클레임)', en: 'Payload (claims)' },
  'panel.token.signature': { ko: '서명', en: 'Signature' },
  'panel.token.noSignature': { ko: '서명이 비어 있습니다', en: 'The signature is empty' },
  'panel.token.notVerified': {
    ko: '(아래에서 키로 확인하기 전에는 검증하지 않은 서명입니다. HMAC(HS256 등) 서명은 서버의 비밀 키로 검증하고, RS·ES·PS 서명은 공개 키로 검증합니다. 어느 쪽이든 서명이 맞는 것만으로는 믿을 수 없고, 서버가 알고리즘을 고정하고 exp·iss·aud까지 확인해야 합니다.)',
    en: "(Not verified until you check it with a key below. An HMAC signature (HS256…) needs the server's secret key; RS, ES and PS signatures verify with a public key. Either way a valid signature is not enough: the server must also pin the algorithm and check exp, iss and aud.)",
  },
  'panel.token.strictRejected': {
    ko: '엄격한 디코더(jose)가 거부했습니다:',
    en: 'The strict decoder (jose) rejected it:',
  },
  'panel.token.error': { ko: '디코딩 실패', en: 'Could not decode' },
  'panel.token.jwe': {
    ko: '암호화된 토큰(JWE)입니다. 헤더만 읽을 수 있고, 페이로드는 키가 있는 서버만 풀 수 있습니다.',
    en: 'An encrypted token (JWE): only its header is readable; the payload opens only with the server’s key.',
  },
  'panel.token.opaque': {
    ko: '불투명(opaque) 값: {length}자, 문자 집합 {alphabet}, 엔트로피 약 {bits}비트. 의미는 서버만 압니다.',
    en: 'Opaque value: {length} {length|character|characters}, {alphabet} alphabet, about {bits} bits of entropy. Only the server knows what it means.',
  },
  'panel.token.basicUser': { ko: 'Basic 인증 사용자: {user}', en: 'Basic auth user: {user}' },
  'panel.claim.sensitive': { ko: '개인정보', en: 'personal data' },

  'panel.header.alg': {
    ko: '서명(또는 키 암호화) 알고리즘',
    en: 'Signing (or key-encryption) algorithm',
  },
  'panel.header.typ': {
    ko: '토큰 전체의 타입 (보통 JWT, 생략 가능)',
    en: 'Type of the whole token (usually JWT; optional)',
  },
  'panel.header.kid': {
    ko: '어느 키로 서명했는지 알려 주는 키 ID',
    en: 'Key ID: which key signed it',
  },
  'panel.header.cty': { ko: '콘텐츠 타입 (중첩 JWT 등)', en: 'Content type (nested JWT, …)' },
  'panel.header.enc': {
    ko: '페이로드 암호화 알고리즘 (JWE)',
    en: 'Content-encryption algorithm (JWE)',
  },
  'panel.header.zip': { ko: '압축 방식', en: 'Compression' },
  'panel.header.jku': {
    ko: '키 세트를 받아 올 URL. 검증하는 쪽이 이 값을 믿으면 위조 토큰을 받아들일 수 있습니다.',
    en: 'URL to fetch keys from; a verifier that trusts it can be fooled into accepting forged tokens.',
  },
  'panel.header.jwk': {
    ko: '토큰 안에 넣은 공개 키. 이 키를 믿고 검증하면 누구나 토큰을 만들 수 있습니다.',
    en: 'A public key embedded in the token; trusting it lets anyone mint tokens.',
  },
  'panel.header.x5u': { ko: '인증서 체인을 받아 올 URL', en: 'URL of an X.509 certificate chain' },
  'panel.header.x5c': { ko: 'X.509 인증서 체인', en: 'X.509 certificate chain' },
  'panel.header.x5t': { ko: '인증서 지문', en: 'Certificate thumbprint' },
  'panel.header.crit': {
    ko: '검증 쪽이 반드시 이해해야 하는 확장 헤더',
    en: 'Extensions the verifier must understand',
  },

  'panel.request.filters': { ko: '요청 거르기', en: 'Request filters' },
  'panel.request.origin': { ko: '출처', en: 'Origin' },
  'panel.request.scheme': { ko: '방식', en: 'Scheme' },
  'panel.request.all': { ko: '전체', en: 'All' },
  'panel.request.count': {
    ko: '{shown}건 표시 · 이 탭의 전체 요청 {total}건 · 오래되어 삭제된 기록 {dropped}건',
    en: '{shown} shown · {total} {total|request|requests} in this tab · {dropped} old {dropped|entry|entries} dropped',
  },
  'panel.request.none': { ko: '조건에 맞는 요청이 없습니다.', en: 'No request matches.' },
  'panel.request.credentialsOnly': { ko: '인증 정보가 있는 요청만', en: 'Credentials only' },
  'panel.request.hidden': {
    ko: '인증 정보 없는 요청 {n}건 숨김',
    en: '{n} {n|request|requests} without credentials hidden',
  },
  'panel.request.showHidden': { ko: '모두 보기', en: 'Show all' },
  'panel.request.plain': { ko: '인증 정보 없음', en: 'no credential' },
  'panel.request.initiator': { ko: '시작자', en: 'Initiator' },
  'panel.request.sentAt': { ko: '보낸 시각', en: 'Sent at' },
  'panel.request.timing': { ko: '타이밍', en: 'Timing' },
  'panel.request.timing.sent': { ko: '헤더 전송 +{ms} ms', en: 'headers sent +{ms} ms' },
  'panel.request.timing.response': { ko: '응답 헤더 +{ms} ms', en: 'response headers +{ms} ms' },
  'panel.request.timing.end': { ko: '완료 +{ms} ms', en: 'done +{ms} ms' },
  'panel.request.requestHeaders': { ko: '요청 헤더', en: 'Request headers' },
  'panel.request.responseHeaders': { ko: '응답 헤더', en: 'Response headers' },
  'panel.request.noHeaders': {
    ko: '기록된 헤더가 없습니다.',
    en: 'No header was recorded.',
  },
  'panel.request.fewHeaders': {
    ko: '헤더는 인증 정보를 설정·발급하는 요청과 페이지 로드에서만 모두 기록하고, 나머지 요청은 몇 개만 기록합니다.',
    en: 'Every header is kept for requests that set or issue a credential and for page loads; other requests keep a few.',
  },
  'panel.request.reveal': { ko: '인증 정보 값 보기', en: 'Reveal credential values' },
  'panel.request.copyCurl': { ko: 'cURL로 복사', en: 'Copy as cURL' },
  'panel.request.copyAuth': {
    ko: 'Authorization 헤더로 복사',
    en: 'Copy as Authorization header',
  },
  'panel.request.copyMasked': {
    ko: '값을 보기 전에는 가린 채로 복사합니다. 요청 본문은 기록하지 않으므로 빠집니다.',
    en: 'Copies stay masked until you reveal the values. The request body is not recorded, so it is left out.',
  },
  'panel.request.close': { ko: '상세 닫기', en: 'Close details' },
  'panel.request.type': { ko: '요청 유형', en: 'Type' },
  'panel.request.thirdParty': { ko: '서드 파티', en: 'third party' },
  'panel.request.carried': { ko: '실어 보낸 인증 정보', en: 'Credentials it carried' },
  'panel.request.issuedInBody': {
    ko: '응답 본문으로 발급한 토큰',
    en: 'Tokens issued in its body',
  },
  'panel.request.bodies': {
    ko: '토큰을 발급한 응답 본문 (DevTools가 열려 있는 동안)',
    en: 'Response bodies that issued tokens (while DevTools is open)',
  },
  'panel.request.bodiesNone': {
    ko: '아직 없습니다. DevTools를 연 채로 로그인하거나 토큰을 갱신하면 여기에 나타납니다.',
    en: 'None yet. Log in or refresh a token with DevTools open and it shows up here.',
  },

  'panel.flow.none': {
    ko: '아직 보여 줄 인증 정보가 없습니다.',
    en: 'No credential to follow yet.',
  },
  'panel.flow.stored.cookie-httponly': {
    ko: 'HttpOnly 쿠키 {label}에 저장',
    en: 'Stored in the HttpOnly cookie {label}',
  },
  'panel.flow.stored.cookie-script': {
    ko: '스크립트가 읽을 수 있는 쿠키 {label}에 저장',
    en: 'Stored in the script-readable cookie {label}',
  },
  'panel.flow.stored.localStorage': { ko: '{label}에 저장', en: 'Stored in {label}' },
  'panel.flow.stored.sessionStorage': { ko: '{label}에 저장', en: 'Stored in {label}' },
  'panel.flow.stored.indexedDB': {
    ko: 'IndexedDB {label}에 저장',
    en: 'Stored in IndexedDB {label}',
  },

  'panel.decoder.label': {
    ko: '붙여 넣을 토큰이나 쿠키 값',
    en: 'Paste a token or a cookie value',
  },
  'panel.decoder.placeholder': {
    ko: 'eyJ… / Bearer eyJ… / Basic dXNlcjpwYXNz / {"access_token":"…"}',
    en: 'eyJ… / Bearer eyJ… / Basic dXNlcjpwYXNz / {"access_token":"…"}',
  },
  'panel.decoder.offline': {
    ko: '붙여 넣은 값은 이 창 안에서만 풀어 보며, 어디로도 보내지 않고 저장하지도 않습니다.',
    en: 'Decoded right here: nothing is sent anywhere or saved.',
  },
  'panel.decoder.empty': {
    ko: '값을 붙여 넣으면 바로 분석합니다.',
    en: 'Paste a value to see it decoded.',
  },
  'panel.decoder.error': { ko: '디코딩할 수 없습니다:', en: 'Cannot decode this:' },

  'panel.export.format': { ko: '형식', en: 'Format' },
  'panel.export.unmask': {
    ko: '실제 값 포함 (마스킹 해제)',
    en: 'Include real values (unmask)',
  },
  'panel.export.unmaskedWarning': {
    ko: '이 보고서에는 실제 토큰과 쿠키 값이 들어 있습니다. 이 보고서를 가진 사람은 누구나 내 계정으로 로그인할 수 있으므로 공유하면 안 됩니다.',
    en: 'This report holds real token and cookie values: anyone who has it can log in as you. Do not share it.',
  },
  'panel.export.download': { ko: '파일로 저장', en: 'Download' },
  'panel.export.copy': { ko: '클립보드에 복사', en: 'Copy' },
  'panel.export.md.title': { ko: '토끼 보고서: {origin}', en: 'Tokki report: {origin}' },
  'panel.export.md.url': { ko: '주소', en: 'URL' },
  'panel.export.md.generated': { ko: '작성 시각', en: 'Generated' },
  'panel.export.md.masked': { ko: '값은 마스킹되어 있습니다.', en: 'Values are masked.' },
  'panel.export.md.unmasked': {
    ko: '주의: 실제 값이 포함되어 있습니다.',
    en: 'Warning: real values included.',
  },
  'panel.export.md.moreRequests': { ko: '… 외 {n}건', en: '… and {n} more' },
} satisfies Catalogue;
