import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router-dom';
import { App } from './App';
import { managerFor, SessionProvider, type RuntimeConfig } from './auth/session';
import { ProblemError } from './api/problem';
import './styles.css';

const queries = new QueryClient({
  defaultOptions: {
    queries: {
      // A view behind a change the session made answers 503 read-model-behind (Retry-After: 1):
      // asked again, it has it. Other problems are shown at once.
      retry: (failures, error) => failures < 5 && error instanceof ProblemError && error.status === 503,
      retryDelay: 1000,
      staleTime: 5_000,
    },
  },
});

const config: RuntimeConfig = await fetch('/config.json').then((response) => response.json());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queries}>
      <SessionProvider manager={managerFor(config)}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </SessionProvider>
    </QueryClientProvider>
  </StrictMode>,
);
