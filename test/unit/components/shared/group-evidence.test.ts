import { describe, expect, it } from 'vitest';
import { groupEvidence, replacedTokenIds } from '@/components/shared/group-evidence';
import type { Evidence } from '@/lib/engine/model/report';

const sent = (tokenId: string): Evidence => ({
  message: { key: 'verdict.evidence.bearer-header', params: { header: 'Authorization', count: 1 } },
  tokenId,
});
const flow = {
  refreshRequestIds: ['r1'],
  replacements: [{ fromTokenId: 'old', toTokenId: 'new' }],
};

describe('groupEvidence', () => {
  it('shows identical lines once, with how many there were', () => {
    expect(groupEvidence([sent('a'), sent('b'), sent('c')])).toEqual([
      { evidence: sent('a'), count: 3 },
    ]);
  });

  it.each([
    ['live token first', [sent('new'), sent('old')]],
    ['replaced token first', [sent('old'), sent('new')]],
  ])('keeps the live token of a refresh, %s', (_, evidence) => {
    const [group] = groupEvidence(evidence, replacedTokenIds(flow));
    expect(group?.evidence.tokenId).toBe('new');
    expect(group?.count).toBe(2);
  });
});
