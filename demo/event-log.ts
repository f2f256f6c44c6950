// The partner's own code on the demo page: listens to the widget's events.
const log = document.querySelector<HTMLOListElement>('#event-log');
const names = [
  'sir-donate-ready',
  'sir-donate-change',
  'sir-donate-submit',
  'sir-donate-link-created',
  'sir-donate-status',
  'sir-donate-error',
] as const;
for (const name of names) {
  document.addEventListener(name, (event) => {
    if (!log) return;
    const item = document.createElement('li');
    item.textContent = `${name} ${JSON.stringify((event as CustomEvent).detail)}`;
    log.prepend(item);
    while (log.children.length > 20) log.lastElementChild?.remove();
  });
}
