import { Text } from './text';
import { ValueText } from './value-text';

/** chrome://, about:, extension stores: the browser keeps every extension out. */
export function RestrictedPage({ url }: { url?: string }) {
  return (
    <section className="tk-state" data-testid="state-restricted" role="status">
      <h2 className="tk-state__title">
        <Text msg={{ key: 'ui.state.restricted.title' }} />
      </h2>
      {url && (
        <p className="tk-state__url">
          <ValueText value={url} />
        </p>
      )}
      <p>
        <Text msg={{ key: 'ui.state.restricted.body' }} layout="block" />
      </p>
    </section>
  );
}
