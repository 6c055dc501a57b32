// bearer.localhost: keeps the access token in localStorage, sends it as a Bearer header and
// refreshes it by itself shortly before it expires (and once on a 401).
'use strict';
(() => {
  const { step, done, fail, postForm } = window.TokkiDemo;
  const KEY = 'access_token';
  let timer;
  let refreshes = 0;

  const text = (id, value) => {
    const el = document.getElementById(id);
    if (el) el.textContent = value;
  };

  function claimsOf(token) {
    try {
      const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      return JSON.parse(atob(part));
    } catch {
      return null;
    }
  }

  function keep(token) {
    localStorage.setItem(KEY, token);
    const claims = claimsOf(token);
    if (claims && typeof claims.exp === 'number') {
      text('expiry', new Date(claims.exp * 1000).toLocaleTimeString());
      schedule(claims);
    }
  }

  // Refresh a little before expiry: a quarter of the lifetime, at most 30 s early.
  function schedule(claims) {
    clearTimeout(timer);
    const lifetime = claims.exp - (claims.iat ?? claims.exp);
    const margin = Math.min(30, lifetime / 4);
    const delay = Math.max(500, (claims.exp - margin) * 1000 - Date.now());
    timer = setTimeout(() => {
      refresh()
        .then((ok) => (ok ? callMe() : undefined))
        .catch(fail);
    }, delay);
  }

  async function login(username, password) {
    step(`POST /login (${username})`);
    const res = await fetch('/login', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (!res.ok) throw new Error(`login ${res.status}`);
    const body = await res.json();
    keep(body.access_token);
    step(
      `access_token → localStorage (expires_in ${body.expires_in}s); refresh_token → HttpOnly cookie`,
    );
  }

  async function refresh() {
    const res = await postForm('/refresh', { grant_type: 'refresh_token' });
    if (!res.ok) {
      localStorage.removeItem(KEY);
      text('me', '—');
      step(`POST /refresh → ${res.status}`);
      return false;
    }
    const body = await res.json();
    refreshes += 1;
    text('refreshes', String(refreshes));
    step(`POST /refresh → new access token (#${refreshes})`);
    keep(body.access_token);
    return true;
  }

  async function callMe(retry = true) {
    const token = localStorage.getItem(KEY);
    if (!token) return null;
    const res = await fetch('/api/me', { headers: { authorization: `Bearer ${token}` } });
    if (res.status === 401 && retry && (await refresh())) return callMe(false);
    if (!res.ok) {
      step(`GET /api/me → ${res.status}`);
      return null;
    }
    const body = await res.json();
    text('me', body.sub);
    step(`GET /api/me (Authorization: Bearer …) → ${body.sub}`);
    return body;
  }

  async function auto() {
    await login('demo', 'demo');
    await callMe();
    // Show the whole flow at once; after this the page keeps refreshing on its own schedule.
    if (!(await refresh())) throw new Error('refresh failed');
    const me = await callMe();
    if (!me) throw new Error('/api/me failed');
    done(`Bearer 토큰으로 로그인됨 / Logged in with a bearer token: ${me.sub}`);
  }

  async function home() {
    const form = document.getElementById('login-form');
    form?.addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData(form);
      login(String(data.get('username')), String(data.get('password')))
        .then(() => callMe())
        .then((me) => me && done(`로그인됨 / Logged in: ${me.sub}`))
        .catch(fail);
    });
    document.getElementById('logout')?.addEventListener('click', () => {
      clearTimeout(timer);
      localStorage.removeItem(KEY);
      text('me', '—');
      text('expiry', '—');
      postForm('/logout', {})
        .then(() => step('POST /logout: refresh token revoked'))
        .catch(fail);
    });
    const token = localStorage.getItem(KEY);
    if (token) {
      keep(token);
      await callMe();
    }
  }

  (document.body.dataset.mode === 'auto' ? auto() : home()).catch(fail);
})();
