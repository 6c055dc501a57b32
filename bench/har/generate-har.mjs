/**
 * A deterministic HAR of N entries, shaped as Chrome DevTools exports it (`_resourceType`,
 * `_initiator`, pages), for the HAR import bench: a few sites and the traffic of a working day on
 * them. app.example.com logs in (POST /api/login: an HttpOnly session cookie and a JWT access
 * token in the JSON body), calls api.example.com with `Authorization: Bearer <JWT>`, refreshes it
 * every 2,000 entries (POST /oauth/token), loads images from a CDN (no content, as DevTools
 * leaves images), sends analytics beacons with `_ga` cookies, and now and then visits a second
 * site, shop.example.org, with its own session cookie.
 *
 *   node bench/har/generate-har.mjs 100000 /tmp/big.har
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** mulberry32: a small seeded PRNG, so every run writes the same file. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const b64url = (s) => Buffer.from(s).toString('base64url');
const START = Date.UTC(2026, 10, 20, 9, 0, 0);
const UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

function jwt(sub, iat, ttl, n) {
  const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'k1' }));
  const payload = b64url(
    JSON.stringify({
      iss: 'https://auth.example.com/',
      sub,
      aud: 'api',
      iat,
      exp: iat + ttl,
      jti: `j${n}`,
    }),
  );
  return `${header}.${payload}.${b64url(`signature-${n}`.padEnd(64, 'x'))}`;
}

const h = (name, value) => ({ name, value });

function commonHeaders(rand, referer, dest, mode) {
  return [
    h(
      'accept',
      dest === 'image'
        ? 'image/avif,image/webp,image/*,*/*;q=0.8'
        : dest === 'document'
          ? 'text/html,application/xhtml+xml'
          : 'application/json',
    ),
    h('accept-encoding', 'gzip, deflate, br, zstd'),
    h('accept-language', 'ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7'),
    h('cache-control', 'no-cache'),
    h('referer', referer),
    h('sec-fetch-dest', dest),
    h('sec-fetch-mode', mode),
    h('sec-fetch-site', rand() < 0.5 ? 'same-site' : 'same-origin'),
    h('user-agent', UA),
  ];
}

function entry({
  pageref,
  time,
  method = 'GET',
  url,
  reqHeaders,
  status = 200,
  resHeaders,
  mimeType,
  text,
  size,
  type,
  initiator,
}) {
  return {
    _initiator: initiator,
    _priority: 'High',
    _resourceType: type,
    cache: {},
    connection: '443',
    pageref,
    request: {
      method,
      url,
      httpVersion: 'http/2.0',
      headers: reqHeaders,
      queryString: [],
      cookies: [],
      headersSize: -1,
      bodySize: method === 'POST' ? 64 : 0,
      ...(method === 'POST'
        ? { postData: { mimeType: 'application/json', text: '{"user":"demo"}' } }
        : {}),
    },
    response: {
      status,
      statusText: status === 200 ? 'OK' : '',
      httpVersion: 'http/2.0',
      headers: resHeaders,
      cookies: [],
      content: { size, mimeType, ...(text !== undefined ? { text } : {}) },
      redirectURL: '',
      headersSize: -1,
      bodySize: size,
      _transferSize: size + 300,
      _error: null,
    },
    serverIPAddress: '203.0.113.10',
    startedDateTime: new Date(time).toISOString(),
    time: 42.5,
    timings: { blocked: 1.2, dns: -1, ssl: -1, connect: -1, send: 0.2, wait: 38.1, receive: 3 },
  };
}

/** The entries, one at a time: the whole file is never built in memory. */
function* entries(n, rand) {
  const sid = b64url('session-id-of-the-demo-user-000').slice(0, 43);
  const shopSid = `shop${Math.floor(rand() * 1e12).toString(36)}`;
  const ga = 'GA1.1.123456789.1763628000';
  let access = jwt('user-42', START / 1000, 3600, 0);
  let page = 0;
  let pageUrl = 'https://app.example.com/';
  for (let i = 0; i < n; i++) {
    const time = START + i * 250;
    const rand100 = rand() * 100;
    const cookieApp = `sid=${sid}; _ga=${ga}; theme=dark`;
    if (i === 0 || i % 1000 === 0) {
      page += 1;
      const shop = i > 0 && i % 5000 === 0;
      pageUrl = shop
        ? `https://shop.example.org/cart?visit=${page}`
        : `https://app.example.com/dashboard?view=${page}`;
      yield {
        page: { id: `page_${page}`, title: pageUrl, startedDateTime: new Date(time).toISOString() },
        entry: entry({
          pageref: `page_${page}`,
          time,
          url: pageUrl,
          type: 'document',
          initiator: { type: 'other' },
          reqHeaders: [
            ...commonHeaders(rand, pageUrl, 'document', 'navigate'),
            ...(i > 0 ? [h('cookie', shop ? `shop_session=${shopSid}` : cookieApp)] : []),
          ],
          resHeaders: [
            h('content-type', 'text/html; charset=utf-8'),
            h('content-length', '5120'),
            h('cache-control', 'no-store'),
            ...(shop && page === 6
              ? [h('set-cookie', `shop_session=${shopSid}; Path=/; HttpOnly; Secure; SameSite=Lax`)]
              : []),
          ],
          mimeType: 'text/html',
          text: '<!doctype html><title>Dashboard</title>',
          size: 5120,
        }),
      };
      continue;
    }
    const pageref = `page_${page}`;
    const initiator = {
      type: 'script',
      stack: {
        callFrames: [
          {
            functionName: 'load',
            url: 'https://app.example.com/static/app.js',
            lineNumber: 10,
            columnNumber: 4,
          },
        ],
      },
    };
    if (i === 1) {
      const body = JSON.stringify({
        access_token: access,
        token_type: 'Bearer',
        expires_in: 3600,
        refresh_token: b64url('refresh-0'.padEnd(32, 'r')),
      });
      yield {
        entry: entry({
          pageref,
          time,
          method: 'POST',
          url: 'https://app.example.com/api/login',
          type: 'fetch',
          initiator,
          reqHeaders: [
            ...commonHeaders(rand, pageUrl, 'empty', 'cors'),
            h('content-type', 'application/json'),
          ],
          resHeaders: [
            h('content-type', 'application/json'),
            h('set-cookie', `sid=${sid}; Path=/; HttpOnly; Secure; SameSite=Lax`),
            h('set-cookie', `_ga=${ga}; Domain=example.com; Path=/; Max-Age=63072000`),
          ],
          mimeType: 'application/json',
          text: body,
          size: body.length,
        }),
      };
      continue;
    }
    if (i % 2000 === 2) {
      access = jwt('user-42', Math.floor(time / 1000), 3600, i);
      const body = JSON.stringify({ access_token: access, token_type: 'Bearer', expires_in: 3600 });
      yield {
        entry: entry({
          pageref,
          time,
          method: 'POST',
          url: 'https://auth.example.com/oauth/token',
          type: 'fetch',
          initiator,
          reqHeaders: [
            ...commonHeaders(rand, pageUrl, 'empty', 'cors'),
            h('content-type', 'application/x-www-form-urlencoded'),
          ],
          resHeaders: [h('content-type', 'application/json'), h('cache-control', 'no-store')],
          mimeType: 'application/json',
          text: body,
          size: body.length,
        }),
      };
      continue;
    }
    if (rand100 < 40) {
      const body = JSON.stringify({ id: i, items: [{ n: i % 97, name: `item-${i}` }] });
      yield {
        entry: entry({
          pageref,
          time,
          url: `https://api.example.com/v1/items?page=${i}`,
          type: 'fetch',
          initiator,
          reqHeaders: [
            ...commonHeaders(rand, pageUrl, 'empty', 'cors'),
            h('authorization', `Bearer ${access}`),
            h('origin', 'https://app.example.com'),
          ],
          resHeaders: [
            h('content-type', 'application/json'),
            h('access-control-allow-origin', 'https://app.example.com'),
            h('content-length', String(body.length)),
            h('vary', 'Origin'),
          ],
          mimeType: 'application/json',
          text: body,
          size: body.length,
        }),
      };
    } else if (rand100 < 85) {
      yield {
        entry: entry({
          pageref,
          time,
          url: `https://cdn.example-static.net/img/${i % 5000}.webp`,
          type: 'image',
          initiator: { type: 'parser', url: pageUrl, lineNumber: 40 },
          reqHeaders: commonHeaders(rand, pageUrl, 'image', 'no-cors'),
          resHeaders: [
            h('content-type', 'image/webp'),
            h('content-length', '18000'),
            h('cache-control', 'public, max-age=31536000'),
            h('age', '3600'),
          ],
          mimeType: 'image/webp',
          text: undefined,
          size: 18000,
        }),
      };
    } else if (rand100 < 95) {
      yield {
        entry: entry({
          pageref,
          time,
          method: 'POST',
          url: `https://www.google-analytics.com/g/collect?v=2&tid=G-X&_p=${i}`,
          type: 'ping',
          initiator,
          reqHeaders: [
            ...commonHeaders(rand, pageUrl, 'empty', 'no-cors'),
            h('cookie', `_ga=${ga}`),
          ],
          resHeaders: [h('content-type', 'text/plain'), h('content-length', '0')],
          mimeType: 'text/plain',
          text: '',
          size: 0,
        }),
      };
    } else {
      yield {
        entry: entry({
          pageref,
          time,
          url: `https://app.example.com/static/chunk-${i % 300}.js`,
          type: 'script',
          initiator: { type: 'parser', url: pageUrl },
          reqHeaders: [
            ...commonHeaders(rand, pageUrl, 'script', 'no-cors'),
            h('cookie', cookieApp),
          ],
          resHeaders: [
            h('content-type', 'text/javascript'),
            h('content-length', '2048'),
            h('etag', `"c${i % 300}"`),
          ],
          mimeType: 'text/javascript',
          text: undefined,
          size: 2048,
        }),
      };
    }
  }
}

/**
 * Writes a HAR of `n` entries to `path`; resolves with its size in bytes. Pages come first, as
 * DevTools writes them, so the generator runs twice over the same seed (pages, then entries).
 */
export async function writeHar(path, n, seed = 20) {
  const out = createWriteStream(path);
  let bytes = 0;
  const write = async (s) => {
    bytes += Buffer.byteLength(s);
    if (!out.write(s)) await once(out, 'drain');
  };
  await write(
    '{"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},"pages":[',
  );
  let first = true;
  for (const item of entries(n, prng(seed))) {
    if (!item.page) continue;
    await write((first ? '' : ',') + JSON.stringify(item.page));
    first = false;
  }
  await write('],"entries":[');
  first = true;
  let batch = '';
  for (const item of entries(n, prng(seed))) {
    batch += (first ? '' : ',') + JSON.stringify(item.entry);
    first = false;
    if (batch.length > 1 << 20) {
      await write(batch);
      batch = '';
    }
  }
  await write(`${batch}]}}`);
  out.end();
  await once(out, 'finish');
  return bytes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 100000);
  const path = process.argv[3] ?? '/tmp/tokki-har-bench.har';
  const bytes = await writeHar(path, n);
  process.stderr.write(`${path}: ${n} entries, ${(bytes / 1e6).toFixed(1)} MB\n`);
}
