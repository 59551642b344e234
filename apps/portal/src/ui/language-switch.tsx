import { useI18n } from '../i18n/i18n';
import type { Locale } from '../i18n/translate';

const LANGUAGE_NAMES: Record<Locale, string> = { fr: 'Français', en: 'English' };

/** Offers the other language, named in that language. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  const other: Locale = locale === 'fr' ? 'en' : 'fr';
  return (
    <button type="button" className="button button--link" onClick={() => void setLocale(other)}>
      <span className="visually-hidden">{t('shell.switchLanguage')} </span>
      <span lang={other}>{LANGUAGE_NAMES[other]}</span>
    </button>
  );
}
