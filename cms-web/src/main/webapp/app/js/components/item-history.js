import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';
import { api } from '../api.js';
import { displayValue } from '../content.js';
import { formatInstant, pick, t } from '../i18n.js';
import { problemAlert } from './notices.js';

/**
 * An item's revisions, newest first, each comparable with the current one field by field; with
 * {@link mayRestore}, each earlier one can be restored. Restoring is the item screen's business (it holds the
 * version the user read and the unsaved edits), so this panel only asks for it with a "restore-requested"
 * event carrying the revision number. It reads the list again whenever {@link version} changes.
 */
class ItemHistory extends LightElement {

  static properties = {
    itemId: {},
    version: {},
    type: { attribute: false },
    mayRestore: { type: Boolean },
    revisions: { state: true },
    diff: { state: true },
    problem: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('itemId') || changed.has('version')) {
      this.load();
    }
  }

  async load() {
    try {
      this.revisions = (await api.get(`items/${this.itemId}/revisions`)).revisions;
      this.problem = undefined;
      if (this.diff && this.diff.to.number !== this.current?.number) {
        this.diff = undefined;
      }
    } catch (problem) {
      this.problem = problem;
    }
  }

  get current() {
    return this.revisions?.[0];
  }

  async compare(number) {
    try {
      this.diff = await api.get(`items/${this.itemId}/revisions/${number}/diff/${this.current.number}`);
      this.problem = undefined;
      await this.updateComplete;
      this.querySelector('#history-diff-heading')?.focus();
    } catch (problem) {
      this.problem = problem;
    }
  }

  render() {
    return html`
      <section class="item-history" aria-labelledby="history-heading">
        <h2 id="history-heading">${t('history.title')}</h2>
        ${problemAlert(this.problem)}
        ${this.revisions ? this.table() : html`<p>${t('app.loading')}</p>`}
        ${this.diff ? this.comparison() : nothing}
      </section>`;
  }

  table() {
    return html`<table class="revisions">
      <caption>${t('history.caption')}</caption>
      <thead><tr>
        <th scope="col">${t('history.number')}</th><th scope="col">${t('history.changeKind')}</th>
        <th scope="col">${t('history.by')}</th><th scope="col">${t('history.at')}</th>
        <th scope="col">${t('history.actions')}</th>
      </tr></thead>
      <tbody>${this.revisions.map((revision) => this.row(revision))}</tbody>
    </table>`;
  }

  row(revision) {
    const current = revision === this.current;
    const name = `revision-${revision.number}`;
    return html`<tr data-revision=${revision.number}>
      <th scope="row" id=${name}>${t('history.revisionNo', { n: revision.number })}${current ? ` ${t('history.current')}` : ''}</th>
      <td>${t(`history.change.${revision.change}`)}</td>
      <td>${revision.by}</td>
      <td>${formatInstant(revision.at)}</td>
      <td class="actions">${current ? nothing : html`
        <button type="button" class="secondary" aria-describedby=${name}
          @click=${() => this.compare(revision.number)}>${t('history.compare')}</button>
        ${this.mayRestore ? html`<button type="button" aria-describedby=${name} @click=${() => this.dispatchEvent(
          new CustomEvent('restore-requested', { detail: revision.number }))}>${t('history.restore')}</button>` : nothing}`}
      </td>
    </tr>`;
  }

  comparison() {
    const { from, to, changes } = this.diff;
    return html`<section class="diff" aria-labelledby="history-diff-heading" data-testid="revision-diff">
      <h3 id="history-diff-heading" tabindex="-1">${t('history.diffTitle', { from: from.number, to: to.number })}</h3>
      ${changes.length ? html`<table>
        <thead><tr><th scope="col">${t('conflict.field')}</th><th scope="col">${t('history.changeKind')}</th>
          <th scope="col">${t('conflict.before')}</th><th scope="col">${t('conflict.after')}</th></tr></thead>
        <tbody>${changes.map((change) => this.changeRow(change))}</tbody>
      </table>` : html`<p>${t('history.noChanges')}</p>`}
      <button type="button" class="secondary" @click=${() => { this.diff = undefined; }}>${t('history.closeDiff')}</button>
    </section>`;
  }

  changeRow(change) {
    const { label, locale } = this.fieldAt(change.pointer);
    return html`<tr data-pointer=${change.pointer}>
      <th scope="row">${label}${locale ? ` (${locale})` : ''}</th>
      <td>${t(`history.kind.${change.kind}`)}</td>
      <td lang=${locale ?? nothing}>${displayValue(change.before)}</td>
      <td lang=${locale ?? nothing}>${displayValue(change.after)}</td>
    </tr>`;
  }

  /** The field a diff pointer (/shared/name, /localized/locale/name) names, by its label. */
  fieldAt(pointer) {
    const [, scope, ...rest] = pointer.split('/').map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
    const locale = scope === 'localized' ? rest[0] : undefined;
    const name = scope === 'localized' ? rest[1] : rest[0];
    const field = this.type?.fields.find((candidate) => candidate.name === name);
    return { label: field ? pick(field.label) : pointer, locale };
  }
}

customElements.define('item-history', ItemHistory);
