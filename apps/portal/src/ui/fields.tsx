import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

interface FieldFrame {
  label: string;
  /** The API's message about this field (from `extensions.field`), shown under it. */
  error?: string;
  hint?: ReactNode;
}

function useFieldIds(error?: string, hint?: ReactNode) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy };
}

function Frame(
  props: FieldFrame & {
    id: string;
    hintId?: string;
    errorId?: string;
    required?: boolean;
    children: ReactNode;
  },
) {
  return (
    <div className={props.error ? 'field field--invalid' : 'field'}>
      <label htmlFor={props.id}>
        {props.label}
        {props.required ? (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      {props.hint ? (
        <p className="field__hint" id={props.hintId}>
          {props.hint}
        </p>
      ) : null}
      {props.children}
      {props.error ? (
        <p className="field__error" id={props.errorId}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

export function TextField(props: FieldFrame & InputHTMLAttributes<HTMLInputElement> & { name: string }) {
  const { label, error, hint, ...input } = props;
  const ids = useFieldIds(error, hint);
  return (
    <Frame label={label} error={error} hint={hint} required={input.required} {...ids}>
      <input
        id={ids.id}
        type="text"
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
    </Frame>
  );
}

export function TextAreaField(
  props: FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement> & { name: string },
) {
  const { label, error, hint, ...input } = props;
  const ids = useFieldIds(error, hint);
  return (
    <Frame label={label} error={error} hint={hint} required={input.required} {...ids}>
      <textarea
        id={ids.id}
        rows={4}
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
    </Frame>
  );
}

export function SelectField(
  props: FieldFrame &
    SelectHTMLAttributes<HTMLSelectElement> & {
      name: string;
      options: readonly { value: string; label: string }[];
    },
) {
  const { label, error, hint, options, ...select } = props;
  const ids = useFieldIds(error, hint);
  return (
    <Frame label={label} error={error} hint={hint} required={select.required} {...ids}>
      <select
        id={ids.id}
        {...select}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}
