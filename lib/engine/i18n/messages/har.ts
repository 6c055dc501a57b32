import type { Catalogue } from '../entry';

/** HAR import: choosing a file, its progress, the site picker and why a file cannot be read. */
export const harMessages = {
  'har.choose': { ko: 'HAR 파일 선택', en: 'Choose a HAR file' },
  'har.drop': {
    ko: '또는 여기에 .har 파일을 끌어다 놓으십시오. Chrome, Firefox, Safari에서 내보낸 파일을 읽습니다.',
    en: 'or drop a .har file here. Files exported from Chrome, Firefox and Safari are read.',
  },
  'har.privacy': {
    ko: '파일은 이 컴퓨터 안에서만 읽습니다. 어디에도 올리거나 저장하지 않습니다.',
    en: 'The file is read on this computer only. It is not uploaded or saved anywhere.',
  },
  'har.progress': {
    ko: '읽는 중: {read} / {total} MB, 항목 {entries}개',
    en: 'Reading: {read} of {total} MB, {entries} {entries|entry|entries}',
  },
  'har.cancel': { ko: '취소', en: 'Cancel' },
  'har.cancelled': {
    ko: '가져오기를 취소했습니다.',
    en: 'The import was canceled.',
  },

  // Why a file cannot be imported: one entry per HarErrorReason, and the worker's own failure.
  'har.error.not-json': {
    ko: 'JSON 파일이 아닙니다. HAR 파일은 JSON 형식입니다. 다른 파일을 고른 것은 아닌지 확인하십시오.',
    en: 'This is not a JSON file, and HAR files are JSON. Check that you chose the right file.',
  },
  'har.error.not-har': {
    ko: 'JSON 파일이지만 HAR 파일이 아닙니다. log.entries 목록이 없습니다.',
    en: 'This is JSON, but not a HAR file: it has no log.entries list.',
  },
  'har.error.truncated': {
    ko: '파일이 중간에 끊겨 있습니다. 내보내기나 복사가 끝나기 전에 저장된 것 같습니다. 다시 내보내 보십시오.',
    en: 'The file ends partway through: it seems to have been saved before the export or copy finished. Export it again.',
  },
  'har.error.too-large': {
    ko: '파일이 너무 큽니다 (최대 {max} MB). DevTools에서 필요한 부분만 남기고 다시 내보내십시오.',
    en: 'The file is too large (at most {max} MB). Export it again from DevTools with only the part you need.',
  },
  'har.error.empty': {
    ko: 'HAR 파일에 요청이 하나도 없습니다. 페이지를 불러온 뒤 Network 탭에서 내보내십시오.',
    en: 'The HAR file holds no requests. Export it from the Network tab after the page has loaded.',
  },
  'har.error.worker-failed': {
    ko: '파일을 읽는 작업이 멈췄습니다. 다시 시도하십시오.',
    en: 'Reading the file stopped unexpectedly. Please try again.',
  },
  'har.error.kept': {
    ko: '이전에 가져온 파일의 결과는 그대로 아래에 있습니다.',
    en: 'The file imported before is still shown below.',
  },

  'har.summary': {
    ko: '{file}: 요청 {entries}건, 만든 도구 {creator}',
    en: '{file}: {entries} {entries|request|requests}, written by {creator}',
  },
  'har.summary.no-creator': {
    ko: '{file}: 요청 {entries}건',
    en: '{file}: {entries} {entries|request|requests}',
  },
  'har.skipped': {
    ko: '읽을 수 없는 항목 {count}개는 건너뛰었습니다.',
    en: '{count} {count|entry|entries} could not be read and {count|was|were} skipped.',
  },
  'har.site': { ko: '사이트', en: 'Site' },
  'har.site.option': {
    ko: '{domain} (인증 정보가 있는 요청 {count}건)',
    en: '{domain} ({count} {count|request|requests} with credentials)',
  },
  'har.sanitized': {
    ko: '이 HAR 파일은 민감한 데이터 없이 내보낸 파일입니다. Cookie, Set-Cookie, Authorization 헤더가 하나도 없어 사이트가 로그인을 어떻게 유지하는지 알 수 없습니다. Chrome DevTools의 Network 탭에서 "Export HAR (with sensitive data)"로 다시 내보내십시오.',
    en: 'This HAR was exported without sensitive data: it has no Cookie, Set-Cookie or Authorization header at all, so Tokki cannot tell how the site keeps you logged in. In Chrome DevTools’ Network tab, use "Export HAR (with sensitive data)".',
  },
  'har.capped': {
    ko: '이 사이트의 요청 {total}건 중 {shown}건을 보여 줍니다. 가장 최근 요청과, 인증 정보를 설정하거나 발급한 요청은 모두 포함합니다.',
    en: 'Showing {shown} of the site’s {total} requests: the most recent, and every request that set or issued a credential.',
  },
  'har.as-of': {
    ko: '시각은 파일에 기록된 마지막 요청 기준입니다.',
    en: 'Times are as of the file’s last request.',
  },
} satisfies Catalogue;
