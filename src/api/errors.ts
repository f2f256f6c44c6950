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
  declare readonly code: SirErrorCode;
  declare readonly retryable: boolean;
  declare readonly status?: number;
  declare readonly retryAfter?: number;

  constructor(init: SirErrorInit) {
    super(init.message);
    this.name = 'SirApiError';
    Object.assign(this, init);
  }

  /** Plain, serialisable, non-secret data (the `sir-donate-error` detail). */
  toJSON(): { code: string; message: string; retryable: boolean; status?: number } {
    const { code, message, retryable, status } = this;
    return clean({ code, message, retryable, status });
  }
}

/** A JSON-safe copy without undefined fields, so consumers and `in` checks see clean objects. */
export const clean = <T>(o: T): T => JSON.parse(JSON.stringify(o)) as T;

/** Shorthand for the adapter's own errors. */
export const apiError = (
  code: SirErrorCode,
  message: string,
  retryable = false,
  status?: number,
  retryAfter?: number,
) => new SirApiError({ code, message, retryable, status, retryAfter });
