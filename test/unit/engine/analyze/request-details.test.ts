import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze/analyze';
import { reportToJson } from '@/lib/engine/export/export-json';
import { bearer, goodClaims, jwt, NOW, request, SITE, snap } from './helpers';

describe('request details in the report', () => {
  it('lists a plain request (the issuing POST /login) with its timing, initiator and headers', () => {
    const report = analyze(
      snap({
        requests: [
          request({
            id: 'login',
            url: `${SITE}/login`,
            method: 'POST',
            status: 200,
            plain: true,
            initiator: SITE,
            timing: { sent: 1, response: 20.5, end: 31 },
            otherRequestHeaders: [{ name: 'Content-Type', value: 'application/json' }],
            otherResponseHeaders: [{ name: 'Content-Type', value: 'application/json' }],
          }),
        ],
      }),
      NOW,
    );
    expect(report.requests).toEqual([
      expect.objectContaining({
        id: 'login',
        plain: true,
        initiator: SITE,
        timing: { sent: 1, response: 20.5, end: 31 },
        tokenIds: [],
        headers: {
          credential: { request: [], response: [] },
          other: {
            request: [{ name: 'Content-Type', value: 'application/json' }],
            response: [{ name: 'Content-Type', value: 'application/json' }],
          },
        },
      }),
    ]);
    expect(report.counts.requests.withCredentials).toBe(0);
  });

  it('keeps credential headers apart, and security: the masked export hides their token', () => {
    const token = jwt(goodClaims());
    const report = analyze(snap({ requests: [bearer(`${SITE}/api/me`, token)] }), NOW);
    expect(report.requests[0]?.headers?.credential.request).toEqual([
      { name: 'Authorization', value: `Bearer ${token}` },
    ]);
    expect(reportToJson(report, { unmasked: false })).not.toContain(token);
  });
});
