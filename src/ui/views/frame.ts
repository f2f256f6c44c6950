import { html, nothing, type TemplateResult } from 'lit';
import { format, isRtl } from '../../i18n/index.js';
import type { ViewHost } from './host.js';

const dir = (loc: string) => (isRtl(loc) ? 'rtl' : 'ltr');

/** The widget's box (part `base`) around a state's view, with the footer. */
export const frame = (h: ViewHost, body: unknown, inDialog?: boolean): TemplateResult => {
  const { t, loc, donation: d } = h;
  return html`<div
    part="base"
    dir=${dir(loc)}
    lang=${loc}
    aria-busy=${/^(idle|loading)$/.test(d.flow.name)}
  >
    ${
      inDialog
        ? html`<div class="dialog-bar">
            <button class="secondary close" aria-label=${t.close} @click=${() => h.dialog.close()}>
              ✕
            </button>
          </div>`
        : nothing
    }
    ${body}
    <footer part="footer"><slot name="footer">${t.poweredBy}</slot></footer>
  </div>`;
};

/** `layout="button"`: the opener, and the modal dialog that holds the widget while open. */
export const modal = (h: ViewHost, body: () => unknown): TemplateResult => {
  const { t, loc, dialog } = h;
  const org = h.donation.organization;
  const name = org && format(t.donateTo, { nonprofit: org.name });
  return html`<button
      part="opener"
      class="primary opener"
      aria-haspopup="dialog"
      @click=${dialog.show}
      dir=${dir(loc)}
      lang=${loc}
    >
      ${name || t.donateGeneric}
    </button>
    <dialog
      part="dialog"
      aria-label=${name || t.form}
      @close=${() => dialog.close()}
      @cancel=${() => dialog.close()}
      @keydown=${dialog.keydown}
    >
      ${dialog.open ? frame(h, body(), true) : nothing}
    </dialog>`;
};
