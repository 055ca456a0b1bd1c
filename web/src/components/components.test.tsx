import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ProblemError } from '../api/problem';
import { Field } from './Field';
import { ProblemAlert } from './ProblemAlert';

describe('a problem shown to the user', () => {
  it('says it in words and lists each field it names', () => {
    render(<ProblemAlert error={new ProblemError({ status: 400, detail: 'value: outside the scale', errors: [{ field: 'value', message: 'outside the scale' }] })} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Oplysningerne kan ikke bruges: value: outside the scale');
    expect(screen.getByRole('listitem')).toHaveTextContent('value: outside the scale');
  });

  it('offers to reload after a 412, and nothing of the kind after another problem', async () => {
    const reload = vi.fn();
    const { rerender } = render(<ProblemAlert error={new ProblemError({ status: 412 })} onReload={reload} />);
    await userEvent.click(screen.getByRole('button', { name: 'Hent den nyeste udgave' }));
    expect(reload).toHaveBeenCalledOnce();
    rerender(<ProblemAlert error={new ProblemError({ status: 409, detail: 'one-open-course' })} onReload={reload} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('asks for a category and a reason before breaking the glass after a need-to-know 403', async () => {
    const breakTheGlass = vi.fn(async () => undefined);
    render(<ProblemAlert error={new ProblemError({ status: 403, type: 'urn:sammen:problem:need-to-know', detail: 'POST /courses/{courseId}/emergency-access' })} onBreakTheGlass={breakTheGlass} />);
    await userEvent.selectOptions(screen.getByLabelText('Årsag'), 'TEAM_UNREACHABLE');
    await userEvent.type(screen.getByLabelText('Begrundelse (mindst fire ord)'), 'Tovholderen er syg i dag');
    await userEvent.click(screen.getByRole('button', { name: 'Bryd glasset' }));
    expect(breakTheGlass).toHaveBeenCalledWith('TEAM_UNREACHABLE', 'Tovholderen er syg i dag');
  });
});

describe('a form field', () => {
  it('is marked invalid, with the message read out beside it, when a problem names it or a part of it', () => {
    const problem = new ProblemError({ status: 400, errors: [{ field: 'agreements[0].what', message: 'must not be blank' }] });
    render(<Field label="Hvad er aftalt" name="agreements[0].what" error={problem}>{(props) => <input {...props} />}</Field>);
    const input = screen.getByLabelText('Hvad er aftalt');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('must not be blank');
  });

  it('is left alone when the problem is about another field', () => {
    const problem = new ProblemError({ status: 400, errors: [{ field: 'summary', message: 'too long' }] });
    render(<Field label="Frist" name="dueDate" error={problem}>{(props) => <input {...props} />}</Field>);
    expect(screen.getByLabelText('Frist')).toHaveAttribute('aria-invalid', 'false');
  });
});
