import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';
import { api } from '../api.js';
import { installedSectionTypes, publication } from '../catalog.js';
import { displayValue, titleOf } from '../content.js';
import { formatInstant, pick, t } from '../i18n.js';
import { allows } from '../allowed-actions.js';
import { may, mayPreview } from '../roles.js';
import { problemAlert, scheduledPublication, stageBadge, statusNote } from '../components/notices.js';
import { typeLabel } from '../components/item-form.js';
import '../components/media-thumbnail.js';
import '../components/comment-list.js';
import { entryChanges, textChanges } from '../components/text-changes.js';

/**
 * Review: what changed since the last review (rejection or sign-off), the whole issue in every locale,
 * comments anchored to items, and the decision: approve (sign-off with comment) or reject (comment required);
 * once approved, publish now or at a set time, or the approver withdraws the approval (reason required);
 * once published, an editor starts a correction (note required), which makes the next edition a draft, or an
 * approver unpublishes it (reason required), which takes every edition away from front ends at once. "Open
 * preview" leads editors and approvers to the web page readers will get, which is what the approver signs off.
 */
class ReviewScreen extends LightElement {

  static properties = {
    me: { attribute: false },
    issueId: {},
    issue: { state: true },
    problem: { state: true },
    /** Messages shown at a field, by the field's id. */
    fieldErrors: { state: true },
    status: { state: true },
  };

  constructor() {
    super();
    this.fieldErrors = {};
  }

  willUpdate(changed) {
    if (changed.has('issueId')) {
      // Another issue: nothing said about the one before stays on screen, nor may it be acted on meanwhile.
      this.issue = undefined;
      this.status = undefined;
      this.problem = undefined;
      this.fieldErrors = {};
      this.load();
    }
  }

  async load() {
    try {
      const issue = await api.get(`issues/${this.issueId}`);
      [this.publication, this.types, this.workflow, this.signOffs, this.changes] = await Promise.all([
        publication(issue.publication), installedSectionTypes(), api.get(`issues/${this.issueId}/workflow`),
        api.get(`issues/${this.issueId}/sign-offs`).then((json) => json.signOffs),
        may(this.me, 'approver') ? api.get(`issues/${this.issueId}/changes-since-review`) : undefined]);
      this.issue = issue;
    } catch (problem) {
      this.problem = problem;
    }
  }

  get source() {
    return this.publication.sourceLocale;
  }

  render() {
    if (!this.issue) {
      return html`${problemAlert(this.problem)}<p role="status">${this.problem ? '' : t('app.loading')}</p>`;
    }
    const issue = this.issue;
    return html`
      <nav class="breadcrumbs" aria-label=${t('nav.breadcrumbs')}>
        <a href="#/">${t('nav.home')}</a> › <a href="#/issues/${issue.id}">${pick(issue.label)}</a>
      </nav>
      <h1>${t('review.title', { issue: pick(issue.label) })} ${stageBadge(issue.stage)}</h1>
      ${mayPreview(this.me) ? html`<p class="review-links"><a class="button-link secondary" href="#/issues/${issue.id}/preview"
        >${t('review.openPreview')}</a></p>` : nothing}
      ${problemAlert(this.problem, [])}
      ${statusNote(this.status)}
      ${this.decision()}
      ${this.signOffList()}
      ${this.changes ? this.changesSection() : nothing}
      <comment-list .issueId=${issue.id} .items=${issue.rubrics.flatMap((rubric) => rubric.items)}
                    .sourceLocale=${this.source} ?writable=${allows(issue, 'comment')}></comment-list>
      <section aria-labelledby="review-content"><h2 id="review-content">${t('review.content')}</h2>
        ${issue.rubrics.map((rubric) => html`
          <section class="rubric" aria-labelledby="r-rubric-${rubric.id}">
            <h3 id="r-rubric-${rubric.id}">${rubric.title?.[this.source] || t('issue.untitledRubric')}</h3>
            ${rubric.items.map((item) => this.item(item))}
          </section>`)}
      </section>`;
  }

  /** The forms of the actions the server lists for this user now (allowedActions), and nothing else. */
  decision() {
    const issue = this.issue;
    const deciding = ['approve', 'reject'].some((action) => allows(issue, action));
    const publishing = ['publish', 'schedule-publication'].some((action) => allows(issue, action));
    return html`
      ${deciding ? this.deciding() : nothing}
      ${publishing ? this.publishing() : nothing}
      ${!publishing && issue.stage === 'approved' ? scheduledPublication(this.workflow.publishAt) : nothing}
      ${allows(issue, 'withdraw-approval') ? this.withdrawal() : nothing}
      ${allows(issue, 'start-correction') ? this.correction() : nothing}
      ${allows(issue, 'unpublish') ? this.unpublishing() : nothing}
      ${!deciding && issue.stage === 'in-review' ? html`<p class="locked">${t('review.waitingForApprover')}</p>` : nothing}`;
  }

  deciding() {
    return html`
      <form class="decision" novalidate @submit=${(event) => event.preventDefault()}>
        <h2>${t('review.decision')}</h2>
        ${this.field('decision-comment', t('review.comment'))}
        <div class="form-actions">
          ${allows(this.issue, 'approve') ? html`<button type="button" data-action="approve"
            @click=${() => this.decide('approve')}>${t('review.approve')}</button>` : nothing}
          ${allows(this.issue, 'reject') ? html`<button type="button" class="danger" data-action="reject"
            @click=${() => this.decide('reject')}>${t('review.reject')}</button>` : nothing}
        </div>
      </form>`;
  }

  publishing() {
    return html`
      <form class="publishing" novalidate @submit=${(event) => event.preventDefault()}>
        <h2>${t('review.publishing')}</h2>
        ${scheduledPublication(this.workflow.publishAt)}
        ${allows(this.issue, 'publish') ? html`<button type="button" data-action="publish"
          @click=${() => this.publishNow()}>${t('review.publishNow')}</button>` : nothing}
        ${allows(this.issue, 'schedule-publication') ? html`
          ${this.field('publish-at', t('review.publishAt'), 'datetime-local')}
          <button type="button" class="secondary" data-action="schedule-publication"
                  @click=${() => this.schedule()}>${t('review.schedule')}</button>` : nothing}
      </form>`;
  }

  withdrawal() {
    return html`
      <form class="withdrawal" novalidate @submit=${(event) => event.preventDefault()}>
        <h2>${t('review.withdrawHeading')}</h2>
        ${this.field('withdraw-reason', t('review.withdrawReason'))}
        <button type="button" class="danger" data-action="withdraw-approval"
                @click=${() => this.explained('withdraw-approval', 'withdraw-reason')}>
          ${t('review.withdraw')}</button>
      </form>`;
  }

  correction() {
    return html`
      <form class="correction" novalidate @submit=${(event) => event.preventDefault()}>
        <h2>${t('review.correctionHeading')}</h2>
        <p class="hint">${t('review.correctionHint', { edition: this.workflow.edition + 1 })}</p>
        ${this.field('correction-note', t('review.correctionNote'))}
        <button type="button" data-action="start-correction"
                @click=${() => this.explained('start-correction', 'correction-note')}>
          ${t('review.startCorrection')}</button>
      </form>`;
  }

  /** Taking the issue away from front ends: an editorial decision, so it says why (kept internal). */
  unpublishing() {
    return html`
      <form class="unpublishing" novalidate @submit=${(event) => event.preventDefault()}>
        <h2>${t('review.unpublishHeading')}</h2>
        <p class="hint">${t('review.unpublishHint')}</p>
        ${this.field('unpublish-reason', t('review.unpublishReason'))}
        <button type="button" class="danger" data-action="unpublish"
                @click=${() => this.explained('unpublish', 'unpublish-reason')}>
          ${t('review.unpublish')}</button>
      </form>`;
  }

  /** A labelled input of {@code type}, or a text area without one, with the message the screen holds for it. */
  field(id, label, type) {
    const error = this.fieldErrors[id];
    const invalid = error ? 'true' : 'false';
    const describedBy = error ? `${id}-error` : nothing;
    return html`
      <div class=${error ? 'field has-error' : 'field'}>
        <label for=${id}>${label}</label>
        ${type ? html`<input id=${id} type=${type} aria-invalid=${invalid} aria-describedby=${describedBy}>`
          : html`<textarea id=${id} rows="3" aria-invalid=${invalid} aria-describedby=${describedBy}></textarea>`}
        ${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : nothing}
      </div>`;
  }

  signOffList() {
    const valid = this.signOffs.filter((signOff) => signOff.valid);
    return valid.length ? html`<section aria-labelledby="sign-offs"><h2 id="sign-offs">${t('review.signOffs')}</h2>
      <ul>${valid.map((signOff) => html`<li data-testid="sign-off">${t('review.signedOff', {
        user: signOff.approver, at: formatInstant(signOff.signedAt) })}${signOff.comment ? html`: “${signOff.comment}”` : nothing}</li>`)}</ul>
    </section>` : nothing;
  }

  /** What the server says changed since the last review (changes-since-review), item by item. */
  changesSection() {
    const { lastReview, items } = this.changes;
    const current = this.issue.rubrics.flatMap((rubric) => rubric.items);
    return html`
      <section class="changes" aria-labelledby="changes-heading" data-testid="changes-since-review">
        <h2 id="changes-heading">${t('review.changesSince')}</h2>
        ${lastReview === undefined ? html`<p>${t('review.firstReview')}</p>` : html`
          <p>${t('review.lastReview', { user: lastReview.by, at: formatInstant(lastReview.at) })}</p>
          ${items.length === 0 ? html`<p>${t('review.nothingChanged')}</p>` : html`
            <ul>${items.map((entry) => this.changedItem(entry, current.find((item) => item.id === entry.item)))}</ul>`}`}
      </section>`;
  }

  changedItem(entry, item) {
    return html`<li data-item=${entry.item} data-kind=${entry.kind}>
      <strong>${(item && titleOf(item, this.source)) || entry.type}</strong> (${entry.by})
      ${entry.kind === 'changed' ? html`<ul>${entry.changes.map((change) => html`<li>
        <code>${change.pointer}</code>: ${changedValue(change)}</li>`)}</ul>`
        : t(`review.${entry.kind === 'added' ? 'newItem' : 'removedItem'}`)}
    </li>`;
  }

  item(item) {
    const type = this.types.find((one) => one.id === item.type);
    const locales = [this.source, ...this.publication.targetLocales];
    return html`
      <article class="review-item" data-item=${item.id}>
        <h4>${titleOf(item, this.source) || item.type} <span class="item-type">${typeLabel(type) || item.type}</span></h4>
        <table>
          <caption class="visually-hidden">${titleOf(item, this.source)}</caption>
          <thead><tr><th scope="col">${t('conflict.field')}</th>
            ${locales.map((locale) => html`<th scope="col">${t(`locale.${locale}`)}</th>`)}</tr></thead>
          <tbody>${(type?.fields ?? []).map((field) => html`<tr>
            <th scope="row">${pick(field.label)}</th>
            ${PICTURE_KINDS.includes(field.kind)
              ? locales.map((locale) => html`<td lang=${locale}>${this.pictures(item, field, locale)}</td>`)
              : field.translatable
              ? locales.map((locale) => html`<td lang=${locale}>${displayValue(item.content.localized?.[locale]?.[field.name])}</td>`)
              : html`<td colspan=${locales.length}>${displayValue(item.content.shared?.[field.name])}</td>`}
          </tr>`)}</tbody>
        </table>
      </article>`;
  }

  /**
   * The pictures of an image field as a locale's readers get them: each with that locale's alt text, as its alt
   * attribute and written under it (or said to be missing), and its caption.
   */
  pictures(item, field, locale) {
    const shared = item.content.shared?.[field.name];
    const words = item.content.localized?.[locale]?.[field.name];
    const placed = Array.isArray(shared) ? shared : (shared ? [shared] : []);
    const wordsAt = (index) => (Array.isArray(words) ? words[index] : words) ?? {};
    return placed.map((part, index) => html`<figure class="review-picture" data-media=${part.media}>
      <media-thumbnail publicationId=${this.publication.id} mediaId=${part.media} alt=${wordsAt(index).alt ?? ''}></media-thumbnail>
      <figcaption>${wordsAt(index).alt ? html`<span class="alt-text">${wordsAt(index).alt}</span>`
        : html`<span class="missing-alt">${part.decorative ? t('review.decorative') : t('review.noAlt')}</span>`}
        ${wordsAt(index).caption ? html`<br><span class="caption">${wordsAt(index).caption}</span>` : nothing}</figcaption>
    </figure>`);
  }

  async decide(action) {
    const comment = this.querySelector('#decision-comment').value.trim();
    const taken = await this.take(action, comment ? { comment } : {}, 'decision-comment');
    if (taken && action === 'reject') {
      // The editor reads why in the issue's comments; the transition keeps the comment in the audit log.
      await api.post(`issues/${this.issue.id}/comments`, { text: t('review.rejectedBecause', { comment }) });
    }
  }

  /** An action that must say why (withdraw-approval, start-correction, unpublish): the text goes as its comment. */
  async explained(action, fieldId) {
    const comment = this.querySelector(`#${fieldId}`).value.trim();
    await this.take(action, comment ? { comment } : {}, fieldId);
  }

  async publishNow() {
    await this.take('publish', {});
  }

  /** The time is checked here too: the server's answer to a missing or past time is meant for developers. */
  async schedule() {
    const local = this.querySelector('#publish-at').value;
    const at = local ? new Date(local) : undefined;
    if (!at || at <= new Date()) {
      this.fieldErrors = { 'publish-at': t(at ? 'review.publishAtInPast' : 'review.publishAtMissing') };
      this.querySelector('#publish-at').focus();
      return;
    }
    await this.take('schedule-publication', { at: at.toISOString() });
  }

  /**
   * Takes a workflow action; the confirmation names the stage the server answers with, and a refused comment
   * is shown at {@code commentField}. True when the action was taken.
   */
  async take(action, body, commentField) {
    try {
      const state = await api.post(`issues/${this.issue.id}/workflow/${action}`, body);
      this.fieldErrors = {};
      this.problem = undefined;
      this.status = t(`action.done.${action}`, { stage: t(`stage.${state.stage}`), edition: state.edition });
      await this.load();
      return true;
    } catch (problem) {
      const commentError = problem.errors?.find((error) => error.pointer === '/comment')?.message;
      this.fieldErrors = commentField && commentError ? { [commentField]: commentError } : {};
      this.problem = problem;
      return false;
    }
  }
}

/** Fields whose value is pictures (a shared part and words per locale). */
const PICTURE_KINDS = ['image', 'image-list'];

/** A changed field: its words that changed, or its entries' for a list; whole when neither was compared. */
function changedValue(change) {
  if (change.textChanges) {
    return textChanges(change.textChanges);
  }
  if (change.entryChanges?.length) {
    return entryChanges(change.entryChanges, change.pointer.split('/').pop());
  }
  return html`<del>${displayValue(change.before)}</del> → <ins>${displayValue(change.after)}</ins>`;
}

customElements.define('review-screen', ReviewScreen);
