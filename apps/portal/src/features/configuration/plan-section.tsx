import { useCallback, useState, type FormEvent } from 'react';
import {
  ArchivePlanItemDocument,
  ClimatePlanDocument,
  CreatePlanItemDocument,
  ReorderPlanItemsDocument,
  type PlanItemFieldsFragment,
  type PlanLevel,
} from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { FormAlert, StatusMessage } from '../../ui/alerts';
import { SelectField, TextField } from '../../ui/fields';
import { useFormSubmit } from '../../ui/use-form-submit';
import { request } from '../auth/session';
import { OrderButtons } from './order-buttons';
import { moved } from './ordering';
import { SectionState } from './section-state';
import { useSection } from './use-section';

const LEVELS: readonly PlanLevel[] = ['AXIS', 'STAKE', 'ACTION'];

function childrenOf(items: readonly PlanItemFieldsFragment[], parentId: string | null) {
  return items.filter((item) => item.parentId === parentId).sort((a, b) => a.position - b.position);
}

/** The climate plan as nested lists: axes, stakes, actions, each level in the admins' order. */
export function PlanSection(props: { manage: boolean }) {
  const { manage } = props;
  const { t } = useI18n();
  const fetch = useCallback(
    async (signal?: AbortSignal) => (await request(ClimatePlanDocument, {}, signal)).climatePlan,
    [],
  );
  const { items, setItems, load, reload, news, setNews, busy, act } = useSection(fetch);

  const move = (siblings: PlanItemFieldsFragment[], moving: PlanItemFieldsFragment, delta: -1 | 1) =>
    act(async () => {
      const ids = moved(siblings, siblings.indexOf(moving), delta);
      const data = await request(ReorderPlanItemsDocument, { parentId: moving.parentId, ids });
      const positions = new Map(data.reorderPlanItems.map((item) => [item.id, item.position]));
      setItems((current) =>
        current.map((item) => ({ ...item, position: positions.get(item.id) ?? item.position })),
      );
      return t(delta < 0 ? 'configuration.movedUp' : 'configuration.movedDown', { label: moving.label });
    });

  const archive = (item: PlanItemFieldsFragment) =>
    act(async () => {
      await request(ArchivePlanItemDocument, { id: item.id, archived: true });
      setItems((current) => current.filter((i) => i.id !== item.id));
      return t('configuration.archived', { label: item.label });
    });

  function renderLevel(parentId: string | null) {
    const siblings = childrenOf(items, parentId);
    if (siblings.length === 0) return null;
    return (
      <ol className={parentId ? 'plan-tree plan-tree--nested' : 'plan-tree'}>
        {siblings.map((item, index) => (
          <li key={item.id}>
            <div className="plan-tree__item">
              <p className="card__title break">
                <span className="badge">{t(`configuration.levels.${item.level}`)}</span> {item.code} —{' '}
                {item.label}
              </p>
              {manage ? (
                <p className="card__actions">
                  <OrderButtons
                    label={item.label}
                    first={index === 0}
                    last={index === siblings.length - 1}
                    disabled={busy}
                    onMove={(delta) => void move(siblings, item, delta)}
                  />
                  <button
                    type="button"
                    className="button button--link"
                    disabled={busy}
                    onClick={() => void archive(item)}
                  >
                    {t('configuration.archive')}
                    <span className="visually-hidden"> {item.label}</span>
                  </button>
                </p>
              ) : null}
            </div>
            {renderLevel(item.id)}
          </li>
        ))}
      </ol>
    );
  }

  return (
    <section aria-labelledby="plan-heading" className="configuration-section">
      <h2 id="plan-heading">{t('configuration.kinds.PLAN')}</h2>
      {manage ? (
        <AddPlanItemForm
          items={items}
          onAdded={(item) => {
            setItems((current) => [...current, item]);
            setNews(t('configuration.added', { label: item.label }));
          }}
        />
      ) : null}
      <StatusMessage>{news}</StatusMessage>
      <SectionState load={load} empty={items.length === 0} manage={manage} onRetry={() => void reload()} />
      {renderLevel(null)}
    </section>
  );
}

function AddPlanItemForm(props: {
  items: readonly PlanItemFieldsFragment[];
  onAdded: (item: PlanItemFieldsFragment) => void;
}) {
  const { t } = useI18n();
  const [level, setLevel] = useState<PlanLevel>('AXIS');
  const [parentId, setParentId] = useState('');
  const [code, setCode] = useState('');
  const [label, setLabel] = useState('');
  const { run, pending, errors } = useFormSubmit(['level', 'parentId', 'code', 'label']);
  const parents = props.items.filter((item) => item.level !== 'ACTION');

  async function add(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const data = await request(CreatePlanItemDocument, {
        input: { level, parentId: level === 'AXIS' ? null : parentId || null, code, label },
      });
      props.onAdded(data.createPlanItem);
      setCode('');
      setLabel('');
    });
  }

  return (
    <form
      className="form"
      onSubmit={(event) => void add(event)}
      noValidate
      aria-labelledby="add-plan-heading"
    >
      <h3 id="add-plan-heading">{t('configuration.add.PLAN')}</h3>
      <FormAlert errors={errors} />
      <SelectField
        name="level"
        label={t('configuration.level')}
        value={level}
        error={errors.fields.level}
        onChange={(event) => setLevel(event.target.value as PlanLevel)}
        options={LEVELS.map((value) => ({ value, label: t(`configuration.levels.${value}`) }))}
      />
      {level === 'AXIS' ? null : (
        <SelectField
          name="parentId"
          label={t('configuration.parent')}
          value={parentId}
          error={errors.fields.parentId}
          onChange={(event) => setParentId(event.target.value)}
          options={[
            { value: '', label: t('configuration.chooseParent') },
            ...parents.map((item) => ({ value: item.id, label: `${item.code} — ${item.label}` })),
          ]}
        />
      )}
      <TextField
        name="code"
        label={t('configuration.code')}
        required
        value={code}
        error={errors.fields.code}
        hint={t('configuration.codeHint')}
        onChange={(event) => setCode(event.target.value)}
      />
      <TextField
        name="label"
        label={t('configuration.label')}
        required
        value={label}
        error={errors.fields.label}
        onChange={(event) => setLabel(event.target.value)}
      />
      <button type="submit" className="button" disabled={pending}>
        {pending ? t('common.saving') : t('configuration.addSubmit')}
      </button>
    </form>
  );
}
