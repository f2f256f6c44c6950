// Plain JavaScript: listen on the element, set properties (arrays as arrays).
// `?api-base=` and `?key=` point the widget elsewhere (like the other apps).
// This runs before the IIFE defines <sir-donate>: attributes and properties
// set on the not-yet-upgraded element are picked up when it upgrades.
const widget = document.getElementById('plain-widget');
const params = new URLSearchParams(location.search);
if (params.has('api-base')) widget.setAttribute('api-base', params.get('api-base'));
if (params.has('key')) widget.setAttribute('publishable-key', params.get('key'));

const log = document.getElementById('log');
for (const type of ['sir-donate-ready', 'sir-donate-change']) {
  widget.addEventListener(type, (event) => {
    (window.__appEvents ??= []).push({
      app: 'plain',
      widget: widget.id,
      type,
      detail: event.detail,
    });
    const li = document.createElement('li');
    li.textContent = `${widget.id}: ${type} ${JSON.stringify(event.detail)}`;
    log.append(li);
  });
}
// The attribute said "5,15,30"; a property takes the array itself.
widget.amounts = [5, 15, 30, 60];
// window.SirDonate is the IIFE's namespace: the class, VERSION, the API client.
customElements.whenDefined('sir-donate').then(() => {
  document.title += ` (v${window.SirDonate.VERSION})`;
});
