import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { prefetchFirstScreen } from './prefetch.ts';
import { Providers } from './Providers.tsx';
import { createQueryClient } from './queryClient.ts';
import { installTestHandle } from './testHandle.ts';
import './app.css';

installTestHandle();

// The data is requested before React's first render, not after it.
const client = createQueryClient();
const arrived = prefetchFirstScreen(client, window.location.search);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const start = () =>
  createRoot(root).render(
    <StrictMode>
      <Providers client={client}>
        <App />
      </Providers>
    </StrictMode>,
  );
void Promise.race([arrived, new Promise((r) => setTimeout(r, 250))]).then(start);
