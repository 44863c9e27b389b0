import { StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';

/** Marks the document once React has committed, so the driver knows rendering (or hydration) is done. */
function Root({ title }: { title?: string }) {
  useEffect(() => {
    document.documentElement.dataset['rendered'] = 'true';
  }, []);
  return <App title={title} />;
}

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing');

// `#mismatch` makes the client render a different heading than the server did: the driver's
// negative control proving that a hydration mismatch is detected at all.
const tree = (
  <StrictMode>
    <Root title={location.hash === '#mismatch' ? 'Consumer app (client)' : undefined} />
  </StrictMode>
);

if (container.firstElementChild) {
  hydrateRoot(container, tree, {
    onRecoverableError: (error: unknown) => console.error('Recoverable hydration error:', error),
  });
} else {
  createRoot(container).render(tree);
}
