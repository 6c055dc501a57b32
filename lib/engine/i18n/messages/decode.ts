import type { Catalogue } from '../entry';

/**
 * Why a value could not be decoded: one entry per `DecodeErrorCode` (key `decode.<CODE>`); and
 * what the Decoder assumed about a value it could read.
 */
export const decodeMessages = {
  'decode.ERR_EMPTY': {
    ko: '값이 비어 있습니다.',
    en: 'The value is empty.',
  },
  'decode.ERR_TOO_LARGE': {
    ko: '값이 너무 큽니다({length}자). 최대 {max}자까지만 해석합니다.',
    en: 'The value is too large ({length} characters); Tokki decodes at most {max}.',
  },
  'decode.ERR_NOT_A_JWT': {
    ko: 'JWT 형식이 아닙니다. JWS는 점으로 나뉜 세 부분, JWE는 다섯 부분으로 이루어져야 합니다.',
    en: 'This is not a JWT: a JWS has three dot-separated parts, a JWE five.',
  },
  'decode.ERR_TRUNCATED': {
    ko: '{part} 부분이 비어 있거나 중간에 잘렸습니다. 쿠키 크기 제한 등으로 값이 잘렸을 수 있습니다.',
    en: 'The {part} is missing or cut off, perhaps by a cookie size limit.',
  },
  'decode.ERR_BAD_BASE64URL': {
    ko: '{part} 부분이 올바른 base64url이 아닙니다({position}번째 문자부터 문제가 있습니다).',
    en: 'The {part} is not valid base64url (the problem starts at character {position}).',
  },
  'decode.ERR_BAD_UTF8': {
    ko: '{part} 부분을 base64url 디코딩한 결과가 올바른 UTF-8 텍스트가 아닙니다.',
    en: 'The {part} does not decode to valid UTF-8 text.',
  },
  'decode.ERR_HEADER_NOT_JSON': {
    ko: '헤더가 올바른 JSON이 아닙니다.',
    en: 'The header is not valid JSON.',
  },
  'decode.ERR_HEADER_NOT_OBJECT': {
    ko: '헤더가 JSON 객체가 아닙니다.',
    en: 'The header is not a JSON object.',
  },
  'decode.ERR_PAYLOAD_NOT_JSON': {
    ko: '페이로드가 올바른 JSON이 아닙니다.',
    en: 'The payload is not valid JSON.',
  },
  'decode.ERR_PAYLOAD_NOT_OBJECT': {
    ko: '페이로드가 JSON 객체가 아니라서 클레임을 읽을 수 없습니다.',
    en: 'The payload is not a JSON object, so it has no claims to read.',
  },
  'decode.ERR_TOO_DEEP': {
    ko: '{part} 부분의 JSON이 너무 깊게 중첩되어 있어 읽기를 멈췄습니다.',
    en: 'The JSON in the {part} is nested too deeply, so Tokki stopped reading it.',
  },
  'decode.ERR_JOSE_REJECTED': {
    ko: '엄격한 디코더(jose)가 이 토큰을 거부했습니다: {detail}',
    en: 'The strict decoder (jose) rejected this token: {detail}',
  },
  'decode.ERR_BASIC_NO_COLON': {
    ko: 'Basic 인증 값에 "사용자:비밀번호" 구분용 콜론이 없습니다.',
    en: 'The Basic credentials have no colon separating user and password.',
  },
  // The panel's Decoder, for a value in a framework's own cookie format pasted without its name.
  'decode.framework.assumed-name': {
    ko: '쿠키 이름 없이 붙여 넣어서, {framework}이(가) 세션을 담는 쿠키({name})로 보고 해석했습니다. 다른 쿠키일 수도 있으니 정확히 보려면 "이름=값" 형태로 붙여 넣으면 됩니다.',
    en: 'Pasted without its cookie name, so it is read as the cookie {framework} keeps its session in ({name}). It may be another cookie: paste it as name=value to be sure.',
  },
  // The Decoder's headline: what the paste is, when it is not a JWT the cards below explain.
  'decode.kind.empty.whitespace': {
    ko: '공백 문자만 있습니다({count}자). 해석할 값이 없습니다.',
    en: 'Only whitespace ({count} characters): there is nothing to decode.',
  },
  'decode.kind.empty.invisible': {
    ko: '보이지 않는 문자만 있습니다. 해석할 값이 없습니다.',
    en: 'Only invisible characters: there is nothing to decode.',
  },
  'decode.kind.punctuation': {
    ko: '토큰이 아닙니다. 문장 부호나 기호만 있습니다.',
    en: 'Not a token: only punctuation marks.',
  },
  'decode.kind.word': {
    ko: '토큰이 아닙니다. 평범한 단어입니다.',
    en: 'Not a token: a plain word.',
  },
  'decode.kind.text': {
    ko: '토큰이 아닙니다. 평범한 글입니다({words}단어).',
    en: 'Not a token: plain text ({words} words).',
  },
  'decode.kind.url': {
    ko: '{host}의 URL입니다. 쿼리나 프래그먼트에 든 토큰 {count}개를 아래에 풀어 보여 줍니다.',
    en: 'A URL on {host}. Tokens in its query or fragment: {count}, decoded below.',
  },
  'decode.kind.url-none': {
    ko: '{host}의 URL이며 토큰이 아닙니다. 쿼리와 프래그먼트에도 토큰이 없습니다.',
    en: 'A URL on {host}, not a token; its query and fragment carry no token either.',
  },
  'decode.kind.uuid': {
    ko: 'UUID 버전 {version}({variant} 변형)입니다. 식별자일 뿐 토큰 형식은 아닙니다.',
    en: 'A UUID, version {version} ({variant} variant): an identifier, not a token format.',
  },
  'decode.uuid.random': {
    ko: '버전 4는 122비트 난수라서 추측하기 어렵습니다. 세션 ID로 쓸 만합니다.',
    en: 'Version 4 is 122 random bits, hard to guess: fit for a session ID.',
  },
  'decode.uuid.time': {
    ko: '이 버전은 만든 시각을 담고 있어서 일부를 추측할 수 있습니다. 만든 시각:',
    en: 'This version records when it was made, so part of it can be guessed. Made:',
  },
  'decode.kind.hex-digest': {
    ko: '{bytes}바이트 16진수 문자열입니다. {algorithm} 다이제스트와 같은 크기라서 해시값이거나 무작위 ID일 수 있습니다. 16진수만으로 된 토큰 형식은 없습니다.',
    en: 'A hex string of {bytes} bytes, the size of a {algorithm} digest: a hash or a random ID. No token format is plain hex.',
  },
  'decode.kind.base64-json': {
    ko: 'JSON을 base64로 인코딩한 값입니다. 아래에 풀어 보여 줍니다. 암호화되지 않아 값을 가진 누구나 읽을 수 있습니다.',
    en: 'Base64 of JSON, decoded below. It is not encrypted: anyone who has it can read it.',
  },
  'decode.kind.base64-text': {
    ko: '텍스트를 base64로 인코딩한 값입니다. 아래에 풀어 보여 줍니다.',
    en: 'Base64 of text, decoded below.',
  },
  'decode.kind.opaque': {
    ko: '불투명한 값입니다. {alphabet} 문자 {length}자, 엔트로피는 약 {bits}비트입니다. 무엇을 뜻하는지는 발급한 서버만 압니다.',
    en: 'An opaque value: {length} characters of {alphabet}, about {bits} bits of entropy. Only the server that issued it knows what it stands for.',
  },
  'decode.kind.opaque-short': {
    ko: '짧은 값입니다({alphabet} 문자 {length}자). 너무 짧아서 무작위인지 판단할 수 없습니다.',
    en: 'A short value ({length} characters of {alphabet}): too short to judge how random it is.',
  },
  'decode.kind.nested-jwt': {
    ko: '중첩 JWT입니다. 서명된 토큰의 페이로드가 또 하나의 JWT입니다(cty: {cty}). 안쪽 토큰을 아래에 풀어 보여 줍니다.',
    en: 'A nested JWT: a signed token whose payload is another JWT (cty: {cty}). The inner token is decoded below.',
  },
  'decode.nested.no-cty': {
    ko: '페이로드가 JWT이지만 헤더에 cty: JWT가 없어서 올바른 중첩 JWT가 아닙니다. 안쪽 토큰을 아래에 풀어 보여 줍니다.',
    en: 'The payload is itself a JWT, but the header has no cty: JWT, so this is not a valid nested JWT. The inner token is decoded below.',
  },
  'decode.nested.inner': {
    ko: '안쪽 토큰({level}단계)',
    en: 'Inner token (level {level})',
  },
  'decode.nested.too-deep': {
    ko: '중첩이 {max}단계보다 깊어서 여기서 읽기를 멈췄습니다.',
    en: 'The nesting goes deeper than {max} levels, so Tokki stops reading here.',
  },
  'decode.kind.nested-jwe': {
    ko: '암호화된 JWT(JWE)이며 cty가 JWT입니다. 안에 서명된 JWT가 들어 있지만 복호화 키 없이는 읽을 수 없습니다.',
    en: 'An encrypted JWT (JWE) with cty: JWT: a signed JWT is inside, which cannot be read without the decryption key.',
  },
  'decode.kind.paseto.public': {
    ko: 'PASETO {version}.public 토큰입니다. {algorithm}(으)로 서명했을 뿐 암호화하지 않았으므로 누구나 클레임을 읽을 수 있습니다.',
    en: 'A PASETO {version}.public token: signed with {algorithm}, not encrypted, so anyone can read its claims.',
  },
  'decode.kind.paseto.local': {
    ko: 'PASETO {version}.local 토큰입니다. {algorithm}(으)로 암호화되어 있어 키 없이는 클레임을 읽을 수 없습니다.',
    en: 'A PASETO {version}.local token: encrypted with {algorithm}, so its claims cannot be read without the key.',
  },
  'decode.kind.paseto.broken': {
    ko: 'PASETO 토큰처럼 시작하지만 형식이 깨졌습니다.',
    en: 'This starts like a PASETO token but breaks its format.',
  },
  'decode.paseto.unknown-version': {
    ko: '{version}은(는) PASETO 버전이 아닙니다. 버전은 v1부터 v4까지입니다.',
    en: '{version} is not a PASETO version; the versions are v1 to v4.',
  },
  'decode.paseto.unknown-purpose': {
    ko: '"{purpose}"은(는) PASETO 용도가 아닙니다. 용도는 local 또는 public입니다.',
    en: '"{purpose}" is not a PASETO purpose; a token is local or public.',
  },
  'decode.paseto.parts': {
    ko: 'PASETO 토큰은 점으로 나뉜 세 부분이나 네 부분으로 이루어지는데, 이 값은 {got}부분입니다.',
    en: 'A PASETO token has 3 or 4 dot-separated parts; this one has {got}.',
  },
  'decode.paseto.bad-base64url.body': {
    ko: '본문이 올바른 base64url이 아닙니다.',
    en: 'The body is not valid base64url.',
  },
  'decode.paseto.bad-base64url.footer': {
    ko: '푸터가 올바른 base64url이 아닙니다.',
    en: 'The footer is not valid base64url.',
  },
  'decode.paseto.too-short': {
    ko: '본문이 {got}바이트뿐입니다. {version}.{purpose} 토큰은 최소 {need}바이트여야 합니다.',
    en: 'The body is {got} bytes; a {version}.{purpose} token has at least {need}.',
  },
  'decode.paseto.payload-not-json': {
    ko: '서명된 메시지가 JSON 객체가 아닙니다. 토큰이 깨졌거나, 서명 길이가 {version}에서 정한 {signature}바이트가 아닙니다.',
    en: 'The signed message is not a JSON object: the token is broken, or its signature is not the {signature} bytes {version} requires.',
  },
  'decode.paseto.claims': {
    ko: '클레임',
    en: 'Claims',
  },
  'decode.paseto.signature': {
    ko: '서명: {bytes}바이트({algorithm}). 검증하지 않았습니다.',
    en: 'Signature: {bytes} bytes ({algorithm}), not verified.',
  },
  'decode.paseto.encrypted': {
    ko: '논스 {nonce} · 암호문 {ciphertext}바이트 · 인증 태그 {tag}바이트',
    en: 'Nonce {nonce} · ciphertext {ciphertext} bytes · authentication tag {tag} bytes',
  },
  'decode.paseto.footer': {
    ko: '푸터(암호화되지 않아 누구나 읽을 수 있습니다)',
    en: 'Footer (not encrypted: anyone can read it)',
  },
  'decode.paseto.footer-binary': {
    ko: '푸터: 텍스트가 아닌 {bytes}바이트 데이터',
    en: 'Footer: {bytes} bytes that are not text',
  },
  'decode.kind.fernet': {
    ko: 'Fernet 토큰입니다. AES-128-CBC로 암호화하고 HMAC-SHA256으로 보호합니다. 내용은 키 없이 읽을 수 없지만 발급 시각은 읽을 수 있습니다.',
    en: 'A Fernet token: encrypted with AES-128-CBC and protected by HMAC-SHA256. Its content cannot be read without the key; its time can.',
  },
  'decode.kind.branca': {
    ko: 'Branca 토큰입니다. XChaCha20-Poly1305로 암호화되어 있습니다. 내용은 키 없이 읽을 수 없지만 발급 시각은 읽을 수 있습니다.',
    en: 'A Branca token: encrypted with XChaCha20-Poly1305. Its content cannot be read without the key; its time can.',
  },
  'decode.fernet.parts': {
    ko: 'IV {nonce} · 암호문 {ciphertext}바이트 · HMAC {tag}바이트',
    en: 'IV {nonce} · ciphertext {ciphertext} bytes · HMAC {tag} bytes',
  },
  'decode.branca.parts': {
    ko: '논스 {nonce} · 암호문 {ciphertext}바이트 · Poly1305 태그 {tag}바이트',
    en: 'Nonce {nonce} · ciphertext {ciphertext} bytes · Poly1305 tag {tag} bytes',
  },
  'decode.fernet.too-short': {
    ko: 'Fernet 토큰처럼 시작하지만 {got}바이트뿐입니다. Fernet 토큰은 최소 {need}바이트입니다.',
    en: 'This starts like a Fernet token but is {got} bytes; a Fernet token has at least {need}.',
  },
  'decode.fernet.bad-length': {
    ko: '암호문이 {got}바이트로 16바이트 AES 블록의 배수가 아닙니다. 토큰이 잘렸거나 바뀌었습니다.',
    en: 'The ciphertext is {got} bytes, not a whole number of 16-byte AES blocks: the token was cut or changed.',
  },
  'decode.kind.lookalike': {
    ko: '붙여 넣은 그대로는 토큰이 아닙니다. 다른 문자와 똑같아 보이는 문자가 섞여 있습니다. 그 문자를 고치면 아래처럼 해석됩니다.',
    en: 'As pasted, this is not a token: it holds characters that look like others. With them fixed, it decodes as below.',
  },
  'decode.lookalike.title': {
    ko: '닮은 문자와 보이지 않는 문자 {count}개',
    en: 'Look-alike and invisible characters: {count}',
  },
  'decode.lookalike.lookalike': {
    ko: '{position}번째 문자: {codePoint} {name}. "{ascii}"와 똑같아 보이는 다른 문자입니다.',
    en: 'Character {position}: {codePoint} {name}, which looks like "{ascii}".',
  },
  'decode.lookalike.fullwidth': {
    ko: '{position}번째 문자: {codePoint} {name}. "{ascii}"의 전각 문자입니다.',
    en: 'Character {position}: {codePoint} {name}, the full-width form of "{ascii}".',
  },
  'decode.lookalike.invisible': {
    ko: '{position}번째 문자: {codePoint} {name}. 화면에 보이지 않는 문자입니다.',
    en: 'Character {position}: {codePoint} {name}, which is invisible.',
  },
  'decode.lookalike.bidi': {
    ko: '{position}번째 문자: {codePoint} {name}. 화면의 글자 순서를 바꾸는 보이지 않는 제어 문자입니다.',
    en: 'Character {position}: {codePoint} {name}, an invisible control that reorders text on screen.',
  },
  'decode.lookalike.space': {
    ko: '{position}번째 문자: {codePoint} {name}. 일반 공백이 아닌 공백 문자입니다.',
    en: 'Character {position}: {codePoint} {name}, a space that is not an ordinary space.',
  },
  'decode.lookalike.more': {
    ko: '그 밖에 {count}개가 더 있습니다.',
    en: 'And {count} more.',
  },
  'decode.lookalike.why': {
    ko: '서버는 토큰을 바이트 단위로 비교하므로, 아무리 똑같아 보여도 이런 문자가 섞인 토큰은 거부합니다. 메신저, 문서, 웹 페이지에서 복사할 때 섞여 들어가곤 합니다.',
    en: 'A server compares a token byte by byte, so it rejects one holding these characters however right it looks. They slip in when a token is copied from a chat, a document or a web page.',
  },
  'decode.lookalike.fixed': {
    ko: '이 문자들을 바꾸거나 지운 값:',
    en: 'With these characters replaced or removed:',
  },
} satisfies Catalogue;
