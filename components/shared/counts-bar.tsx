import { memo } from 'react';
import { translate } from '@/lib/engine/i18n/translate';
import type { Report } from '@/lib/engine/model/report';
import { SEVERITIES } from './severity';
import { Text } from './text';

/** Cookies (session vs persistent), tokens and findings by severity, as one compact row. */
export const CountsBar = memo(function CountsBar({ counts }: { counts: Report['counts'] }) {
  return (
    <dl className="tk-counts" data-testid="counts">
      <div className="tk-counts__item" data-count="cookies">
        <dt>
          <Text msg={{ key: 'ui.counts.cookies' }} />
        </dt>
        <dd>
          <strong>{counts.cookies.total}</strong>
          {/* Only a margin parts the total from the breakdown on screen; read aloud, a total of
              1 and "0 session" would run together into "10 session". */}
          <span className="tk-sr-only">, </span>
          <span className="tk-counts__detail">
            <Text
              msg={{ key: 'ui.counts.sessionCookies', params: { n: counts.cookies.session } }}
            />
            {' · '}
            <Text
              msg={{ key: 'ui.counts.persistentCookies', params: { n: counts.cookies.persistent } }}
            />
          </span>
        </dd>
      </div>
      <div className="tk-counts__item" data-count="tokens">
        <dt>
          <Text msg={{ key: 'ui.counts.tokens' }} />
        </dt>
        <dd>
          <strong>{counts.tokens}</strong>
        </dd>
      </div>
      <div className="tk-counts__item" data-count="findings">
        <dt>
          <Text msg={{ key: 'ui.counts.findings' }} />
        </dt>
        <dd className="tk-counts__severities">
          {SEVERITIES.map((severity) => (
            <span
              key={severity}
              className={`tk-sev tk-sev--${severity}${counts.findings[severity] === 0 ? ' tk-sev--zero' : ''}`}
              data-severity={severity}
            >
              <Text
                render={(lang) =>
                  translate(
                    {
                      key: 'ui.severity.count',
                      params: {
                        n: counts.findings[severity],
                        severity: translate({ key: `ui.severity.${severity}` }, lang),
                      },
                    },
                    lang,
                  )
                }
                layout="compact"
              />
            </span>
          ))}
        </dd>
      </div>
    </dl>
  );
});
