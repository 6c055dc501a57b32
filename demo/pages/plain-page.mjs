/** plain.localhost: no login at all, only the cookies almost every site sets anyway. */
import { html } from './html.mjs';
import { both, layout } from './layout.mjs';

export function plainHome() {
  return layout({
    title: 'Nothing to see here',
    site: 'plain.localhost',
    body: html`<h1>볼 것 없음 / Nothing to see here</h1>
      ${both(
        html`<p>
          이 사이트에는 로그인이 없습니다. 분석 쿠키(<code>_ga</code>, <code>_gid</code>)와 쿠키
          동의 쿠키(<code>cookie_consent</code>)만 있고, 어느 것도 당신이 누구인지 증명하지
          않습니다.
        </p>`,
        html`<p>
          This site has no login. It only sets analytics cookies (<code>_ga</code>,
          <code>_gid</code>) and a consent cookie (<code>cookie_consent</code>); none of them proves
          who you are.
        </p>`,
      )}
      <p id="result" class="result"></p>`,
    scripts: ['demo-steps.js', 'plain.js'],
  });
}
