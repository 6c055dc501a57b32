/**
 * Context for figure 2 (popup): the same open, timed the same way, of two pages of a minimal
 * extension. `empty.html` adds one element from a module script: the browser's own cost of
 * opening an extension page in this bench (tab, process, navigation commit), which no popup can
 * go below. `react.html` renders that element with React 19 (bench/floor/react-page.mjs, built
 * minified as the extension build does): the least any React popup costs. The popup figure minus
 * these is what Tokki's own code costs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { launchWith, openTimed } from './lib/browser.mjs';
import { median, noise, round } from './lib/stats.mjs';

const ROOT = resolve(import.meta.dirname, '..');

const MARK = '[data-testid=verdict]';

/** A minimal MV3 extension with an empty worker, an empty page and a React page. */
async function floorExtension() {
  const dir = join(tmpdir(), 'tokki-bench-floor-extension');
  mkdirSync(dir, { recursive: true });
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    // Not the extension's public/ folder: its _locales would need a default_locale here.
    publicDir: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: dir,
      emptyOutDir: true,
      minify: true,
      lib: { entry: join(ROOT, 'bench/floor/react-page.mjs'), formats: ['es'], fileName: 'react' },
    },
  });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'floor pages',
      version: '1.0',
      background: { service_worker: 'background.js' },
    }),
  );
  writeFileSync(join(dir, 'background.js'), '');
  const page = (script) =>
    `<!doctype html><html><head><meta charset="utf-8"><script type="module" src="${script}"></script></head><body></body></html>`;
  writeFileSync(join(dir, 'empty.html'), page('empty.js'));
  writeFileSync(
    join(dir, 'empty.js'),
    "const p = document.createElement('p');\np.dataset.testid = 'verdict';\np.textContent = 'none';\ndocument.body.append(p);\n",
  );
  writeFileSync(join(dir, 'react.html'), page('react.js'));
  return dir;
}

/** Median time until the page's element has a box, over `opens` opens after one warm-up. */
async function timeOpens(context, url, opens) {
  const times = [];
  for (let i = 0; i <= opens; i++) {
    const { page, at } = await openTimed(context, url, MARK);
    await page.close();
    if (i > 0) times.push(at);
  }
  return times;
}

function row(id, figure, times, note) {
  const m = median(times);
  return {
    id,
    figure,
    goal: 'context',
    value: round(m, 1),
    measured: `${round(m, 1)} ms`,
    pass: true,
    noise: noise(times),
    samples: times.map((t) => round(t, 1)),
    note,
  };
}

/**
 * @param {{ opens: number, log: (s: string) => void }} ctx
 * @returns {Promise<import('./run.mjs').Row>}
 */
export async function benchPopupFloor({ opens, log }) {
  const b = await launchWith(await floorExtension());
  try {
    const base = `chrome-extension://${b.extensionId}`;
    const empty = await timeOpens(b.context, `${base}/empty.html`, opens);
    const react = await timeOpens(b.context, `${base}/react.html`, opens);
    log(
      `popup floor: empty extension page ${round(median(empty), 1)} ms, React page ${round(median(react), 1)} ms`,
    );
    const how = `${opens} opens after one warm-up, timed as the popup is.`;
    return [
      row(
        'popup.floor.empty',
        'popup (context): an empty extension page, opened the same way',
        empty,
        `${how} The browser's own cost, below which no popup opens in this bench.`,
      ),
      row(
        'popup.floor.react',
        'popup (context): a page that only renders one element with React 19',
        react,
        `${how} The least a React popup costs here.`,
      ),
    ];
  } finally {
    await b.close();
  }
}
