#!/usr/bin/env node
// `npm run demo:site`: serve the demo site until Ctrl+C and print where each login lives.
import { startDemo } from './site.mjs';

const demo = await startDemo();
const { urls } = demo;
console.log(`Tokki demo site (access tokens live ${demo.accessTtlSeconds}s; user demo / pw demo)
  index              ${urls.index}
  server session     ${urls.session.home}   (script: ${urls.session.auto})
  bearer JWT         ${urls.bearer.home}    (script: ${urls.bearer.auto})
  JWT in a cookie    ${urls.jwtCookie.home} (script: ${urls.jwtCookie.auto})
  no login           ${urls.plain.home}
  verify signatures  ${urls.verify.home}  (script: ${urls.verify.auto}; issuer ${urls.verify.issuer})
Open these in Chromium (it resolves *.localhost to this machine). Ctrl+C stops.`);

const stop = () => void demo.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
