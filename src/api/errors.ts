/**
 * Typed errors of the API adapter. Codes follow the widget contract; a code
 * the API sends that we do not know is passed through as it came.
 */
export type SirErrorCode =
  | 'SECRET_KEY_REJECTED'
  | 'INVALID_KEY_FORMAT'
  | 'INVALID_API_BASE'
  | 'ENVIRONMENT_MISMATCH'
  | 'INVALID_API_KEY'
  | 'PARTNER_NOT_ACTIVE'
  | 'PARTNER_SUSPENDED'
  | 'DONATIONS_DISABLED'
  | 'NONPROFIT_NOT_FOUND'
  | 'INVALID_AMOUNT'
  | 'RATE_LIMITED'
  | 'NETWORK_ERROR'
  | 'TIMEOUT'
  | 'SERVER_ERROR'
  | 'INVALID_RESPONSE'
  | 'UNSAFE_CHECKOUT_URL'
  | 'POPUP_BLOCKED'
  | 'ABORTED'
  | (string & {});

export interface SirErrorInit {
  code: SirErrorCode;
  message: string;
  retryable: boolean;
  /** HTTP status when the error came from a response. */
  status?: number;
  /** Seconds the server asked us to wait (Retry-After), when given. */
  retryAfter?: number;
}

export class SirApiError extends Error {
  readonly code: SirErrorCode;
  readonly retryable: boolean;
  readonly status?: number;
  readonly retryAfter?: number;

  constructor(init: SirErrorInit) {
    super(init.message);
    this.name = 'SirApiError';
    this.code = init.code;
    this.retryable = init.retryable;
    if (init.status !== undefined) this.status = init.status;
    if (init.retryAfter !== undefined) this.retryAfter = init.retryAfter;
  }

  /** Plain, serialisable, non-secret data (the `sir-donate-error` detail). */
  toJSON(): { code: string; message: string; retryable: boolean; status?: number } {
    const out: { code: string; message: string; retryable: boolean; status?: number } = {
      code: this.code,
      message: this.message,
      retryable: this.retryable,
    };
    if (this.status !== undefined) out.status = this.status;
    return out;
  }
}
