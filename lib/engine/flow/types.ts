import type { Msg, TokenKind } from '../model/report';

/** One step in a credential's life, in the order a user would tell the story. */
export type FlowStage =
  'issued' | 'stored' | 'used' | 'refreshed' | 'replaced' | 'expired' | 'expires';

export interface FlowEvent {
  stage: FlowStage;
  /** ms since epoch; absent when the step happened but its time is unknown (a stored value). */
  time?: number;
  message: Msg;
  artifactId?: string;
  /** Requests behind this step (the login response, the requests that carried the token…). */
  requestIds: string[];
  /** For `used`: how many requests, first and last; the list above is a sample. */
  count?: number;
  lastTime?: number;
  /** The other credential of a refresh: the token it replaced or was replaced by, or the refresh token. */
  relatedTokenId?: string;
}

export interface CredentialLife {
  /** The token id, or the cookie's artifact id for a credential cookie without a token. */
  id: string;
  tokenId?: string;
  label: string;
  kind: TokenKind;
  events: FlowEvent[];
  /** Access ↔ refresh links, so the view can draw them. */
  links: { refreshTokenId?: string; replaces?: string; replacedBy?: string; refreshes?: string[] };
}
