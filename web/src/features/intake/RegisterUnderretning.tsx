import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { referrals } from '../../api/client';
import type { ReferralsSchemas } from '../../api/types';
import { Field } from '../../components/Field';
import { ProblemAlert } from '../../components/ProblemAlert';
import { word } from '../../words';

type Request = ReferralsSchemas['ReceiveUnderretningRequest'];
const reporterKinds: Request['reporter']['kind'][] = ['SCHOOL', 'DAYCARE', 'PPR', 'POLICE', 'OWN_DOCTOR', 'HOSPITAL', 'JOBCENTRE',
  'OTHER_MUNICIPALITY', 'OTHER_PROFESSIONAL', 'PRIVATE_CITIZEN'];
const concernKinds: Request['concerns'] = ['ABSENCE', 'WELL_BEING', 'VIOLENCE', 'SEXUAL_ABUSE', 'NEGLECT', 'SUBSTANCE_USE', 'CRIME',
  'MENTAL_HEALTH', 'HOUSING', 'OTHER'];
const channels: Request['channel'][] = ['DIGITAL_FORM', 'EMAIL', 'PHONE', 'LETTER', 'IN_PERSON'];

/** A local moment for a datetime-local input: now, to the minute. */
function nowLocal(): string {
  const now = new Date();
  now.setSeconds(0, 0);
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** Registering an underretning as it arrives: the clocks run from when it reached the municipality. */
export function RegisterUnderretning() {
  const [childCpr, setChildCpr] = useState('');
  const [childName, setChildName] = useState('');
  const [kind, setKind] = useState<Request['reporter']['kind']>('SCHOOL');
  const [reporterName, setReporterName] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [concerns, setConcerns] = useState<Request['concerns']>([]);
  const [description, setDescription] = useState('');
  const [channel, setChannel] = useState<Request['channel']>('DIGITAL_FORM');
  const [receivedAt, setReceivedAt] = useState(nowLocal());
  const [childInformed, setChildInformed] = useState(false);
  const [guardiansInformed, setGuardiansInformed] = useState(false);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const navigate = useNavigate();
  const queries = useQueryClient();
  const change = useMutation({
    mutationFn: () => referrals.POST('/underretninger', {
      // One key per form: a resend after a lost answer registers it once.
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body: {
        child: childCpr || childName ? { cpr: childCpr || undefined, name: childName || undefined } : undefined,
        reporter: { kind, anonymous, name: reporterName || undefined },
        concerns, description, channel, childInformed, guardiansInformed,
        receivedAt: receivedAt ? new Date(receivedAt).toISOString() : '',
      },
    }),
    onSuccess: async () => {
      await queries.invalidateQueries({ queryKey: ['inbox'] });
      navigate('/');
    },
  });
  return (
    <main id="indhold">
      <h1>Registrér en underretning</h1>
      <form onSubmit={(event) => { event.preventDefault(); change.mutate(); }}>
        <fieldset>
          <legend>Barnet eller den unge</legend>
          <Field label="CPR-nummer" name="child.cpr" error={change.error} hint="Udelad, hvis det endnu ikke vides, hvem det drejer sig om">
            {(props) => <input {...props} value={childCpr} inputMode="numeric" autoComplete="off" onChange={(event) => setChildCpr(event.target.value)} />}
          </Field>
          <Field label="Navn" name="child.name" error={change.error}>
            {(props) => <input {...props} value={childName} autoComplete="off" onChange={(event) => setChildName(event.target.value)} />}
          </Field>
        </fieldset>
        <fieldset>
          <legend>Underretteren</legend>
          <Field label="Hvem underretter" name="reporter.kind" error={change.error}>
            {(props) => (
              <select {...props} value={kind} onChange={(event) => setKind(event.target.value as Request['reporter']['kind'])}>
                {reporterKinds.map((option) => <option key={option} value={option}>{word(option)}</option>)}
              </select>
            )}
          </Field>
          <Field label="Underretterens navn" name="reporter.name" error={change.error}>
            {(props) => <input {...props} value={reporterName} onChange={(event) => setReporterName(event.target.value)} />}
          </Field>
          <label><input type="checkbox" checked={anonymous} onChange={(event) => setAnonymous(event.target.checked)} /> Anonym (kun privatpersoner)</label>
        </fieldset>
        <Field label="Bekymring" name="concerns" error={change.error}>
          {(props) => (
            <select {...props} multiple size={5} value={concerns}
              onChange={(event) => setConcerns([...event.target.selectedOptions].map((option) => option.value) as Request['concerns'])}>
              {concernKinds.map((option) => <option key={option} value={option}>{word(option)}</option>)}
            </select>
          )}
        </Field>
        <Field label="Underretterens egne ord" name="description" error={change.error}>
          {(props) => <textarea {...props} value={description} onChange={(event) => setDescription(event.target.value)} />}
        </Field>
        <Field label="Kanal" name="channel" error={change.error}>
          {(props) => (
            <select {...props} value={channel} onChange={(event) => setChannel(event.target.value as Request['channel'])}>
              {channels.map((option) => <option key={option} value={option}>{word(option)}</option>)}
            </select>
          )}
        </Field>
        <Field label="Modtaget" name="receivedAt" error={change.error} hint="Fristerne på 24 timer og 6 hverdage løber herfra">
          {(props) => <input {...props} type="datetime-local" value={receivedAt} onChange={(event) => setReceivedAt(event.target.value)} />}
        </Field>
        <label><input type="checkbox" checked={childInformed} onChange={(event) => setChildInformed(event.target.checked)} /> Barnet er orienteret</label>
        <label><input type="checkbox" checked={guardiansInformed} onChange={(event) => setGuardiansInformed(event.target.checked)} /> Forældrene er orienteret</label>
        <button type="submit" disabled={change.isPending}>Registrér</button>
        <ProblemAlert error={change.error} />
      </form>
    </main>
  );
}
