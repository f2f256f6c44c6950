// Entry of the CDN files: registers <sir-donate> and exposes the public API
// (the IIFE as window.SirDonate): the element class, the event classes, the
// API client, VERSION. The npm root has the same and the API helpers.
export {
  SirDonate,
  SirDonateChangeEvent,
  SirDonateErrorEvent,
  SirDonateLinkCreatedEvent,
  SirDonateReadyEvent,
  SirDonateStatusEvent,
  SirDonateSubmitEvent,
  SirApiError,
  createClient,
  clearCache,
  VERSION,
} from './index.js';
export type * from './index.js';
export { defineSirDonate, TAG_NAME } from './define.js';
