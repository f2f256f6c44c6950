/**
 * The modal dialog of `layout="button"`: opens it on the opener's click,
 * keeps Tab inside it, closes on Escape (native `<dialog>`), the close button
 * or disconnection, returns focus to the opener, and locks the page's scroll
 * while open.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the controller needs from its element. */
export interface DialogHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

// Reference-counted, so two widgets' dialogs do not unlock each other.
let locks = 0;
let saved: [overflow: string, paddingRight: string] | undefined;

/**
 * Locks the host page's scrolling without the jump a disappearing scrollbar
 * causes: its width is added as padding. Returns the unlock function.
 */
function lockScroll(): () => void {
  const { style } = document.documentElement;
  if (!locks++) {
    const root = document.documentElement;
    const scrollbar = innerWidth - root.clientWidth;
    const padding = parseFloat(getComputedStyle(root).paddingRight) || 0;
    saved = [style.overflow, style.paddingRight];
    style.overflow = 'hidden';
    if (scrollbar > 0) style.paddingRight = `${padding + scrollbar}px`;
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (!--locks && saved) [style.overflow, style.paddingRight] = saved;
  };
}

export class DialogController implements ReactiveController {
  /** Whether the dialog shows (its content renders only then). */
  open = false;
  private unlock?: () => void;

  constructor(private readonly host: DialogHost) {
    host.addController(this);
  }

  private get dialog(): HTMLDialogElement | null | undefined {
    // `renderRoot` exists once connected; the element's methods may run before that.
    return this.host.renderRoot?.querySelector('dialog');
  }

  hostDisconnected(): void {
    this.close(false);
  }

  show = async (): Promise<void> => {
    this.open = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog;
    if (!dialog || dialog.open) return;
    this.unlock = lockScroll();
    dialog.showModal();
    dialog
      .querySelector<HTMLElement>('input:checked, input, button[part="submit"], .close')
      ?.focus();
  };

  /** Closes the dialog; `returnFocus` moves focus back to the opener. */
  close = (returnFocus = true): void => {
    this.unlock?.();
    this.unlock = undefined;
    if (this.dialog?.open) this.dialog.close();
    if (!this.open) return;
    this.open = false;
    this.host.requestUpdate();
    if (returnFocus) this.host.renderRoot.querySelector<HTMLElement>('[part="opener"]')?.focus();
  };

  /** Native modal dialogs let Tab leave for the browser's UI: wrap it inside instead. */
  keydown = (e: KeyboardEvent): void => {
    const dialog = this.dialog;
    if (e.key != 'Tab' || !dialog) return;
    const stops = [
      ...dialog.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href]'),
    ].filter((el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0);
    const active = (this.host.renderRoot as ShadowRoot).activeElement;
    const last = stops[stops.length - 1];
    if (active == (e.shiftKey ? stops[0] : last) || !active || !dialog.contains(active)) {
      e.preventDefault();
      (e.shiftKey ? last : stops[0])?.focus();
    }
  };
}
