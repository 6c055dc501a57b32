/** The shared page frame: one small stylesheet, scripts only from /assets (the CSP forbids inline). */
import { html } from './html.mjs';

/**
 * @param {{ title: string, site: string, body: unknown, scripts?: string[], mode?: string }} o
 * @returns {string}
 */
export function layout({ title, site, body, scripts = [], mode = '' }) {
  return `<!doctype html>${html`<html lang="ko">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>${title}</title>
      <link rel="stylesheet" href="/assets/style.css" />
      <link rel="icon" href="/icon.png" />
    </head>
    <body data-site="${site}" data-mode="${mode}">
      <header>
        <span class="logo"><img src="/icon.png" alt="" width="20" height="20" /> Tokki demo</span>
        <span class="site">${site}</span>
      </header>
      <main>${body}</main>
      ${scripts.map((s) => html`<script src="/assets/${s}" defer></script>`)}
    </body>
  </html>`}`;
}

/**
 * One explanation in both languages, side by side.
 * @param {unknown} ko
 * @param {unknown} en
 */
export function both(ko, en) {
  return html`<div class="both">
    <section lang="ko">${ko}</section>
    <section lang="en">${en}</section>
  </div>`;
}

/** The login form shared by the three login sites (user demo / password demo). @param {string} action */
export function loginForm(action) {
  return html`<form method="post" action="${action}" id="login-form">
    <label>아이디 / Username <input name="username" value="demo" autocomplete="username" /></label>
    <label
      >비밀번호 / Password
      <input name="password" type="password" value="demo" autocomplete="current-password"
    /></label>
    <button type="submit">로그인 / Log in</button>
    <p class="hint">demo / demo</p>
  </form>`;
}

/** Where the /auto scripts write their progress, one line per step. */
export const progressLog = html`<ol id="steps" aria-live="polite"></ol>
  <p id="result" class="result"></p>`;
