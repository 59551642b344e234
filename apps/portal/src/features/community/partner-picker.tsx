import { useEffect, useState } from 'react';
import { OrganisationsDocument } from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { TextField } from '../../ui/fields';
import { request } from '../auth/session';
import { CheckboxGroup } from './community-ui';

interface Named {
  id: string;
  name: string;
}

/** Organisations shown for a search: enough to choose among, small enough to read. */
const RESULTS = 20;
/** Typing pauses this long before the directory is asked. */
const PAUSE_MS = 250;

/**
 * An action's partner organisations, chosen in the territory's whole directory: the chosen ones stay listed
 * and ticked, a search by name (or town) offers the others. A territory has thousands of organisations.
 */
export function PartnerPicker(props: {
  value: readonly string[];
  /** Names of the organisations already chosen (the action's), by id. */
  names: ReadonlyMap<string, string>;
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Named[]>([]);
  const [known, setKnown] = useState<Map<string, string>>(() => new Map(props.names));

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const text = query.trim();
      request(OrganisationsDocument, { filter: text ? { text } : {}, first: RESULTS }, controller.signal)
        .then((data) =>
          setFound(data.organisations.edges.map(({ node }) => ({ id: node.id, name: node.name }))),
        )
        .catch(() => undefined);
    }, PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const chosen = props.value.map((id) => ({ value: id, label: known.get(id) ?? id }));
  const offered = found
    .filter((o) => !props.value.includes(o.id))
    .map((o) => ({ value: o.id, label: o.name }));

  return (
    <div>
      <TextField
        name="partnerSearch"
        type="search"
        label={t('community.action.partnerSearch')}
        hint={t('community.action.partnerHint')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <CheckboxGroup
        legend={t('community.action.partners')}
        name="partnerOrganisationIds"
        options={[...chosen, ...offered]}
        value={props.value}
        error={props.error}
        empty={t('community.action.partnerNone')}
        onChange={(ids) => {
          const names = new Map(known);
          for (const o of found) if (ids.includes(o.id)) names.set(o.id, o.name);
          setKnown(names);
          props.onChange(ids);
        }}
      />
    </div>
  );
}
