import { useCallback, useEffect, useState, type FormEvent } from 'react';
import {
  ArchiveObjectiveDocument,
  CatalogueItemsDocument,
  CreateObjectiveDocument,
  ReorderObjectivesDocument,
  TerritorialObjectivesDocument,
  type CatalogueItemFieldsFragment,
  type ObjectiveFieldsFragment,
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

/** The territory's objectives: label, horizon year, target and theme. */
export function ObjectivesSection(props: { manage: boolean }) {
  const { manage } = props;
  const { t } = useI18n();
  const fetch = useCallback(
    async (signal?: AbortSignal) =>
      (await request(TerritorialObjectivesDocument, {}, signal)).territorialObjectives,
    [],
  );
  const { items, setItems, load, reload, news, setNews, busy, act } = useSection(fetch);

  const move = (objective: ObjectiveFieldsFragment, delta: -1 | 1) =>
    act(async () => {
      const ids = moved(items, items.indexOf(objective), delta);
      const data = await request(ReorderObjectivesDocument, { ids });
      setItems(data.reorderObjectives);
      return t(delta < 0 ? 'configuration.movedUp' : 'configuration.movedDown', { label: objective.label });
    });

  const archive = (objective: ObjectiveFieldsFragment) =>
    act(async () => {
      await request(ArchiveObjectiveDocument, { id: objective.id, archived: true });
      setItems((current) => current.filter((o) => o.id !== objective.id));
      return t('configuration.archived', { label: objective.label });
    });

  return (
    <section aria-labelledby="objectives-heading" className="configuration-section">
      <h2 id="objectives-heading">{t('configuration.kinds.OBJECTIVES')}</h2>
      {manage ? (
        <AddObjectiveForm
          onAdded={(objective) => {
            setItems((current) => [...current, objective]);
            setNews(t('configuration.added', { label: objective.label }));
          }}
        />
      ) : null}
      <StatusMessage>{news}</StatusMessage>
      <SectionState load={load} empty={items.length === 0} manage={manage} onRetry={() => void reload()} />
      {items.length ? (
        <ol className="card-list" aria-labelledby="objectives-heading">
          {items.map((objective, index) => (
            <li key={objective.id} className="card">
              <p className="card__title break">{objective.label}</p>
              <p className="card__meta">
                {t('configuration.objectiveMeta', {
                  target: objective.target,
                  year: String(objective.horizonYear),
                })}
                {objective.theme ? ` · ${objective.theme.label}` : null}
              </p>
              {manage ? (
                <p className="card__actions">
                  <OrderButtons
                    label={objective.label}
                    first={index === 0}
                    last={index === items.length - 1}
                    disabled={busy}
                    onMove={(delta) => void move(objective, delta)}
                  />
                  <button
                    type="button"
                    className="button button--link"
                    disabled={busy}
                    onClick={() => void archive(objective)}
                  >
                    {t('configuration.archive')}
                    <span className="visually-hidden"> {objective.label}</span>
                  </button>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

function AddObjectiveForm(props: { onAdded: (objective: ObjectiveFieldsFragment) => void }) {
  const { t } = useI18n();
  const [themes, setThemes] = useState<CatalogueItemFieldsFragment[]>([]);
  const [code, setCode] = useState('');
  const [label, setLabel] = useState('');
  const [year, setYear] = useState('2050');
  const [target, setTarget] = useState('');
  const [themeId, setThemeId] = useState('');
  const { run, pending, errors } = useFormSubmit(['code', 'label', 'horizonYear', 'target', 'themeId']);

  useEffect(() => {
    const controller = new AbortController();
    request(CatalogueItemsDocument, { kind: 'THEME' }, controller.signal).then(
      (data) => setThemes(data.catalogueItems),
      // Without themes the form still works: the objective simply has none.
      () => setThemes([]),
    );
    return () => controller.abort();
  }, []);

  async function add(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const data = await request(CreateObjectiveDocument, {
        input: { code, label, horizonYear: Number(year), target, themeId: themeId || null },
      });
      props.onAdded(data.createObjective);
      setCode('');
      setLabel('');
      setTarget('');
    });
  }

  return (
    <form
      className="form"
      onSubmit={(event) => void add(event)}
      noValidate
      aria-labelledby="add-objective-heading"
    >
      <h3 id="add-objective-heading">{t('configuration.add.OBJECTIVES')}</h3>
      <FormAlert errors={errors} />
      <TextField
        name="label"
        label={t('configuration.label')}
        required
        value={label}
        error={errors.fields.label}
        onChange={(event) => setLabel(event.target.value)}
      />
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
        name="horizonYear"
        label={t('configuration.horizonYear')}
        inputMode="numeric"
        required
        value={year}
        error={errors.fields.horizonYear}
        onChange={(event) => setYear(event.target.value)}
      />
      <TextField
        name="target"
        label={t('configuration.target')}
        required
        value={target}
        error={errors.fields.target}
        onChange={(event) => setTarget(event.target.value)}
      />
      <SelectField
        name="themeId"
        label={t('configuration.theme')}
        value={themeId}
        error={errors.fields.themeId}
        onChange={(event) => setThemeId(event.target.value)}
        options={[
          { value: '', label: t('configuration.noTheme') },
          ...themes.map((theme) => ({ value: theme.id, label: theme.label })),
        ]}
      />
      <button type="submit" className="button" disabled={pending}>
        {pending ? t('common.saving') : t('configuration.addSubmit')}
      </button>
    </form>
  );
}
