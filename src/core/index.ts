// core: donation logic without rendering: money, flow states, checkout, status polling, pending.
// Not here: Lit, templates, styles, fetch/HTTP (src/api), messages (src/i18n); never imports ui.
// No window/document at module top level: browser APIs sit behind guards and injectable seams.
export * from './money.js';
export * from './flow.js';
export * from './checkout.js';
export * from './status-poller.js';
export * from './pending.js';
export * from './selection.js';
export * from './attributes.js';
