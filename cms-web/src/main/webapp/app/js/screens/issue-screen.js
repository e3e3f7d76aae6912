import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import Sortable from 'sortablejs';
import { LightElement } from '../light-element.js';
import { api } from '../api.js';
import { installedSectionTypes, publication } from '../catalog.js';
import { titleOf } from '../content.js';
import { formatInstant, pick, t } from '../i18n.js';
import { allows } from '../allowed-actions.js';
import { may, mayPreview } from '../roles.js';
import { go } from '../router.js';
import { problemAlert, scheduledPublication, stageBadge, statusNote } from '../components/notices.js';
import { typeLabel } from '../components/item-form.js';
import '../components/comment-list.js';
import '../components/confirm-dialog.js';
import '../components/translator-assignment.js';

/**
 * The issue editor: rubrics and their items in order, reordered by dragging or from the keyboard (Alt+↑/↓ on
 * an item's handle, or its move buttons), items of any installed section type added or deleted, rubrics
 * renamed, moved and removed when empty, a translator named per target locale, and the editor's workflow
 * steps. Content is locked once the issue is under review.
 */
class IssueScreen extends LightElement {

  static properties = {
    me: { attribute: false },
    issueId: {},
    issue: { state: true },
    problem: { state: true },
    status: { state: true },
    /** The rubric whose rename form is open, if any. */
    renaming: { state: true },
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
    return allows(this.issue, 'edit');
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
      ${scheduledPublication(this.workflow.publishAt)}
      ${this.editable ? nothing : html`<p class="locked" data-testid="content-locked">${t(
        may(this.me, 'editor') ? `issue.locked.${issue.stage}` : 'issue.readOnlyForRole')}</p>`}
      ${problemAlert(this.problem)}
      ${statusNote(this.status)}
      <comment-list .issueId=${issue.id} .items=${this.items()} .sourceLocale=${this.sourceLocale}></comment-list>
      ${this.editable ? html`<p id="reorder-help" class="visually-hidden">${t('issue.reorderHelp')}</p>` : nothing}
      <div class="rubrics">
        ${keyed(this.generation, issue.rubrics.map((rubric, index) => this.rubric(rubric, index)))}
      </div>
      ${this.editable ? this.newRubricForm() : nothing}
      <translator-assignment .issueId=${issue.id} .locales=${this.publication.targetLocales}
                             ?writable=${allows(issue, 'assign-translators')}></translator-assignment>
      <confirm-dialog></confirm-dialog>`;
  }

  workflowBar() {
    const stage = this.issue.stage;
    const target = this.publication.targetLocales[0];
    const action = (code) => html`<button type="button" data-action=${code} @click=${() => this.take(code)}>${t(`action.${code}`)}</button>`;
    return html`
      <div class="workflow-bar" role="group" aria-label=${t('issue.workflow')}>
        ${['send-to-translation', 'submit-for-review'].filter((code) => allows(this.issue, code)).map(action)}
        ${stage === 'in-translation' ? html`<a class="button-link" href="#/issues/${this.issue.id}/translate/${target}">${t('issue.openTranslation')}</a>` : nothing}
        <a class="button-link" href="#/issues/${this.issue.id}/review">${t('issue.openReview')}</a>
        ${mayPreview(this.me) ? html`<a class="button-link" href="#/issues/${this.issue.id}/preview">${t('issue.openPreview')}</a>` : nothing}
      </div>`;
  }

  rubric(rubric, index) {
    const headingId = `rubric-${rubric.id}`;
    const title = rubric.title?.[this.sourceLocale];
    const name = title || t('issue.untitledRubric');
    return html`
      <section class="rubric" aria-labelledby=${headingId} data-rubric=${rubric.id}>
        <div class="rubric-head">
          <h2 id=${headingId} tabindex="-1">${name}
            ${title && rubric.title[this.publication.targetLocales[0]] ? html`<span class="translation-of-title"
              lang=${this.publication.targetLocales[0]}>${rubric.title[this.publication.targetLocales[0]]}</span>` : nothing}</h2>
          ${this.editable ? this.rubricActions(rubric, index, name) : nothing}
        </div>
        ${this.editable && this.renaming === rubric.id ? this.renameForm(rubric) : nothing}
        ${rubric.items.length === 0 ? html`<p class="empty">${t('issue.noItems')}</p>` : nothing}
        <ol class="items" data-rubric=${rubric.id} aria-label=${t('issue.itemsOf', { rubric: title || t('issue.untitledRubric') })}>
          ${rubric.items.map((item, position) => this.item(item, rubric, position))}
        </ol>
        ${this.editable ? this.newItemForm(rubric) : nothing}
      </section>`;
  }

  rubricActions(rubric, index, name) {
    const named = html`<span class="visually-hidden">: ${name}</span>`;
    const renaming = this.renaming === rubric.id;
    return html`
      <div class="rubric-actions">
        <button type="button" class="secondary rubric-rename" aria-expanded=${renaming ? 'true' : 'false'}
                aria-controls=${renaming ? `rename-${rubric.id}` : nothing}
                @click=${() => this.openRename(renaming ? undefined : rubric)}>${t('issue.renameRubric')}${named}</button>
        <button type="button" class="secondary rubric-up" ?disabled=${index === 0}
                @click=${() => this.moveRubric(rubric, index - 1)}>${t('issue.moveRubricUp')}${named}</button>
        <button type="button" class="secondary rubric-down" ?disabled=${index === this.issue.rubrics.length - 1}
                @click=${() => this.moveRubric(rubric, index + 1)}>${t('issue.moveRubricDown')}${named}</button>
        <button type="button" class="secondary rubric-remove"
                @click=${() => this.removeRubric(rubric, index)}>${t('issue.removeRubric')}${named}</button>
      </div>`;
  }

  renameForm(rubric) {
    return html`
      <form class="rename-rubric" id="rename-${rubric.id}" @submit=${(event) => this.renameRubric(event, rubric)}
            @keydown=${(event) => event.key === 'Escape' && this.closeRename(rubric)}>
        ${this.locales.map((locale) => html`
          <label for="rubric-${rubric.id}-title-${locale}">${t('issue.rubricNewTitleIn', { locale: t(`locale.${locale}`) })}</label>
          <input id="rubric-${rubric.id}-title-${locale}" name=${locale} lang=${locale} .value=${rubric.title?.[locale] ?? ''}>`)}
        <div class="form-actions">
          <button type="submit">${t('issue.saveRubricTitle')}</button>
          <button type="button" class="secondary" @click=${() => this.closeRename(rubric)}>${t('app.cancel')}</button>
        </div>
      </form>`;
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
                  @click=${() => this.move(item, rubric, position + 1)}>${t('issue.moveDown')}<span class="visually-hidden">: ${title}</span></button>
          <button type="button" class="danger item-delete"
                  @click=${() => this.deleteItem(item, rubric, title)}>${t('issue.deleteItem')}<span class="visually-hidden">: ${title}</span></button>` : nothing}
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

  get locales() {
    return [this.sourceLocale, ...this.publication.targetLocales];
  }

  newRubricForm() {
    const locales = this.locales;
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

  async openRename(rubric) {
    this.renaming = rubric?.id;
    await this.updateComplete;
    this.querySelector('form.rename-rubric input')?.focus();
  }

  async closeRename(rubric) {
    this.renaming = undefined;
    await this.updateComplete;
    this.querySelector(`section[data-rubric="${rubric.id}"] .rubric-rename`)?.focus();
  }

  async renameRubric(event, rubric) {
    event.preventDefault();
    const form = new FormData(event.target);
    const title = Object.fromEntries(this.locales.map((locale) => [locale, form.get(locale).trim()])
      .filter(([, text]) => text));
    const renamed = await this.restructure(
      () => api.put(`issues/${this.issue.id}/rubrics/${rubric.id}`, { title }, this.etag), t('issue.rubricRenamed'));
    if (renamed) {
      this.renaming = undefined;
      await this.updateComplete;
      this.querySelector(`#rubric-${rubric.id}`)?.focus();
    }
  }

  /** Keeps focus on the moved rubric's button for the same direction, or the other one at either end. */
  async moveRubric(rubric, to) {
    const from = this.issue.rubrics.findIndex((one) => one.id === rubric.id);
    const order = this.issue.rubrics.map((one) => one.id).filter((id) => id !== rubric.id);
    order.splice(to, 0, rubric.id);
    const moved = await this.restructure(() => api.put(`issues/${this.issue.id}/rubric-order`, { order }, this.etag),
      t('issue.rubricMoved', { position: to + 1 }));
    if (moved) {
      const actions = `section[data-rubric="${rubric.id}"] .rubric-actions`;
      const [same, other] = to < from ? ['.rubric-up', '.rubric-down'] : ['.rubric-down', '.rubric-up'];
      (this.querySelector(`${actions} ${same}:not(:disabled)`) ?? this.querySelector(`${actions} ${other}`))?.focus();
    }
  }

  /** The server refuses a rubric that still holds items (409); its message says to empty the rubric first. */
  async removeRubric(rubric, index) {
    const removed = await this.restructure(
      () => api.remove(`issues/${this.issue.id}/rubrics/${rubric.id}`, this.etag), t('issue.rubricRemoved'));
    if (removed) {
      const neighbour = this.issue.rubrics[Math.min(index, this.issue.rubrics.length - 1)];
      (neighbour ? this.querySelector(`#rubric-${neighbour.id}`) : this.querySelector('h1'))?.focus();
    }
  }

  /**
   * Deletes an item once the editor confirmed it. The delete names the issue's version this screen shows (it
   * covers every item's), so an item someone changed meanwhile is not deleted unseen; the answer carries the
   * issue's new version.
   */
  async deleteItem(item, rubric, title) {
    const confirmed = await this.querySelector('confirm-dialog').ask({
      question: t('issue.deleteItemQuestion', { title }),
      explanation: t('issue.deleteItemExplanation'),
      confirm: t('issue.confirmDeleteItem'),
    });
    if (!confirmed) {
      return;
    }
    try {
      this.etag = (await api.remove(`items/${item.id}`, this.etag)).etag;
      this.problem = undefined;
      this.status = t('issue.itemDeleted', { title });
    } catch (problem) {
      this.problem = problem;
      this.status = undefined;
    }
    await this.load();
    await this.updateComplete;
    this.querySelector(`#rubric-${rubric.id}`)?.focus();
  }

  /**
   * A change to the issue's structure, sent with the issue's ETag and drawn anew from the server's answer;
   * true when it was made. After a concurrent change the issue is reloaded so the editor sees what is there.
   */
  async restructure(write, status) {
    try {
      const written = await write();
      this.etag = written.etag;
      this.issue = written.json;
      this.problem = undefined;
      this.status = status;
      this.generation += 1;
      await this.updateComplete;
      return true;
    } catch (problem) {
      this.problem = problem;
      this.status = problem.isConflict ? t('issue.reloadedAfterConflict') : undefined;
      if (problem.isConflict) {
        await this.load();
      }
      return false;
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
