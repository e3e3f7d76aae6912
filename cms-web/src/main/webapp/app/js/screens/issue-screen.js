import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import Sortable from 'sortablejs';
import { LightElement } from '../light-element.js';
import { api } from '../api.js';
import { installedSectionTypes, publication } from '../catalog.js';
import { titleOf } from '../content.js';
import { formatInstant, pick, t } from '../i18n.js';
import { editorMayWrite, may } from '../roles.js';
import { go } from '../router.js';
import { problemAlert, stageBadge, statusNote } from '../components/notices.js';
import { typeLabel } from '../components/item-form.js';
import '../components/comment-list.js';

/**
 * The issue editor: rubrics and their items in order, reordered by dragging or from the keyboard (Alt+↑/↓ on
 * an item's handle, or its move buttons), items of any installed section type added, and the editor's
 * workflow steps. Content is locked once the issue is under review.
 */
class IssueScreen extends LightElement {

  static properties = {
    me: { attribute: false },
    issueId: {},
    issue: { state: true },
    problem: { state: true },
    status: { state: true },
  };

  constructor() {
    super();
    this.generation = 0;
    this.sortables = [];
  }

  willUpdate(changed) {
    if (changed.has('issueId')) {
      this.load();
    }
  }

  async load() {
    try {
      const read = await api.read(`issues/${this.issueId}`);
      [this.publication, this.types, this.workflow] = await Promise.all([
        publication(read.json.publication), installedSectionTypes(), api.get(`issues/${this.issueId}/workflow`)]);
      this.etag = read.etag;
      this.generation += 1;
      this.issue = read.json;
    } catch (problem) {
      this.problem = problem;
    }
  }

  get editable() {
    return editorMayWrite(this.me, this.issue.stage);
  }

  get sourceLocale() {
    return this.publication.sourceLocale;
  }

  render() {
    if (!this.issue) {
      return html`${problemAlert(this.problem)}<p role="status">${this.problem ? '' : t('app.loading')}</p>`;
    }
    const issue = this.issue;
    return html`
      <nav class="breadcrumbs" aria-label=${t('nav.breadcrumbs')}><a href="#/">${t('nav.home')}</a> › ${pick(this.publication.title)}</nav>
      <h1>${pick(issue.label)} ${stageBadge(issue.stage)}</h1>
      ${this.workflowBar()}
      ${this.editable ? nothing : html`<p class="locked" data-testid="content-locked">${t(
        may(this.me, 'editor') ? `issue.locked.${issue.stage}` : 'issue.readOnlyForRole')}</p>`}
      ${problemAlert(this.problem)}
      ${statusNote(this.status)}
      <comment-list .issueId=${issue.id} .items=${this.items()} .sourceLocale=${this.sourceLocale}></comment-list>
      ${this.editable ? html`<p id="reorder-help" class="visually-hidden">${t('issue.reorderHelp')}</p>` : nothing}
      <div class="rubrics">
        ${keyed(this.generation, issue.rubrics.map((rubric, index) => this.rubric(rubric, index)))}
      </div>
      ${this.editable ? this.newRubricForm() : nothing}`;
  }

  workflowBar() {
    const stage = this.issue.stage;
    const target = this.publication.targetLocales[0];
    const action = (code) => html`<button type="button" @click=${() => this.take(code)}>${t(`action.${code}`)}</button>`;
    return html`
      <div class="workflow-bar" role="group" aria-label=${t('issue.workflow')}>
        ${may(this.me, 'editor') && stage === 'draft' ? action('send-to-translation') : nothing}
        ${may(this.me, 'editor') && stage === 'in-translation' ? action('submit-for-review') : nothing}
        ${stage === 'in-translation' ? html`<a class="button-link" href="#/issues/${this.issue.id}/translate/${target}">${t('issue.openTranslation')}</a>` : nothing}
        <a class="button-link" href="#/issues/${this.issue.id}/review">${t('issue.openReview')}</a>
        ${may(this.me, 'editor') ? html`<a class="button-link" href="#/issues/${this.issue.id}/preview">${t('issue.openPreview')}</a>` : nothing}
      </div>`;
  }

  rubric(rubric, index) {
    const headingId = `rubric-${rubric.id}`;
    const title = rubric.title?.[this.sourceLocale];
    return html`
      <section class="rubric" aria-labelledby=${headingId} data-rubric=${rubric.id}>
        <h2 id=${headingId}>${title || t('issue.untitledRubric')}
          ${title && rubric.title[this.publication.targetLocales[0]] ? html`<span class="translation-of-title"
            lang=${this.publication.targetLocales[0]}>${rubric.title[this.publication.targetLocales[0]]}</span>` : nothing}</h2>
        ${rubric.items.length === 0 ? html`<p class="empty">${t('issue.noItems')}</p>` : nothing}
        <ol class="items" data-rubric=${rubric.id} aria-label=${t('issue.itemsOf', { rubric: title || t('issue.untitledRubric') })}>
          ${rubric.items.map((item, position) => this.item(item, rubric, position))}
        </ol>
        ${this.editable ? this.newItemForm(rubric) : nothing}
      </section>`;
  }

  item(item, rubric, position) {
    const title = titleOf(item, this.sourceLocale) || t('issue.untitledItem');
    const type = this.types.find((one) => one.id === item.type);
    const last = position === rubric.items.length - 1;
    return html`
      <li class="item" data-item=${item.id}>
        ${this.editable ? html`<button type="button" class="drag-handle"
          aria-label=${t('issue.moveHandle', { title })}
          aria-describedby="reorder-help"
          @keydown=${(event) => this.moveByKey(event, item, rubric, position)}>⠿</button>` : nothing}
        <span class="item-title">${this.editable
          ? html`<a href="#/issues/${this.issue.id}/items/${item.id}">${title}</a>` : title}</span>
        <span class="item-type">${type ? typeLabel(type) : item.type}</span>
        <span class="item-changed">${item.updatedBy} · ${formatInstant(item.updatedAt)}</span>
        ${this.editable ? html`
          <button type="button" class="secondary" ?disabled=${position === 0}
                  @click=${() => this.move(item, rubric, position - 1)}>${t('issue.moveUp')}<span class="visually-hidden">: ${title}</span></button>
          <button type="button" class="secondary" ?disabled=${last}
                  @click=${() => this.move(item, rubric, position + 1)}>${t('issue.moveDown')}<span class="visually-hidden">: ${title}</span></button>` : nothing}
      </li>`;
  }

  newItemForm(rubric) {
    const selectId = `new-item-type-${rubric.id}`;
    return html`
      <form class="new-item" @submit=${(event) => {
        event.preventDefault();
        go(`/issues/${this.issue.id}/rubrics/${rubric.id}/new/${new FormData(event.target).get('type')}`);
      }}>
        <label for=${selectId}>${t('issue.newItemType')}</label>
        <select id=${selectId} name="type">
          ${this.types.map((type) => html`<option value=${type.id}>${typeLabel(type)}</option>`)}
        </select>
        <button type="submit">${t('issue.addItem')}</button>
      </form>`;
  }

  newRubricForm() {
    const locales = [this.sourceLocale, ...this.publication.targetLocales];
    return html`
      <form class="new-rubric" @submit=${(event) => this.addRubric(event, locales)}>
        <fieldset>
          <legend>${t('issue.newRubric')}</legend>
          ${locales.map((locale) => html`
            <label for="rubric-title-${locale}">${t('issue.rubricTitleIn', { locale: t(`locale.${locale}`) })}</label>
            <input id="rubric-title-${locale}" name=${locale} lang=${locale}>`)}
          <p class="hint">${t('issue.untitledRubricHint')}</p>
          <button type="submit">${t('issue.addRubric')}</button>
        </fieldset>
      </form>`;
  }

  updated() {
    this.sortables.forEach((sortable) => sortable.destroy());
    this.sortables = this.editable
      ? [...this.querySelectorAll('ol.items')].map((list) => Sortable.create(list, {
        group: `issue-${this.issue.id}`,
        handle: '.drag-handle',
        animation: 150,
        // Pointer events rather than HTML5 drag and drop: the same behaviour in every browser and for touch.
        forceFallback: true,
        onEnd: (event) => this.dropped(event),
      }))
      : [];
  }

  disconnectedCallback() {
    this.sortables.forEach((sortable) => sortable.destroy());
    super.disconnectedCallback();
  }

  /** After a drag the DOM shows the new order; the server is told, then the list is drawn anew from its answer. */
  dropped(event) {
    const rubricId = event.to.dataset.rubric;
    const order = [...event.to.querySelectorAll(':scope > li[data-item]')].map((li) => li.dataset.item);
    this.arrange(rubricId, order, order.indexOf(event.item.dataset.item));
  }

  moveByKey(event, item, rubric, position) {
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      const to = position + (event.key === 'ArrowUp' ? -1 : 1);
      if (to >= 0 && to < rubric.items.length) {
        this.move(item, rubric, to, true);
      }
    }
  }

  move(item, rubric, to, keepFocusOnHandle = false) {
    const order = rubric.items.map((one) => one.id).filter((id) => id !== item.id);
    order.splice(to, 0, item.id);
    this.arrange(rubric.id, order, to, keepFocusOnHandle ? item.id : undefined);
  }

  async arrange(rubricId, order, position, focusItem) {
    try {
      const written = await api.put(`issues/${this.issue.id}/rubrics/${rubricId}/item-order`, { order }, this.etag);
      this.etag = written.etag;
      this.issue = written.json;
      this.problem = undefined;
      this.status = t('issue.moved', { position: position + 1 });
    } catch (problem) {
      this.problem = problem;
      if (problem.isConflict) {
        this.status = t('issue.reloadedAfterConflict');
      }
      await this.load();
      return;
    }
    this.generation += 1;
    await this.updateComplete;
    if (focusItem) {
      this.querySelector(`li[data-item="${focusItem}"] .drag-handle`)?.focus();
    }
  }

  async addRubric(event, locales) {
    event.preventDefault();
    const form = new FormData(event.target);
    const title = Object.fromEntries(locales.map((locale) => [locale, form.get(locale).trim()]).filter(([, text]) => text));
    try {
      await api.create(`issues/${this.issue.id}/rubrics`, { title });
      this.problem = undefined;
      this.status = t('issue.rubricAdded');
      event.target.reset();
      await this.load();
    } catch (problem) {
      this.problem = problem;
    }
  }

  async take(action) {
    try {
      await api.post(`issues/${this.issue.id}/workflow/${action}`, {});
      this.problem = undefined;
      this.status = t(`action.done.${action}`);
      await this.load();
    } catch (problem) {
      this.problem = problem;
    }
  }

  items() {
    return this.issue.rubrics.flatMap((rubric) => rubric.items);
  }
}

customElements.define('issue-screen', IssueScreen);
