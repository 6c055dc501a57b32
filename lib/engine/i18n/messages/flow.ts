import type { Catalogue } from '../entry';

/** Flow's login sequences (lib/engine/flow/build-sequences.ts and the panel's Flow tab). */
export const flowMessages = {
  'panel.flow.seq.intro': {
    ko: '로그인마다 브라우저와 서버가 주고받은 순서대로 번호를 매겨 보여 줍니다. 단계를 누르면 해당 요청으로 이동합니다. #과 16진수 8자리는 값의 SHA-256 앞부분(지문)이라 값을 드러내지 않고도 토큰을 구별할 수 있습니다.',
    en: 'Each login as numbered steps between the browser and the server, in the order they happened. Click a step to open its request. The # and 8 hex digits are the start of the value’s SHA-256 (its fingerprint), so tokens can be told apart without showing them.',
  },
  'panel.flow.seq.heading': { ko: '로그인 흐름 {n}', en: 'Login sequence {n}' },
  'panel.flow.seq.credentials': { ko: '이 로그인의 인증 정보', en: 'Credentials of this login' },
  'panel.flow.seq.steps': { ko: '단계', en: 'Steps' },
  'panel.flow.seq.memoryOnly': {
    ko: '스크립트 메모리에만 있음',
    en: 'In script memory only',
  },
  'panel.flow.state.current': { ko: '현재 사용 중', en: 'Current' },
  'panel.flow.state.replaced': { ko: '교체됨', en: 'Replaced' },
  'panel.flow.state.expired': { ko: '만료됨', en: 'Expired' },
  'panel.flow.step.issue': { ko: '발급', en: 'Issue' },
  'panel.flow.step.store': { ko: '저장', en: 'Store' },
  'panel.flow.step.send': { ko: '전송', en: 'Send' },
  'panel.flow.step.refresh': { ko: '갱신', en: 'Refresh' },
  'panel.flow.step.replace': { ko: '교체', en: 'Replace' },
  'panel.flow.step.expire': { ko: '만료', en: 'Expire' },
  'panel.flow.dir.to-server': { ko: '브라우저 → 서버', en: 'Browser → server' },
  'panel.flow.dir.to-browser': { ko: '서버 → 브라우저', en: 'Server → browser' },
  'panel.flow.dir.in-browser': { ko: '브라우저 안', en: 'In the browser' },
  'panel.flow.seq.issued': {
    ko: '{request} 응답으로 발급: {label}',
    en: '{request} answered with {label}',
  },
  'panel.flow.seq.issued-earlier': {
    ko: '{request} 응답이 쿠키 {name}의 이전 값을 설정 (나중에 교체됨)',
    en: '{request} set an earlier value of the cookie {name}, rotated since',
  },
  'panel.flow.seq.issued-likely': {
    ko: '{request} 응답으로 발급된 것으로 보임: {label} (순서로 판단, 응답 본문은 캡처되지 않음)',
    en: '{label} came, by the order of requests, from {request} (its response body was not captured)',
  },
  'panel.flow.seq.first-seen': {
    ko: '페이지가 요청에 실어 보낼 때 처음 보임: {label} (발급한 요청은 보이지 않음)',
    en: '{label} first seen when the page sent it (the request that issued it was not seen)',
  },
  'panel.flow.seq.found': {
    ko: '저장소에서 발견: {label} (발급한 요청은 보이지 않음)',
    en: '{label} found in the page’s storage (the request that issued it was not seen)',
  },
  'panel.flow.seq.memory': {
    ko: '{label}: 어느 저장소에도 없이 스크립트 메모리(변수)에만 있습니다. 새로 고치면 사라지고, 앱이 조용한 갱신(silent refresh)이나 다시 로그인해 새로 받습니다.',
    en: '{label} is in no storage: the page’s script holds it in memory (a variable). A reload loses it; the app gets a new one by a silent refresh or a new login.',
  },
  'panel.flow.seq.sent': {
    ko: '{request}에 실어 보냄: {label}',
    en: '{request} sent {label}',
  },
  'panel.flow.seq.sent-many': {
    ko: '요청 {n}건에 실어 보냄: {label} (처음: {request})',
    en: '{n} {n|request|requests} sent {label}, first {request}',
  },
  'panel.flow.seq.refresh': {
    ko: '{request}: 리프레시 토큰 {label}을(를) 보내 새 토큰을 요청',
    en: '{request} asks for a new token with the refresh token {label}',
  },
  'panel.flow.seq.refresh-earlier': {
    ko: '{request}: 리프레시 토큰의 이전 값을 보내 새 토큰을 요청 (응답이 {label}(으)로 교체)',
    en: '{request} asks for a new token with an earlier value of the refresh token (its answer rotates it to {label})',
  },
  'panel.flow.seq.replace': {
    ko: '{next}이(가) {previous}을(를) 대신합니다',
    en: '{next} takes over from {previous}',
  },
  'panel.flow.seq.expired': { ko: '{label} 만료됨', en: '{label} expired' },
  'panel.flow.seq.expires': { ko: '{label} 만료 예정', en: '{label} will expire' },
} satisfies Catalogue;
