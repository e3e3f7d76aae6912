import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';
import { api } from '../api.js';
import { t } from '../i18n.js';
import { problemAlert } from './notices.js';
import { textChanges } from './text-changes.js';

const XLIFF = 'application/xliff+xml';
const TMX = 'application/x-tmx+xml';
const OUTCOMES = ['applied', 'unchanged', 'outdated', 'refused'];

/**
 * The translation page's files for CAT tools: the issue's texts in the locale as XLIFF 2.1 or 1.2, a translated
 * file uploaded back, and (on the translator's request only) the exact matches of the memory filled in; for editors
 * and admins, the memory of the locale pair as TMX, downloaded and brought in. Every upload answers with what
 * became of each unit (applied, unchanged, outdated, refused with the reasons), listed here. Fires
 * "translations-imported" when an import or a fill may have changed translations, so the screen reads them again.
 */
class ExchangeFiles extends LightElement {

  static properties = {
    issueId: {},
    locale: {},
    sourceLocale: {},
    canImport: { attribute: false },
    canFill: { attribute: false },
    editsMemory: { attribute: false },
    describe: { attribute: false },
    report: { state: true },
    problem: { state: true },
  };

  get base() {
    return `issues/${this.issueId}/translations/${this.locale}`;
  }

  get memoryPath() {
    return `translation-memory/tmx/${this.sourceLocale}/${this.locale}`;
  }

  render() {
    return html`
      <section class="exchange-files" aria-labelledby="exchange-heading">
        <h2 id="exchange-heading">${t('exchange.heading')}</h2>
        <div class="exchange-actions">
          ${['2.1', '1.2'].map((version) => html`<button type="button" class="secondary"
            @click=${() => this.download(`${this.base}/xliff?version=${version}`)}>${t('exchange.downloadXliff', { version })}</button>`)}
          ${this.canFill ? html`<button type="button" class="secondary" @click=${() => this.fillExact()}
            aria-describedby="fill-exact-help">${t('memory.fillExact')}</button>
            <p class="help" id="fill-exact-help">${t('memory.fillExactHelp')}</p>` : nothing}
        </div>
        ${this.canImport ? this.uploadForm('xliff', t('exchange.xliffFile'), t('exchange.uploadXliff'), '.xlf,.xliff,.xml',
          (file) => api.putFile(`${this.base}/xliff`, file, XLIFF), true) : nothing}
        ${this.editsMemory ? html`
          <h3>${t('exchange.tmxHeading')}</h3>
          <div class="exchange-actions">
            <button type="button" class="secondary" @click=${() => this.download(this.memoryPath)}>${t('exchange.downloadTmx', {
              source: t(`locale.${this.sourceLocale}`), target: t(`locale.${this.locale}`) })}</button>
          </div>
          ${this.uploadForm('tmx', t('exchange.tmxFile'), t('exchange.uploadTmx'), '.tmx,.xml',
            (file) => api.putFile(this.memoryPath, file, TMX), false)}` : nothing}
        ${problemAlert(this.problem)}
        ${this.report ? this.reportList(this.report) : nothing}
      </section>`;
  }

  uploadForm(kind, label, action, accept, send, changesTranslations) {
    const id = `${kind}-file`;
    return html`<form class="exchange-upload" @submit=${(event) => this.upload(event, id, send, changesTranslations)}>
      <label for=${id}>${label}</label>
      <input id=${id} type="file" accept=${accept} aria-describedby="${id}-help">
      <p class="help" id="${id}-help">${t(`exchange.${kind}Help`)}</p>
      <button type="submit">${action}</button>
    </form>`;
  }

  async download(path) {
    try {
      await api.download(path);
      this.problem = undefined;
    } catch (problem) {
      this.problem = problem;
    }
  }

  async upload(event, inputId, send, changesTranslations) {
    event.preventDefault();
    const file = this.querySelector(`#${inputId}`).files[0];
    if (!file) {
      this.problem = { message: t('exchange.chooseFile'), errors: [] };
      return;
    }
    await this.answered(file.name, () => send(file), changesTranslations);
  }

  async fillExact() {
    await this.answered(t('memory.fillExact'), () => api.postEmpty(`${this.base}/matches/exact`), true);
  }

  async answered(name, send, changesTranslations) {
    try {
      const answer = await send();
      this.problem = undefined;
      this.report = { name, answer };
      if (changesTranslations) {
        this.dispatchEvent(new CustomEvent('translations-imported', { bubbles: true }));
      }
    } catch (problem) {
      this.report = undefined;
      this.problem = problem;
    }
  }

  reportList({ name, answer }) {
    const counts = OUTCOMES.filter((outcome) => outcome in answer)
      .map((outcome) => `${t(`exchange.outcome.${outcome}`)}: ${answer[outcome]}`).join(' · ');
    return html`<div class="exchange-report" data-testid="exchange-report">
      <p class="report-title" role="status">${t('exchange.report', { name })}</p>
      <p class="report-counts">${counts}</p>
      <ul>${answer.units.map((unit) => html`
        <li class="report-unit outcome-${unit.outcome}" data-unit=${unit.id} data-outcome=${unit.outcome}>
          <span class="report-what">${this.describe ? this.describe(unit.id) : unit.id}</span>
          <strong class="report-outcome">${t(`exchange.outcome.${unit.outcome}`)}</strong>
          ${unit.reasons.length ? html`<ul>${unit.reasons.map((reason) => html`<li data-code=${reason.code}>${reason.message}</li>`)}</ul>` : nothing}
          ${unit.outcome === 'outdated' ? this.sourceChanges(unit) : nothing}
        </li>`)}</ul>
    </div>`;
  }

  /** What changed in an outdated unit's source since the export: word by word when the server compared them. */
  sourceChanges(unit) {
    if (unit.sourceChanges) {
      return html`<p class="source-changes" data-testid="source-changes">
        ${t('exchange.sourceChanges')}: ${textChanges(unit.sourceChanges)}</p>`;
    }
    return html`<p class="source-changes">
      ${t('exchange.sourceThen')}: <del>${unit.sourceThen ?? ''}</del><br>
      ${t('exchange.sourceNow')}: <ins>${unit.sourceNow ?? ''}</ins></p>`;
  }
}

customElements.define('exchange-files', ExchangeFiles);
