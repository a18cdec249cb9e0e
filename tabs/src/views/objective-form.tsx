import { Button, Card, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { KeyResultSpec, ObjectiveDetail, ObjectiveLevel, ObjectiveView } from '../api/types.js';
import { useApp } from '../app-context.js';
import { describeError } from '../components/describe-error.js';
import { ErrorMessage, LoadingSkeleton } from '../components/status.js';
import { strings } from '../strings.js';
import { useLoad } from '../use-load.js';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem' },
  kr: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

type KrType = KeyResultSpec['type'];

interface KrDraft {
  title: string;
  type: KrType;
  start: string;
  target: string;
  unit: 'number' | 'percent' | 'currency';
  steps: string;
  direction: 'stay-above' | 'stay-below';
}

const emptyKr = (): KrDraft => ({ title: '', type: 'increase-to', start: '0', target: '', unit: 'number', steps: '', direction: 'stay-above' });

function specOf(kr: KrDraft): KeyResultSpec {
  switch (kr.type) {
    case 'increase-to':
    case 'decrease-to':
      return { type: kr.type, start: Number(kr.start), target: Number(kr.target), unit: kr.unit, ...(kr.unit === 'currency' ? { currency: 'USD' } : {}) };
    case 'milestone':
      return { type: 'milestone', steps: kr.steps.split('\n').map((s) => s.trim()).filter(Boolean) };
    case 'binary':
      return { type: 'binary' };
    case 'guardrail':
      return { type: 'guardrail', direction: kr.direction, threshold: Number(kr.target), unit: kr.unit };
  }
}

/** A guided form: level, owner, alignment, 1-5 key results with type-specific fields. */
export function ObjectiveForm({ editId }: { editId?: string }) {
  const app = useApp();
  const styles = useStyles();
  const [existing] = useLoad(() => (editId ? app.api.send<ObjectiveDetail>('GET', `/objectives/${encodeURIComponent(editId)}`) : Promise.resolve(null)), [editId]);
  const [parents] = useLoad(() => app.api.all<ObjectiveView>(`/cycles/${app.cycleId}/objectives?level=company,team&state=proposed,active`), [app.cycleId]);
  const [level, setLevel] = useState<ObjectiveLevel>('individual');
  const [team, setTeam] = useState(app.me.teamIds[0] ?? '');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [commitment, setCommitment] = useState<'committed' | 'aspirational'>('aspirational');
  const [alignTo, setAlignTo] = useState('');
  const [krs, setKrs] = useState<KrDraft[]>([emptyKr()]);
  const [error, setError] = useState<string | null>(null);
  const [loadedEdit, setLoadedEdit] = useState(false);

  if (editId && existing.state === 'loading') return <LoadingSkeleton />;
  if (editId && existing.state === 'error') return <ErrorMessage error={existing.error} />;
  if (editId && existing.state === 'ready' && existing.value && !loadedEdit) {
    const o = existing.value.body.objective;
    setTitle(o.title);
    setDescription(o.description);
    setCommitment(o.commitment);
    setAlignTo(o.alignments[0]?.objectiveId ?? '');
    setLoadedEdit(true);
  }

  const updateKr = (i: number, change: Partial<KrDraft>) => setKrs((list) => list.map((k, j) => (j === i ? { ...k, ...change } : k)));

  const save = async (propose: boolean) => {
    setError(null);
    try {
      const alignments = alignTo ? [{ objectiveId: alignTo, keyResultId: null }] : [];
      let id = editId;
      if (editId && existing.state === 'ready' && existing.value) {
        await app.api.patch(`/objectives/${encodeURIComponent(editId)}`, { title, description, commitment, alignments }, existing.value.etag);
      } else {
        const owner = level === 'team' ? { kind: 'team', id: team } : { kind: 'person', id: app.me.id };
        const created = await app.api.post<ObjectiveView>(`/cycles/${app.cycleId}/objectives`, {
          level,
          owner,
          title,
          description,
          commitment,
          alignments,
          keyResults: krs.map((kr) => ({ title: kr.title, ownerId: app.me.id, weight: 1, spec: specOf(kr) })),
        });
        id = created.id;
      }
      if (propose && id) await app.api.post(`/objectives/${encodeURIComponent(id)}/propose`);
      app.changed();
      app.navigate(`/objective/${id}`);
    } catch (e) {
      setError(describeError(e));
    }
  };

  return (
    <form className={styles.form} onSubmit={(e) => { e.preventDefault(); void save(false); }} aria-labelledby="form-title">
      <Text as="h1" id="form-title" size={600} weight="semibold">
        {editId ? strings.form.editTitle : strings.form.createTitle}
      </Text>
      <MessageBar intent="info">
        <MessageBarBody>{strings.form.guidance}</MessageBarBody>
      </MessageBar>
      {!editId && (
        <Field label={strings.form.level}>
          <RadioGroup value={level} onChange={(_, d) => setLevel(d.value as ObjectiveLevel)} layout="horizontal">
            <Radio value="individual" label={strings.levels.individual} />
            <Radio value="team" label={strings.levels.team} />
            {app.me.roles.includes('okr-admin') && <Radio value="company" label={strings.levels.company} />}
          </RadioGroup>
        </Field>
      )}
      {!editId && level === 'team' && (
        <Field label={strings.form.owner}>
          <Select value={team} onChange={(_, d) => setTeam(d.value)}>
            {app.teams.map((t) => (
              <option key={t.id} value={t.id}>{t.name}</option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={strings.form.title} required>
        <Input value={title} maxLength={200} placeholder={strings.form.titlePlaceholder} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label={strings.form.description}>
        <Textarea value={description} maxLength={4000} onChange={(_, d) => setDescription(d.value)} />
      </Field>
      <Field label={strings.form.commitment}>
        <RadioGroup value={commitment} onChange={(_, d) => setCommitment(d.value as 'committed' | 'aspirational')}>
          <Radio value="aspirational" label={strings.form.aspirational} />
          <Radio value="committed" label={strings.form.committed} />
        </RadioGroup>
      </Field>
      <Field label={strings.form.alignTo}>
        <Select value={alignTo} onChange={(_, d) => setAlignTo(d.value)}>
          <option value="">{parents.state === 'ready' ? strings.form.noAlignment : strings.loading}</option>
          {parents.state === 'ready' && parents.value.filter((p) => p.id !== editId).map((p) => <option key={p.id} value={p.id}>{p.title}</option>)}
        </Select>
      </Field>
      {!editId && (
        <>
          <Text weight="semibold">{strings.form.keyResults}</Text>
          {krs.length > 5 && <Text role="status">{strings.form.tooMany}</Text>}
          {krs.map((kr, i) => (
            <Card key={i} className={styles.kr}>
              <Field label={`${strings.form.krTitle} ${i + 1}`} required>
                <Input value={kr.title} maxLength={200} onChange={(_, d) => updateKr(i, { title: d.value })} />
              </Field>
              <div className={styles.row}>
                <Field label={strings.form.krType}>
                  <Select value={kr.type} onChange={(_, d) => updateKr(i, { type: d.value as KrType })}>
                    {Object.entries(strings.form.krTypes).map(([value, text]) => <option key={value} value={value}>{text}</option>)}
                  </Select>
                </Field>
                {(kr.type === 'increase-to' || kr.type === 'decrease-to') && (
                  <Field label={strings.form.start}>
                    <Input type="number" value={kr.start} onChange={(_, d) => updateKr(i, { start: d.value })} />
                  </Field>
                )}
                {(kr.type === 'increase-to' || kr.type === 'decrease-to' || kr.type === 'guardrail') && (
                  <Field label={kr.type === 'guardrail' ? strings.form.threshold : strings.form.target}>
                    <Input type="number" value={kr.target} onChange={(_, d) => updateKr(i, { target: d.value })} />
                  </Field>
                )}
                {kr.type === 'guardrail' && (
                  <Field label={strings.form.direction}>
                    <RadioGroup value={kr.direction} layout="horizontal" onChange={(_, d) => updateKr(i, { direction: d.value as KrDraft['direction'] })}>
                      <Radio value="stay-above" label={strings.form.above} />
                      <Radio value="stay-below" label={strings.form.below} />
                    </RadioGroup>
                  </Field>
                )}
                {kr.type !== 'milestone' && kr.type !== 'binary' && (
                  <Field label={strings.form.unit}>
                    <Select value={kr.unit} onChange={(_, d) => updateKr(i, { unit: d.value as KrDraft['unit'] })}>
                      {Object.entries(strings.form.units).map(([value, text]) => <option key={value} value={value}>{text}</option>)}
                    </Select>
                  </Field>
                )}
              </div>
              {kr.type === 'milestone' && (
                <Field label={strings.form.steps}>
                  <Textarea value={kr.steps} onChange={(_, d) => updateKr(i, { steps: d.value })} />
                </Field>
              )}
              {krs.length > 1 && <Button onClick={() => setKrs((list) => list.filter((_, j) => j !== i))}>{strings.form.removeKeyResult}</Button>}
            </Card>
          ))}
          <Button onClick={() => setKrs((list) => [...list, emptyKr()])} disabled={krs.length >= 10}>
            {strings.form.addKeyResult}
          </Button>
        </>
      )}
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button type="submit">{strings.form.saveDraft}</Button>
        {!editId && <Button appearance="primary" onClick={() => void save(true)}>{strings.form.saveAndPropose}</Button>}
        <Button appearance="subtle" onClick={() => window.history.back()}>{strings.form.cancel}</Button>
      </div>
    </form>
  );
}
