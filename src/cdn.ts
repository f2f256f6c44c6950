// Entry of the CDN files: registers <sir-donate> and exposes the public API.
export * from './index.js';
export { defineSirDonate, TAG_NAME } from './define.js';
