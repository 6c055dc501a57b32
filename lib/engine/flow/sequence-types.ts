import type { Location, Msg, TokenKind } from '../model/report';

/**
 * Which of a login's credentials is live: `current` is the one the page holds now (stored now, or
 * the last one it sent), `replaced` one a newer credential took over from, `expired` a current
 * one past its expiry.
 */
export type CredentialState = 'current' | 'replaced' | 'expired';

export interface FlowCredential {
  tokenId: string;
  kind: TokenKind;
  /** Where it is stored, else where it was first seen. */
  label: string;
  /** First 8 hex digits of the SHA-256 of its value. */
  fingerprint: string;
  state: CredentialState;
  /** Every place it was seen, safest first (the `data-location` kinds). */
  locations: Location[];
  /** Seen in request headers and in no storage: the page's script holds it in memory. */
  memoryOnly: boolean;
  replacedBy?: string;
  expiresAt?: number;
}

/** One step of a login, in the order a learner reads it. */
export type StepKind = 'issue' | 'store' | 'send' | 'refresh' | 'replace' | 'expire';

/** Who acts: the browser sending, the server answering, or the page alone. */
type StepDirection = 'to-server' | 'to-browser' | 'in-browser';

export interface FlowStep {
  /** 1-based position in its sequence. */
  n: number;
  kind: StepKind;
  /** ms since epoch. */
  time: number;
  direction: StepDirection;
  message: Msg;
  tokenIds: string[];
  /** The request behind the step, for the Requests tab. */
  requestId?: string;
  /** For `send`: how many requests in a row, and the last one's time. */
  count?: number;
  lastTime?: number;
}

/** One login: the credentials that belong together and their steps, oldest first. */
export interface LoginSequence {
  id: string;
  credentials: FlowCredential[];
  steps: FlowStep[];
}
