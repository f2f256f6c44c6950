/**
 * What the views read from the element. Views are plain functions from this
 * to a template: no state of their own, no side effects but the event
 * handlers they bind.
 */
import type { Selection } from '../../core/selection.js';
import type { Messages } from '../../i18n/index.js';
import type { DialogController } from '../dialog-controller.js';
import type { DonationController } from '../donation-controller.js';

export interface ViewHost {
  /** Messages in the element's locale. */
  readonly t: Messages;
  /** Canonical locale tag. */
  readonly loc: string;
  /** Unique per element: prefixes ids that must not clash between widgets. */
  readonly uid: string;
  readonly donation: DonationController;
  readonly sel: Selection;
  readonly dialog: DialogController;
  readonly collectDonor: boolean;
  /** Whether tipping is offered (`tip` attribute and the partner's config). */
  readonly tipShown: boolean;
  onSubmit(e: Event): void;
  onRetry(): void;
  onAgain(): void;
  onBlur(): void;
  /** The pointer went down on Donate. */
  onPress(): void;
}
