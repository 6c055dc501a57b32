import { Text } from './text';

const TIPS = [
  'ui.state.none.tryLogin',
  'ui.state.none.tryReload',
  'ui.state.none.tryDevtools',
] as const;

/**
 * Verdict "none": not logged in, or logged in before Tokki could see it. Says what to try.
 * `withTitle={false}` where a verdict heading above already says "nothing found".
 */
export function NothingFound({ withTitle = true }: { withTitle?: boolean }) {
  return (
    <section className="tk-state" data-testid="state-none">
      {withTitle && (
        <h2 className="tk-state__title">
          <Text msg={{ key: 'ui.state.none.title' }} />
        </h2>
      )}
      <p>
        <Text msg={{ key: 'ui.state.none.body' }} layout="block" />
      </p>
      <ul className="tk-state__tips">
        {TIPS.map((key) => (
          <li key={key}>
            <Text msg={{ key }} layout="block" />
          </li>
        ))}
      </ul>
    </section>
  );
}
