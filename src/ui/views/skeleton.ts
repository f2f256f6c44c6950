import { html, type TemplateResult } from 'lit';
import type { ViewHost } from './host.js';

/** Loading: placeholders of the form's size, so nothing shifts when the data arrives. */
export const skeleton = ({ t }: ViewHost): TemplateResult =>
  html`<div class="skeleton" role="status">
    <span class="visually-hidden">${t.loading}</span>
    <div class="bone short" aria-hidden="true"></div>
    <div class="bone" aria-hidden="true"></div>
    <div class="bone" aria-hidden="true"></div>
    <div class="bone" aria-hidden="true"></div>
    <div class="bone" aria-hidden="true"></div>
  </div>`;
