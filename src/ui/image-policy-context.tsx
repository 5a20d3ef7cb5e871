import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { imageAccess, ownOriginPolicy, type ImageAccess, type ImagePolicy } from '../news/image-policy';

interface ImagePolicyValue {
  policy: ImagePolicy;
  /** Images the reader chose to load: the feed's thumbnail follows the story page's choice. */
  loaded: ReadonlySet<string>;
  load(url: string): void;
}

const ImagePolicyContext = createContext<ImagePolicyValue | null>(null);

/** One policy per reader instance: two embeds on a page may read from different deployments. */
export function ImagePolicyProvider({ policy, children }: { policy: ImagePolicy; children: ReactNode }) {
  const [loaded, setLoaded] = useState<ReadonlySet<string>>(() => new Set());
  const load = useCallback((url: string) => setLoaded((before) => new Set(before).add(url)), []);
  const value = useMemo(() => ({ policy, loaded, load }), [policy, loaded, load]);
  return <ImagePolicyContext.Provider value={value}>{children}</ImagePolicyContext.Provider>;
}

/** Whether this image loads now, waits for the reader to ask for it, or never loads; and the asking. */
export function useImageAccess(url: string): { access: ImageAccess; load: () => void } {
  const context = useContext(ImagePolicyContext);
  const [askedHere, setAskedHere] = useState(false);
  const access = imageAccess(url, context?.policy ?? ownOriginPolicy());
  const chosen = askedHere || (context?.loaded.has(url) ?? false);
  const load = () => {
    setAskedHere(true);
    context?.load(url);
  };
  return { access: access.kind === 'ask' && chosen ? { kind: 'load' } : access, load };
}
