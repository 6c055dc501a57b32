import { Text } from './text';

/**
 * How many times one piece of evidence was seen: "×2" for the eye, and for a screen reader,
 * which would say "multiplication sign 2", a sentence ("seen 2 times").
 */
export function SeenCount({ count, className }: { count: number; className?: string }) {
  return (
    <span className={className} data-seen={count}>
      <span aria-hidden="true"> ×{count}</span>
      <span className="tk-sr-only">
        {' '}
        <Text msg={{ key: 'ui.evidence.seen', params: { n: count } }} />
      </span>
    </span>
  );
}
