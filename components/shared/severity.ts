import type { Severity } from '@/lib/engine/model/report';

export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'info'];
