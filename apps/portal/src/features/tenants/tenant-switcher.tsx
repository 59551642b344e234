import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { ViewerFieldsFragment } from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../routes/paths';
import { SelectField } from '../../ui/fields';

/**
 * For people with several memberships (consultants, members of two territories): goes to another
 * territory's space, whose layout switches the session's tenant.
 */
export function TenantSwitcher(props: { viewer: ViewerFieldsFragment; current: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [target, setTarget] = useState(props.current);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (target !== props.current) navigate(paths.space(target));
  }

  return (
    <form className="tenant-switcher" onSubmit={submit} aria-label={t('space.switcher.label')}>
      <SelectField
        name="tenant"
        label={t('space.switcher.field')}
        value={target}
        onChange={(event) => setTarget(event.target.value)}
        options={props.viewer.memberships.map((membership) => ({
          value: membership.tenant.slug,
          label: membership.tenant.name,
        }))}
      />
      <button type="submit" className="button button--secondary">
        {t('space.switcher.submit')}
      </button>
    </form>
  );
}
