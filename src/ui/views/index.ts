// Views: plain functions from the element (ViewHost) to a template, one module per state.
// Not here: state, network, events other than the handlers they bind.
export { failure, notice } from './errors.js';
export { frame, modal } from './frame.js';
export { form, syncControls } from './form.js';
export { header } from './header.js';
export type { ViewHost } from './host.js';
export { skeleton } from './skeleton.js';
export { awaiting, redirecting } from './status.js';
export { thanks } from './thanks.js';
