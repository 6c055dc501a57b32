// The smallest React page: what React 19 alone costs an extension page to load and render.
// Built by bench/popup-floor.mjs; compare with the empty page and with the popup.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.body).render(
  createElement('p', { 'data-testid': 'verdict', elementtiming: 'verdict' }, 'none'),
);
