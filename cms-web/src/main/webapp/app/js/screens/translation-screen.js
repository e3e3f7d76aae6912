import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';
import { api } from '../api.js';
import { installedSectionTypes, publication } from '../catalog.js';
import { displayValue, titleOf } from '../content.js';
import { pick, t } from '../i18n.js';
import { allows } from '../allowed-actions.js';
import { may } from '../roles.js';
import { problemAlert, stageBadge, statusNote } from '../components/notices.js';
import { typeLabel, unshownErrors } from '../components/item-form.js';
import '../components/item-form.js';

/**
 * The whole issue side by side, source | target, for one target locale: each item's status in that locale,
 * what changed in the source of outdated items, the shared fields read-only, and "mark the locale done".
 */
class TranslationScreen extends LightElement {

  static properties = {
    me: { attribute: false },
    issueId: {},
    locale: {},
    issue: { state: true },
    problem: { state: true },
    status: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('issueId') || changed.has('locale')) {
      this.load();
    }
  }

  async load() {
    try {
      const issue = await api.get(`issues/${this.issueId}`);
      [this.publication, this.types, this.overview] = await Promise.all([
        publication(issue.publication), installedSectionTypes(), api.get(`issues/${this.issueId}/translations`)]);
      const items = issue.rubrics.flatMap((rubric) => rubric.items);
      const reads = await Promise.all(items.map((item) => api.read(`items/${item.id}`)));
      this.drafts = Object.fromEntries(reads.map((read) => [read.json.id, {
        item: read.json, etag: read.etag, content: structuredClone(read.json.content), errors: [] }]));
      this.issue = issue;
    } catch (problem) {
      this.problem = problem;
    }
  }

  get writable() {
    return allows(this.issue, 'translate');
  }

  get source() {
    return this.publication.sourceLocale;
  }

  render() {
    if (!this.issue) {
      return html`${problemAlert(this.problem)}<p role="status">${this.problem ? '' : t('app.loading')}</p>`;
    }
    const localeName = t(`locale.${this.locale}`);
    const assignment = this.overview.locales.find((one) => one.locale === this.locale) ?? {};
    return html`
      <nav class="breadcrumbs" aria-label=${t('nav.breadcrumbs')}>
        <a href="#/">${t('nav.home')}</a> › <a href="#/issues/${this.issue.id}">${pick(this.issue.label)}</a>
      </nav>
      <h1>${t('translation.title', { locale: localeName, issue: pick(this.issue.label) })} ${stageBadge(this.issue.stage)}</h1>
      <p class="locale-state" data-testid="locale-state">
        ${assignment.translator ? t('translation.assignedTo', { user: assignment.translator }) : t('translation.unassigned')}
        · ${assignment.done ? t('translation.localeDone', { user: assignment.doneBy ?? '' }) : t('translation.localeOpen')}
      </p>
      ${this.writable ? nothing : html`<p class="locked" data-testid="content-locked">${t(
        may(this.me, 'translator') ? 'translation.lockedStage' : 'translation.readOnlyForRole')}</p>`}
      ${problemAlert(this.problem)}
      ${statusNote(this.status)}
      ${this.issue.rubrics.map((rubric) => html`
        <section class="rubric" aria-labelledby="t-rubric-${rubric.id}">
          <h2 id="t-rubric-${rubric.id}">${rubric.title?.[this.source] || t('issue.untitledRubric')}
            ${rubric.title?.[this.locale] ? html`<span class="translation-of-title" lang=${this.locale}>${rubric.title[this.locale]}</span>` : nothing}</h2>
          ${rubric.items.map((item) => this.item(item))}
        </section>`)}
      ${this.writable ? html`<div class="form-actions">
        <button type="button" data-action="translate" @click=${() => this.markDone()}>${t('translation.markDone', { locale: localeName })}</button>
      </div>` : nothing}`;
  }

  item(item) {
    const draft = this.drafts[item.id];
    const type = this.types.find((one) => one.id === item.type);
    const cell = this.overview.items.find((one) => one.item === item.id)?.locales?.[this.locale] ?? { status: 'missing' };
    const headingId = `t-item-${item.id}`;
    if (!type) {
      return html`<article class="translation-item" data-item=${item.id}><h3>${item.type}</h3>
        <p>${t('translation.orphaned')}</p></article>`;
    }
    return html`
      <article class="translation-item" data-item=${item.id} data-status=${cell.status} aria-labelledby=${headingId}>
        <h3 id=${headingId}>${titleOf(draft.item, this.source) || typeLabel(type)}
          <span class="item-type">${typeLabel(type)}</span>
          <span class="translation-status status-${cell.status}">${t(`translation.status.${cell.status}`)}</span></h3>
        ${cell.sourceChanges?.length ? html`
          <div class="source-changes" data-testid="source-changes">
            <p>${t('translation.sourceChanged')}</p>
            <ul>${cell.sourceChanges.map((change) => html`<li>
              <strong>${this.fieldLabel(type, change.field)}</strong>:
              <del>${displayValue(change.before)}</del> → <ins>${displayValue(change.after)}</ins></li>`)}</ul>
          </div>` : nothing}
        <div class="side-by-side">
          <div class="source" lang=${this.source}>
            <h4>${t('translation.sourceColumn', { locale: t(`locale.${this.source}`) })}</h4>
            <dl>${type.fields.filter((field) => field.translatable).map((field) => {
              const value = draft.item.content.localized?.[this.source]?.[field.name];
              return value === undefined ? nothing : html`<dt>${pick(field.label)}</dt><dd>${displayValue(value)}</dd>`;
            })}</dl>
          </div>
          <form class="target" novalidate @submit=${(event) => this.save(event, item.id, type)}>
            <h4>${t('translation.targetColumn', { locale: t(`locale.${this.locale}`) })}</h4>
            ${problemAlert(draft.problem, unshownErrors(type, this.locale, draft.errors))}
            <item-form id="t-${item.id}" .type=${type} .content=${draft.content} locale=${this.locale}
                       shared="readonly" .errors=${draft.errors} ?readonly=${!this.writable}
                       @content-changed=${(event) => { draft.content = event.detail; }}></item-form>
            ${this.writable ? html`<button type="submit">${t('translation.save')}<span class="visually-hidden">:
              ${titleOf(draft.item, this.source)}</span></button>` : nothing}
            ${statusNote(draft.status)}
          </form>
        </div>
      </article>`;
  }

  fieldLabel(type, name) {
    const field = type.fields.find((one) => one.name === name);
    return field ? pick(field.label) : name;
  }

  async save(event, itemId, type) {
    event.preventDefault();
    const draft = this.drafts[itemId];
    const values = {};
    const target = draft.content.localized?.[this.locale] ?? {};
    type.fields.filter((field) => field.translatable && target[field.name] !== undefined)
      .forEach((field) => { values[field.name] = target[field.name]; });
    try {
      const written = await api.put(`items/${itemId}/translations/${this.locale}`, { values }, draft.etag);
      Object.assign(draft, { item: written.json, etag: written.etag, content: structuredClone(written.json.content),
        errors: [], problem: undefined, status: t('translation.saved') });
      this.overview = await api.get(`issues/${this.issueId}/translations`);
    } catch (problem) {
      Object.assign(draft, { problem, errors: problem.errors ?? [], status: undefined });
      if (problem.isConflict) {
        draft.problem = { message: t('translation.conflict'), errors: [] };
      }
    }
    this.requestUpdate();
  }

  async markDone() {
    try {
      this.overview = await api.post(`issues/${this.issueId}/translations/${this.locale}/done`, {});
      this.problem = undefined;
      this.status = t('translation.markedDone', { locale: t(`locale.${this.locale}`) });
    } catch (problem) {
      this.problem = problem;
    }
  }
}

customElements.define('translation-screen', TranslationScreen);
