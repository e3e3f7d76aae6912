import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';
import { api } from '../api.js';
import { installedSectionTypes, publication } from '../catalog.js';
import { displayValue, titleOf, withValue } from '../content.js';
import { pick, t } from '../i18n.js';
import { allows } from '../allowed-actions.js';
import { may } from '../roles.js';
import { problemAlert, stageBadge, statusNote } from '../components/notices.js';
import { typeLabel, unshownErrors } from '../components/item-form.js';
import '../components/item-form.js';
import '../components/exchange-files.js';
import '../components/confirm-dialog.js';
import { memoryMatches } from '../components/memory-matches.js';
import { entryChanges, textChanges } from '../components/text-changes.js';

/**
 * The whole issue side by side, source | target, for one target locale: each item's status in that locale,
 * what changed in the source of outdated items, the shared fields read-only, and "mark the locale done". Beside
 * each field, what the translation memory offers it (filled in only when the translator clicks), and for editors
 * and admins each offered entry's "Correct" and "Delete" (beside the match rather than on a memory screen of its
 * own: an editor judges a translation where it is offered, next to the source it is offered for); above the items,
 * the XLIFF and TMX files for CAT tools.
 */
class TranslationScreen extends LightElement {

  static properties = {
    me: { attribute: false },
    issueId: {},
    locale: {},
    issue: { state: true },
    problem: { state: true },
    status: { state: true },
    matches: { state: true },
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
      return;
    }
    await this.loadMatches();
  }

  /** The memory's matches by unit id; none for whoever may not see them (they may not export either). */
  async loadMatches() {
    try {
      const answer = await api.get(`issues/${this.issueId}/translations/${this.locale}/matches`);
      this.matches = Object.fromEntries(answer.units.map((unit) => [unit.id, unit]));
    } catch (problem) {
      this.matches = {};
      if (problem.status !== 403) {
        this.problem = problem;
      }
    }
  }

  get exchanges() {
    return may(this.me, 'translator') || may(this.me, 'editor');
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
      ${this.exchanges ? html`<exchange-files .issueId=${this.issue.id} .locale=${this.locale} .sourceLocale=${this.source}
        .canImport=${this.writable || may(this.me, 'editor')} .canFill=${this.writable} .editsMemory=${may(this.me, 'editor')}
        .describe=${(id) => this.describeUnit(id)} @translations-imported=${() => this.load()}></exchange-files>` : nothing}
      ${this.issue.rubrics.map((rubric) => html`
        <section class="rubric" aria-labelledby="t-rubric-${rubric.id}">
          <h2 id="t-rubric-${rubric.id}">${rubric.title?.[this.source] || t('issue.untitledRubric')}
            ${rubric.title?.[this.locale] ? html`<span class="translation-of-title" lang=${this.locale}>${rubric.title[this.locale]}</span>` : nothing}</h2>
          ${rubric.items.map((item) => this.item(item))}
        </section>`)}
      ${this.writable ? html`<div class="form-actions">
        <button type="button" data-action="translate" @click=${() => this.markDone()}>${t('translation.markDone', { locale: localeName })}</button>
      </div>` : nothing}
      <confirm-dialog></confirm-dialog>`;
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
              ${this.sourceChange(type, change)}</li>`)}</ul>
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
                       publicationId=${this.publication.id}
                       shared="readonly" .errors=${draft.errors} ?readonly=${!this.writable}
                       .besideField=${(field) => this.matchesBeside(item.id, field)}
                       @content-changed=${(event) => { draft.content = event.detail; }}></item-form>
            ${this.writable ? html`<button type="submit">${t('translation.save')}<span class="visually-hidden">:
              ${titleOf(draft.item, this.source)}</span></button>` : nothing}
            ${statusNote(draft.status)}
          </form>
        </div>
      </article>`;
  }

  /** A changed source field: its words that changed, or its entries' for a list; whole when neither was compared. */
  sourceChange(type, change) {
    if (change.textChanges) {
      return textChanges(change.textChanges);
    }
    if (change.entryChanges?.length) {
      return entryChanges(change.entryChanges, this.fieldLabel(type, change.field));
    }
    return html`<del>${displayValue(change.before)}</del> → <ins>${displayValue(change.after)}</ins>`;
  }

  /**
   * The memory's matches for a field: for the field as a whole (an exact one can be filled in, by a click, into a
   * plain or rich text) and for each entry of a list field.
   */
  matchesBeside(itemId, field) {
    const key = `item:${itemId}:${field.name}`;
    const label = pick(field.label);
    const fillable = this.writable && ['plain-text', 'rich-text'].includes(field.kind);
    return Object.values(this.matches ?? {})
      .filter((unit) => unit.id === key || unit.id.startsWith(`${key}.`))
      .map((unit) => memoryMatches({
        unit,
        label: unit.id === key ? label : `${label} ${unit.id.slice(key.length + 1)}`,
        lang: this.locale,
        onUse: unit.id === key && fillable ? (match) => this.useMatch(itemId, field, match) : undefined,
        editsEntries: this.editsEntries,
      }));
  }

  /**
   * What lets editors and admins correct and delete memory entries beside their matches: a role rule alone (the
   * entry endpoints are theirs at every stage, whatever the issue), so {@code may}, not the issue's allowedActions.
   */
  get editsEntries() {
    if (!may(this.me, 'editor')) {
      return undefined;
    }
    return {
      confirm: (question) => this.querySelector('confirm-dialog').ask(question),
      onChanged: async (status) => {
        await this.loadMatches();
        this.problem = undefined;
        this.status = status;
      },
    };
  }

  /** Fills a field with a match the translator chose; saved only when the translator saves the item. */
  useMatch(itemId, field, match) {
    const draft = this.drafts[itemId];
    const value = field.kind === 'rich-text' ? (match.targetHtml ?? match.target) : match.target;
    draft.content = withValue(draft.content, field, this.locale, value);
    draft.status = t('memory.filled', { field: pick(field.label) });
    this.requestUpdate();
  }

  /** A unit of an XLIFF file (item:{id}:{path}, rubric:{id}:title) as the translator knows it. */
  describeUnit(id) {
    const [owner, ownerId, path = ''] = id.split(':');
    if (owner === 'rubric') {
      const rubric = this.issue.rubrics.find((one) => one.id === ownerId);
      return `${rubric?.title?.[this.source] ?? ownerId} — ${t('exchange.rubricTitle')}`;
    }
    const draft = this.drafts?.[ownerId];
    if (owner !== 'item' || !draft) {
      return id;
    }
    const type = this.types.find((one) => one.id === draft.item.type);
    const [name, ...rest] = path.split('.');
    const label = [this.fieldLabel(type ?? { fields: [] }, name), ...rest].join(' ');
    return `${titleOf(draft.item, this.source) || typeLabel(type)} — ${label}`;
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
