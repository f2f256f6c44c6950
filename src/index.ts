/**
 * Side-effect-free package root: the element class, its types and events, and
 * the API client. Importing it defines nothing (and touches no DOM global, so
 * a server-side import is safe); import `sir-donate/define` to register
 * <sir-donate>.
 */
export { SirDonate } from './ui/sir-donate.js';
export {
  SirDonateChangeEvent,
  SirDonateErrorEvent,
  SirDonateLinkCreatedEvent,
  SirDonateReadyEvent,
  SirDonateStatusEvent,
  SirDonateSubmitEvent,
} from './ui/events.js';
export type {
  ChangeDetail,
  ErrorDetail,
  LinkCreatedDetail,
  ReadyDetail,
  StatusDetail,
  SubmitDetail,
} from './ui/events.js';
export * from './api/index.js';
export type { Appearance, AppearanceVariables, Theme } from './theme/index.js';
export type { Messages } from './i18n/index.js';
export type { CheckoutMode, FlowStateName } from './core/flow.js';
export { VERSION } from './version.js';
