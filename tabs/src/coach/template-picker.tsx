import {
  Button,
  Card,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiClient } from '../api/api-client.js';
import { ErrorMessage, LoadingSkeleton } from '../components/status.js';
import { strings } from '../strings.js';
import { useLoad } from '../use-load.js';
import type { OkrTemplate, TemplatesView } from './coach-api.js';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxHeight: '55vh', overflowY: 'auto' },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  krs: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: { display: 'flex', justifyContent: 'flex-end' },
});

let templatesOnce: Promise<TemplatesView> | null = null;

function TemplateList({ api, onUse }: { api: ApiClient; onUse: (template: OkrTemplate) => void }) {
  const styles = useStyles();
  const [fn, setFn] = useState('');
  const [load, retry] = useLoad(() => {
    templatesOnce ??= api.get<TemplatesView>('/coach/templates').catch((error: unknown) => {
      templatesOnce = null;
      throw error;
    });
    return templatesOnce;
  }, []);
  if (load.state === 'loading') return <LoadingSkeleton rows={3} />;
  if (load.state === 'error') return <ErrorMessage error={load.error} onRetry={retry} />;
  const { functions, templates } = load.value;
  const shown = templates.filter((t) => !fn || t.function === fn);
  return (
    <>
      <Field label={strings.coach.templates.function}>
        <Select value={fn} onChange={(_, d) => setFn(d.value)}>
          <option value="">{strings.coach.templates.all}</option>
          {functions.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.list} role="list" aria-label={strings.coach.templates.title}>
        {shown.map((t) => (
          <Card key={t.id} className={styles.card} role="listitem" data-template-id={t.id}>
            <Text size={200}>{functions.find((f) => f.id === t.function)?.name}</Text>
            <Text weight="semibold" as="h3">
              {t.title}
            </Text>
            <Text size={200}>{t.description}</Text>
            <ul className={styles.krs}>
              {t.keyResults.map((kr) => (
                <li key={kr.title}>
                  <Text size={200}>{kr.title}</Text>
                </li>
              ))}
            </ul>
            <div className={styles.actions}>
              <Button size="small" onClick={() => onUse(t)} aria-label={`${strings.coach.templates.use}: ${t.title}`}>
                {strings.coach.templates.use}
              </Button>
            </div>
          </Card>
        ))}
      </div>
    </>
  );
}

/** "Start from a template": browse examples by function and copy one into the form. */
export function TemplatePicker({ api, onUse, replacesWork }: { api: ApiClient; onUse: (template: OkrTemplate) => void; replacesWork: boolean }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button>{strings.coach.templates.open}</Button>
      </DialogTrigger>
      <DialogSurface aria-describedby="template-intro">
        <DialogBody>
          <DialogTitle>{strings.coach.templates.title}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text id="template-intro">
              {strings.coach.templates.intro}
              {replacesWork ? ` ${strings.coach.templates.replaces}` : ''}
            </Text>
            {open && (
              <TemplateList
                api={api}
                onUse={(t) => {
                  onUse(t);
                  setOpen(false);
                }}
              />
            )}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">{strings.coach.templates.close}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
