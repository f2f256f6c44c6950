'use client';
/**
 * `sir-donate/react`: <sir-donate> as a React component (@lit/react), for
 * React 18, which would otherwise set every prop as a string attribute and
 * never listen to custom events. React 19 handles custom elements itself: use
 * `<sir-donate>` directly with the types from `sir-donate/jsx`.
 *
 * Importing this module registers <sir-donate> (through ./define.js, which is
 * guarded: without a `customElements` registry, as in a server render, it
 * does nothing, so a server-side import never throws). `'use client'` marks it
 * as a client component for React Server Components (Next.js App Router).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { TAG_NAME } from './define.js';
import type {
  SirDonateChangeEvent,
  SirDonateErrorEvent,
  SirDonateLinkCreatedEvent,
  SirDonateReadyEvent,
  SirDonateStatusEvent,
  SirDonateSubmitEvent,
} from './ui/events.js';
import { SirDonate as SirDonateElement } from './ui/sir-donate.js';

/** The React prop → DOM event name map (typed by the event class). */
const events = {
  /** Config and nonprofit loaded. */
  onSirDonateReady: 'sir-donate-ready' as EventName<SirDonateReadyEvent>,
  /** The donor changed amount, frequency or tip (minor units). */
  onSirDonateChange: 'sir-donate-change' as EventName<SirDonateChangeEvent>,
  /** Cancelable: `event.preventDefault()` stops the donation before any request. */
  onSirDonateSubmit: 'sir-donate-submit' as EventName<SirDonateSubmitEvent>,
  /** The hosted checkout link exists. */
  onSirDonateLinkCreated: 'sir-donate-link-created' as EventName<SirDonateLinkCreatedEvent>,
  /** A new donation status was seen. */
  onSirDonateStatus: 'sir-donate-status' as EventName<SirDonateStatusEvent>,
  /** Something failed. */
  onSirDonateError: 'sir-donate-error' as EventName<SirDonateErrorEvent>,
};

/**
 * `<SirDonate publishableKey="pk_…" nonprofit="…" amounts={[10, 25]}
 * onSirDonateChange={(e) => …} />`: every element property is a prop (set as
 * a DOM property, so arrays and objects work), every event an `onSirDonate…`
 * prop; `ref` gives the element.
 */
export const SirDonate = createComponent({
  react: React,
  tagName: TAG_NAME,
  elementClass: SirDonateElement,
  events,
  displayName: 'SirDonate',
});

/** The props of the `SirDonate` React component. */
export type SirDonateProps = React.ComponentProps<typeof SirDonate>;

export type { SirDonateElement };
export type {
  ChangeDetail,
  ErrorDetail,
  LinkCreatedDetail,
  ReadyDetail,
  StatusDetail,
  SubmitDetail,
} from './ui/events.js';
export {
  SirDonateChangeEvent,
  SirDonateErrorEvent,
  SirDonateLinkCreatedEvent,
  SirDonateReadyEvent,
  SirDonateStatusEvent,
  SirDonateSubmitEvent,
} from './ui/events.js';
