import { useCallback, useId, useState, type FormEvent, type ReactNode } from 'react';
import { toFormErrors } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n';
import { FormAlert } from '../../ui/alerts';
import { TextAreaField } from '../../ui/fields';
import { Progress } from '../../ui/progress';
import { useFormSubmit } from '../../ui/use-form-submit';
import type { PagedState } from '../../ui/use-paged-list';
import type { Loaded } from './use-load';

/** Several codes chosen among a list, as checkboxes in a fieldset; the API's message shows under it. */
export function CheckboxGroup(props: {
  legend: string;
  name: string;
  options: readonly { value: string; label: string; depth?: number }[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: string;
  hint?: ReactNode;
  empty?: string;
}) {
  const id = useId();
  const describedBy = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      className={props.error ? 'field field--invalid choices' : 'field choices'}
      aria-describedby={describedBy || undefined}
    >
      <legend>{props.legend}</legend>
      {props.hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.options.length === 0 && props.empty ? <p className="muted">{props.empty}</p> : null}
      {props.options.map((option) => (
        <label
          key={option.value}
          className="checkbox choices__item"
          style={option.depth ? { marginInlineStart: `${option.depth * 1.25}rem` } : undefined}
        >
          <input
            type="checkbox"
            name={props.name}
            value={option.value}
            checked={props.value.includes(option.value)}
            onChange={(event) =>
              props.onChange(
                event.target.checked
                  ? [...props.value, option.value]
                  : props.value.filter((v) => v !== option.value),
              )
            }
          />
          {option.label}
        </label>
      ))}
      {props.error ? (
        <p className="field__error" id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The text of an error the API (or the network) gave, for a page-level alert. */
export function useErrorText() {
  const { t } = useI18n();
  return useCallback(
    (error: unknown) => toFormErrors(error, [], (k) => t(`errors.${k}`)).form ?? t('errors.internal'),
    [t],
  );
}

/** What a page shows while its data loads or after it failed; null once ready. */
export function LoadState<T>(props: { state: Loaded<T>; onRetry: () => void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  if (props.state.status === 'loading') return <Progress label={t('common.loading')} />;
  if (props.state.status === 'failed') {
    return (
      <div role="alert" className="alert alert--error">
        <p>{errorText(props.state.error)}</p>
        <button type="button" className="button" onClick={props.onRetry}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  return null;
}

/** A paged list's first load, failure (with retry) and emptiness; nothing while it shows items. */
export function PagedListStatus<T>(props: { state: PagedState<T>; onRetry: () => void; empty: ReactNode }) {
  const { state } = props;
  if (state.status === 'loading' || state.status === 'failed') {
    return <LoadState state={state} onRetry={props.onRetry} />;
  }
  return state.items.length === 0 ? <>{props.empty}</> : null;
}

/** « Load more » while the list has another page, then its progress while it comes. */
export function LoadMore<T>(props: { state: PagedState<T>; onLoadMore: () => void }) {
  const { t } = useI18n();
  if (props.state.status === 'loadingMore') return <Progress label={t('common.loading')} />;
  if (props.state.status !== 'ready' || !props.state.hasNextPage) return null;
  return (
    <button type="button" className="button button--secondary" onClick={props.onLoadMore}>
      {t('common.loadMore')}
    </button>
  );
}

/** A status as a small badge. */
export function Badge(props: { tone?: string; children: ReactNode }) {
  return <span className={`badge badge--${props.tone ?? 'pending'}`}>{props.children}</span>;
}

/** A date (YYYY-MM-DD or ISO) in the reader's language. */
export function useFormatDate() {
  const { locale } = useI18n();
  return (value: string | null | undefined) => {
    if (!value) return '';
    const date = new Date(value.length === 10 ? `${value}T12:00:00` : value);
    return Number.isNaN(date.getTime())
      ? value
      : new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
  };
}

/**
 * An animator returns a proposal (a coalition, a commitment) to its authors with the comment that tells
 * them what to change; the API refuses an empty comment, shown beside the field.
 */
export function ReturnWithCommentForm<T>(props: {
  label: string;
  commentLabel: string;
  send: (comment: string) => Promise<T>;
  onReturned: (returned: T) => void;
}) {
  const [comment, setComment] = useState('');
  const { run, pending, errors } = useFormSubmit(['comment']);

  async function submit(event: FormEvent) {
    event.preventDefault();
    let returned: T | undefined;
    const done = await run(async () => {
      returned = await props.send(comment);
    });
    if (done && returned !== undefined) props.onReturned(returned);
  }

  return (
    <form className="form" aria-label={props.label} onSubmit={(e) => void submit(e)} noValidate>
      <FormAlert errors={errors} />
      <TextAreaField
        name="comment"
        label={props.commentLabel}
        required
        value={comment}
        error={errors.fields.comment}
        onChange={(e) => setComment(e.target.value)}
      />
      <button type="submit" className="button button--secondary" disabled={pending}>
        {props.label}
      </button>
    </form>
  );
}
