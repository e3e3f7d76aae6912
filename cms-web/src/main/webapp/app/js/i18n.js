/**
 * The UI's own words in Chinese and English (messages/zh.json, messages/en.json), and the choice between them.
 * Texts that come from the server in both languages (section-type labels, issue labels) are picked with
 * {@link pick}. Changing the language notifies every screen through a "language-changed" event on window.
 */

const STORAGE_KEY = 'bulletin.language';
export const LANGUAGES = ['zh', 'en'];

let language = 'en';
let messages = {};

/** The language chosen before, else the browser's if it is Chinese, else English. */
function initialLanguage() {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (LANGUAGES.includes(stored)) {
    return stored;
  }
  return (navigator.language || '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export async function loadLanguage(chosen = initialLanguage()) {
  const response = await fetch(new URL(`../messages/${chosen}.json`, import.meta.url));
  if (!response.ok) {
    throw new Error(`UI messages for ${chosen} are missing (${response.status})`);
  }
  messages = await response.json();
  language = chosen;
  localStorage.setItem(STORAGE_KEY, chosen);
  document.documentElement.lang = chosen === 'zh' ? 'zh-CN' : 'en';
  document.title = t('app.title');
  window.dispatchEvent(new CustomEvent('language-changed', { detail: chosen }));
}

export function currentLanguage() {
  return language;
}

/** The language tag the API answers in (Accept-Language) and Keycloak shows its login page in. */
export function languageTag() {
  return language === 'zh' ? 'zh-CN' : 'en';
}

/** The message for {@code key} with {name} placeholders filled in; the key itself if there is none. */
export function t(key, params = {}) {
  const text = messages[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/**
 * The text for the UI language from a server text given by language ({"zh": …, "en": …}) or by content
 * locale ({"zh-CN": …, "en": …}); any other one when it lacks the UI's.
 */
export function pick(texts) {
  if (!texts) {
    return '';
  }
  const wanted = language === 'zh' ? ['zh', 'zh-CN'] : ['en'];
  for (const key of wanted) {
    if (texts[key]) {
      return texts[key];
    }
  }
  return Object.values(texts).find(Boolean) ?? '';
}

/** A date and time in the UI language. */
export function formatInstant(iso) {
  return iso ? new Date(iso).toLocaleString(languageTag(), { dateStyle: 'medium', timeStyle: 'short' }) : '';
}
