/**
 * A service's problem+json answer (RFC 9457) as the app shows it: the words to say, the fields to
 * highlight, and what the user can do about it. Every service answers errors in this shape.
 */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  /** The fields the problem names: the body's JSON path, a query parameter or a header. */
  errors?: { field?: string; message?: string; name?: string; pointer?: string; detail?: string }[];
  [extension: string]: unknown;
}

export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ProblemError';
  }

  get status(): number {
    return this.problem.status;
  }

  /** The field → message pairs the problem names, for highlighting the form's inputs. */
  get fields(): Record<string, string> {
    const named: Record<string, string> = {};
    for (const error of this.problem.errors ?? []) {
      const field = error.field ?? error.name ?? error.pointer?.replace(/^\//, '').replaceAll('/', '.');
      if (field) {
        named[field] = error.message ?? error.detail ?? 'ugyldig værdi';
      }
    }
    return named;
  }

  /** A stale version (412): someone else changed it since it was read. */
  get isStale(): boolean {
    return this.status === 412;
  }

  /** A course's read refused for need-to-know (403): break-the-glass is the way in, with a reason. */
  get offersBreakTheGlass(): boolean {
    return this.status === 403 && this.problem.type === 'urn:sammen:problem:need-to-know';
  }
}

/** What the user is told, in Danish, for an answer that is not what they asked for. */
export function describe(error: unknown): string {
  if (error instanceof ProblemError) {
    const { status, detail, title } = error.problem;
    const lead = statusWords[status] ?? 'Noget gik galt';
    return detail ? `${lead}: ${detail}` : title ? `${lead}: ${title}` : lead;
  }
  if (error instanceof TypeError) {
    return 'Tjenesten kunne ikke nås. Prøv igen om lidt.';
  }
  return error instanceof Error ? error.message : String(error);
}

const statusWords: Record<number, string> = {
  400: 'Oplysningerne kan ikke bruges',
  401: 'Du er ikke logget ind',
  403: 'Du har ikke adgang',
  404: 'Findes ikke',
  409: 'Kan ikke lade sig gøre',
  412: 'Nogen har ændret det imens',
  413: 'Filen er for stor',
  428: 'Versionen mangler',
  503: 'Tjenesten er midlertidigt utilgængelig',
};

/** Reads a problem from a failed response, or makes one from its status where the body is not one. */
export async function problemOf(response: Response): Promise<ProblemError> {
  let body: unknown;
  try {
    body = await response.clone().json();
  } catch {
    body = undefined;
  }
  const problem: Problem = typeof body === 'object' && body !== null && 'status' in body
    ? (body as Problem)
    : { status: response.status, title: response.statusText };
  return new ProblemError(problem);
}
