import type { Catalogue } from '../entry';

/** What each known claim means (key `claim.<name>`, see lib/engine/claims/known-claims.ts). */
export const claimsMessages = {
  'claim.custom': {
    ko: '사용자 정의 클레임 "{name}": 표준 클레임이 아니라 이 서비스가 직접 정한 값입니다.',
    en: 'Custom claim "{name}": not a standard claim; this service defines what it means.',
  },
  // RFC 7519
  'claim.iss': {
    ko: '발급자: 이 토큰을 발급한 서버(인가 서버)입니다.',
    en: 'Issuer: who issued this token (the authorization server).',
  },
  'claim.sub': {
    ko: '주체: 토큰이 가리키는 사용자(또는 클라이언트)의 고유 식별자입니다.',
    en: 'Subject: the unique ID of the user (or client) this token is about.',
  },
  'claim.aud': {
    ko: '대상: 이 토큰을 받아 줘야 하는 서비스(API나 클라이언트)입니다. 다른 대상의 토큰은 거부해야 합니다.',
    en: 'Audience: the service (API or client) meant to accept this token; others should reject it.',
  },
  'claim.exp': {
    ko: '만료 시각: 이 시각이 지나면 토큰을 더 이상 받아 주지 않아야 합니다. 유출된 토큰을 쓸 수 있는 시간을 제한하는 값입니다.',
    en: 'Expiration time: after this moment the token must no longer be accepted. It limits how long a leaked token stays useful.',
  },
  'claim.nbf': {
    ko: '유효 시작 시각: 이 시각 전에는 토큰을 받아 주지 않아야 합니다.',
    en: 'Not before: the token must not be accepted before this moment.',
  },
  'claim.iat': {
    ko: '발급 시각: 토큰이 만들어진 시각입니다.',
    en: 'Issued at: when the token was created.',
  },
  'claim.jti': {
    ko: '토큰 ID: 토큰마다 붙는 고유 값으로, 재사용(리플레이) 탐지나 폐기 목록에 쓰입니다.',
    en: 'JWT ID: a unique ID per token, used to detect replay or to revoke it.',
  },
  // OpenID Connect
  'claim.azp': {
    ko: '인가된 당사자: 토큰을 발급받은 클라이언트의 ID입니다.',
    en: 'Authorized party: the client ID of the app the token was issued to.',
  },
  'claim.nonce': {
    ko: '논스: 로그인 요청 때 보낸 임의 값으로, ID 토큰 재사용 공격을 막는 데 쓰입니다.',
    en: 'Nonce: a random value from the login request that ties the ID token to it and stops replay.',
  },
  'claim.auth_time': {
    ko: '인증 시각: 사용자가 실제로 로그인(인증)한 시각입니다.',
    en: 'Authentication time: when the user actually logged in.',
  },
  'claim.acr': {
    ko: '인증 수준: 로그인이 어느 정도 강도로 이루어졌는지 나타냅니다.',
    en: 'Authentication context class: how strong the login was.',
  },
  'claim.amr': {
    ko: '인증 방법: 로그인에 쓰인 방식 목록입니다(pwd는 비밀번호, otp·mfa는 추가 인증 등).',
    en: 'Authentication methods: how the user logged in (pwd = password, otp/mfa = a second factor, …).',
  },
  'claim.at_hash': {
    ko: '액세스 토큰 해시: 함께 발급된 액세스 토큰이 바꿔치기되지 않았는지 확인하는 값입니다.',
    en: 'Access token hash: lets the client check the access token issued alongside was not swapped.',
  },
  'claim.c_hash': {
    ko: '인가 코드 해시: 함께 전달된 인가 코드가 바꿔치기되지 않았는지 확인하는 값입니다.',
    en: 'Code hash: lets the client check the authorization code sent alongside was not swapped.',
  },
  'claim.s_hash': {
    ko: 'state 해시: 로그인 요청의 state 값이 바꿔치기되지 않았는지 확인하는 값입니다.',
    en: 'State hash: lets the client check the state of the login request was not swapped.',
  },
  'claim.sid': {
    ko: '세션 ID: 로그인 서비스(OpenID 공급자)의 세션을 가리키며, 로그아웃을 여러 앱에 전파할 때 쓰입니다.',
    en: "Session ID: the sign-in service's (OpenID provider's) session, used to propagate logout to apps.",
  },
  'claim.name': { ko: '이름: 사용자의 표시 이름입니다.', en: "Name: the user's display name." },
  'claim.given_name': { ko: '이름(성 제외)입니다.', en: "Given name: the user's first name." },
  'claim.family_name': { ko: '성입니다.', en: "Family name: the user's last name." },
  'claim.nickname': { ko: '별명입니다.', en: "Nickname: the user's casual name." },
  'claim.preferred_username': {
    ko: '선호 사용자 이름: 화면에 보여 줄 로그인 이름입니다. 고유하다는 보장은 없습니다.',
    en: 'Preferred username: the login name to show; not guaranteed to be unique.',
  },
  'claim.picture': {
    ko: '프로필 사진 URL입니다.',
    en: "Picture: URL of the user's profile photo.",
  },
  'claim.email': { ko: '이메일 주소입니다.', en: "Email: the user's email address." },
  'claim.email_verified': {
    ko: '이메일 인증 여부: 이메일 주소의 소유가 확인되었는지 나타냅니다.',
    en: 'Email verified: whether the user proved they own the email address.',
  },
  'claim.phone_number': { ko: '전화번호입니다.', en: "Phone number: the user's phone number." },
  'claim.phone_number_verified': {
    ko: '전화번호 인증 여부: 전화번호의 소유가 확인되었는지 나타냅니다.',
    en: 'Phone number verified: whether the user proved they own the number.',
  },
  'claim.locale': {
    ko: '사용자의 언어·지역 설정입니다.',
    en: "Locale: the user's language and region.",
  },
  'claim.zoneinfo': { ko: '사용자의 시간대입니다.', en: "Zone info: the user's time zone." },
  'claim.birthdate': { ko: '생년월일입니다.', en: "Birthdate: the user's date of birth." },
  'claim.address': { ko: '우편 주소입니다.', en: "Address: the user's postal address." },
  'claim.updated_at': {
    ko: '프로필 갱신 시각: 사용자 정보가 마지막으로 바뀐 시각입니다.',
    en: "Updated at: when the user's profile last changed.",
  },
  // OAuth access tokens
  'claim.scope': {
    ko: '권한 범위(scope): 이 토큰으로 할 수 있는 일(인가 범위)의 목록입니다.',
    en: 'Scope: what this token is allowed to do (the authorization granted).',
  },
  'claim.scp': {
    ko: '권한 범위(scp): scope와 같은 의미로, Microsoft·Okta 등에서 쓰는 이름입니다.',
    en: 'Scopes (scp): same as scope, under the name Microsoft, Okta and others use.',
  },
  'claim.client_id': {
    ko: '클라이언트 ID: 이 토큰을 발급받은 애플리케이션입니다.',
    en: 'Client ID: the application this token was issued to.',
  },
  'claim.cnf': {
    ko: '키 바인딩(cnf): 토큰이 특정 키에 묶여 있어, 그 키를 가진 쪽만 쓸 수 있습니다(DPoP, mTLS).',
    en: 'Confirmation (cnf): the token is bound to a key, so only its holder can use it (DPoP, mTLS).',
  },
  'claim.act': {
    ko: '대리 주체: 다른 주체가 사용자를 대신해 행동하고 있음을 나타냅니다(토큰 교환).',
    en: 'Actor: another party is acting on behalf of the subject (token exchange).',
  },
  'claim.may_act': {
    ko: '대리 허용: 사용자를 대신해 행동해도 되는 주체입니다.',
    en: 'May act: who is allowed to act on behalf of the subject.',
  },
  'claim.typ': {
    ko: '토큰 종류: 발급자가 붙인 종류입니다(예: Bearer, ID, Refresh).',
    en: 'Token type: the kind the issuer gave it (e.g. Bearer, ID, Refresh).',
  },
  'claim.token_use': {
    ko: '토큰 용도: Amazon Cognito가 붙이는 값으로, "access"면 액세스 토큰, "id"면 ID 토큰입니다.',
    en: 'Token use: set by Amazon Cognito; "access" means an access token, "id" an ID token.',
  },
  'claim.roles': {
    ko: '역할: 사용자에게 부여된 역할 목록으로, 인가 판단에 쓰입니다.',
    en: 'Roles: the roles granted to the user, used for authorization decisions.',
  },
  'claim.groups': {
    ko: '그룹: 사용자가 속한 그룹 목록으로, 인가 판단에 쓰입니다.',
    en: 'Groups: the groups the user belongs to, used for authorization decisions.',
  },
  'claim.permissions': {
    ko: '권한: 사용자에게 허용된 작업 목록입니다(Auth0 RBAC).',
    en: 'Permissions: the actions the user may perform (Auth0 RBAC).',
  },
  // Microsoft Entra ID
  'claim.tid': {
    ko: '테넌트 ID: 사용자가 속한 Microsoft Entra 조직(테넌트)입니다.',
    en: 'Tenant ID: the Microsoft Entra organization (tenant) the user belongs to.',
  },
  'claim.oid': {
    ko: '객체 ID: Microsoft Entra에서 사용자를 가리키는 변하지 않는 ID입니다.',
    en: 'Object ID: the immutable ID of the user in Microsoft Entra.',
  },
  'claim.upn': {
    ko: '사용자 계정 이름(UPN): 보통 이메일 형태의 Microsoft 로그인 이름입니다.',
    en: 'User principal name: the Microsoft sign-in name, usually email-shaped.',
  },
  'claim.ver': {
    ko: '토큰 버전: 발급자가 쓰는 토큰 형식의 버전입니다(예: Microsoft의 1.0, 2.0).',
    en: "Version: the issuer's token format version (e.g. Microsoft's 1.0 or 2.0).",
  },
  'claim.appid': {
    ko: '앱 ID: 토큰을 요청한 애플리케이션입니다(Microsoft v1 토큰).',
    en: 'App ID: the application that requested the token (Microsoft v1 tokens).',
  },
  'claim.idp': {
    ko: 'ID 공급자: 사용자를 실제로 인증한 곳입니다(예: 외부 소셜 로그인).',
    en: 'Identity provider: who actually authenticated the user (e.g. a social login).',
  },
  'claim.unique_name': {
    ko: '표시용 사용자 이름입니다(Microsoft v1 토큰). 식별자로 쓰면 안 됩니다.',
    en: 'Unique name: a display name for the user (Microsoft v1); not an identifier.',
  },
  'claim.wids': {
    ko: '디렉터리 역할: 사용자에게 부여된 Microsoft Entra 관리자 역할 ID 목록입니다.',
    en: 'Directory roles: IDs of the Microsoft Entra admin roles granted to the user.',
  },
  // Amazon Cognito
  'claim.cognito:groups': {
    ko: 'Cognito 그룹: 사용자가 속한 Cognito 사용자 풀 그룹입니다.',
    en: 'Cognito groups: the user pool groups the user belongs to.',
  },
  'claim.cognito:username': {
    ko: 'Cognito 사용자 이름: 사용자 풀 안의 사용자 이름입니다.',
    en: 'Cognito username: the user name inside the user pool.',
  },
  'claim.username': {
    ko: '사용자 이름: 로그인 이름입니다(Cognito 액세스 토큰 등).',
    en: 'Username: the login name (Cognito access tokens and others).',
  },
  'claim.event_id': {
    ko: '이벤트 ID: 이 토큰을 만든 로그인 이벤트의 ID입니다(Cognito).',
    en: 'Event ID: the login event that produced this token (Cognito).',
  },
  'claim.origin_jti': {
    ko: '원본 토큰 ID: 같은 로그인에서 나온 토큰들이 공유하는 값으로, 폐기할 때 쓰입니다(Cognito).',
    en: 'Origin JTI: shared by the tokens of one login, used to revoke them together (Cognito).',
  },
  // Firebase
  'claim.firebase': {
    ko: 'Firebase 정보: 로그인 방식(sign_in_provider)과 연결된 계정 등 Firebase Auth가 넣는 값입니다.',
    en: 'Firebase: what Firebase Auth adds, such as the sign-in provider and linked identities.',
  },
  'claim.user_id': {
    ko: '사용자 ID: 서비스 안에서 사용자를 가리키는 ID입니다(Firebase에서는 sub와 같습니다).',
    en: 'User ID: the user inside the service (in Firebase, the same as sub).',
  },
  // Keycloak
  'claim.realm_access': {
    ko: '렐름 역할: 사용자에게 부여된 Keycloak 렐름 단위 역할입니다.',
    en: 'Realm access: the Keycloak realm roles granted to the user.',
  },
  'claim.resource_access': {
    ko: '클라이언트별 역할: 클라이언트(리소스)마다 부여된 Keycloak 역할입니다.',
    en: 'Resource access: the Keycloak roles granted per client (resource).',
  },
  'claim.session_state': {
    ko: '세션 상태: Keycloak 로그인 세션을 가리키는 값입니다.',
    en: 'Session state: the Keycloak login session this token belongs to.',
  },
  'claim.allowed-origins': {
    ko: '허용된 출처: 이 토큰을 브라우저에서 쓸 수 있는 웹 출처(CORS)입니다(Keycloak).',
    en: 'Allowed origins: the web origins allowed to use this token from a browser (Keycloak CORS).',
  },
  // JOSE header parameters (lib/engine/claims/header-params.ts)
  'jose.header.custom': {
    ko: '비표준 헤더 매개변수 "{name}": 이 서비스가 직접 정한 값입니다.',
    en: 'Non-standard header parameter "{name}": defined by this service.',
  },
  'jose.header.alg': {
    ko: '알고리즘: 서명(JWS)이나 키 암호화(JWE)에 쓴 알고리즘입니다. none이면 서명이 없다는 뜻입니다.',
    en: 'Algorithm: how the token is signed (JWS) or its key encrypted (JWE); none means unsigned.',
  },
  'jose.header.typ': {
    ko: '타입: 토큰 전체의 종류입니다(예: JWT, at+jwt는 액세스 토큰, dpop+jwt는 DPoP 증명). 생략할 수 있고, 서명 방식과는 관계없습니다.',
    en: 'Type: what kind of token this is (JWT; at+jwt = access token; dpop+jwt = DPoP proof). Optional, and unrelated to how it is signed.',
  },
  'jose.header.cty': {
    ko: '콘텐츠 타입: 페이로드에 담긴 내용의 종류입니다(JWT면 토큰이 한 번 더 감싸져 있습니다).',
    en: 'Content type: what the payload holds (JWT means a token nested inside).',
  },
  'jose.header.kid': {
    ko: '키 ID: 검증(또는 복호화)에 쓸 키를 발급자의 키 목록(JWKS)에서 찾는 이름입니다.',
    en: "Key ID: names the key in the issuer's key set (JWKS) that verifies or decrypts it.",
  },
  'jose.header.jku': {
    ko: 'JWK Set URL: 검증 키를 받아 올 주소입니다. 이 값을 그대로 믿고 키를 받아 오면 위조에 악용될 수 있습니다.',
    en: 'JWK Set URL: where to fetch the verification key; trusting it blindly lets forgers pick their key.',
  },
  'jose.header.jwk': {
    ko: '내장 공개 키: 토큰에 검증 키가 들어 있습니다. 이 키를 그대로 믿으면 누구나 토큰을 위조할 수 있습니다.',
    en: 'Embedded public key: the token carries its own key; trusting it lets anyone forge tokens.',
  },
  'jose.header.x5u': {
    ko: 'X.509 인증서 URL: 검증용 인증서를 받아 올 주소입니다. 그대로 믿으면 위험합니다.',
    en: 'X.509 URL: where to fetch the signing certificate; risky to trust as is.',
  },
  'jose.header.x5c': {
    ko: 'X.509 인증서 체인: 서명 키의 인증서가 토큰에 들어 있습니다.',
    en: 'X.509 certificate chain: the signing certificate travels inside the token.',
  },
  'jose.header.x5t': {
    ko: 'X.509 인증서 지문(SHA-1): 서명에 쓴 인증서를 가리킵니다.',
    en: 'X.509 thumbprint (SHA-1): identifies the signing certificate.',
  },
  'jose.header.x5t#S256': {
    ko: 'X.509 인증서 지문(SHA-256): 서명에 쓴 인증서를 가리킵니다.',
    en: 'X.509 thumbprint (SHA-256): identifies the signing certificate.',
  },
  'jose.header.crit': {
    ko: '필수 확장: 검증하는 쪽이 반드시 이해해야 하는 헤더 매개변수 목록입니다.',
    en: 'Critical: header parameters a verifier must understand or reject the token.',
  },
  'jose.header.b64': {
    ko: 'b64: false면 페이로드가 base64url로 인코딩되지 않은 채 서명되었습니다(RFC 7797).',
    en: 'b64: false means the payload was signed without base64url encoding (RFC 7797).',
  },
  'jose.header.enc': {
    ko: '콘텐츠 암호화 알고리즘: JWE 페이로드를 암호화한 방식입니다(예: A256GCM).',
    en: 'Content encryption: how the JWE payload is encrypted (e.g. A256GCM).',
  },
  'jose.header.zip': {
    ko: '압축: 암호화 전에 페이로드를 압축했습니다(DEF).',
    en: 'Compression: the payload was compressed before encryption (DEF).',
  },
  'jose.header.epk': {
    ko: '임시 공개 키: ECDH 키 합의에 쓴 일회용 공개 키입니다.',
    en: 'Ephemeral public key: the one-time key used for ECDH key agreement.',
  },
  'jose.header.apu': {
    ko: '합의 당사자 정보(보내는 쪽): ECDH 키 유도에 쓰입니다.',
    en: 'Agreement PartyUInfo: producer information used in ECDH key derivation.',
  },
  'jose.header.apv': {
    ko: '합의 당사자 정보(받는 쪽): ECDH 키 유도에 쓰입니다.',
    en: 'Agreement PartyVInfo: recipient information used in ECDH key derivation.',
  },
  'jose.header.iv': {
    ko: '초기화 벡터: AES-GCM 키 래핑에 쓴 값입니다.',
    en: 'Initialization vector: used for AES-GCM key wrapping.',
  },
  'jose.header.tag': {
    ko: '인증 태그: AES-GCM 키 래핑의 무결성 확인 값입니다.',
    en: 'Authentication tag: integrity check of AES-GCM key wrapping.',
  },
  'jose.header.p2s': {
    ko: 'PBES2 솔트: 비밀번호 기반 키 암호화에 쓴 솔트입니다.',
    en: 'PBES2 salt: the salt of password-based key encryption.',
  },
  'jose.header.p2c': {
    ko: 'PBES2 반복 횟수: 비밀번호 기반 키 유도를 몇 번 반복했는지 나타냅니다.',
    en: 'PBES2 count: how many iterations password-based key derivation used.',
  },
} satisfies Catalogue;
