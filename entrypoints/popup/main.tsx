import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function Popup() {
  return <main data-testid="popup">Tokki</main>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup />
  </StrictMode>,
);
