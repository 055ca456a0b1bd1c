import { useId, type ReactNode } from 'react';
import { ProblemError } from '../api/problem';

/** The message a failed answer gives for a field, if it names it (exactly, or as the path's start). */
export function fieldError(error: unknown, name: string): string | undefined {
  if (!(error instanceof ProblemError)) {
    return undefined;
  }
  const fields = error.fields;
  return fields[name] ?? Object.entries(fields).find(([field]) => field.startsWith(`${name}[`) || field.startsWith(`${name}.`))?.[1];
}

/**
 * A labelled input whose field a problem can name: then it is marked invalid, its message is
 * said beside it, and a screen reader hears both.
 */
export function Field({ label, name, error, children, hint }: {
  label: string;
  name: string;
  error: unknown;
  hint?: string;
  children: (props: { id: string; name: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const id = useId();
  const message = fieldError(error, name);
  const describedBy = [message ? `${id}-error` : undefined, hint ? `${id}-hint` : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <div className={message ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && <small id={`${id}-hint`}>{hint}</small>}
      {children({ id, name, 'aria-invalid': Boolean(message), 'aria-describedby': describedBy })}
      {message && <span id={`${id}-error`} className="field-error">{message}</span>}
    </div>
  );
}
