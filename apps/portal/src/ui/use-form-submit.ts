import { useCallback, useRef, useState } from 'react';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../graphql/errors';
import { useI18n } from '../i18n/i18n';

/**
 * Runs a form's submission: pending state, and errors mapped to the form's fields. Values stay in the
 * form's own state, so a failed submission (network included) keeps what the person typed.
 */
export function useFormSubmit(fields: readonly string[]) {
  const { t } = useI18n();
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const fieldsRef = useRef(fields);
  fieldsRef.current = fields;

  const run = useCallback(
    async (action: () => Promise<void>): Promise<boolean> => {
      setPending(true);
      setErrors(NO_ERRORS);
      try {
        await action();
        return true;
      } catch (error) {
        setErrors(toFormErrors(error, fieldsRef.current, (kind) => t(`errors.${kind}`)));
        return false;
      } finally {
        setPending(false);
      }
    },
    [t],
  );

  return { run, pending, errors, setErrors };
}
