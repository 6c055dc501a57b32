/**
 * Context for figure 2 (popup): the same open, timed the same way (no debugger on the page, until
 * the element marked elementtiming="verdict" is painted), of three pages a minimal extension
 * shows as its toolbar popup. `empty.html` adds one element from a module script: the browser's
 * own cost of opening a popup in this bench (its page, navigation, first frame), which no popup
 * can go below. `react.html` renders that element with React 19 (bench/floor/react-page.mjs, built
 * minified as the extension build does): the least any React popup costs. `engine.html` adds
 * Tokki's engine and verdict view over the popup's own snapshot, already in the page
 * (bench/floor/engine-page.mjs): the popup's work without the background and messaging, done in
 * sequence in one script, where the popup overlaps loading its UI with the background's answer.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { launchBare, openPopupAndReadPaint } from './lib/bare-chromium.mjs';
import { median, noise, round } from './lib/stats.mjs';

const ROOT = resolve(import.meta.dirname, '..');

/** Builds one floor page's script (and its style sheet, if any) into `dir`, minified. */
function buildPage(dir, entry, name, snapshot) {
  return build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    // Not the extension's public/ folder: its _locales would need a default_locale here.
    publicDir: false,
    resolve: { alias: { '@': ROOT } },
    define: {
      'process.env.NODE_ENV': '"production"',
      'import.meta.env.CHROME': 'true',
      'import.meta.env.FIREFOX': 'false',
    },
    plugins: [
      {
        name: 'bench-snapshot',
        resolveId: (id) => (id === 'virtual:bench-snapshot' ? '\0bench-snapshot' : undefined),
        // Parsed from a string, as a message's answer is: the snapshot costs what it costs the popup.
        load: (id) =>
          id === '\0bench-snapshot'
            ? `export default JSON.parse(${JSON.stringify(JSON.stringify(snapshot ?? {}))});`
            : undefined,
      },
    ],
    build: {
      outDir: dir,
      emptyOutDir: false,
      minify: true,
      lib: { entry: join(ROOT, entry), formats: ['es'], fileName: name, cssFileName: name },
    },
  });
}

/**
 * A minimal MV3 extension with an empty worker and three pages: empty, React only, and React
 * with Tokki's engine and verdict over `snapshot` (the popup's own snapshot of the bench site).
 */
async function floorExtension(snapshot) {
  const dir = join(tmpdir(), 'tokki-bench-floor-extension');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await buildPage(dir, 'bench/floor/react-page.mjs', 'react');
  await buildPage(dir, 'bench/floor/engine-page.mjs', 'engine', snapshot);
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'floor pages',
      version: '1.0',
      background: { service_worker: 'background.js' },
      action: { default_popup: 'empty.html' },
    }),
  );
  writeFileSync(join(dir, 'background.js'), '');
  const page = (script) =>
    `<!doctype html><html><head><meta charset="utf-8"><script type="module" src="${script}"></script></head><body></body></html>`;
  writeFileSync(join(dir, 'empty.html'), page('empty.js'));
  writeFileSync(
    join(dir, 'empty.js'),
    "const p = document.createElement('p');\np.dataset.testid = 'verdict';\np.setAttribute('elementtiming', 'verdict');\np.textContent = 'none';\ndocument.body.append(p);\n",
  );
  writeFileSync(join(dir, 'react.html'), page('react.js'));
  writeFileSync(
    join(dir, 'engine.html'),
    page('engine.js').replace('</head>', '<link rel="stylesheet" href="engine.css"></head>'),
  );
  return dir;
}

/**
 * Times until each page's element is painted, over `opens` rounds after one warm-up round. The
 * pages take turns within each round, so a machine getting busier mid-run weighs on all alike.
 */
async function timeOpens(bare, pages, opens) {
  const times = pages.map(() => []);
  for (let i = 0; i <= opens; i++) {
    for (const [k, page] of pages.entries()) {
      const { painted } = await openPopupAndReadPaint(bare, page);
      if (painted === undefined) throw new Error(`popup floor: ${page} painted nothing`);
      if (i > 0) times[k].push(painted);
    }
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
 * @param {{ opens: number, log: (s: string) => void, snapshot?: object }} ctx
 * @returns {Promise<import('./run.mjs').Row>}
 */
export async function benchPopupFloor({ opens, log, snapshot }) {
  const b = await launchBare(await floorExtension(snapshot));
  try {
    const [empty, react, engine] = await timeOpens(
      b,
      ['empty.html', 'react.html', 'engine.html'],
      opens,
    );
    log(
      `popup floor: empty extension page ${round(median(empty), 1)} ms, React page ${round(median(react), 1)} ms, ` +
        `React + engine page ${round(median(engine), 1)} ms`,
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
      row(
        'popup.floor.engine',
        'popup (context): React + Tokki’s engine and verdict view, the snapshot already in the page',
        engine,
        `${how} Analyses the popup's own snapshot of the site (${snapshot?.cookies?.length ?? 0} cookies, ` +
          `${snapshot?.storage?.length ?? 0} storage entries) and mounts the verdict as the popup does, ` +
          'with no background and no messaging, but in one script, one step after another: the popup asks for ' +
          'its snapshot first and loads this code while the answer comes, so it can paint before this page does.',
      ),
    ];
  } finally {
    await b.close();
  }
}
