import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';
import { api } from '../api.js';
import { publication, sectionType } from '../catalog.js';
import { changedFields, displayValue, titleOf, withValue } from '../content.js';
import { formatInstant, pick, t } from '../i18n.js';
import { allows } from '../allowed-actions.js';
import { may } from '../roles.js';
import { go } from '../router.js';
import { problemAlert, stageBadge, statusNote } from '../components/notices.js';
import { typeLabel, unshownErrors } from '../components/item-form.js';
import '../components/item-form.js';
import '../components/source-panel.js';
import '../components/item-history.js';

/**
 * One item in its source locale, edited in a form drawn from its section type; or a new item of a chosen type.
 * Saving names the version that was read (If-Match). When someone else saved in between (412), the screen
 * shows what they changed and lets the user reload theirs or re-apply their own changes on top of it.
 */
class ItemScreen extends LightElement {

  static properties = {
    me: { attribute: false },
    issueId: {},
    itemId: {},
    rubricId: {},
    typeId: {},
    content: { state: true },
    errors: { state: true },
    problem: { state: true },
    conflict: { state: true },
    status: { state: true },
    saving: { state: true },
  };

  willUpdate(changed) {
    if (['issueId', 'itemId', 'typeId'].some((name) => changed.has(name))) {
      this.load();
    }
  }

  async load() {
    this.reset();
    try {
      this.issue = await api.get(`issues/${this.issueId}`);
      this.publication = await publication(this.issue.publication);
      if (this.itemId) {
        const read = await api.read(`items/${this.itemId}`);
        this.item = read.json;
        this.etag = read.etag;
        this.type = await sectionType(this.item.type);
        this.base = this.item.content;
      } else {
        this.item = undefined;
        this.type = await sectionType(this.typeId);
        this.base = { shared: {}, localized: {} };
      }
      this.content = structuredClone(this.base);
    } catch (problem) {
      this.problem = problem;
    }
  }

  reset() {
    this.content = undefined;
    this.errors = [];
    this.problem = undefined;
    this.conflict = undefined;
    this.status = undefined;
  }

  /** The language the form edits: the source's, or the one language of an item the same in every locale. */
  get locale() {
    return this.content?.sameInEveryLocale ?? this.publication.sourceLocale;
  }

  render() {
    if (!this.content) {
      return html`${problemAlert(this.problem)}<p role="status">${this.problem ? '' : t('app.loading')}</p>`;
    }
    const editable = allows(this.issue, 'edit');
    const heading = this.item ? titleOf(this.item, this.locale) || typeLabel(this.type)
      : t('item.new', { type: typeLabel(this.type) });
    return html`
      <nav class="breadcrumbs" aria-label=${t('nav.breadcrumbs')}>
        <a href="#/">${t('nav.home')}</a> › <a href="#/issues/${this.issue.id}">${pick(this.issue.label)}</a>
      </nav>
      <h1>${heading} <span class="item-type">${typeLabel(this.type)}</span> ${stageBadge(this.issue.stage)}</h1>
      ${this.type.help ? html`<p class="help">${pick(this.type.help)}</p>` : nothing}
      ${this.item ? html`<p class="item-changed">${t('item.lastChanged', { user: this.item.updatedBy, at: formatInstant(this.item.updatedAt) })}</p>` : nothing}
      ${editable ? nothing : html`<p class="locked" data-testid="content-locked">${t(`issue.locked.${this.issue.stage}`)}</p>`}
      ${this.conflict ? this.conflictNotice() : nothing}
      ${problemAlert(this.problem, unshownErrors(this.type, this.locale, this.errors))}
      ${statusNote(this.status)}
      <div class=${this.showsSources ? 'item-with-sources' : 'item-alone'}>
      <form class="item-form" novalidate @submit=${(event) => this.save(event)}>
        ${this.writtenOnceSwitch(editable)}
        <item-form id="item" .type=${this.type} .content=${this.content} locale=${this.locale}
                   publicationId=${this.publication.id}
                   .errors=${this.errors} ?readonly=${!editable}
                   @content-changed=${(event) => { this.content = event.detail; }}></item-form>
        ${editable ? html`<div class="form-actions">
          <button type="submit" ?disabled=${this.saving}>${t('item.save')}</button>
          <a class="button-link secondary" href="#/issues/${this.issue.id}">${t('item.backToIssue')}</a>
        </div>` : nothing}
      </form>
      ${this.showsSources ? html`<source-panel .me=${this.me} itemId=${this.item.id}></source-panel>` : nothing}
      </div>
      ${this.item ? html`<item-history itemId=${this.item.id} version=${this.etag} .type=${this.type}
        ?mayRestore=${editable} @restore-requested=${(event) => this.restore(event.detail)}></item-history>` : nothing}`;
  }

  /**
   * The switch "written once, in <language>, the same in every locale": an item printed in one language in every
   * edition (the seeds' English flyers in the Chinese issue). It sets the content's existing
   * `sameInEveryLocale` member; the form then edits that language's values, and the item needs no translation.
   */
  writtenOnceSwitch(editable) {
    const writtenIn = this.content.sameInEveryLocale;
    const chosen = writtenIn ?? this.onceLanguage ?? this.publication.sourceLocale;
    return html`
      <fieldset class="written-once">
        <legend>${t('item.writtenOnce.legend')}</legend>
        <label>
          <input type="checkbox" data-testid="same-in-every-locale" .checked=${Boolean(writtenIn)}
                 ?disabled=${!editable} @change=${(event) => this.writeOnce(event.target.checked, chosen)}>
          ${t('item.writtenOnce.label')}
        </label>
        <label for="written-once-language">${t('item.writtenOnce.language')}</label>
        <select id="written-once-language" data-testid="written-once-language" ?disabled=${!editable}
                @change=${(event) => this.chooseOnceLanguage(event.target.value)}>
          ${this.locales.map((locale) => html`
            <option value=${locale} ?selected=${locale === chosen}>${t(`locale.${locale}`)}</option>`)}
        </select>
        <p class="help">${writtenIn ? t('item.writtenOnce.on', { locale: t(`locale.${writtenIn}`) })
          : t('item.writtenOnce.off')}</p>
      </fieldset>`;
  }

  chooseOnceLanguage(locale) {
    this.onceLanguage = locale;
    if (this.content.sameInEveryLocale) {
      this.writeOnce(true, locale);
    } else {
      this.requestUpdate();
    }
  }

  /**
   * Marks the item written once in `locale`, or unmarks it. What was typed in the language the form showed is
   * kept: it moves to the chosen language when that one has nothing yet. Unmarked, the item is translated per locale
   * again, its values where they are.
   */
  writeOnce(on, locale) {
    const content = structuredClone(this.content);
    if (on) {
      const shown = content.localized?.[this.locale];
      content.localized = content.localized ?? {};
      if (shown && !Object.keys(content.localized[locale] ?? {}).length) {
        content.localized[locale] = shown;
        if (locale !== this.locale) {
          delete content.localized[this.locale];
        }
      }
      content.sameInEveryLocale = locale;
    } else {
      delete content.sameInEveryLocale;
    }
    this.content = content;
  }

  /** Sources are read beside saved items by those who write from them: editors and translators. */
  get showsSources() {
    return this.item && (may(this.me, 'editor') || may(this.me, 'translator'));
  }

  conflictNotice() {
    const { current, theirs } = this.conflict;
    return html`
      <section class="conflict" role="alert" aria-labelledby="conflict-heading">
        <h2 id="conflict-heading">${t('conflict.title')}</h2>
        <p>${t('conflict.explanation', { user: current.updatedBy, at: formatInstant(current.updatedAt) })}</p>
        <table>
          <caption>${t('conflict.theirChanges')}</caption>
          <thead><tr><th scope="col">${t('conflict.field')}</th><th scope="col">${t('conflict.before')}</th>
            <th scope="col">${t('conflict.after')}</th></tr></thead>
          <tbody>${theirs.map((change) => html`<tr>
            <th scope="row">${pick(change.field.label)}${change.locale ? ` (${change.locale})` : ''}</th>
            <td>${displayValue(change.before)}</td><td>${displayValue(change.after)}</td></tr>`)}</tbody>
        </table>
        <div class="form-actions">
          <button type="button" @click=${() => this.reapply()}>${t('conflict.reapply')}</button>
          <button type="button" class="secondary" @click=${() => this.load()}>${t('conflict.reload')}</button>
        </div>
      </section>`;
  }

  async save(event) {
    event?.preventDefault();
    this.saving = true;
    try {
      if (this.item) {
        const written = await api.put(`items/${this.item.id}`, { content: this.content }, this.etag);
        this.accept(written, t('item.saved'));
      } else {
        const created = await api.create(`issues/${this.issueId}/rubrics/${this.rubricId}/items`,
          { type: this.type.id, content: this.content });
        go(`/issues/${this.issueId}/items/${created.json.id}`);
      }
    } catch (problem) {
      await this.refused(problem);
    } finally {
      this.saving = false;
    }
  }

  accept(written, message) {
    this.item = written.json;
    this.etag = written.etag;
    this.base = this.item.content;
    this.content = structuredClone(this.base);
    this.errors = [];
    this.problem = undefined;
    this.conflict = undefined;
    this.status = message;
  }

  async refused(problem) {
    this.problem = problem;
    this.errors = problem.errors ?? [];
    if (problem.isConflict) {
      const current = await api.read(`items/${this.item.id}`);
      const locales = [this.publication.sourceLocale, ...this.publication.targetLocales];
      this.conflict = {
        current: current.json,
        etag: current.etag,
        theirs: changedFields(this.type.fields, this.base, current.json.content, locales),
        mine: changedFields(this.type.fields, this.base, this.content, locales),
      };
      this.problem = undefined;
    }
  }

  /**
   * An earlier revision's content made the item's content again, as a new revision. Unsaved edits would be
   * lost without a word, so the user saves or discards them first; when someone else saved in between, the
   * newest version is shown and nothing is restored.
   */
  async restore(number) {
    if (changedFields(this.type.fields, this.base, this.content, this.locales).length) {
      this.problem = { message: t('history.unsaved') };
      this.errors = [];
      return;
    }
    try {
      const written = await api.postMatching(`items/${this.item.id}/revisions/${number}/restore`, this.etag);
      this.accept(written, t('history.restored', { n: number }));
    } catch (problem) {
      if (problem.isConflict) {
        await this.load();
        this.problem = { message: t('history.restoreConflict') };
      } else {
        this.problem = problem;
        this.errors = problem.errors ?? [];
        this.status = undefined;
      }
    }
  }

  get locales() {
    return [this.publication.sourceLocale, ...this.publication.targetLocales];
  }

  /** My changes (fields I changed since I read the item) applied on top of the version now stored. */
  async reapply() {
    const { current, etag, mine } = this.conflict;
    const merged = mine.reduce((content, change) => withValue(content, change.field, change.locale, change.after),
      structuredClone(current.content));
    this.base = current.content;
    this.etag = etag;
    this.item = current;
    this.content = merged;
    this.conflict = undefined;
    await this.save();
  }
}

customElements.define('item-screen', ItemScreen);
