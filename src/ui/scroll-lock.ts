/**
 * Locks the host page's scrolling while the modal dialog is open, without the
 * jump a disappearing scrollbar causes: its width is added as padding.
 * Reference-counted, so two widgets' dialogs do not unlock each other.
 */
let locks = 0;
let saved: { overflow: string; paddingRight: string } | undefined;

export function lockScroll(): () => void {
  const root = document.documentElement;
  if (locks++ === 0) {
    const scrollbar = window.innerWidth - root.clientWidth;
    saved = { overflow: root.style.overflow, paddingRight: root.style.paddingRight };
    const padding = parseFloat(getComputedStyle(root).paddingRight) || 0;
    root.style.overflow = 'hidden';
    if (scrollbar > 0) root.style.paddingRight = `${padding + scrollbar}px`;
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--locks === 0 && saved) {
      root.style.overflow = saved.overflow;
      root.style.paddingRight = saved.paddingRight;
      saved = undefined;
    }
  };
}
