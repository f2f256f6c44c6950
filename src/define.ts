/**
 * The only module that registers <sir-donate>. Importing it twice (npm and
 * CDN on one page) does not throw: the first definition wins, and a differing
 * version is reported once on the console. Without a `customElements`
 * registry (a server-side import) it does nothing.
 */
import { SirDonate } from './ui/sir-donate.js';
import { VERSION } from './version.js';

export const TAG_NAME = 'sir-donate';

let warned = false;

export function defineSirDonate(registry?: CustomElementRegistry): void {
  const reg = registry ?? globalThis.customElements;
  if (!reg) return; // no DOM (server-side import): nothing to register
  const existing = reg.get(TAG_NAME) as
    (CustomElementConstructor & { version?: string }) | undefined;
  if (existing) {
    if ((existing as unknown) !== SirDonate && existing.version !== VERSION && !warned) {
      warned = true;
      console.warn(
        `<${TAG_NAME}> is already defined by version ${existing.version ?? 'unknown'}; ` +
          `version ${VERSION} was loaded too and is not used. Load the widget once per page.`,
      );
    }
    return;
  }
  reg.define(TAG_NAME, SirDonate);
}

defineSirDonate();

export { SirDonate };
