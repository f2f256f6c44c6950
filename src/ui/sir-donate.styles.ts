import { css } from 'lit';

/**
 * Layout and component styles. Colours, type and spacing come only from the
 * private `--_sir-*` tokens that src/theme defines from the public `--sir-*`
 * properties, so host-page CSS can restyle the widget through those hooks but
 * cannot break it (`all: initial` on the base resets inherited oddities).
 */
export const styles = css`
  :host {
    display: block;
    max-width: var(--_sir-max-width);
    contain: layout style;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  [part='base'] {
    all: initial;
    display: block;
    box-sizing: border-box;
    font-family: var(--_sir-font-family);
    font-size: var(--_sir-font-size);
    line-height: 1.4;
    color: var(--_sir-color-text);
    background: var(--_sir-color-background);
    border: 1px solid var(--_sir-color-border);
    border-radius: var(--_sir-radius);
    padding: calc(var(--_sir-spacing) * 1.25);
    min-height: 23rem;
    text-align: start;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  [part='header'] {
    display: flex;
    align-items: center;
    gap: var(--_sir-spacing);
    margin-bottom: var(--_sir-spacing);
    min-height: 2.75rem;
  }
  [part='nonprofit'] {
    display: flex;
    align-items: center;
    gap: calc(var(--_sir-spacing) * 0.75);
    flex: 1;
    min-width: 0;
    margin: 0;
    font-size: 1.05em;
    font-weight: 600;
  }
  [part='nonprofit'] img {
    width: 2.5rem;
    height: 2.5rem;
    flex: none;
    object-fit: contain;
    border-radius: calc(var(--_sir-radius) / 2);
    background: var(--_sir-color-surface);
  }
  .name {
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  [part='test-badge'] {
    flex: none;
    font-size: 0.75em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    padding: 0.2em 0.6em;
    border-radius: 999px;
    color: var(--_sir-color-text);
    background: var(--_sir-color-surface);
    border: 1px dashed var(--_sir-color-muted);
  }
  .group {
    border: 0;
    margin: 0 0 var(--_sir-spacing);
    padding: 0;
  }
  .legend {
    display: block;
    font-weight: 600;
    margin-bottom: calc(var(--_sir-spacing) / 2);
  }
  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(4.5rem, 1fr));
    gap: calc(var(--_sir-spacing) / 2);
  }
  .choice {
    position: relative;
    display: flex;
  }
  .choice input {
    position: absolute;
    inset: 0;
    opacity: 0;
    margin: 0;
    cursor: pointer;
  }
  .choice span {
    flex: 1;
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: var(--_sir-target-size);
    padding: 0 0.5em;
    border: 1px solid var(--_sir-color-border);
    border-radius: var(--_sir-radius);
    background: var(--_sir-color-surface);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    transition:
      background-color var(--_sir-transition),
      border-color var(--_sir-transition);
  }
  .choice input:checked + span {
    background: var(--_sir-color-primary);
    border-color: var(--_sir-color-primary);
    color: var(--_sir-color-on-primary);
  }
  .choice input:hover:not(:checked) + span {
    border-color: var(--_sir-color-primary);
  }
  .choice input:focus-visible + span,
  input.text:focus-visible,
  select:focus-visible,
  button:focus-visible,
  a:focus-visible {
    outline: var(--_sir-focus-ring);
    outline-offset: 2px;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-bottom: var(--_sir-spacing);
  }
  .field label {
    font-weight: 600;
  }
  input.text,
  select {
    font: inherit;
    color: var(--_sir-color-text);
    background: var(--_sir-color-background);
    border: 1px solid var(--_sir-color-border);
    border-radius: var(--_sir-radius);
    min-height: var(--_sir-target-size);
    padding: 0 0.75em;
    width: 100%;
    margin: 0;
  }
  input.text[aria-invalid='true'] {
    border-color: var(--_sir-color-error);
    border-width: 2px;
  }
  .field-error {
    color: var(--_sir-color-error);
    font-size: 0.9em;
    margin: 0;
  }
  .field-error:empty {
    display: none;
  }
  .row {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: calc(var(--_sir-spacing) / 2);
  }
  .total {
    margin: 0 0 var(--_sir-spacing);
    color: var(--_sir-color-muted);
    font-variant-numeric: tabular-nums;
  }
  button {
    font: inherit;
    cursor: pointer;
    min-height: var(--_sir-target-size);
    border-radius: var(--_sir-radius);
    padding: 0 1.25em;
    margin: 0;
  }
  .primary {
    width: 100%;
    border: 1px solid var(--_sir-color-primary);
    background: var(--_sir-color-primary);
    color: var(--_sir-color-on-primary);
    font-weight: 700;
    font-size: 1.05em;
    transition: background-color var(--_sir-transition);
  }
  .primary:hover {
    background: var(--_sir-color-primary-hover);
  }
  /* Outside the base box: it brings its own type, and is as wide as its text. */
  .opener {
    font-family: var(--_sir-font-family);
    font-size: var(--_sir-font-size);
    width: auto;
  }
  [part='submit'][aria-disabled='true'] {
    cursor: progress;
    opacity: 0.85;
  }
  .secondary {
    border: 1px solid var(--_sir-color-border);
    background: var(--_sir-color-surface);
    color: var(--_sir-color-text);
  }
  a {
    color: var(--_sir-color-primary);
  }
  [part='error'] {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_sir-spacing) / 2);
    margin: 0 0 var(--_sir-spacing);
    padding: calc(var(--_sir-spacing) * 0.75);
    border: 1px solid var(--_sir-color-error);
    border-inline-start-width: 4px;
    border-radius: var(--_sir-radius);
    color: var(--_sir-color-text);
    background: var(--_sir-color-surface);
  }
  [part='error'] p,
  [part='status'] p {
    margin: 0;
  }
  [part='status'] {
    display: flex;
    flex-direction: column;
    gap: var(--_sir-spacing);
    align-items: flex-start;
    padding: var(--_sir-spacing) 0;
  }
  [part='status'] .headline {
    font-size: 1.2em;
    font-weight: 700;
  }
  .success .headline {
    color: var(--_sir-color-success);
  }
  [part='footer'] {
    display: block;
    margin-top: var(--_sir-spacing);
    font-size: 0.85em;
    color: var(--_sir-color-muted);
    text-align: center;
  }
  .skeleton {
    display: grid;
    gap: var(--_sir-spacing);
  }
  .bone {
    background: var(--_sir-color-surface);
    border-radius: var(--_sir-radius);
    height: var(--_sir-target-size);
    animation: pulse 1.5s ease-in-out infinite;
  }
  .bone.short {
    width: 60%;
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }
  dialog {
    padding: 0;
    border: 0;
    background: transparent;
    width: min(32rem, calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    overflow: auto;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .dialog-bar {
    display: flex;
    justify-content: flex-end;
    margin-bottom: calc(var(--_sir-spacing) / 2);
  }
  .close {
    min-width: var(--_sir-target-size);
    padding: 0;
  }
  @media (max-width: 480px) {
    dialog {
      width: 100vw;
      max-width: 100vw;
      height: 100dvh;
      max-height: 100dvh;
      margin: 0;
    }
    dialog [part='base'] {
      min-height: 100%;
      border-radius: 0;
    }
  }
  @media (forced-colors: active) {
    .choice input:checked + span {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .bone {
      border: 1px solid GrayText;
    }
  }
`;
