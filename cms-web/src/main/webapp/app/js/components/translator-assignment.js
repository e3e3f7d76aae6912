import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';
import { api } from '../api.js';
import { t } from '../i18n.js';
import { problemAlert, statusNote } from './notices.js';

/**
 * Who translates the issue into each target locale. Editors name a translator per locale while the issue is
 * open to them; everyone else reads the assignments. The assigned translator then finds the issue among their
 * tasks, and other translators no longer do.
 */
class TranslatorAssignment extends LightElement {

  static properties = {
    issueId: {},
    /** The publication's target locales: the overview lists only locales that already have items. */
    locales: { attribute: false },
    writable: { type: Boolean },
    overview: { state: true },
    problem: { state: true },
    status: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('issueId')) {
      this.load();
    }
  }

  async load() {
    try {
      this.overview = await api.get(`issues/${this.issueId}/translations`);
    } catch (problem) {
      this.problem = problem;
    }
  }

  translatorOf(locale) {
    return this.overview?.locales.find((one) => one.locale === locale)?.translator;
  }

  render() {
    if (!this.overview) {
      return problemAlert(this.problem);
    }
    return html`
      <section class="translators" aria-labelledby="translators-heading">
        <h2 id="translators-heading">${t('translators.title')}</h2>
        ${problemAlert(this.problem)}
        ${statusNote(this.status)}
        ${this.locales.map((locale) => this.assignment(locale))}
      </section>`;
  }

  assignment(locale) {
    const translator = this.translatorOf(locale);
    const localeName = t(`locale.${locale}`);
    const now = html`<p class="assigned" data-locale=${locale} id="translator-now-${locale}">
      ${translator ? t('translation.assignedTo', { user: translator }) : t('translation.unassigned')}
      <span class="visually-hidden">(${localeName})</span></p>`;
    if (!this.writable) {
      return now;
    }
    return html`
      <form class="assign-translator" novalidate @submit=${(event) => this.assign(event, locale)}>
        ${now}
        <label for="translator-${locale}">${t('translators.userFor', { locale: localeName })}</label>
        <input id="translator-${locale}" name="username" autocomplete="off" .value=${translator ?? ''}
               aria-describedby="translator-now-${locale}">
        <button type="submit">${t('translators.assign')}<span class="visually-hidden"> (${localeName})</span></button>
      </form>`;
  }

  async assign(event, locale) {
    event.preventDefault();
    const username = new FormData(event.target).get('username').trim();
    try {
      const written = await api.put(`issues/${this.issueId}/translations/${locale}/translator`, { username });
      this.overview = written.json;
      this.problem = undefined;
      this.status = t('translators.assigned', { user: username, locale: t(`locale.${locale}`) });
    } catch (problem) {
      this.problem = problem;
      this.status = undefined;
    }
  }
}

customElements.define('translator-assignment', TranslatorAssignment);
