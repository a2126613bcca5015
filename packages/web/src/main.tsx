import '@mantine/core/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/index.js';
import { initI18n } from './i18n/index.js';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

// Language must be known before the first render so no screen flashes in the wrong one.
void initI18n().then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
