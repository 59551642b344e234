import { useCallback, useState, type FormEvent } from 'react';
import {
  ArchiveCatalogueItemDocument,
  CatalogueItemsDocument,
  CreateCatalogueItemDocument,
  ReorderCatalogueItemsDocument,
  UpdateCatalogueItemDocument,
  type CatalogueItemFieldsFragment,
  type CatalogueKind,
  type ZoneKind,
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

const ZONE_KINDS: readonly ZoneKind[] = ['ZAE', 'NEIGHBOURHOOD', 'COMMUNE'];

/** One list of the territory's vocabulary: read by everyone, edited by admins. */
export function CatalogueSection(props: { kind: CatalogueKind; manage: boolean }) {
  const { kind, manage } = props;
  const { t } = useI18n();
  const [showArchived, setShowArchived] = useState(false);
  const fetch = useCallback(
    async (signal?: AbortSignal) =>
      (await request(CatalogueItemsDocument, { kind, includeArchived: showArchived }, signal)).catalogueItems,
    [kind, showArchived],
  );
  const { items, setItems, load, reload, news, setNews, busy, act } = useSection(fetch);
  const active = items.filter((item) => !item.archived);

  const move = (item: CatalogueItemFieldsFragment, delta: -1 | 1) =>
    act(async () => {
      const ids = moved(active, active.indexOf(item), delta);
      const data = await request(ReorderCatalogueItemsDocument, { kind, ids });
      setItems((current) => [...data.reorderCatalogueItems, ...current.filter((i) => i.archived)]);
      return t(delta < 0 ? 'configuration.movedUp' : 'configuration.movedDown', { label: item.label });
    });

  const setArchived = (item: CatalogueItemFieldsFragment, archived: boolean) =>
    act(async () => {
      const data = await request(ArchiveCatalogueItemDocument, { id: item.id, archived });
      const updated = data.archiveCatalogueItem;
      setItems((current) =>
        showArchived
          ? current.map((i) => (i.id === updated.id ? updated : i)).sort(byState)
          : current.filter((i) => i.id !== updated.id),
      );
      return t(archived ? 'configuration.archived' : 'configuration.restored', { label: item.label });
    });

  const headingId = `catalogue-${kind}-heading`;
  return (
    <section aria-labelledby={headingId} className="configuration-section">
      <h2 id={headingId}>{t(`configuration.kinds.${kind}`)}</h2>
      {manage ? (
        <AddItemForm
          kind={kind}
          onAdded={(item) => {
            setItems((current) => [
              ...current.filter((i) => !i.archived),
              item,
              ...current.filter((i) => i.archived),
            ]);
            setNews(t('configuration.added', { label: item.label }));
          }}
        />
      ) : null}
      <StatusMessage>{news}</StatusMessage>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={showArchived}
          onChange={(event) => setShowArchived(event.target.checked)}
        />{' '}
        {t('configuration.showArchived')}
      </label>
      <SectionState load={load} empty={items.length === 0} manage={manage} onRetry={() => void reload()} />
      {items.length ? (
        <ol className="card-list" aria-labelledby={headingId}>
          {items.map((item) => {
            const index = active.indexOf(item);
            return (
              <li key={item.id} className="card">
                <ItemView
                  item={item}
                  manage={manage}
                  onRenamed={(updated) => {
                    setItems((current) => current.map((i) => (i.id === updated.id ? updated : i)));
                    setNews(t('configuration.saved', { label: updated.label }));
                  }}
                />
                {manage ? (
                  <p className="card__actions">
                    {item.archived ? null : (
                      <OrderButtons
                        label={item.label}
                        first={index === 0}
                        last={index === active.length - 1}
                        disabled={busy}
                        onMove={(delta) => void move(item, delta)}
                      />
                    )}
                    <button
                      type="button"
                      className="button button--link"
                      disabled={busy}
                      onClick={() => void setArchived(item, !item.archived)}
                    >
                      {t(item.archived ? 'configuration.restore' : 'configuration.archive')}
                      <span className="visually-hidden"> {item.label}</span>
                    </button>
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}

const byState = (a: CatalogueItemFieldsFragment, b: CatalogueItemFieldsFragment) =>
  Number(a.archived) - Number(b.archived) || a.position - b.position;

function ItemView(props: {
  item: CatalogueItemFieldsFragment;
  manage: boolean;
  onRenamed: (item: CatalogueItemFieldsFragment) => void;
}) {
  const { item } = props;
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [label, setLabel] = useState(item.label);
  const [code, setCode] = useState(item.code);
  const { run, pending, errors } = useFormSubmit(['label', 'code']);

  async function save(event: FormEvent) {
    event.preventDefault();
    const ok = await run(async () => {
      const data = await request(UpdateCatalogueItemDocument, { id: item.id, input: { label, code } });
      props.onRenamed(data.updateCatalogueItem);
    });
    if (ok) setEditing(false);
  }

  if (!editing) {
    return (
      <>
        <p className="card__title break">
          {item.label}
          {item.archived ? (
            <span className="badge badge--archived"> {t('configuration.archivedBadge')}</span>
          ) : null}
        </p>
        <p className="card__meta">
          {t('configuration.code')} {item.code}
          {item.zoneKind ? ` · ${t(`configuration.zoneKinds.${item.zoneKind}`)}` : null}
        </p>
        {props.manage ? (
          <button type="button" className="button button--link" onClick={() => setEditing(true)}>
            {t('configuration.rename')}
            <span className="visually-hidden"> {item.label}</span>
          </button>
        ) : null}
      </>
    );
  }
  return (
    <form className="form" onSubmit={(event) => void save(event)} noValidate>
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
      <p className="form__actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setEditing(false)}>
          {t('common.cancel')}
        </button>
      </p>
    </form>
  );
}

function AddItemForm(props: { kind: CatalogueKind; onAdded: (item: CatalogueItemFieldsFragment) => void }) {
  const { t } = useI18n();
  const [label, setLabel] = useState('');
  const [code, setCode] = useState('');
  const [zoneKind, setZoneKind] = useState<ZoneKind>('ZAE');
  const { run, pending, errors } = useFormSubmit(['label', 'code', 'zoneKind']);
  const isZone = props.kind === 'ZONE';

  async function add(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const data = await request(CreateCatalogueItemDocument, {
        input: { kind: props.kind, label, code, zoneKind: isZone ? zoneKind : null },
      });
      props.onAdded(data.createCatalogueItem);
      setLabel('');
      setCode('');
    });
  }

  const headingId = `add-${props.kind}-heading`;
  return (
    <form className="form" onSubmit={(event) => void add(event)} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`configuration.add.${props.kind}`)}</h3>
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
      {isZone ? (
        <SelectField
          name="zoneKind"
          label={t('configuration.zoneKind')}
          value={zoneKind}
          error={errors.fields.zoneKind}
          onChange={(event) => setZoneKind(event.target.value as ZoneKind)}
          options={ZONE_KINDS.map((value) => ({ value, label: t(`configuration.zoneKinds.${value}`) }))}
        />
      ) : null}
      <button type="submit" className="button" disabled={pending}>
        {pending ? t('common.saving') : t('configuration.addSubmit')}
      </button>
    </form>
  );
}
