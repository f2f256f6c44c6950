// React 19 app entry. Registering <sir-donate> before the first render means
// React sees an upgraded element and sets `amounts={[…]}` as a DOM property.
import 'sir-donate/define';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
