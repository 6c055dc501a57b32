import { useMemo } from 'react';
import { Text } from '@/components/shared/text';
import type { Report } from '@/lib/engine/model/report';
import { learnExamples, learnTopicsFor } from './learn-examples';

/**
 * The concepts behind the verdict, in the user's language, each shown on this site's own data;
 * the lesson about how this site logs in comes first.
 */
export function LearnView({ report }: { report?: Report }) {
  const examples = useMemo(() => learnExamples(report), [report]);
  const topics = useMemo(() => learnTopicsFor(report), [report]);
  return (
    <div className="tp-learn">
      <p className="tp-muted">
        <Text msg={{ key: 'learn.intro' }} layout="block" />
      </p>
      {topics.map((topic, i) => {
        const example = examples[topic];
        const source = example.fromSite ? 'site' : example.generic ? 'generic' : 'demo';
        return (
          <section
            key={topic}
            className="tp-learn__topic"
            data-testid="learn-topic"
            data-topic={topic}
            data-lead={i === 0 && topic !== 'authn-authz' ? 'true' : undefined}
            aria-labelledby={`tp-learn-${topic}`}
          >
            <h3 id={`tp-learn-${topic}`}>
              <Text msg={{ key: `learn.${topic}.title` }} />
            </h3>
            <p>
              <Text msg={{ key: `learn.${topic}.body` }} layout="block" />
            </p>
            <aside className="tp-example" data-testid="learn-example" data-source={source}>
              <strong>
                <Text msg={{ key: `learn.example.${source}` }} />
              </strong>{' '}
              <Text msg={example.msg} layout="block" />
            </aside>
          </section>
        );
      })}
    </div>
  );
}
