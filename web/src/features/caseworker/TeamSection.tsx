import { useState } from 'react';
import { ifMatch, plans } from '../../api/client';
import type { OnePlan, PlansSchemas } from '../../api/types';
import type { Person } from '../../auth/session';
import { Field } from '../../components/Field';
import { ProblemAlert } from '../../components/ProblemAlert';
import { date, word } from '../../words';
import { memberName, useCourseChange } from './course';

const centres = ['C_BUR', 'C_ARB', 'C_SS', 'C_SIK'] as const;
type Centre = (typeof centres)[number];

/** The team around the young person, the tovholder's history, and handing the role over. */
export function TeamSection({ plan, person, onReload }: { plan: OnePlan; person: Person; onReload: () => void }) {
  return (
    <section aria-labelledby="team">
      <h2 id="team">Team og tovholder</h2>
      <ul>
        {(plan.team ?? []).map((member) => (
          <li key={member.memberId}>{member.name} – {word(member.role)}, {word(member.affiliation)}
            {member.memberId === plan.tovholderId && <strong> (tovholder)</strong>}</li>
        ))}
      </ul>
      {(plan.tovholderHistory ?? []).length > 1 && (
        <details>
          <summary>Tovholdere over tid</summary>
          <ul>{plan.tovholderHistory!.map((handover, index) => (
            <li key={index}>{date(handover.assignedAt)}: {memberName(plan, handover.tovholderId)}{handover.reason && <> – {handover.reason}</>}</li>
          ))}</ul>
        </details>
      )}
      {plan.status !== 'CLOSED' && <Handover plan={plan} person={person} onReload={onReload} />}
    </section>
  );
}

function Handover({ plan, person, onReload }: { plan: OnePlan; person: Person; onReload: () => void }) {
  const professionals = (plan.team ?? []).filter((member) => member.memberId !== plan.tovholderId && member.affiliation !== 'PRIVATE_NETWORK');
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [centre, setCentre] = useState<Centre>((person.centre as Centre) ?? 'C_BUR');
  const member = professionals.find((candidate) => candidate.memberId === to);
  const change = useCourseChange(plan.courseId!, (): Promise<unknown> => plans.PUT('/courses/{courseId}/tovholder', {
    params: { path: { courseId: plan.courseId! }, header: { 'If-Match': ifMatch(plan.version) } },
    body: {
      professionalId: to,
      name: member?.name ?? '',
      role: (member?.role ?? 'CASEWORKER') as PlansSchemas['TovholderRequest']['role'],
      centre: (centres as readonly string[]).includes(member?.affiliation ?? '') ? (member!.affiliation as Centre) : centre,
      handoverReason: reason,
    },
  }));
  if (professionals.length === 0) {
    return null;
  }
  return (
    <form aria-labelledby="overdrag" onSubmit={(event) => { event.preventDefault(); change.mutate(undefined); }}>
      <h3 id="overdrag">Overdrag tovholderrollen</h3>
      <Field label="Ny tovholder" name="professionalId" error={change.error}>
        {(props) => (
          <select {...props} value={to} onChange={(event) => setTo(event.target.value)}>
            <option value="">Vælg et teammedlem</option>
            {professionals.map((candidate) => <option key={candidate.memberId} value={candidate.memberId}>{candidate.name} ({word(candidate.role)})</option>)}
          </select>
        )}
      </Field>
      {member && !(centres as readonly string[]).includes(member.affiliation ?? '') && (
        <Field label="Center" name="centre" error={change.error}>
          {(props) => (
            <select {...props} value={centre} onChange={(event) => setCentre(event.target.value as Centre)}>
              {centres.map((value) => <option key={value} value={value}>{word(value)}</option>)}
            </select>
          )}
        </Field>
      )}
      <Field label="Begrundelse" name="handoverReason" error={change.error}>
        {(props) => <input {...props} value={reason} onChange={(event) => setReason(event.target.value)} />}
      </Field>
      <button type="submit" disabled={change.isPending}>Overdrag</button>
      <ProblemAlert error={change.error} onReload={onReload} />
    </form>
  );
}
