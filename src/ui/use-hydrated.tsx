import { createContext, startTransition, useContext, useEffect, useState, type ReactNode } from 'react';

// Outside a reader (a component rendered on its own) there is nothing to hydrate.
const HydratedContext = createContext(true);

/**
 * Around a reader that takes over HTML rendered ahead of time (`pending`): false in that HTML and
 * in the hydration that matches it, true after. The change is a transition, so the render that
 * brings in what only the device knows runs in slices, never as one long task. A reader rendered
 * afresh is hydrated from its first render.
 */
export function HydrationBoundary({ pending, children }: { pending: boolean; children: ReactNode }) {
  const [hydrated, setHydrated] = useState(!pending);
  useEffect(() => {
    if (!hydrated) startTransition(() => setHydrated(true));
  }, [hydrated]);
  return <HydratedContext.Provider value={hydrated}>{children}</HydratedContext.Provider>;
}

/**
 * False while the page is rendered ahead of time (the build's prerender) and while the browser
 * hydrates that HTML; true in every render after. What only the device knows (the time now, its
 * width, what it stored) waits for true, so hydration finds exactly the HTML it would render.
 */
export function useHydrated(): boolean {
  return useContext(HydratedContext);
}
