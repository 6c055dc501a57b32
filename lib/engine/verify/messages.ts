import type { Catalogue } from '../i18n/entry';

/**
 * Signature verification and the guessable-secret check, in Korean and English: one entry per
 * result, reason code, note and refusal (keys `verify.*`). `describeVerifyResult` and
 * `describeWeakSecret` (describe-result.ts) pick the entries; the UI renders them.
 */
export const verifyMessages = {
  // Labels of the verify controls.
  'verify.title': { ko: '서명 검증', en: 'Signature verification' },
  'verify.key-label': {
    ko: '키: 비밀 키, PEM 공개 키나 인증서, JWK 또는 JWKS',
    en: 'Key: a secret, a PEM public key or certificate, a JWK or a JWKS',
  },
  'verify.secret-encoding.text': { ko: '텍스트', en: 'Text' },
  'verify.secret-encoding.base64': { ko: 'base64', en: 'base64' },
  'verify.secret-encoding.base64url': { ko: 'base64url', en: 'base64url' },
  'verify.run': { ko: '서명 검증', en: 'Verify signature' },
  'verify.fetch-issuer-keys': {
    ko: '발급자의 공개 키 가져오기',
    en: 'Fetch the issuer’s public keys',
  },
  'verify.weak-secret.run': {
    ko: '추측하기 쉬운 비밀 키인지 확인',
    en: 'Check for a guessable secret',
  },
  'verify.weak-secret.cancel': { ko: '멈추기', en: 'Stop' },
  'verify.weak-secret.progress': { ko: '시도한 후보', en: 'Candidates tried' },
  'verify.secret-encoding.label': { ko: '비밀 키의 형식', en: 'The secret is' },
  'verify.critical': { ko: '심각', en: 'Critical' },
  'verify.running': { ko: '검증하는 중입니다.', en: 'Verifying…' },
  'verify.page-jwks.use': {
    ko: '이 페이지가 가져온 키로 검증({url})',
    en: 'Use the keys this page fetched ({url})',
  },
  'verify.discovery.confirm': { ko: '이 주소 요청하기', en: 'Request these addresses' },
  'verify.discovery.cancel': { ko: '요청하지 않기', en: 'Do not request' },
  'verify.discovery.fetching': {
    ko: '{url}을(를) 요청하는 중입니다.',
    en: 'Requesting {url}…',
  },

  // Results. "Valid" says what it proves and what it does not (RFC 8725 §2, §3.1, §3.8–3.10).
  'verify.status.valid': {
    ko: '서명이 유효합니다({alg}). 이 키를 가진 쪽이 이 헤더와 페이로드에 서명했고, 서명한 뒤로 한 글자도 바뀌지 않았다는 뜻입니다. 그것만으로 토큰을 믿을 수는 없습니다. 서버는 허용할 알고리즘을 미리 정해 두고(토큰의 alg를 그대로 따르지 않고), exp(만료), iss(발급자), aud(대상)도 확인해야 합니다(RFC 8725).',
    en: 'The signature is valid ({alg}): whoever holds this key signed this header and payload, and not a character has changed since. That alone does not make the token trustworthy: the server must also pin the algorithms it accepts (not take alg from the token) and check exp (expiry), iss (issuer) and aud (audience) (RFC 8725).',
  },
  'verify.status.invalid': {
    ko: '서명이 맞지 않습니다({alg}). 서명한 뒤에 토큰이 바뀌었거나, 다른 키로 서명된 토큰입니다. 서버는 이 토큰을 거부해야 합니다.',
    en: 'The signature does not match ({alg}): the token was changed after it was signed, or another key signed it. A server must reject it.',
  },
  'verify.status.invalid-tried': {
    ko: '서명이 맞지 않습니다({alg}). 알맞은 키 {tried}개로 모두 확인했지만 어느 키로도 검증되지 않았습니다.',
    en: 'The signature does not match ({alg}): none of the {tried} suitable keys verifies it.',
  },

  // Why Tokki could not say valid or invalid.
  'verify.error.ERR_NOT_JWS': {
    ko: '서명된 JWT(JWS)가 아니라서 서명을 검증할 수 없습니다. JWS는 점으로 나뉜 세 부분으로 이루어지고, 다섯 부분이면 암호화된 JWE입니다.',
    en: 'This is not a signed JWT (JWS), so there is no signature to verify: a JWS has three dot-separated parts; five parts make an encrypted JWE.',
  },
  'verify.error.ERR_ALG_NONE': {
    ko: '헤더의 alg가 "{alg}"라서 서명이 없습니다. 이런 토큰은 절대 유효하지 않습니다. 서버가 받아 준다면 누구나 토큰을 만들어 낼 수 있습니다.',
    en: 'The header says alg "{alg}": there is no signature, so this token is never valid. A server that accepts it lets anyone make tokens.',
  },
  'verify.error.ERR_UNSUPPORTED_ALG': {
    ko: '알고리즘 "{detail}"은(는) 토끼가 검증할 수 없습니다. 검증할 수 있는 알고리즘은 HS256/384/512, RS256/384/512, PS256/384/512, ES256/384/512, EdDSA입니다.',
    en: 'Tokki cannot verify the algorithm "{detail}". It verifies HS256/384/512, RS256/384/512, PS256/384/512, ES256/384/512 and EdDSA.',
  },
  'verify.error.ERR_UNSUPPORTED_ALG.missing': {
    ko: '헤더에 alg가 없습니다. JWS 헤더에는 서명 알고리즘(alg)이 반드시 있어야 합니다(RFC 7515).',
    en: 'The header has no alg: a JWS header must name its signing algorithm (RFC 7515).',
  },
  'verify.error.ERR_KEY_EMPTY': {
    ko: '키가 비어 있습니다. 비밀 키, PEM 공개 키나 인증서, JWK 또는 JWKS를 붙여 넣으면 됩니다.',
    en: 'The key is empty: paste a secret, a PEM public key or certificate, a JWK or a JWKS.',
  },
  'verify.error.ERR_KEY_EMPTY.no-x5c': {
    ko: '헤더에 x5c(인증서)가 없어서 토큰 안의 인증서로 검증할 수 없습니다.',
    en: 'The header carries no x5c certificate to verify with.',
  },
  'verify.error.ERR_KEY_TOO_LARGE': {
    ko: '붙여 넣은 키가 너무 큽니다({detail}자). 키나 JWKS는 보통 수 KB 이내이므로 읽지 않았습니다.',
    en: 'The pasted key is too large ({detail} characters). A key or JWKS is a few KB at most, so Tokki did not read it.',
  },
  'verify.error.ERR_KEY_UNPARSABLE': {
    ko: '키를 읽을 수 없습니다({detail}). PEM이면 BEGIN/END 줄까지 통째로, JWK나 JWKS면 JSON 전체를 붙여 넣어야 합니다.',
    en: 'The key cannot be read ({detail}). Paste a PEM block whole, BEGIN and END lines included, or the whole JSON of a JWK or JWKS.',
  },
  'verify.error.ERR_KEY_UNPARSABLE.pkcs1': {
    ko: 'PKCS#1 형식의 RSA 공개 키("BEGIN RSA PUBLIC KEY")는 읽지 않습니다. "openssl rsa -RSAPublicKey_in -pubout"으로 SPKI("BEGIN PUBLIC KEY")로 바꿔 붙여 넣으면 됩니다.',
    en: 'A PKCS#1 RSA public key ("BEGIN RSA PUBLIC KEY") is not read: convert it to SPKI ("BEGIN PUBLIC KEY") with "openssl rsa -RSAPublicKey_in -pubout" and paste that.',
  },
  'verify.error.ERR_KEY_UNPARSABLE.encoding': {
    ko: '비밀 키를 {detail}(으)로 읽으라고 했지만 올바른 {detail} 값이 아닙니다.',
    en: 'The secret was to be read as {detail}, but it is not valid {detail}.',
  },
  'verify.error.ERR_PRIVATE_KEY': {
    ko: '개인 키({detail})를 붙여 넣었습니다. 서명 검증에는 공개 키만 있으면 됩니다. 개인 키는 어떤 도구에도 붙여 넣지 않는 것이 좋습니다.',
    en: 'This is a private key ({detail}). Verifying needs only the public key; a private key should not be pasted into any tool.',
  },
  'verify.error.ERR_KEY_ALG_MISMATCH': {
    ko: '이 키({detail})로는 {alg} 서명을 검증할 수 없습니다. 키의 종류가 알고리즘에 맞지 않습니다.',
    en: 'This key ({detail}) cannot verify an {alg} signature: the key type does not fit the algorithm.',
  },
  'verify.error.ERR_KEY_ALG_MISMATCH.secret': {
    ko: '{alg} 토큰은 비밀 키가 아니라 공개 키(PEM, JWK, JWKS)로 검증합니다.',
    en: 'An {alg} token is verified with a public key (PEM, JWK or JWKS), not a secret.',
  },
  'verify.error.ERR_KEY_ALG_MISMATCH.public-key-for-hmac': {
    ko: '{alg} 토큰은 서버의 비밀 키로 검증하므로 공개 키는 받지 않습니다. 공개 키를 HMAC 비밀 키로 쓰는 서버는 알고리즘 혼동 공격에 당할 수 있습니다.',
    en: "An {alg} token is verified with the server's secret key, so a public key is refused here. A server that uses its public key as the HMAC secret is open to algorithm confusion.",
  },
  'verify.error.ERR_KEY_ALG_MISMATCH.x5c-for-hmac': {
    ko: '{alg} 토큰은 비밀 키로 검증하므로 헤더의 x5c 인증서로는 검증하지 않습니다.',
    en: 'An {alg} token is verified with a secret, not with the x5c certificate in its header.',
  },
  'verify.error.ERR_KEY_ALG_MISMATCH.rsa-too-short': {
    ko: 'RSA 키가 2048비트보다 짧아서 검증하지 않습니다. 2048비트 미만의 RSA 키는 안전하지 않습니다(RFC 7518).',
    en: 'The RSA key is shorter than 2048 bits, so Tokki does not verify with it: such keys are not safe (RFC 7518).',
  },
  'verify.error.ERR_NO_MATCHING_KEY': {
    ko: 'JWKS의 키 {detail}개 중 {alg}에 맞는 키가 없습니다(kty, crv, alg, use를 확인했습니다).',
    en: 'None of the {detail} keys in the JWKS fits {alg} (by kty, crv, alg and use).',
  },

  // The critical finding: the token verifies with the public key's bytes as the HMAC secret.
  'verify.algorithm-confusion': {
    ko: '심각: 이 {alg} 토큰은 공개 키를 HMAC 비밀 키로 삼아 서명되어 있습니다. 서버가 이 토큰을 받아 준다면 공개 키를 아는 누구나(공개 키는 말 그대로 공개되어 있습니다) 원하는 내용으로 토큰을 만들 수 있습니다(알고리즘 혼동, RFC 8725 §2.1). 서버는 키마다 허용할 알고리즘을 고정해야 합니다.',
    en: 'Critical: this {alg} token is signed with the public key as its HMAC secret. If the server accepts it, anyone who has the public key (it is public) can make tokens with any claims (algorithm confusion, RFC 8725 §2.1). The server must pin one algorithm per key.',
  },
  'verify.confusion-form.pem-text': {
    ko: 'HMAC 비밀 키로 쓰인 것은 공개 키의 PEM 텍스트입니다.',
    en: 'The HMAC secret is the public key’s PEM text.',
  },
  'verify.confusion-form.der': {
    ko: 'HMAC 비밀 키로 쓰인 것은 공개 키의 DER 바이트입니다.',
    en: 'The HMAC secret is the public key’s DER bytes.',
  },
  'verify.confusion-form.spki-pem-of-certificate': {
    ko: 'HMAC 비밀 키로 쓰인 것은 인증서에서 꺼낸 공개 키의 PEM 텍스트입니다.',
    en: 'The HMAC secret is the certificate’s public key as PEM text.',
  },
  'verify.confusion-form.spki-der-of-certificate': {
    ko: 'HMAC 비밀 키로 쓰인 것은 인증서에서 꺼낸 공개 키의 DER 바이트입니다.',
    en: 'The HMAC secret is the certificate’s public key as DER bytes.',
  },

  // Which key verified, and where it came from.
  'verify.key.kid': {
    ko: '토큰의 키 ID(kid) "{kid}"로 JWKS에서 키를 골랐습니다.',
    en: 'The key was picked from the JWKS by the token’s key ID (kid) "{kid}".',
  },
  'verify.key.tried': {
    ko: '알맞은 키를 하나씩 시도했고, JWKS의 {position}번째 키({kid})로 검증되었습니다.',
    en: 'Each suitable key was tried; key {position} in the JWKS ({kid}) verified it.',
  },
  'verify.from.paste': {
    ko: '붙여 넣은 키로 검증했습니다.',
    en: 'Verified with the pasted key.',
  },
  'verify.from.page-body': {
    ko: '페이지가 직접 가져온 JWKS({url})로 오프라인에서 검증했습니다. 토끼는 아무 요청도 보내지 않았습니다.',
    en: 'Verified offline with the JWKS the page itself fetched ({url}); Tokki sent no request.',
  },
  'verify.from.issuer': {
    ko: '발급자의 공개 키({url})로 검증했습니다. 사용자가 누른 버튼으로 이 주소만 요청했습니다.',
    en: 'Verified with the issuer’s public keys ({url}), fetched from that address only, on your click.',
  },
  'verify.note.x5c-untrusted': {
    ko: '토큰 헤더에 들어 있는 인증서(x5c)로 검증했습니다. 누구나 자기 인증서를 넣어 서명할 수 있으므로, 그 인증서를 믿을 근거(신뢰하는 CA의 체인, 고정된 인증서)가 없다면 이 결과는 아무것도 증명하지 않습니다.',
    en: 'Verified with the certificate in the token’s own header (x5c). Anyone can sign with a certificate of their own and put it there, so this proves nothing unless that certificate is trusted (a chain to a trusted CA, or a pinned certificate).',
  },
  'verify.note.kid-not-in-jwks': {
    ko: '토큰의 kid에 해당하는 키가 JWKS에 없어서 알맞은 키를 모두 시도했습니다. kid로 키를 찾는 서버는 이 토큰을 거부할 수 있습니다.',
    en: 'No key in the JWKS has the token’s kid, so every suitable key was tried. A server that looks keys up by kid may reject this token.',
  },
  'verify.note.private-jwk-ignored': {
    ko: 'JWK에 개인 키 값이 들어 있어 공개 키 부분만 썼습니다. 개인 키는 어떤 도구에도 붙여 넣지 않는 것이 좋습니다.',
    en: 'The JWK holds private key members; only its public part was used. A private key should not be pasted into any tool.',
  },

  // Fetching the issuer's keys: what is requested, or why nothing is.
  'verify.discovery.plan': {
    ko: '다음 주소를 요청합니다: {url} 그리고 이 문서가 가리키는 jwks_uri. 그 밖의 요청은 보내지 않고, 토큰 헤더의 URL(jku, x5u)은 절대 따라가지 않습니다.',
    en: 'Tokki will request {url} and then the jwks_uri it names, nothing else; it never follows a URL from the token header (jku, x5u).',
  },
  'verify.discovery.no-iss': {
    ko: '토큰에 iss(발급자)가 없어서 공개 키를 가져올 곳을 알 수 없습니다.',
    en: 'The token has no iss (issuer), so there is nowhere to fetch public keys from.',
  },
  'verify.discovery.iss-not-url': {
    ko: 'iss(발급자)가 URL이 아니라서 OpenID Discovery로 공개 키를 찾을 수 없습니다.',
    en: 'The iss (issuer) is not a URL, so OpenID Discovery cannot find its public keys.',
  },
  'verify.discovery.not-https': {
    ko: 'https 주소만 요청합니다(http는 localhost만 허용). 이 주소로는 요청하지 않았습니다.',
    en: 'Tokki requests https addresses only (http only for localhost), so it did not request this one.',
  },
  'verify.discovery.has-credentials': {
    ko: '주소에 사용자 이름이나 비밀번호가 들어 있어 요청하지 않았습니다.',
    en: 'The address carries a user name or password, so Tokki did not request it.',
  },
  'verify.discovery.has-query-or-fragment': {
    ko: 'iss(발급자)에 쿼리나 프래그먼트가 있습니다. OpenID Connect의 발급자 URL에는 둘 다 없어야 하므로 요청하지 않았습니다.',
    en: 'The iss (issuer) has a query or fragment, which an OpenID Connect issuer never has, so Tokki did not request it.',
  },
  'verify.discovery.issuer-mismatch': {
    ko: '가져온 설정 문서의 issuer가 토큰의 iss와 다릅니다. OpenID Discovery 규칙에 따라 이 문서의 키는 쓰지 않습니다.',
    en: 'The discovery document’s issuer differs from the token’s iss, so, as OpenID Discovery requires, its keys are not used.',
  },
  'verify.discovery.no-jwks-uri': {
    ko: '설정 문서에 jwks_uri가 없습니다.',
    en: 'The discovery document names no jwks_uri.',
  },
  'verify.discovery.not-object': {
    ko: '설정 문서가 JSON 객체가 아닙니다.',
    en: 'The discovery document is not a JSON object.',
  },
  'verify.fetch.network': {
    ko: '{url}에 연결하지 못했습니다(네트워크 오류이거나 리디렉션이 있었습니다. 보여 준 주소 밖으로는 따라가지 않습니다).',
    en: 'Could not reach {url} (a network error, or a redirect: Tokki follows none beyond the address shown).',
  },
  'verify.fetch.timeout': {
    ko: '{url}이(가) 제시간에 응답하지 않았습니다.',
    en: '{url} did not answer in time.',
  },
  'verify.fetch.http-status': {
    ko: '{url}이(가) HTTP {status}로 응답했습니다.',
    en: '{url} answered HTTP {status}.',
  },
  'verify.fetch.too-large': {
    ko: '{url}의 응답이 너무 커서 읽기를 멈췄습니다.',
    en: 'The answer from {url} is too large, so Tokki stopped reading it.',
  },
  'verify.fetch.not-json': {
    ko: '{url}의 응답이 JSON이 아닙니다.',
    en: 'The answer from {url} is not JSON.',
  },
  'verify.fetch.not-jwks': {
    ko: '{url}의 응답이 JWKS(keys 배열)가 아닙니다.',
    en: 'The answer from {url} is not a JWKS (no keys array).',
  },

  // The guessable-secret check.
  'verify.weak-secret.running': {
    ko: '추측하기 쉬운 비밀 키인지 확인하는 중입니다: {total}개 중 {tried}개 시도.',
    en: 'Checking for a guessable secret: {tried} of {total} tried.',
  },
  'verify.weak-secret.found': {
    ko: '심각: 이 토큰은 추측하기 쉬운 비밀 키 "{secret}"(으)로 서명되어 있습니다({total}개 후보 중 {position}번째). 이 키를 아는 누구나 서버가 받아 주는 토큰을 원하는 내용으로 만들 수 있습니다. 길고 무작위인 비밀 키(256비트 이상)로 바꾸고, 이미 발급된 토큰은 무효화해야 합니다.',
    en: 'Critical: this token is signed with a guessable secret, "{secret}" (candidate {position} of {total}). Anyone who knows it can make tokens with any claims that the server accepts. Replace it with a long random secret (256 bits or more) and revoke the tokens already issued.',
  },
  'verify.weak-secret.not-found': {
    ko: '흔한 비밀 키 {total}개(유출 사례와 프레임워크 기본값, 사이트 이름에서 만든 후보)로는 이 서명이 나오지 않았습니다. 비밀 키가 강하다는 증명은 아니고, 이 목록에 없다는 뜻입니다.',
    en: 'None of {total} common secrets (seen in leaks and framework defaults, plus candidates made from the site name) produces this signature. That does not prove the secret is strong, only that it is not one of these.',
  },
  'verify.weak-secret.cancelled': {
    ko: '확인을 멈췄습니다({total}개 중 {tried}개 시도).',
    en: 'Check stopped ({tried} of {total} tried).',
  },
  'verify.weak-secret.ERR_NOT_HMAC': {
    ko: '{alg} 토큰은 공개 키로 검증하므로 비밀 키를 추측할 대상이 아닙니다. 이 확인은 HS256/384/512 토큰에만 합니다.',
    en: 'An {alg} token is verified with a public key, so there is no secret to guess: this check is for HS256/384/512 tokens.',
  },
  'verify.weak-secret.ERR_NOT_JWS': {
    ko: '서명된 JWT(JWS)가 아니라서 비밀 키를 확인할 수 없습니다.',
    en: 'This is not a signed JWT (JWS), so there is no secret to check.',
  },
  'verify.weak-secret.ERR_SIGNATURE_LENGTH': {
    ko: '{alg} 서명의 길이가 맞지 않아(잘렸거나 바뀐 서명) 비밀 키를 확인할 수 없습니다.',
    en: 'The {alg} signature has the wrong length (cut off or altered), so no secret can match it.',
  },
  'verify.weak-secret.worker-failed': {
    ko: '비밀 키 확인 작업이 중간에 실패했습니다: {detail}',
    en: 'The secret check failed: {detail}',
  },
} satisfies Catalogue;

export type VerifyMessageKey = keyof typeof verifyMessages;
