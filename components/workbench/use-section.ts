import { useCallback, useEffect, useState } from 'react';
import {
  parseWorkbenchHash,
  workbenchHash,
  type WorkbenchSection,
} from '@/lib/platform/workbench-tab';

/**
 * The section the address names (`#decoder`, `#har`, `#learn`), kept in step both ways: choosing
 * a section rewrites the hash in place (no history entry per click), and a hash typed or linked
 * later picks the section. The first write also drops a `handoff` id, already used by then.
 */
export function useSection(): [WorkbenchSection, (section: WorkbenchSection) => void] {
  const [section, setSection] = useState(() => parseWorkbenchHash(location.hash).section);
  useEffect(() => {
    const follow = () => setSection(parseWorkbenchHash(location.hash).section);
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  useEffect(() => {
    const hash = workbenchHash({ section });
    if (location.hash !== hash) history.replaceState(history.state, '', hash);
  }, [section]);
  return [section, useCallback((next: WorkbenchSection) => setSection(next), [])];
}
