import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';
import { api } from '../api.js';
import { publication } from '../catalog.js';
import { formatInstant, pick, t } from '../i18n.js';
import { may } from '../roles.js';
import { forget, mediaPath, remember, renditionUrl } from '../media.js';
import { problemAlert, statusNote } from '../components/notices.js';
import { fileSize } from '../components/source-status.js';
import { inUseNotice } from '../components/media-in-use.js';
import '../components/media-upload.js';
import '../components/confirm-dialog.js';

const PAGE_SIZE = 40;
const THUMBNAIL_WIDTH = 320;

/**
 * A publication's pictures (docs/media.md): editors upload them here, several at once with a progress bar per
 * file; everyone finds them in a grid, newest first, 40 at a time ("More pictures" adds the API's next page), or by
 * a word of their file name or alt text; editors list
 * those nothing uses and delete them. A picture opens in its own view for its alt texts.
 */
class MediaScreen extends LightElement {

  static properties = {
    me: { attribute: false },
    publicationId: {},
    query: {},
    library: { state: true },
    moreProblem: { state: true },
    unused: { state: true },
    problem: { state: true },
    unusedProblem: { state: true },
    deleteProblem: { state: true },
    status: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('publicationId') || changed.has('query')) {
      this.load();
    }
  }

  async load() {
    try {
      this.publication = await publication(this.publicationId);
      const q = this.query ? `&q=${encodeURIComponent(this.query)}` : '';
      const library = await api.get(`${mediaPath(this.publicationId)}?size=${PAGE_SIZE}${q}`);
      library.media.forEach((picture) => remember(this.publicationId, picture));
      this.library = library;
      this.problem = undefined;
      this.moreProblem = undefined;
    } catch (problem) {
      this.problem = problem;
    }
  }

  /**
   * The next page of the library added to the grid, and the keyboard's focus on its first picture. A picture
   * uploaded meanwhile moves the pages by one: one seen already is not added twice.
   */
  async more() {
    const page = this.library.page + 1;
    const q = this.query ? `&q=${encodeURIComponent(this.query)}` : '';
    try {
      const next = await api.get(`${mediaPath(this.publicationId)}?size=${PAGE_SIZE}&page=${page}${q}`);
      next.media.forEach((picture) => remember(this.publicationId, picture));
      const seen = new Set(this.library.media.map((picture) => picture.id));
      const added = next.media.filter((picture) => !seen.has(picture.id));
      this.library = { ...next, media: [...this.library.media, ...added] };
      this.moreProblem = undefined;
      await this.updateComplete;
      if (added.length) {
        this.querySelector(`.media-tile[data-media="${added[0].id}"] a`)?.focus();
      }
    } catch (problem) {
      this.moreProblem = problem;
    }
  }

  render() {
    const title = this.publication ? pick(this.publication.title) : '';
    return html`
      <nav class="breadcrumbs" aria-label=${t('nav.breadcrumbs')}><a href="#/">${t('nav.home')}</a></nav>
      <h1>${t('media.title', { publication: title })}</h1>
      ${problemAlert(this.problem)}
      ${may(this.me, 'editor') ? html`
        <section class="upload-section" aria-labelledby="media-upload-heading">
          <h2 id="media-upload-heading">${t('media.uploadHeading')}</h2>
          <media-upload publicationId=${this.publicationId} .limits=${this.library?.limits}
                        @picture-uploaded=${() => this.load()}></media-upload>
        </section>` : nothing}
      <section aria-labelledby="media-library-heading">
        <h2 id="media-library-heading">${this.query ? t('media.found', { total: this.library?.total ?? '…', q: this.query })
          : t('media.library', { total: this.library?.total ?? '…' })}</h2>
        ${this.searchForm()}
        ${this.library ? this.grid(this.library.media) : html`<p role="status">${t('app.loading')}</p>`}
        ${this.library ? this.paging(this.library) : nothing}
        ${this.library?.limits ? html`<p class="help">${t('media.quota', {
          used: fileSize(this.library.limits.usedBytes), quota: fileSize(this.library.limits.quotaBytes) })}</p>` : nothing}
      </section>
      ${may(this.me, 'editor') ? this.unusedSection() : nothing}
      <confirm-dialog></confirm-dialog>`;
  }

  searchForm() {
    return html`<form class="media-search" role="search" @submit=${(event) => this.search(event)}>
      <label for="media-query">${t('media.searchLabel')}</label>
      <input id="media-query" type="search" maxlength="200" .value=${this.query ?? ''}>
      <button type="submit">${t('media.search')}</button>
      ${this.query ? html`<a class="button-link secondary" href="#/publications/${this.publicationId}/media"
        >${t('media.showAll')}</a>` : nothing}
    </form>`;
  }

  search(event) {
    event.preventDefault();
    const q = this.querySelector('#media-query').value.trim();
    location.hash = q ? `#/publications/${this.publicationId}/media?q=${encodeURIComponent(q)}`
      : `#/publications/${this.publicationId}/media`;
  }

  grid(pictures) {
    if (!pictures.length) {
      return html`<p class="empty">${this.query ? t('media.noneFound') : t('media.none')}</p>`;
    }
    return html`<ul class="media-grid" data-testid="media-grid">${pictures.map((picture) => html`
      <li class="media-tile" data-media=${picture.id}>
        <a href="#/publications/${this.publicationId}/media/${picture.id}">
          ${thumbnail(picture)}
          <span class="media-name">${picture.filename}</span>
        </a>
        <span class="size">${picture.width} × ${picture.height} · ${fileSize(picture.totalBytes)}</span>
        ${this.missingAlt(picture)}
      </li>`)}</ul>`;
  }

  paging(library) {
    if (!library.media.length) {
      return nothing;
    }
    const shown = library.media.length;
    return html`<div class="media-paging">
      <p class="hint" role="status">${t('media.shown', { shown, total: library.total })}</p>
      ${shown < library.total ? html`<button type="button" class="secondary" @click=${() => this.more()}
        >${t('media.more')}</button>` : nothing}
      ${problemAlert(this.moreProblem)}
    </div>`;
  }

  missingAlt(picture) {
    if (picture.decorative) {
      return html`<span class="decorative-mark">${t('media.decorative')}</span>`;
    }
    const missing = this.locales.filter((locale) => !picture.alt?.[locale]);
    return missing.length ? html`<span class="missing-alt">${t('media.altMissing', {
      locales: missing.map((locale) => t(`locale.${locale}`)).join(', ') })}</span>` : nothing;
  }

  get locales() {
    return this.publication ? [this.publication.sourceLocale, ...this.publication.targetLocales] : [];
  }

  unusedSection() {
    return html`
      <section class="unused-media" aria-labelledby="media-unused-heading">
        <h2 id="media-unused-heading">${t('media.unusedHeading')}</h2>
        <p class="help">${t('media.unusedHelp')}</p>
        <button type="button" class="secondary" @click=${() => this.loadUnused()}>${t('media.listUnused')}</button>
        ${problemAlert(this.unusedProblem)}
        ${inUseNotice(this.deleteProblem)}
        ${statusNote(this.status)}
        ${this.unused ? this.unusedList(this.unused) : nothing}
      </section>`;
  }

  unusedList(pictures) {
    if (!pictures.length) {
      return html`<p class="empty">${t('media.noUnused')}</p>`;
    }
    return html`<ul class="media-grid unused" data-testid="unused-media">${pictures.map((picture) => html`
      <li class="media-tile" data-media=${picture.id}>
        ${thumbnail(picture)}
        <span class="media-name">${picture.filename}</span>
        <span class="size">${formatInstant(picture.uploadedAt)}</span>
        <button type="button" class="danger" @click=${() => this.deletePicture(picture)}>${t('media.delete')}<span
          class="visually-hidden">: ${picture.filename}</span></button>
      </li>`)}</ul>`;
  }

  async loadUnused() {
    try {
      this.unused = (await api.get(mediaPath(this.publicationId, '/unused'))).media;
      this.unusedProblem = undefined;
    } catch (problem) {
      this.unusedProblem = problem;
    }
  }

  async deletePicture(picture) {
    const confirmed = await this.querySelector('confirm-dialog').ask({
      question: t('media.deleteQuestion', { name: picture.filename }),
      explanation: t('media.deleteExplanation'),
      confirm: t('media.confirmDelete'),
    });
    if (!confirmed) {
      return;
    }
    try {
      await api.remove(mediaPath(this.publicationId, `/${picture.id}`));
      forget(this.publicationId, picture.id);
      this.deleteProblem = undefined;
      this.status = t('media.deleted', { name: picture.filename });
    } catch (problem) {
      this.deleteProblem = problem;
      this.status = undefined;
    }
    await Promise.all([this.loadUnused(), this.load()]);
  }
}

/** A small picture for a grid: a rendition about as wide as the tile, its alt text in the UI language. */
export function thumbnail(picture) {
  return html`<img class="media-thumbnail" src=${renditionUrl(picture, THUMBNAIL_WIDTH)} alt=${pick(picture.alt)}
    width=${picture.width} height=${picture.height} loading="lazy" decoding="async">`;
}

customElements.define('media-screen', MediaScreen);
