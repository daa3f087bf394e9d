import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';

// react-admin is large: loading it lazily keeps the first chunk small.
const App = lazy(() => import('./App'));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Suspense fallback={<p style={{ fontFamily: 'sans-serif', padding: 16 }}>Loading…</p>}>
      <App />
    </Suspense>
  </StrictMode>,
);
