import { Badge } from '@fluentui/react-badge';
import { Button } from '@fluentui/react-button';
import { Field } from '@fluentui/react-field';
import { Input } from '@fluentui/react-input';
import { Link } from '@fluentui/react-link';
import { Select } from '@fluentui/react-select';
import { Tab, TabList } from '@fluentui/react-tabs';
import { Text } from '@fluentui/react-text';
import { tokens } from '@fluentui/react-theme';
import { makeStyles } from '@griffel/react';
import { useMemo, useState } from 'react';
import type { AlignmentNode, AlignmentTreeView, ObjectiveView } from '../api/types.js';
import { useApp } from '../app-context.js';
import { ObjectiveCard } from '../components/objective-card.js';
import { ProgressWithExpected } from '../components/progress.js';
import { EmptyState, ErrorMessage, LoadingSkeleton } from '../components/status.js';
import { strings } from '../strings.js';
import { useLoad } from '../use-load.js';
import { VirtualList } from './virtual-list.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  filter: { minWidth: '9rem', maxWidth: '100%' },
  row: { paddingBottom: tokens.spacingVerticalM },
  treeRow: { display: 'grid', gridTemplateColumns: 'auto minmax(8rem, 1fr) minmax(8rem, 14rem)', gap: tokens.spacingHorizontalS, alignItems: 'center', padding: `${tokens.spacingVerticalXS} 0`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
});

export interface BoardFilters {
  team: string;
  level: string;
  state: string;
  confidence: string;
  owner: string;
  search: string;
}

const ALL = '';

interface TreeRow {
  readonly node: AlignmentNode;
  readonly depth: number;
  readonly key: string;
  readonly hasChildren: boolean;
  /** 1-based position among its siblings, and how many siblings there are. */
  readonly position: number;
  readonly siblings: number;
}

function flatten(nodes: readonly AlignmentNode[], collapsed: ReadonlySet<string>, depth = 0, path = ''): TreeRow[] {
  return nodes.flatMap((node, index) => {
    const key = `${path}/${node.objectiveId}`;
    const row: TreeRow = { node, depth, key, hasChildren: node.children.length > 0, position: index + 1, siblings: nodes.length };
    return collapsed.has(key) ? [row] : [row, ...flatten(node.children, collapsed, depth + 1, key)];
  });
}

function TreeView({ tree, search }: { tree: AlignmentTreeView; search: string }) {
  const app = useApp();
  const styles = useStyles();
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const unaligned = new Set(tree.unalignedIds);
  const rows = useMemo(() => flatten(tree.roots, collapsed).filter((r) => !search || r.node.title.toLowerCase().includes(search.toLowerCase())), [tree, collapsed, search]);
  if (rows.length === 0) return <EmptyState title={strings.board.empty} hint={strings.board.emptyHint} />;
  const toggle = (key: string) => setCollapsed((c) => { const next = new Set(c); if (next.has(key)) next.delete(key); else next.add(key); return next; });
  return (
    <VirtualList
      items={rows}
      estimate={44}
      keyOf={(r) => r.key}
      // The nesting is conveyed on the listitem (aria-level is not allowed on a plain div).
      itemAttributes={(r): Record<string, number> => (search ? { 'aria-level': r.depth + 1 } : { 'aria-level': r.depth + 1, 'aria-posinset': r.position, 'aria-setsize': r.siblings })}
      render={(r) => (
        <div className={styles.treeRow} style={{ paddingLeft: `${r.depth * 1.25}rem` }} data-tree-objective={r.node.objectiveId} data-tree-level={r.depth + 1}>
          <Button size="small" appearance="subtle" disabled={!r.hasChildren} aria-expanded={r.hasChildren ? !collapsed.has(r.key) : undefined} aria-label={r.node.title} onClick={() => toggle(r.key)}>
            {r.hasChildren ? (collapsed.has(r.key) ? '▸' : '▾') : '·'}
          </Button>
          <span>
            <Link href={`#/objective/${r.node.objectiveId}`} onClick={(e) => { e.preventDefault(); app.navigate(`/objective/${r.node.objectiveId}`); }}>
              {r.node.title}
            </Link>{' '}
            <Badge appearance="outline" size="small">{strings.levels[r.node.level]}</Badge>{' '}
            {unaligned.has(r.node.objectiveId) && <Badge appearance="tint" color="warning" size="small" title={strings.board.unalignedHint}>{strings.board.unaligned}</Badge>}
          </span>
          <ProgressWithExpected progress={r.node.rolledUpProgress} expected={tree.expectedProgress} locale={app.host.locale} label={strings.board.rollup} />
        </div>
      )}
    />
  );
}

function query(filters: BoardFilters): string {
  const params = new URLSearchParams();
  if (filters.team) params.set('team', filters.team);
  if (filters.level) params.set('level', filters.level);
  if (filters.state) params.set('state', filters.state);
  if (filters.confidence) params.set('confidence', filters.confidence);
  if (filters.owner) params.set('owner', filters.owner);
  return params.toString();
}

/** A team's or the company's board, as a list or as the alignment tree. */
export function Board({ initialTeam = ALL, lockedTeam = false }: { initialTeam?: string; lockedTeam?: boolean }) {
  const app = useApp();
  const styles = useStyles();
  const [view, setView] = useState<'list' | 'tree'>('list');
  const [filters, setFilters] = useState<BoardFilters>({ team: initialTeam, level: ALL, state: ALL, confidence: ALL, owner: ALL, search: '' });
  const set = (key: keyof BoardFilters) => (value: string) => setFilters((f) => ({ ...f, [key]: value }));
  const [list, retryList] = useLoad(() => (view === 'list' ? app.api.all<ObjectiveView>(`/cycles/${app.cycleId}/objectives?${query(filters)}`) : Promise.resolve([])), [view, app.cycleId, app.version, filters.team, filters.level, filters.state, filters.confidence, filters.owner]);
  const [tree, retryTree] = useLoad(() => (view === 'tree' ? app.api.get<AlignmentTreeView>(`/cycles/${app.cycleId}/tree`) : Promise.resolve(null)), [view, app.cycleId, app.version]);
  const visible = list.state === 'ready' ? list.value.filter((o) => !filters.search || o.title.toLowerCase().includes(filters.search.toLowerCase())) : [];
  const unalignedIds = new Set(visible.filter((o) => o.level !== 'company' && o.alignments.length === 0).map((o) => o.id));

  const choice = (label: string, key: keyof BoardFilters, options: [string, string][], anyLabel: string) => (
    <Field label={label} className={styles.filter}>
      <Select value={filters[key]} onChange={(_, d) => set(key)(d.value)} disabled={key === 'team' && lockedTeam}>
        <option value={ALL}>{anyLabel}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <section className={styles.page} aria-labelledby="board-title">
      <Text as="h1" id="board-title" size={600} weight="semibold">
        {strings.board.title}
      </Text>
      <TabList selectedValue={view} onTabSelect={(_, d) => setView(d.value as 'list' | 'tree')}>
        <Tab value="list">{strings.board.list}</Tab>
        <Tab value="tree">{strings.board.tree}</Tab>
      </TabList>
      <div className={styles.filters} role="search">
        <Field label={strings.board.search} className={styles.filter}>
          <Input value={filters.search} onChange={(_, d) => set('search')(d.value)} />
        </Field>
        {view === 'list' && (
          <>
            {choice(strings.board.team, 'team', app.teams.map((t) => [t.id, t.name]), strings.board.allTeams)}
            {choice(strings.board.level, 'level', Object.entries(strings.levels), strings.board.any)}
            {choice(strings.board.state, 'state', Object.entries(strings.states), strings.board.any)}
            {choice(strings.checkInDialog.confidence.split(' ')[0]!, 'confidence', Object.entries(strings.confidence).filter(([k]) => k !== 'none'), strings.board.any)}
            {choice(strings.board.owner, 'owner', [...app.people.values()].map((p) => [p.id, p.displayName]), strings.board.anyone)}
          </>
        )}
      </div>
      {view === 'list' && list.state === 'loading' && <LoadingSkeleton />}
      {view === 'list' && list.state === 'error' && <ErrorMessage error={list.error} onRetry={retryList} />}
      {view === 'list' && list.state === 'ready' && (
        <>
          <Text size={200} aria-live="polite">{strings.board.count(visible.length)}</Text>
          {visible.length === 0 ? (
            <EmptyState title={strings.board.empty} hint={strings.board.emptyHint} />
          ) : (
            <VirtualList items={visible} estimate={220} keyOf={(o) => o.id} render={(o) => <div className={styles.row}><ObjectiveCard objective={o} flagged={unalignedIds.has(o.id)} /></div>} />
          )}
        </>
      )}
      {view === 'tree' && tree.state === 'loading' && <LoadingSkeleton />}
      {view === 'tree' && tree.state === 'error' && <ErrorMessage error={tree.error} onRetry={retryTree} />}
      {view === 'tree' && tree.state === 'ready' && tree.value && <TreeView tree={tree.value} search={filters.search} />}
    </section>
  );
}
