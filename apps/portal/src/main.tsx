import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { I18nProvider, loadMessages, rememberedLocale } from './i18n/i18n';
import { AppRoutes } from './routes/app-routes';
import { session } from './features/auth/session';
import './styles.css';

async function start(): Promise<void> {
  const locale = rememberedLocale();
  document.documentElement.lang = locale;
  const messages = await loadMessages(locale);
  void session.restore().catch(() => undefined);
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from index.html');
  createRoot(container).render(
    <StrictMode>
      <I18nProvider locale={locale} messages={messages}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </I18nProvider>
    </StrictMode>,
  );
}

void start();
