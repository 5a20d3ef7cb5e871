import { createBrowserHistory } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { NewsReader } from './app/news-reader';
import { createNewsSource } from './app/create-source';
import { buildTimeApiBase, loadRuntimeConfig } from './app/runtime-config';
import { StartupError } from './app/startup-error';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
const base = new URL(import.meta.env.BASE_URL, document.baseURI).href;

loadRuntimeConfig(new URL('config.json', base).href, buildTimeApiBase())
  .then((config) => {
    root.render(
      <StrictMode>
        <NewsReader source={createNewsSource(config, base)} history={createBrowserHistory()} />
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    root.render(<StartupError error={error} />);
  });
