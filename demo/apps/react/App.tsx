// Two ways to use the widget in React:
//   1. React 19: the element itself. `sir-donate/jsx` types its props
//      (attributes, properties such as `amounts={DIRECT_AMOUNTS}`) and its
//      `onsir-donate-*` event props; React 19 sets known properties as
//      properties and adds listeners for `on<event-name>` props.
//   2. `sir-donate/react`: the @lit/react wrapper (needed on React 18), with
//      camelCase `onSirDonate*` event props.
import type {} from 'sir-donate/jsx';
import type { SirDonateChangeEvent, SirDonateReadyEvent } from 'sir-donate';
import { SirDonate } from 'sir-donate/react';
import { useCallback, useState } from 'react';
import { API_BASE, NONPROFIT, PUBLISHABLE_KEY, recordEvent } from '../shared/config.js';

// Module-level (or useMemo'd) arrays: a new array on every render is a new
// `amounts` value for the element, which re-applies its initial selection.
const DIRECT_AMOUNTS = [5, 15, 30];
const WRAPPED_AMOUNTS = [7, 14, 21];

export function App() {
  const [log, setLog] = useState<string[]>([]);
  const [currency, setCurrency] = useState('EUR');
  const onEvent = useCallback((event: Event) => {
    const line = recordEvent('react', event);
    setLog((lines) => [...lines, line]);
  }, []);
  const onReady = (event: SirDonateReadyEvent) => onEvent(event);
  const onChange = (event: SirDonateChangeEvent) => onEvent(event);

  return (
    <main>
      <h1>sir-donate in React 19</h1>

      <h2>The element (React 19, sir-donate/jsx types)</h2>
      <sir-donate
        id="direct"
        publishable-key={PUBLISHABLE_KEY}
        api-base={API_BASE}
        nonprofit={NONPROFIT}
        amounts={DIRECT_AMOUNTS}
        currency={currency}
        onsir-donate-ready={onReady}
        onsir-donate-change={onChange}
      >
        <span slot="footer">Thanks from the React app</span>
      </sir-donate>
      <p>
        <button type="button" onClick={() => setCurrency((c) => (c === 'EUR' ? 'GBP' : 'EUR'))}>
          Switch currency ({currency})
        </button>
      </p>

      <h2>The wrapper (sir-donate/react)</h2>
      <SirDonate
        id="wrapped"
        publishableKey={PUBLISHABLE_KEY}
        apiBase={API_BASE}
        nonprofit={NONPROFIT}
        amounts={WRAPPED_AMOUNTS}
        currency="GBP"
        onSirDonateReady={onReady}
        onSirDonateChange={onChange}
      />

      <h2>Events</h2>
      <ol id="log">
        {log.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    </main>
  );
}
