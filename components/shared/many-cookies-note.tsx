import { Text } from './text';

/** Above this many cookies the popup says it only summarises them. */
const MANY_COOKIES = 100;

/** A site with very many cookies: the popup summarises, the inspector lists them all. */
export function ManyCookiesNote({ count }: { count: number }) {
  if (count < MANY_COOKIES) return null;
  return (
    <p className="tk-note" data-testid="state-many-cookies">
      <Text msg={{ key: 'ui.state.manyCookies', params: { n: count } }} />
    </p>
  );
}
