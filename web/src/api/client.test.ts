import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { consistencyToken, ifMatch, plans, provideAccessToken } from './client';
import { ProblemError } from './problem';

/** The client against a stand-in fetch: what it sends, and what it does with the answer. */
describe('the typed client', () => {
  const sent: Request[] = [];
  let answer: () => Response;

  beforeEach(() => {
    sent.length = 0;
    vi.stubGlobal('fetch', vi.fn(async (request: Request) => {
      sent.push(request.clone());
      return answer();
    }));
    provideAccessToken(() => 'the-token');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sends the bearer token, and the version a change is made against as If-Match', async () => {
    answer = () => new Response(null, { status: 204, headers: { 'Consistency-Token': 'token-1' } });
    await plans.POST('/courses/{courseId}/comments', {
      params: { path: { courseId: 'c1' }, header: { 'If-Match': ifMatch(7) } }, body: { text: 'Hej' },
    });
    expect(sent[0].url).toBe('http://localhost:3000/api/plans/courses/c1/comments');
    expect(sent[0].headers.get('Authorization')).toBe('Bearer the-token');
    expect(sent[0].headers.get('If-Match')).toBe('"7"');
    expect(ifMatch(undefined)).toBe('*');
  });

  it('keeps the Consistency-Token a change answered and sends it on the reads of the same service that follow', async () => {
    answer = () => new Response(null, { status: 204, headers: { 'Consistency-Token': 'after-the-change' } });
    await plans.POST('/courses/{courseId}/comments', {
      params: { path: { courseId: 'c1' }, header: { 'If-Match': '*' } }, body: { text: 'Hej' },
    });
    expect(consistencyToken('plans')).toBe('after-the-change');
    answer = () => Response.json({ courseId: 'c1', version: 8 });
    await plans.GET('/courses/{courseId}', { params: { path: { courseId: 'c1' } } });
    expect(sent[1].headers.get('Consistency-Token')).toBe('after-the-change');
    expect(consistencyToken('analytics')).toBeUndefined();
  });

  it('throws a failed answer as a problem, with its fields', async () => {
    answer = () => new Response(JSON.stringify({ status: 400, detail: 'text: must not be blank', errors: [{ field: 'text', message: 'must not be blank' }] }),
      { status: 400, headers: { 'Content-Type': 'application/problem+json' } });
    const failure = await plans.POST('/courses/{courseId}/comments', {
      params: { path: { courseId: 'c1' }, header: { 'If-Match': '*' } }, body: { text: '' },
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ProblemError);
    expect((failure as ProblemError).fields).toEqual({ text: 'must not be blank' });
  });
});
