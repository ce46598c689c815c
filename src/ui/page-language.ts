import { t } from '../i18n';

/** Names the page in the language its words come from, so screen readers pronounce them right. */
export function setPageLanguage(): void {
  document.documentElement.lang = t('langCode');
  document.title = t('extName');
}
