// The least a Tokki popup can cost under design.md: React, Tokki's engine and its verdict view,
// with the bench site's snapshot already inside the page (no background, no messaging). The page
// analyses it and mounts the verdict as the popup's first render does (entrypoints/popup/app.tsx).
// Built by bench/popup-floor.mjs, which supplies the snapshot as `virtual:bench-snapshot`.
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import snapshot from 'virtual:bench-snapshot';
import { VerdictSummary } from '@/components/shared/verdict-summary';
import { analyze } from '@/lib/engine/analyze/analyze';
import '@/components/shared/theme.css';

const report = analyze(snapshot, Date.now());
const root = createRoot(document.body);
flushSync(() => root.render(createElement(VerdictSummary, { verdict: report.verdict })));
