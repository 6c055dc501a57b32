import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '@/lib/engine/i18n/catalogue';
import type { Entry } from '@/lib/engine/i18n/entry';
import { glossary } from '@/lib/engine/i18n/glossary';
import koStore from '@/public/_locales/ko/messages.json';
import enStore from '@/public/_locales/en/messages.json';

type Lang = 'ko' | 'en';

/** A quoted UI word (a site's own message, say) keeps its speech level, so 해요체 is sought outside quotes. */
function prose(text: string): string {
  return text.replace(/"[^"]*"|“[^”]*”|`[^`]*`/g, '""');
}

function pattern(term: string | RegExp, lang: Lang): RegExp {
  if (term instanceof RegExp) return term;
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return lang === 'en' ? new RegExp(`\\b${escaped}\\b`) : new RegExp(escaped);
}

/**
 * 해요체 at the end of a sentence or a clause (…요. …어요 …해요 …세요); nouns ending in 요
 * (필요, 중요, 개요) and the answer 아니요 are not endings.
 */
const haeyoEnding = /(?<![필중개니])요(?=\s*(?:[.!?…,):]|$))/;

/** "Session cookie" means only a cookie without expiry: it must say so where it appears. */
const sessionCookie: Record<Lang, { term: RegExp; sense: RegExp }> = {
  ko: { term: /세션 쿠키/, sense: /만료|닫|영구|복원/ },
  en: { term: /\bsession cookies?\b/i, sense: /expir|clos|persistent|restor/i },
};

type StoreMessages = Record<string, { message: string } | undefined>;
const storeKo: StoreMessages = koStore;
const storeEn: StoreMessages = enStore;
const store: Record<string, Entry> = Object.fromEntries(
  Object.keys(storeEn).map((key) => [
    `store.${key}`,
    { ko: storeKo[key]?.message ?? '', en: storeEn[key]?.message ?? '' },
  ]),
);
const everything = Object.entries({ ...catalogue, ...store });

/** Every rule broken by one entry, as readable lines: empty when the entry follows the glossary. */
function breaches(key: string, entry: Entry): string[] {
  const found: string[] = [];
  for (const lang of ['ko', 'en'] as const) {
    const text = entry[lang];
    for (const row of glossary) {
      for (const avoid of row.avoid[lang]) {
        if (pattern(avoid, lang).test(text))
          found.push(`${key} ${lang}: "${String(avoid)}" (use "${row[lang]}")`);
      }
    }
    const { term, sense } = sessionCookie[lang];
    if (term.test(text) && !sense.test(text)) {
      found.push(`${key} ${lang}: session cookie for a session-ID cookie`);
    }
  }
  if (haeyoEnding.test(prose(entry.ko))) found.push(`${key} ko: 해요체 ending`);
  return found;
}

describe('glossary', () => {
  it('has one row per Korean and per English term, each with a note', () => {
    expect(new Set(glossary.map((row) => row.ko)).size).toBe(glossary.length);
    expect(new Set(glossary.map((row) => row.en)).size).toBe(glossary.length);
    for (const row of glossary) expect(row.note.trim()).not.toBe('');
  });

  it('has a reading copy (GLOSSARY.md) that lists every term in both languages', () => {
    const copy = readFileSync(
      join(import.meta.dirname, '../../lib/engine/i18n/GLOSSARY.md'),
      'utf8',
    );
    for (const row of glossary) {
      expect(copy).toContain(`| ${row.ko} `);
      expect(copy).toContain(`| ${row.en} `);
    }
  });

  it('catches each kind of slip it is meant to catch', () => {
    const slips: Entry[] = [
      { ko: '당신의 토큰', en: 'x' },
      { ko: '"당신이 누구인지" 확인합니다.', en: 'x' },
      { ko: '토큰이 털리고', en: 'x' },
      { ko: '확신도 80%', en: 'x' },
      { ko: '살펴볼 수 없어요', en: 'x' },
      { ko: '다시 열어 보세요.', en: 'x' },
      { ko: '보여 드려요. 전체는', en: 'x' },
      { ko: 'x', en: 'APIs should be authorised' },
      { ko: 'x', en: 'This page could not be analysed.' },
      { ko: 'x', en: 'hard to take back' },
      { ko: 'x', en: 'a session id in a cookie' },
      { ko: 'x', en: 'Logged in with a session cookie' },
      { ko: '세션 쿠키로 로그인 유지', en: 'x' },
      { ko: 'x', en: 'thousands of years from now' },
    ];
    for (const slip of slips) expect(breaches('slip', slip)).not.toEqual([]);
    const fine: Entry[] = [
      { ko: '필요합니다. HTTPS가 필요.', en: 'tens of thousands of years' },
      { ko: '세션 쿠키는 브라우저를 닫으면 사라집니다.', en: 'A session cookie has no expiry.' },
      { ko: 'token_use가 "id"이면 ID 토큰입니다.', en: 'The value "id" means an ID token.' },
      { ko: 'DevTools의 Tokki 탭', en: 'the session-ID cookie sessionid' },
      { ko: '사이트가 "다시 시도해 주세요"라고 답했습니다.', en: 'x' },
      { ko: '개요', en: 'Overview' },
      { ko: '아니요', en: 'No' },
    ];
    for (const ok of fine) expect(breaches('fine', ok)).toEqual([]);
  });
});

describe('the catalogue and the store listing follow the glossary', () => {
  it('breaks none of its rules', () => {
    const all = everything.flatMap(([key, entry]) => breaches(key, entry));
    expect(all).toEqual([]);
  });
});
