import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';
import { api } from '../api.js';
import { titleOf } from '../content.js';
import { formatInstant, t } from '../i18n.js';
import { problemAlert } from './notices.js';

/**
 * The open comments on an issue, each with the item it is anchored to; with {@code writable}, a form to
 * comment on the issue or on one of its items, and a way to resolve comments.
 */
class CommentList extends LightElement {

  static properties = {
    issueId: {},
    items: { attribute: false },
    sourceLocale: {},
    writable: { type: Boolean },
    comments: { state: true },
    problem: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('issueId')) {
      this.load();
    }
  }

  async load() {
    this.comments = (await api.get(`issues/${this.issueId}/comments?open=true`)).comments;
  }

  render() {
    if (!this.comments) {
      return nothing;
    }
    if (this.comments.length === 0 && !this.writable) {
      return nothing;
    }
    return html`
      <section class="comments" aria-labelledby="comments-heading">
        <h2 id="comments-heading">${t('comments.title', { n: this.comments.length })}</h2>
        <ul>
          ${this.comments.map((comment) => html`
            <li class="comment" data-comment=${comment.id} data-item=${comment.item ?? nothing}>
              <p class="comment-meta">${comment.author} · ${formatInstant(comment.createdAt)}
                ${comment.item ? html` · ${t('comments.on', { item: this.itemTitle(comment.item) })}` : nothing}</p>
              <p class="comment-text">${comment.text}</p>
              <button type="button" class="secondary" @click=${() => this.resolve(comment)}>${t('comments.resolve')}</button>
            </li>`)}
        </ul>
        ${this.writable ? this.newCommentForm() : nothing}
      </section>`;
  }

  newCommentForm() {
    return html`
      <form class="new-comment" @submit=${(event) => this.add(event)}>
        <label for="comment-item">${t('comments.anchor')}</label>
        <select id="comment-item" name="item">
          <option value="">${t('comments.wholeIssue')}</option>
          ${(this.items ?? []).map((item) => html`<option value=${item.id}>${titleOf(item, this.sourceLocale) || item.type}</option>`)}
        </select>
        <label for="comment-text">${t('comments.text')}</label>
        <textarea id="comment-text" name="text" rows="3" required></textarea>
        <button type="submit">${t('comments.add')}</button>
        ${problemAlert(this.problem)}
      </form>`;
  }

  itemTitle(itemId) {
    const item = (this.items ?? []).find((one) => one.id === itemId);
    return item ? titleOf(item, this.sourceLocale) || item.type : itemId;
  }

  async add(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const body = { text: form.get('text') };
    if (form.get('item')) {
      body.item = form.get('item');
    }
    try {
      await api.post(`issues/${this.issueId}/comments`, body);
      this.problem = undefined;
      event.target.reset();
      await this.load();
    } catch (problem) {
      this.problem = problem;
    }
  }

  async resolve(comment) {
    try {
      await api.post(`comments/${comment.id}/resolve`, {});
      await this.load();
    } catch (problem) {
      this.problem = problem;
    }
  }
}

customElements.define('comment-list', CommentList);
