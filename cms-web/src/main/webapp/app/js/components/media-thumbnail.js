import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';
import { mediaPicture, renditionUrl } from '../media.js';

/**
 * A picture of the media library named by its id, drawn small (a rendition about {@code width} pixels wide)
 * with the alt text given; nothing while it is read, the problem's message if it cannot be.
 */
class MediaThumbnail extends LightElement {

  static properties = {
    publicationId: {},
    mediaId: {},
    alt: {},
    width: { type: Number },
    picture: { state: true },
    problem: { state: true },
  };

  constructor() {
    super();
    this.width = 320;
  }

  willUpdate(changed) {
    if ((changed.has('publicationId') || changed.has('mediaId')) && this.publicationId && this.mediaId) {
      mediaPicture(this.publicationId, this.mediaId)
        .then((picture) => { this.picture = picture; this.problem = undefined; })
        .catch((problem) => { this.problem = problem; });
    }
  }

  render() {
    if (this.problem) {
      return html`<span class="field-error">${this.problem.message}</span>`;
    }
    if (!this.picture) {
      return nothing;
    }
    return html`<img class="media-thumbnail" src=${renditionUrl(this.picture, this.width)} alt=${this.alt ?? ''}
      width=${this.picture.width} height=${this.picture.height} loading="lazy" decoding="async">`;
  }
}

customElements.define('media-thumbnail', MediaThumbnail);
