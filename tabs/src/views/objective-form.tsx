import { Badge, Button, Card, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Spinner, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError } from '../api/api-client.js';
import type { KeyResultSpec, ObjectiveDetail, ObjectiveLevel, ObjectiveView } from '../api/types.js';
import { useApp } from '../app-context.js';
import { draftingMode, type CheckRequest, type CoachCheck, type CoachSpec, type DraftedKeyResult, type DraftingRequest, type DraftsView, type OkrTemplate, type RewriteView } from '../coach/coach-api.js';
import { TemplatePicker } from '../coach/template-picker.js';
import { useCoachChecks } from '../coach/use-coach-checks.js';
import { CoachHintList, checksFor, coachFieldProps } from '../components/coach-hints.js';
import { describeError } from '../components/describe-error.js';
import { ErrorMessage, LoadingSkeleton } from '../components/status.js';
import { strings } from '../strings.js';
import { useLoad } from '../use-load.js';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem', minWidth: 0 },
  // Long parent titles must not widen the form past a phone screen.
  wide: { minWidth: 0, maxWidth: '100%' },
  kr: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-start' },
  rowField: { minWidth: '8rem', maxWidth: '22rem' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  sectionHeader: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between' },
  badge: { alignSelf: 'flex-start' },
  rewrite: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
});

type KrType = KeyResultSpec['type'];
type Provider = DraftsView['provider'];

interface KrDraft {
  /** Stable identity of the row while it is edited (indexes shift when rows are removed). */
  key: number;
  title: string;
  type: KrType;
  start: string;
  target: string;
  unit: 'number' | 'percent' | 'currency';
  steps: string;
  direction: 'stay-above' | 'stay-below';
  /** Drafted for the person (offline example or AI) and not edited since. */
  origin?: Provider;
  improving?: boolean;
  rewrite?: { draft: DraftedKeyResult; provider: Provider };
  note?: string;
}

let nextKey = 1;
const emptyKr = (): KrDraft => ({ key: nextKey++, title: '', type: 'increase-to', start: '0', target: '', unit: 'number', steps: '', direction: 'stay-above' });

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
      return { type: 'guardrail', direction: kr.direction, threshold: Number(kr.target), unit: kr.unit, ...(kr.unit === 'currency' ? { currency: 'USD' } : {}) };
  }
}

/** A number typed so far, or null while the box is empty or not a number yet. */
const typed = (text: string): number | null => (text.trim() === '' || !Number.isFinite(Number(text)) ? null : Number(text));

/** The key result as the coach reads it while it is typed: missing numbers stay missing. */
function coachSpecOf(kr: KrDraft): CoachSpec {
  switch (kr.type) {
    case 'increase-to':
    case 'decrease-to':
      return { type: kr.type, start: typed(kr.start), target: typed(kr.target), unit: kr.unit };
    case 'guardrail':
      return { type: 'guardrail', direction: kr.direction, threshold: typed(kr.target), unit: kr.unit };
    case 'milestone':
      return { type: 'milestone', steps: kr.steps.split('\n').map((s) => s.trim()).filter(Boolean) };
    case 'binary':
      return { type: 'binary' };
  }
}

/** The spec when it is complete enough to send for a rewrite, else null. */
function completeSpecOf(kr: KrDraft): KeyResultSpec | null {
  const spec = coachSpecOf(kr);
  if ((spec.type === 'increase-to' || spec.type === 'decrease-to') && (spec.start === null || spec.target === null)) return null;
  if (spec.type === 'guardrail' && spec.threshold === null) return null;
  if (spec.type === 'milestone' && spec.steps.length === 0) return null;
  return specOf(kr);
}

function krFromDraft(draft: DraftedKeyResult, key = nextKey++): KrDraft {
  const base: KrDraft = { ...emptyKr(), key, title: draft.title };
  const spec = draft.spec;
  switch (spec.type) {
    case 'increase-to':
    case 'decrease-to':
      return { ...base, type: spec.type, start: String(spec.start), target: String(spec.target), unit: spec.unit };
    case 'guardrail':
      return { ...base, type: 'guardrail', direction: spec.direction, target: String(spec.threshold), unit: spec.unit };
    case 'milestone':
      return { ...base, type: 'milestone', steps: spec.steps.join('\n') };
    case 'binary':
      return { ...base, type: 'binary' };
  }
}

function specSummary(spec: KeyResultSpec): string {
  const s = strings.coach.specSummary;
  switch (spec.type) {
    case 'increase-to':
    case 'decrease-to':
      return s[spec.type](String(spec.start), String(spec.target));
    case 'guardrail':
      return s.guardrail(spec.direction, String(spec.threshold));
    case 'milestone':
      return s.milestone(spec.steps.length);
    case 'binary':
      return s.binary;
  }
}

/** Friendly words for a drafting failure, by its stable code. */
const draftingError = (error: unknown): string =>
  error instanceof ApiError ? (strings.coach.errors[error.code] ?? strings.coach.errors.fallback!) : strings.coach.errors.fallback!;

/** A guided form: level, owner, alignment, 1-5 key results with type-specific fields, and the writing coach in place. */
export function ObjectiveForm({ editId }: { editId?: string }) {
  const app = useApp();
  const styles = useStyles();
  const [existing] = useLoad(() => (editId ? app.api.send<ObjectiveDetail>('GET', `/objectives/${encodeURIComponent(editId)}`) : Promise.resolve(null)), [editId]);
  const [parents] = useLoad(() => app.api.all<ObjectiveView>(`/cycles/${app.cycleId}/objectives?level=company,team&state=proposed,active`), [app.cycleId]);
  const [drafting] = useLoad(() => draftingMode(app.api), []);
  const [level, setLevel] = useState<ObjectiveLevel>('individual');
  const [team, setTeam] = useState(app.me.teamIds[0] ?? '');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [commitment, setCommitment] = useState<'committed' | 'aspirational'>('aspirational');
  const [alignTo, setAlignTo] = useState('');
  const [krs, setKrs] = useState<KrDraft[]>(() => [emptyKr()]);
  const [error, setError] = useState<string | null>(null);
  const [loadedEdit, setLoadedEdit] = useState(false);
  const [suggesting, setSuggesting] = useState(false);
  const [suggested, setSuggested] = useState<Provider | null>(null);
  const [suggestError, setSuggestError] = useState<string | null>(null);
  const [template, setTemplate] = useState<string | null>(null);

  const stored = editId && existing.state === 'ready' && existing.value ? existing.value.body.objective : null;
  const owner = stored?.owner ?? (level === 'team' ? { kind: 'team' as const, id: team } : { kind: 'person' as const, id: app.me.id });
  // A form nobody has written in yet gets no advice.
  const untouched = !editId && title.trim().length === 0 && krs.every((k) => k.title.trim().length === 0);
  const coachRequest: CheckRequest | null =
    (editId && !stored) || !owner.id || untouched
      ? null
      : {
          cycleId: stored?.cycleId ?? app.cycleId,
          objectiveId: editId ?? null,
          level: stored?.level ?? level,
          owner,
          title,
          description,
          commitment,
          alignments: alignTo ? [{ objectiveId: alignTo, keyResultId: null }] : [],
          keyResults: stored ? stored.keyResults.map((kr) => ({ title: kr.title, spec: kr.spec })) : krs.map((kr) => ({ title: kr.title, spec: coachSpecOf(kr) })),
        };
  const checks = useCoachChecks(app.api, coachRequest);

  if (editId && existing.state === 'loading') return <LoadingSkeleton />;
  if (editId && existing.state === 'error') return <ErrorMessage error={existing.error} />;
  if (stored && !loadedEdit) {
    setTitle(stored.title);
    setDescription(stored.description);
    setCommitment(stored.commitment);
    setAlignTo(stored.alignments[0]?.objectiveId ?? '');
    setLoadedEdit(true);
  }

  const draftingOn = drafting.state === 'ready' && drafting.value !== 'off' && !editId;
  const patchKr = (key: number, change: Partial<KrDraft>) => setKrs((list) => list.map((k) => (k.key === key ? { ...k, ...change } : k)));
  /** An edit by the person: the row is theirs now, no longer a draft. */
  const updateKr = (key: number, change: Partial<KrDraft>) => patchKr(key, { ...change, origin: undefined });

  const draftingRequest = (): DraftingRequest => ({
    cycleId: app.cycleId,
    objective: { title, description, level, commitment, keyResults: krs.filter((k) => k.title.trim()).map((k) => ({ title: k.title })) },
    alignTo: alignTo || null,
    teamId: level === 'team' && team ? team : null,
  });

  const suggest = async () => {
    setSuggesting(true);
    setSuggestError(null);
    try {
      const answer = await app.api.post<DraftsView>('/coach/suggest-key-results', draftingRequest());
      setKrs((list) => [...list.filter((k) => k.title.trim().length > 0), ...answer.drafts.map((d) => ({ ...krFromDraft(d), origin: answer.provider }))].slice(0, 10));
      setSuggested(answer.provider);
    } catch (e) {
      setSuggestError(draftingError(e));
    } finally {
      setSuggesting(false);
    }
  };

  const improve = async (kr: KrDraft) => {
    patchKr(kr.key, { improving: true, note: undefined, rewrite: undefined });
    try {
      const answer = await app.api.post<RewriteView>('/coach/improve-key-result', { ...draftingRequest(), keyResult: { title: kr.title, spec: completeSpecOf(kr) } });
      patchKr(kr.key, { improving: false, rewrite: { draft: answer.draft, provider: answer.provider } });
    } catch (e) {
      patchKr(kr.key, { improving: false, note: draftingError(e) });
    }
  };

  const applyTemplate = (t: OkrTemplate) => {
    setTitle(t.title);
    setDescription(t.description);
    setKrs(t.keyResults.map((kr) => krFromDraft(kr)));
    setTemplate(t.title);
    setSuggested(null);
  };

  const save = async (propose: boolean) => {
    setError(null);
    try {
      const alignments = alignTo ? [{ objectiveId: alignTo, keyResultId: null }] : [];
      let id = editId;
      if (editId && existing.state === 'ready' && existing.value) {
        await app.api.patch(`/objectives/${encodeURIComponent(editId)}`, { title, description, commitment, alignments }, existing.value.etag);
      } else {
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

  const at = (i: number, ...fields: string[]) => checksFor(checks, ...fields.map((f) => `keyResults.${i}.${f}`));
  // Editing keeps the key results as they are (they change on the objective page); their hints are listed together.
  const keyResultSummary: CoachCheck[] = editId ? checks.filter((c) => c.field.startsWith('keyResults')) : checksFor(checks, 'keyResults');
  const krNumber = (check: CoachCheck): string | null => {
    const match = /^keyResults\.(\d+)\./.exec(check.field);
    return match ? strings.coach.keyResultLabel(Number(match[1]) + 1) : null;
  };

  return (
    <form className={styles.form} onSubmit={(e) => { e.preventDefault(); void save(false); }} aria-labelledby="form-title" data-coach-ready={drafting.state === 'ready' ? drafting.value : 'loading'}>
      <div className={styles.sectionHeader}>
        <Text as="h1" id="form-title" size={600} weight="semibold">
          {editId ? strings.form.editTitle : strings.form.createTitle}
        </Text>
        {!editId && <TemplatePicker api={app.api} onUse={applyTemplate} replacesWork={title.trim().length > 0 || krs.some((k) => k.title.trim().length > 0)} />}
      </div>
      <MessageBar intent="info">
        <MessageBarBody>{strings.form.guidance}</MessageBarBody>
      </MessageBar>
      {template && (
        <MessageBar intent="info" data-template-copied>
          <MessageBarBody>{strings.coach.templates.copied(template)}</MessageBarBody>
        </MessageBar>
      )}
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
      <Field label={strings.form.title} required {...coachFieldProps(checksFor(checks, 'title'))}>
        <Input value={title} maxLength={200} placeholder={strings.form.titlePlaceholder} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label={strings.form.description}>
        <Textarea value={description} maxLength={4000} onChange={(_, d) => setDescription(d.value)} />
      </Field>
      <Field label={strings.form.commitment} {...coachFieldProps(checksFor(checks, 'commitment'))}>
        <RadioGroup value={commitment} onChange={(_, d) => setCommitment(d.value as 'committed' | 'aspirational')}>
          <Radio value="aspirational" label={strings.form.aspirational} />
          <Radio value="committed" label={strings.form.committed} />
        </RadioGroup>
      </Field>
      <Field label={strings.form.alignTo} className={styles.wide} {...coachFieldProps(checksFor(checks, 'alignments'))}>
        <Select className={styles.wide} value={alignTo} onChange={(_, d) => setAlignTo(d.value)}>
          <option value="">{parents.state === 'ready' ? strings.form.noAlignment : strings.loading}</option>
          {parents.state === 'ready' && parents.value.filter((p) => p.id !== editId).map((p) => <option key={p.id} value={p.id}>{p.title}</option>)}
        </Select>
      </Field>
      {editId && keyResultSummary.length > 0 && (
        <section aria-labelledby="kr-hints-title" data-coach-section="keyResults">
          <Text as="h2" id="kr-hints-title" weight="semibold">
            {strings.coach.keyResultHints}
          </Text>
          <CoachHintList checks={keyResultSummary} prefix={krNumber} />
        </section>
      )}
      {!editId && (
        <>
          <div className={styles.sectionHeader}>
            <Text as="h2" id="kr-section-title" weight="semibold">{strings.form.keyResults}</Text>
            {draftingOn && (
              <Button
                onClick={() => void suggest()}
                disabled={suggesting || title.trim().length === 0}
                icon={suggesting ? <Spinner size="tiny" /> : undefined}
                aria-describedby={title.trim().length === 0 ? 'suggest-needs-title' : undefined}
              >
                {suggesting ? strings.coach.suggesting : strings.coach.suggest}
              </Button>
            )}
          </div>
          {draftingOn && title.trim().length === 0 && (
            <Text id="suggest-needs-title" size={200}>
              {strings.coach.suggestNeedsTitle}
            </Text>
          )}
          <div data-coach-section="keyResults" aria-labelledby="kr-section-title" role="group">
            <CoachHintList checks={keyResultSummary} />
          </div>
          {suggestError && (
            <MessageBar intent="warning" role="alert" data-drafting-error>
              <MessageBarBody>{suggestError}</MessageBarBody>
            </MessageBar>
          )}
          {suggested && (
            <MessageBar intent="info" data-drafts-provider={suggested}>
              <MessageBarBody>{suggested === 'offline' ? strings.coach.offlineDrafts : strings.coach.aiDrafts}</MessageBarBody>
            </MessageBar>
          )}
          {krs.length > 5 && <Text role="status">{strings.form.tooMany}</Text>}
          {krs.map((kr, i) => (
            <Card key={kr.key} className={styles.kr} data-kr-row={i}>
              {kr.origin && (
                <Badge className={styles.badge} appearance="tint" color={kr.origin === 'offline' ? 'informative' : 'brand'} data-draft-origin={kr.origin}>
                  {strings.coach.badge[kr.origin]}
                </Badge>
              )}
              <Field label={`${strings.form.krTitle} ${i + 1}`} required {...coachFieldProps(at(i, 'title'))}>
                <Input value={kr.title} maxLength={200} onChange={(_, d) => updateKr(kr.key, { title: d.value })} />
              </Field>
              <div className={styles.row}>
                <Field label={strings.form.krType} className={styles.rowField} {...coachFieldProps(at(i, 'type'))}>
                  <Select value={kr.type} onChange={(_, d) => updateKr(kr.key, { type: d.value as KrType })}>
                    {Object.entries(strings.form.krTypes).map(([value, text]) => <option key={value} value={value}>{text}</option>)}
                  </Select>
                </Field>
                {(kr.type === 'increase-to' || kr.type === 'decrease-to') && (
                  <Field label={strings.form.start} className={styles.rowField} {...coachFieldProps(at(i, 'start'))}>
                    <Input type="number" value={kr.start} onChange={(_, d) => updateKr(kr.key, { start: d.value })} />
                  </Field>
                )}
                {(kr.type === 'increase-to' || kr.type === 'decrease-to' || kr.type === 'guardrail') && (
                  <Field label={kr.type === 'guardrail' ? strings.form.threshold : strings.form.target} className={styles.rowField} {...coachFieldProps(at(i, 'target', 'threshold'))}>
                    <Input type="number" value={kr.target} onChange={(_, d) => updateKr(kr.key, { target: d.value })} />
                  </Field>
                )}
                {kr.type === 'guardrail' && (
                  <Field label={strings.form.direction}>
                    <RadioGroup value={kr.direction} layout="horizontal" onChange={(_, d) => updateKr(kr.key, { direction: d.value as KrDraft['direction'] })}>
                      <Radio value="stay-above" label={strings.form.above} />
                      <Radio value="stay-below" label={strings.form.below} />
                    </RadioGroup>
                  </Field>
                )}
                {kr.type !== 'milestone' && kr.type !== 'binary' && (
                  <Field label={strings.form.unit}>
                    <Select value={kr.unit} onChange={(_, d) => updateKr(kr.key, { unit: d.value as KrDraft['unit'] })}>
                      {Object.entries(strings.form.units).map(([value, text]) => <option key={value} value={value}>{text}</option>)}
                    </Select>
                  </Field>
                )}
              </div>
              {kr.type === 'milestone' && (
                <Field label={strings.form.steps} {...coachFieldProps(at(i, 'steps'))}>
                  <Textarea value={kr.steps} onChange={(_, d) => updateKr(kr.key, { steps: d.value })} />
                </Field>
              )}
              {kr.rewrite && (
                <div className={styles.rewrite} role="group" aria-label={`${strings.coach.rewriteTitle}, ${strings.form.krTitle} ${i + 1}`} data-rewrite-provider={kr.rewrite.provider}>
                  <Text weight="semibold">{strings.coach.rewriteTitle}</Text>
                  <Text>{kr.rewrite.draft.title}</Text>
                  <Text size={200}>{specSummary(kr.rewrite.draft.spec)}</Text>
                  <Text size={200}>{kr.rewrite.provider === 'offline' ? strings.coach.offlineRewrite : strings.coach.aiRewrite}</Text>
                  <div className={styles.actions}>
                    <Button size="small" appearance="primary" onClick={() => setKrs((list) => list.map((k) => (k.key === kr.key ? { ...krFromDraft(kr.rewrite!.draft, kr.key), origin: kr.rewrite!.provider } : k)))}>
                      {strings.coach.useRewrite}
                    </Button>
                    <Button size="small" onClick={() => patchKr(kr.key, { rewrite: undefined })}>
                      {strings.coach.keepMine}
                    </Button>
                  </div>
                </div>
              )}
              {kr.note && (
                <MessageBar intent="warning" role="alert">
                  <MessageBarBody>{kr.note}</MessageBarBody>
                </MessageBar>
              )}
              <div className={styles.actions}>
                {draftingOn && kr.title.trim().length > 0 && (
                  <Button size="small" onClick={() => void improve(kr)} disabled={kr.improving} icon={kr.improving ? <Spinner size="tiny" /> : undefined} aria-label={`${strings.coach.improve}: ${strings.form.krTitle} ${i + 1}`}>
                    {kr.improving ? strings.coach.improving : strings.coach.improve}
                  </Button>
                )}
                {krs.length > 1 && <Button size="small" onClick={() => setKrs((list) => list.filter((k) => k.key !== kr.key))}>{strings.form.removeKeyResult}</Button>}
              </div>
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
