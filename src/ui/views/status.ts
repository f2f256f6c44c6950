import { html, nothing, type TemplateResult } from 'lit';
import type { ViewHost } from './host.js';

/** Progress: leaving for the hosted checkout. */
export const redirecting = ({ t }: ViewHost): TemplateResult =>
  html`<div part="status" role="status"><p>${t.redirecting}</p></div>`;

/** The checkout is open in a popup or tab (or was blocked: then its link is the way there). */
export const awaiting = ({ donation: d, t }: ViewHost): TemplateResult => {
  const link = d.flow.donation?.donationLink;
  return html`<div part="status" role="status">
    <p>${d.popupBlocked ? t.popupBlocked : link ? t.awaiting : t.checking}</p>
    ${
      link
        ? html`<a href=${link} target="_blank" rel="noopener noreferrer">
            ${t.openCheckout} <span class="visually-hidden">${t.newTab}</span>
          </a>`
        : nothing
    }
  </div>`;
};
