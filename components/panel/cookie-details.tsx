import { useState } from 'react';
import { MaskedValue } from '@/components/shared/masked-value';
import { Text } from '@/components/shared/text';
import { ValueText } from '@/components/shared/value-text';
import { valueDecodings, type ValueDecoding } from '@/lib/engine/decoder/value-decodings';
import type { CookieReport, Report } from '@/lib/engine/model/report';
import { FindingItems } from './finding-items';
import { TokenDetails } from './token-details';

/** What the cookie means: why it is (or is not) a credential, and what its flags do. */
function CookieMeaning({ c }: { c: CookieReport }) {
  return (
    <ul>
      {c.credential.reasons.map((r, i) => (
        <li key={i}>
          <Text msg={r} />
        </li>
      ))}
      {c.credential.knownAs && (
        <li>
          <Text msg={{ key: 'panel.cookie.knownAs', params: { name: c.credential.knownAs } }} />
        </li>
      )}
      <li>
        <Text msg={{ key: c.httpOnly ? 'panel.cookie.httpOnlyYes' : 'panel.cookie.httpOnlyNo' }} />
      </li>
      <li>
        <Text
          msg={{
            key:
              c.expiry.state === 'session'
                ? 'panel.cookie.sessionMeaning'
                : 'panel.cookie.persistentMeaning',
          }}
        />
      </li>
    </ul>
  );
}

/** The readable forms of the value, each under its name. */
function ValueDecodings({ decodings }: { decodings: ValueDecoding[] }) {
  return (
    <>
      {decodings.map((d) => (
        <div key={d.kind}>
          <h4>
            <Text msg={{ key: `panel.decoding.${d.kind}` }} />
          </h4>
          <pre className="tp-pre">
            <ValueText value={d.text} maxChars={2000} multiline />
          </pre>
        </div>
      ))}
    </>
  );
}

/** One selected cookie: its value, what it means, its readable forms, its token and findings. */
export function CookieDetails({ c, report }: { c: CookieReport; report: Report }) {
  // The readable forms of the value (URL-decoded, base64-decoded) are the value: they stay hidden
  // until the user reveals it, like the value itself.
  const [revealed, setRevealed] = useState(false);
  const token = c.tokenId ? report.tokens.find((t) => t.id === c.tokenId) : undefined;
  const decodings = token?.jws || token?.jwe || !revealed ? [] : valueDecodings(c.value);
  const findings = report.findings.filter(
    (f) => f.artifactId === c.artifactId || c.findingIds.includes(f.key),
  );
  return (
    <div className="tp-details" data-testid="cookie-details" data-cookie={c.name}>
      <h3 className="tp-mono">
        <ValueText value={c.name} />
      </h3>
      <MaskedValue
        value={c.value}
        name={c.name}
        revealed={revealed}
        onRevealedChange={setRevealed}
        decoded={token?.jws ? { header: token.jws.header, payload: token.jws.payload } : undefined}
      />
      <h4>
        <Text msg={{ key: 'panel.cookie.meaning' }} />
      </h4>
      <CookieMeaning c={c} />
      <ValueDecodings decodings={decodings} />
      {token && <TokenDetails token={token} report={report} />}
      <h4>
        <Text msg={{ key: 'panel.findings.title' }} />
      </h4>
      <FindingItems findings={findings} report={report} />
    </div>
  );
}
