import { useState } from 'react';
import { ifMatch, plans } from '../../api/client';
import type { OnePlan, PlansSchemas } from '../../api/types';
import { Field } from '../../components/Field';
import { ProblemAlert } from '../../components/ProblemAlert';
import { date, word } from '../../words';
import { memberName, useCourseChange } from './course';

type Agreement = PlansSchemas['AgreementRequest'];

/** Meetings and their binding agreements: schedule the next, hold one that has begun, follow up. */
export function MeetingsSection({ plan, onReload }: { plan: OnePlan; onReload: () => void }) {
  const now = Date.now();
  const meetings = [...(plan.meetings ?? [])].sort((a, b) => (a.scheduledFor ?? '').localeCompare(b.scheduledFor ?? ''));
  const begun = meetings.filter((meeting) => !meeting.heldAt && meeting.scheduledFor && Date.parse(meeting.scheduledFor) <= now);
  const next = meetings.find((meeting) => !meeting.heldAt && meeting.scheduledFor && Date.parse(meeting.scheduledFor) > now);
  return (
    <section aria-labelledby="moeder">
      <h2 id="moeder">Møder og aftaler</h2>
      <p>{next ? <>Næste møde: <strong>{date(next.scheduledFor)}</strong></> : 'Intet næste møde er planlagt.'}</p>
      <ul className="meetings">
        {meetings.map((meeting) => (
          <li key={meeting.meetingId}>
            {date(meeting.scheduledFor)} – {meeting.heldAt ? `holdt ${date(meeting.heldAt)}` : 'planlagt'}
            {meeting.summary && <>: {meeting.summary}</>}
            {(meeting.decisions ?? []).length > 0 && <ul aria-label="Beslutninger">{meeting.decisions!.map((decision, index) => <li key={index}>Beslutning: {decision}</li>)}</ul>}
          </li>
        ))}
      </ul>
      <h3>Aftaler</h3>
      {(plan.agreements ?? []).length === 0 ? <p>Ingen aftaler endnu.</p> : (
        <table>
          <thead><tr><th scope="col">Hvem</th><th scope="col">Hvad</th><th scope="col">Frist</th><th scope="col">Opfølgning</th></tr></thead>
          <tbody>{plan.agreements!.map((agreement) => (
            <tr key={agreement.agreementId}>
              <td>{agreement.partyName ?? (agreement.partyMemberId ? memberName(plan, agreement.partyMemberId) : word(agreement.party))}</td>
              <td>{agreement.what}</td>
              <td>{date(agreement.dueDate)}</td>
              <td>{agreement.followedUpAt
                ? <>{agreement.fulfilled ? 'Opfyldt' : 'Ikke opfyldt'} {date(agreement.followedUpAt)}{agreement.followUp && <> – {agreement.followUp}</>}</>
                : <FollowUp plan={plan} agreementId={agreement.agreementId!} onReload={onReload} />}</td>
            </tr>
          ))}</tbody>
        </table>
      )}
      {begun.map((meeting) => <HoldMeeting key={meeting.meetingId} plan={plan} meetingId={meeting.meetingId!} scheduledFor={meeting.scheduledFor!} onReload={onReload} />)}
      <ScheduleMeeting plan={plan} onReload={onReload} />
    </section>
  );
}

function FollowUp({ plan, agreementId, onReload }: { plan: OnePlan; agreementId: string; onReload: () => void }) {
  const [open, setOpen] = useState(false);
  const [fulfilled, setFulfilled] = useState(true);
  const [followUp, setFollowUp] = useState('');
  const change = useCourseChange(plan.courseId!, () => plans.POST('/courses/{courseId}/agreements/{agreementId}/follow-up', {
    params: { path: { courseId: plan.courseId!, agreementId }, header: { 'If-Match': ifMatch(plan.version) } },
    body: { fulfilled, followUp },
  }));
  if (!open) {
    return <button type="button" onClick={() => setOpen(true)}>Følg op</button>;
  }
  return (
    <form onSubmit={(event) => { event.preventDefault(); change.mutate(undefined); }}>
      <label><input type="checkbox" checked={fulfilled} onChange={(event) => setFulfilled(event.target.checked)} /> Opfyldt</label>
      <Field label="Hvordan gik det" name="followUp" error={change.error}>
        {(props) => <input {...props} value={followUp} onChange={(event) => setFollowUp(event.target.value)} />}
      </Field>
      <button type="submit" disabled={change.isPending}>Gem opfølgning</button>
      <ProblemAlert error={change.error} onReload={onReload} />
    </form>
  );
}

function ScheduleMeeting({ plan, onReload }: { plan: OnePlan; onReload: () => void }) {
  const [when, setWhen] = useState('');
  const [invited, setInvited] = useState<string[]>((plan.team ?? []).map((member) => member.memberId!));
  const change = useCourseChange(plan.courseId!, () => plans.POST('/courses/{courseId}/meetings', {
    params: { path: { courseId: plan.courseId! }, header: { 'If-Match': ifMatch(plan.version) } },
    body: { scheduledFor: when ? new Date(when).toISOString() : '', invitedMemberIds: invited },
  }));
  return (
    <form aria-labelledby="planlaeg" onSubmit={(event) => { event.preventDefault(); change.mutate(undefined, { onSuccess: () => setWhen('') }); }}>
      <h3 id="planlaeg">Planlæg næste møde</h3>
      <Field label="Tidspunkt" name="scheduledFor" error={change.error}>
        {(props) => <input {...props} type="datetime-local" value={when} onChange={(event) => setWhen(event.target.value)} />}
      </Field>
      <fieldset>
        <legend>Inviterede</legend>
        {(plan.team ?? []).map((member) => (
          <label key={member.memberId}><input type="checkbox" checked={invited.includes(member.memberId!)}
            onChange={(event) => setInvited(event.target.checked ? [...invited, member.memberId!] : invited.filter((id) => id !== member.memberId))} /> {member.name}</label>
        ))}
      </fieldset>
      <button type="submit" disabled={change.isPending}>Planlæg mødet</button>
      <ProblemAlert error={change.error} onReload={onReload} />
    </form>
  );
}

const emptyAgreement = (): Agreement => ({ party: 'YOUNG_PERSON', partyName: '', what: '', dueDate: '' });

/** The minutes of a meeting that has begun: who came, what was decided, the agreements made. */
function HoldMeeting({ plan, meetingId, scheduledFor, onReload }: { plan: OnePlan; meetingId: string; scheduledFor: string; onReload: () => void }) {
  const [summary, setSummary] = useState('');
  const [citizenPresent, setCitizenPresent] = useState(true);
  const [attended, setAttended] = useState<string[]>((plan.team ?? []).map((member) => member.memberId!));
  const [decision, setDecision] = useState('');
  const [citizenAgrees, setCitizenAgrees] = useState(true);
  const [agreements, setAgreements] = useState<Agreement[]>([emptyAgreement()]);
  const change = useCourseChange(plan.courseId!, () => plans.POST('/courses/{courseId}/meetings/{meetingId}/minutes', {
    params: { path: { courseId: plan.courseId!, meetingId }, header: { 'If-Match': ifMatch(plan.version) } },
    body: {
      summary, citizenPresent, attendedMemberIds: attended,
      decisions: decision ? [{ text: decision, citizenAgrees }] : [],
      agreements: agreements.filter((agreement) => agreement.what || agreement.dueDate)
        .map((agreement) => ({ ...agreement, partyName: agreement.partyName || undefined })),
    },
  }));
  const setAgreement = (index: number, patch: Partial<Agreement>) =>
    setAgreements(agreements.map((agreement, at) => (at === index ? { ...agreement, ...patch } : agreement)));
  return (
    <form aria-labelledby={`hold-${meetingId}`} className="card" onSubmit={(event) => { event.preventDefault(); change.mutate(undefined); }}>
      <h3 id={`hold-${meetingId}`}>Hold mødet {date(scheduledFor)}</h3>
      <label><input type="checkbox" checked={citizenPresent} onChange={(event) => setCitizenPresent(event.target.checked)} /> Den unge deltog</label>
      <fieldset>
        <legend>Deltagere</legend>
        {(plan.team ?? []).map((member) => (
          <label key={member.memberId}><input type="checkbox" checked={attended.includes(member.memberId!)}
            onChange={(event) => setAttended(event.target.checked ? [...attended, member.memberId!] : attended.filter((id) => id !== member.memberId))} /> {member.name}</label>
        ))}
      </fieldset>
      <Field label="Referat" name="summary" error={change.error}>
        {(props) => <textarea {...props} value={summary} onChange={(event) => setSummary(event.target.value)} />}
      </Field>
      <Field label="Beslutning" name="decisions" error={change.error}>
        {(props) => <input {...props} value={decision} onChange={(event) => setDecision(event.target.value)} />}
      </Field>
      <label><input type="checkbox" checked={citizenAgrees} onChange={(event) => setCitizenAgrees(event.target.checked)} /> Den unge er enig i beslutningen</label>
      {agreements.map((agreement, index) => (
        <fieldset key={index}>
          <legend>Aftale {index + 1}</legend>
          <Field label="Hvem forpligter sig" name={`agreements[${index}].party`} error={change.error}>
            {(props) => (
              <select {...props} value={agreement.party} onChange={(event) => setAgreement(index, { party: event.target.value as Agreement['party'] })}>
                {(['YOUNG_PERSON', 'PARENT', 'TEAM_MEMBER', 'UNIT'] as const).map((party) => <option key={party} value={party}>{word(party)}</option>)}
              </select>
            )}
          </Field>
          {agreement.party === 'TEAM_MEMBER' ? (
            <Field label="Teammedlem" name={`agreements[${index}].partyMemberId`} error={change.error}>
              {(props) => (
                <select {...props} value={agreement.partyMemberId ?? ''} onChange={(event) => setAgreement(index, { partyMemberId: event.target.value })}>
                  <option value="">Vælg</option>
                  {(plan.team ?? []).map((member) => <option key={member.memberId} value={member.memberId}>{member.name}</option>)}
                </select>
              )}
            </Field>
          ) : (
            <Field label="Navn" name={`agreements[${index}].partyName`} error={change.error}>
              {(props) => <input {...props} value={agreement.partyName ?? ''} onChange={(event) => setAgreement(index, { partyName: event.target.value })} />}
            </Field>
          )}
          <Field label="Hvad er aftalt" name={`agreements[${index}].what`} error={change.error}>
            {(props) => <input {...props} value={agreement.what} onChange={(event) => setAgreement(index, { what: event.target.value })} />}
          </Field>
          <Field label="Frist" name={`agreements[${index}].dueDate`} error={change.error}>
            {(props) => <input {...props} type="date" value={agreement.dueDate} onChange={(event) => setAgreement(index, { dueDate: event.target.value })} />}
          </Field>
        </fieldset>
      ))}
      <button type="button" onClick={() => setAgreements([...agreements, emptyAgreement()])}>Tilføj aftale</button>
      <button type="submit" disabled={change.isPending}>Gem referatet</button>
      <ProblemAlert error={change.error} onReload={onReload} />
    </form>
  );
}
