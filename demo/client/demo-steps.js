// Progress log shared by the demo pages' scripts. Text only (textContent), never markup.
'use strict';
(() => {
  const steps = () => document.getElementById('steps');
  const result = () => document.getElementById('result');

  function step(text) {
    const li = document.createElement('li');
    li.textContent = text;
    steps()?.append(li);
  }

  function done(text) {
    const el = result();
    if (el) {
      el.textContent = text;
      el.className = 'result ok';
    }
    // Tests and the tour wait for this marker.
    document.documentElement.dataset.tokkiDemo = 'done';
  }

  function fail(error) {
    const el = result();
    if (el) {
      el.textContent = `오류 / Error: ${error instanceof Error ? error.message : String(error)}`;
      el.className = 'result error';
    }
    document.documentElement.dataset.tokkiDemo = 'error';
  }

  async function postForm(url, fields) {
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
      body: new URLSearchParams(fields),
    });
  }

  window.TokkiDemo = { step, done, fail, postForm };
})();
