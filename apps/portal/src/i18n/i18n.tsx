import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import fr from './messages/fr.json';
import {
  DEFAULT_LOCALE,
  formatDate,
  formatNumber,
  isLocale,
  translate,
  type Locale,
  type Messages,
  type Params,
} from './translate';

export const LOCALE_STORAGE_KEY = 'alliance.locale';

const french: Messages = fr;

/** The remembered choice, else French: the portal's first language whatever the browser says. */
export function rememberedLocale(): Locale {
  try {
    const stored = localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** French is in the first page's bundle; English is fetched when chosen. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === 'fr') return french;
  const english = await import('./messages/en.json');
  return english.default as Messages;
}

export interface I18n {
  locale: Locale;
  t: (key: string, params?: Params) => string;
  setLocale: (locale: Locale) => Promise<void>;
  formatDate: (value: string | Date, withTime?: boolean) => string;
  formatNumber: (value: number) => string;
}

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider(props: { locale: Locale; messages: Messages; children: ReactNode }) {
  const [current, setCurrent] = useState({ locale: props.locale, messages: props.messages });

  const setLocale = useCallback(async (locale: Locale) => {
    const messages = await loadMessages(locale);
    try {
      localStorage.setItem(LOCALE_STORAGE_KEY, locale);
    } catch {
      // The choice then lasts as long as the page.
    }
    document.documentElement.lang = locale;
    setCurrent({ locale, messages });
  }, []);

  const value = useMemo<I18n>(
    () => ({
      locale: current.locale,
      t: (key, params) => translate(current.messages, current.locale, key, params, french),
      setLocale,
      formatDate: (date, withTime) => formatDate(date, current.locale, withTime),
      formatNumber: (number) => formatNumber(number, current.locale),
    }),
    [current, setLocale],
  );

  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n() outside <I18nProvider>');
  return i18n;
}
