import { useEffect, useState } from 'react';
import { setDecoderInput } from '@/components/panel/panel-store';

/** What became of a text handed over by "Decode with Tokki". */
export type HandoffState = 'none' | 'waiting' | 'received' | 'missing';

/**
 * Puts the handed-over selection in the Decoder once it arrives. `handoff` is the background's
 * answer, asked for once before the first render (a second ask would find the entry gone), so a
 * re-run of this effect only waits on the same answer again.
 */
export function useHandoff(handoff: Promise<string | undefined> | undefined): HandoffState {
  const [state, setState] = useState<HandoffState>(handoff ? 'waiting' : 'none');
  useEffect(() => {
    if (!handoff) return;
    let alive = true;
    void handoff.then(
      (text) => {
        if (!alive) return;
        if (text !== undefined) setDecoderInput(text);
        setState(text === undefined ? 'missing' : 'received');
      },
      () => alive && setState('missing'),
    );
    return () => {
      alive = false;
    };
  }, [handoff]);
  return state;
}
