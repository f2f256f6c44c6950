// src/api: the SIR Partner API adapter: publishable-key checks, URL safety, fetch with
// timeouts/retries/caching, and zod/mini validation into the types the widget uses.
// Not here: Lit, the DOM, rendering, i18n text, donation flow or polling (those live in ui/ and core/).
export { createClient, clearCache } from './client.js';
export type {
  CacheStore,
  ClientOptions,
  LookupOptions,
  RateLimit,
  RequestOptions,
  SirClient,
} from './client.js';
export { SirApiError } from './errors.js';
export type { SirErrorCode, SirErrorInit } from './errors.js';
export { classifyKey, maskKey, resolveConnection } from './key.js';
export type { Connection, KeyKind } from './key.js';
export { isLoopbackHost, safeUrl } from './url.js';
export type * from './types.js';
