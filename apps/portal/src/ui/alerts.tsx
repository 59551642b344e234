import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import type { FormErrors } from '../graphql/errors';

/**
 * The top of a form: what the asterisk means, and the form-level error, announced at once. A network
 * error also says that what was typed is kept.
 */
export function FormAlert(props: { errors: FormErrors }) {
  const { t } = useI18n();
  return (
    <>
      <p className="form__legend">{t('common.requiredLegend')}</p>
      <div role="alert" className={props.errors.form ? 'alert alert--error' : 'alert alert--empty'}>
        {props.errors.form ? (
          <>
            <p>{props.errors.form}</p>
            {props.errors.network ? <p>{t('errors.inputKept')}</p> : null}
          </>
        ) : null}
      </div>
    </>
  );
}

/** A confirmation or piece of news, announced politely. Always rendered, so the live region exists before the text. */
export function StatusMessage(props: { children?: ReactNode }) {
  return (
    <div role="status" className={props.children ? 'alert alert--success' : 'alert alert--empty'}>
      {props.children ? <p>{props.children}</p> : null}
    </div>
  );
}

/** An empty list or page: what it means, and what to do next. */
export function EmptyState(props: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-state__title">{props.title}</p>
      {props.children ? <div className="empty-state__next">{props.children}</div> : null}
    </div>
  );
}

/** Something went wrong that the person should read at once (a failed load or action). */
export function ErrorAlert(props: { children?: ReactNode }) {
  if (!props.children) return null;
  return (
    <div role="alert" className="alert alert--error">
      <p>{props.children}</p>
    </div>
  );
}
