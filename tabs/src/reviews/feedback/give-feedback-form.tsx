import { Button, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { personName, useApp } from '../../app-context.js';
import { describeError } from '../../components/describe-error.js';
import { useLoad } from '../../use-load.js';
import { feedbackStrings as s } from '../strings/feedback.js';
import { FEEDBACK_TEXT_MAX, feedbackApi, type FeedbackVisibility, type PraiseChannel } from './feedback-api.js';
import { PersonPicker } from '../../components/person-picker.js';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

const VISIBILITIES: readonly FeedbackVisibility[] = ['private', 'manager-only', 'praise'];

/** The praise-channel choice: the teams of the person where Tandem is installed, loaded when praise is chosen. */
function ChannelChoice({ personId, teamId, onChange }: { personId: string; teamId: string; onChange: (teamId: string) => void }) {
  const app = useApp();
  const [load] = useLoad<PraiseChannel[]>(() => feedbackApi(app.api).channelsFor(personId), [personId]);
  if (load.state !== 'ready') return null;
  if (load.value.length === 0) return <Text size={200}>{s.give.noChannels(personName(app, personId))}</Text>;
  return (
    <Field label={s.give.channel}>
      <Select value={teamId} onChange={(_, d) => onChange(d.value)}>
        <option value="">{s.give.noChannel}</option>
        {load.value.map((c) => (
          <option key={c.teamId} value={c.teamId}>
            {c.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** Give feedback to anyone in the organisation but yourself: private, for their managers only, or praise. */
export function GiveFeedbackForm({ initialRecipientId = null }: { initialRecipientId?: string | null }) {
  const styles = useStyles();
  const app = useApp();
  const people = useMemo(() => [...app.people.values()].filter((p) => p.id !== app.me.id).sort((a, b) => a.displayName.localeCompare(b.displayName)), [app.people, app.me.id]);
  const [recipientId, setRecipientId] = useState<string | null>(initialRecipientId);
  const [visibility, setVisibility] = useState<FeedbackVisibility>('private');
  const [text, setText] = useState('');
  const [teamId, setTeamId] = useState('');
  const [problems, setProblems] = useState<{ to?: string; text?: string; form?: string }>({});
  const [sent, setSent] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const found = { ...(recipientId ? {} : { to: s.give.chooseSomeone }), ...(text.trim() ? {} : { text: s.give.writeSomething }) };
    setProblems(found);
    setSent(null);
    if (!recipientId || Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      await feedbackApi(app.api).give({ recipientId, visibility, text, teamId: visibility === 'praise' && teamId ? teamId : null });
      setSent(s.give.sent(personName(app, recipientId)));
      setText('');
      setTeamId('');
      app.changed();
    } catch (e) {
      setProblems({ form: describeError(e) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby="give-feedback-title" noValidate>
      <Text as="h2" id="give-feedback-title" size={500} weight="semibold">
        {s.give.title}
      </Text>
      <PersonPicker label={s.give.to} placeholder={s.give.toPlaceholder} people={people} selectedId={recipientId} onSelect={(id) => { setRecipientId(id); setTeamId(''); }} required validationMessage={problems.to ?? null} />
      <Field label={s.give.visibility}>
        <RadioGroup value={visibility} onChange={(_, d) => setVisibility(d.value as FeedbackVisibility)}>
          {VISIBILITIES.map((v) => (
            <Radio key={v} value={v} label={`${s.give.visibilities[v]}: ${s.give.visibilityHints[v]}`} data-visibility={v} />
          ))}
        </RadioGroup>
      </Field>
      {visibility === 'praise' && recipientId && <ChannelChoice personId={recipientId} teamId={teamId} onChange={setTeamId} />}
      <Field label={s.give.text} hint={s.give.textHint} required validationMessage={problems.text ?? undefined}>
        <Textarea value={text} maxLength={FEEDBACK_TEXT_MAX} resize="vertical" rows={5} onChange={(_, d) => setText(d.value)} />
      </Field>
      {problems.form && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{problems.form}</MessageBarBody>
        </MessageBar>
      )}
      {sent && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{sent}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={saving}>
          {saving ? s.give.sending : s.give.submit}
        </Button>
      </div>
    </form>
  );
}
