/**
 * The decoding half of the engine, as the analysis uses it (one import site, so the analysis
 * depends on the agreed API and nothing else of lib/decode).
 */
export { decodeToken, looksLikeJwt, type DecodedToken } from '../decode/decode-token';
export {
  isCredentialHeaderName,
  parseAuthorization,
  type AuthorizationCredential,
} from '../decode/parse-authorization';
export { findTokensInUrl, findTokensInValue, findUserinfo } from '../decode/find-tokens';
export { describeOpaque } from '../decode/opaque';
export { readFrameworkValue } from '../decode/frameworks';
export { claimReports, tokenTimes } from '../claims/claims';
