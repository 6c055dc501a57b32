import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function Panel() {
  return <main data-testid="panel">Tokki</main>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Panel />
  </StrictMode>,
);
