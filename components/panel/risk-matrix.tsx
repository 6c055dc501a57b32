import { Text } from '@/components/shared/text';
import type { Location, LocationRisk } from '@/lib/engine/model/report';

/** Locations shown in the matrix, most protected first. */
const MATRIX_ORDER: Location[] = [
  'cookie-httponly',
  'cookie-script',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'header',
  'url',
  'response-body',
];

function Yes({ value, risky }: { value: boolean; risky: boolean }) {
  return (
    <td className={value === risky ? 'tp-risk' : 'tp-ok'} data-value={value}>
      <Text msg={{ key: value ? 'panel.yes' : 'panel.no' }} />
    </td>
  );
}

/**
 * The header row when the site's headers are HTTP authentication: the browser, not the page,
 * sends them (the engine's profile for that row, see lib/engine/analyze/locations.ts).
 */
function isBrowserHeader(l: LocationRisk): boolean {
  return l.location === 'header' && l.sentAutomatically;
}

function HeaderRow() {
  return (
    <tr>
      <th scope="col">
        <Text msg={{ key: 'panel.matrix.location' }} />
      </th>
      <th scope="col">
        <Text msg={{ key: 'panel.matrix.count' }} />
      </th>
      <th scope="col">
        <Text msg={{ key: 'panel.matrix.readable' }} />
      </th>
      <th scope="col">
        <Text msg={{ key: 'panel.matrix.automatic' }} />
      </th>
      <th scope="col">
        <Text msg={{ key: 'panel.matrix.survives' }} />
      </th>
    </tr>
  );
}

function LocationRow({ l }: { l: LocationRisk }) {
  return (
    <tr data-location={l.location} className={l.count > 0 ? 'tp-row--used' : 'tp-row--empty'}>
      <th scope="row">
        <Text
          msg={{
            key: isBrowserHeader(l) ? 'learn.matrix.headerByBrowser' : `ui.location.${l.location}`,
          }}
        />
      </th>
      <td className="tp-num">{l.count}</td>
      <Yes value={l.readableByScripts} risky={true} />
      <Yes value={l.sentAutomatically} risky={true} />
      <td>
        <Text msg={{ key: `panel.survives.${l.survivesBrowserClose}` }} />
      </td>
    </tr>
  );
}

/** Where credentials can be kept × what each place lets scripts and the browser do with them. */
export function RiskMatrix({ locations: unordered }: { locations: LocationRisk[] }) {
  const locations = [...unordered].sort(
    (a, b) => MATRIX_ORDER.indexOf(a.location) - MATRIX_ORDER.indexOf(b.location),
  );
  return (
    <section aria-labelledby="tp-matrix-title">
      <h3 id="tp-matrix-title">
        <Text msg={{ key: 'panel.matrix.title' }} />
      </h3>
      <div className="tp-scroll">
        <table className="tp-table tp-matrix" data-testid="risk-matrix">
          <thead>
            <HeaderRow />
          </thead>
          <tbody>
            {locations.map((l) => (
              <LocationRow key={l.location} l={l} />
            ))}
          </tbody>
        </table>
      </div>
      <p className="tp-muted tp-small">
        <Text msg={{ key: 'panel.matrix.hint' }} />
      </p>
      {locations.some(isBrowserHeader) && (
        <p className="tp-muted tp-small" data-testid="matrix-http-auth">
          <Text msg={{ key: 'learn.matrix.httpAuth' }} layout="block" />
        </p>
      )}
    </section>
  );
}
