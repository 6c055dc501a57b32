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
} satisfies Catalogue;
