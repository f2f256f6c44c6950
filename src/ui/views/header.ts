import { html, nothing, type TemplateResult } from 'lit';
import type { ViewHost } from './host.js';

/** The nonprofit (or, before it is known, the partner) and the test-mode badge. */
export const header = ({ donation: d, t, uid }: ViewHost): TemplateResult => {
  const org = d.organization;
  const name = org?.name ?? d.config?.name;
  return html`<header part="header">
    <slot name="header">
      ${
        name
          ? html`<h2 part="nonprofit" id="${uid}-title">
              ${
                org?.logoUrl
                  ? html`<img
                      src=${org.logoUrl}
                      alt=""
                      width="40"
                      height="40"
                      referrerpolicy="no-referrer"
                    />`
                  : nothing
              }
              <span class="name">${name}</span>
            </h2>`
          : nothing
      }
    </slot>
    ${d.testMode ? html`<span part="test-badge" title=${t.testHint}>${t.testMode}</span>` : nothing}
  </header>`;
};
