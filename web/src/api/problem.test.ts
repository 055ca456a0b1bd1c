import { describe as group, expect, it } from 'vitest';
import { describe, ProblemError, problemOf } from './problem';

group('a problem the services answer', () => {
  it('names the fields it is about, from validation and from a rule about one field alike', async () => {
    const response = new Response(JSON.stringify({
      type: 'urn:sammen:problem:invalid-request', status: 400, detail: 'agreements[0].dueDate: must not be null',
      errors: [{ field: 'agreements[0].dueDate', message: 'must not be null' }, { field: 'If-Match', message: 'required' }],
    }), { status: 400, headers: { 'Content-Type': 'application/problem+json' } });
    const problem = await problemOf(response);
    expect(problem.fields).toEqual({ 'agreements[0].dueDate': 'must not be null', 'If-Match': 'required' });
    expect(describe(problem)).toBe('Oplysningerne kan ikke bruges: agreements[0].dueDate: must not be null');
  });

  it('is a 412 to reload, and a 403 naming the way in offers break-the-glass; another 403 does not', () => {
    expect(new ProblemError({ status: 412 }).isStale).toBe(true);
    expect(new ProblemError({ status: 409 }).isStale).toBe(false);
    const needToKnow = new ProblemError({ status: 403, type: 'urn:sammen:problem:need-to-know', detail: 'POST /courses/{courseId}/emergency-access' });
    expect(needToKnow.offersBreakTheGlass).toBe(true);
    expect(new ProblemError({ status: 403, type: 'urn:sammen:problem:forbidden', detail: 'POST /courses/{courseId}/emergency-access' })
      .offersBreakTheGlass).toBe(false);
  });

  it('is made from the status where a proxy or server answered something else than problem+json', async () => {
    const problem = await problemOf(new Response('<html>Bad Gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    expect(problem.status).toBe(502);
    expect(describe(problem)).toBe('Noget gik galt: Bad Gateway');
    expect(describe(new TypeError('Failed to fetch'))).toBe('Tjenesten kunne ikke nås. Prøv igen om lidt.');
  });
});
