import { Button, Card, Field, Input, ProgressBar, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { planStrings as s } from '../strings/development-plans.js';
import type { DevelopmentPlanApi, DevelopmentPlanView, Skill, SkillInput } from './development-plan-api.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  skill: { display: 'grid', gridTemplateColumns: 'minmax(8rem, 1fr) minmax(8rem, 2fr) auto', gap: tokens.spacingHorizontalS, alignItems: 'center', '@media (max-width: 600px)': { gridTemplateColumns: 'minmax(0, 1fr)' } },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
  level: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

const LEVELS = [1, 2, 3, 4, 5] as const;

function LevelSelect({ label, value, onChange }: { label: string; value: number; onChange: (level: number) => void }) {
  return (
    <Field label={label}>
      <Select value={String(value)} onChange={(_, d) => onChange(Number(d.value))}>
        {LEVELS.map((l) => <option key={l} value={l}>{l}</option>)}
      </Select>
    </Field>
  );
}

function SkillForm({ initial, submitLabel, onSubmit, onCancel }: { initial: SkillInput; submitLabel: string; onSubmit: (input: SkillInput) => Promise<boolean>; onCancel?: () => void }) {
  const styles = useStyles();
  const [skill, setSkill] = useState(initial);
  return (
    <form
      className={styles.row}
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit(skill).then((done) => done && !onCancel && setSkill(initial));
      }}
    >
      <Field label={s.skillName} required>
        <Input value={skill.name} onChange={(_, d) => setSkill({ ...skill, name: d.value })} maxLength={100} data-skill-name />
      </Field>
      <LevelSelect label={s.currentLevel} value={skill.currentLevel} onChange={(currentLevel) => setSkill({ ...skill, currentLevel })} />
      <LevelSelect label={s.targetLevel} value={skill.targetLevel} onChange={(targetLevel) => setSkill({ ...skill, targetLevel })} />
      <Button type="submit" appearance="primary" disabled={skill.name.trim() === ''}>{submitLabel}</Button>
      {onCancel && <Button onClick={onCancel}>{s.cancel}</Button>}
    </form>
  );
}

function SkillRow({ skill, canEdit, api, run }: { skill: Skill; canEdit: boolean; api: DevelopmentPlanApi; run: (action: () => Promise<unknown>) => Promise<boolean> }) {
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <li data-skill={skill.id}>
        <SkillForm
          initial={{ name: skill.name, currentLevel: skill.currentLevel, targetLevel: skill.targetLevel }}
          submitLabel={s.save}
          onCancel={() => setEditing(false)}
          onSubmit={(input) => run(() => api.updateSkill(skill.id, input, skill.revision)).then((done) => (done && setEditing(false), done))}
        />
      </li>
    );
  }
  const label = s.levelOf(skill.currentLevel, skill.targetLevel);
  return (
    <li className={styles.skill} data-skill={skill.id}>
      <Text weight="semibold">{skill.name}</Text>
      <div className={styles.level}>
        <ProgressBar value={skill.currentLevel / 5} aria-label={`${skill.name}: ${label}`} />
        <Text size={200}>{label}</Text>
      </div>
      {canEdit ? (
        <div className={styles.row}>
          <Button size="small" aria-label={s.editItem(skill.name)} onClick={() => setEditing(true)}>{s.edit}</Button>
          <Button size="small" aria-label={s.removeItem(skill.name)} onClick={() => void run(() => api.removeSkill(skill.id, skill.revision))}>{s.remove}</Button>
        </div>
      ) : <span />}
    </li>
  );
}

/** Skills with the current and target level, 1 to 5. */
export function SkillList({ view, api, run }: { view: DevelopmentPlanView; api: DevelopmentPlanApi; run: (action: () => Promise<unknown>) => Promise<boolean> }) {
  const styles = useStyles();
  return (
    <Card className={styles.card} data-plan-skills>
      <Text as="h3" weight="semibold" size={400}>{s.skills}</Text>
      <Text size={200}>{s.skillsHint}</Text>
      {view.plan.skills.length === 0 ? <Text>{s.skillsEmpty}</Text> : (
        <ul className={styles.list} aria-label={s.skills}>
          {view.plan.skills.map((k) => <SkillRow key={`${k.id}:${k.revision}`} skill={k} canEdit={view.canEdit} api={api} run={run} />)}
        </ul>
      )}
      {view.canEdit && <SkillForm initial={{ name: '', currentLevel: 2, targetLevel: 3 }} submitLabel={s.addSkill} onSubmit={(input) => run(() => api.addSkill(input))} />}
    </Card>
  );
}
