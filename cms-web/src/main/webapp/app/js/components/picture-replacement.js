import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';
import { api } from '../api.js';
import { t } from '../i18n.js';
import { mediaPath } from '../media.js';
import { fileSize } from './source-status.js';
import { refusal, refusalText } from './media-upload.js';

/**
 * Gives a picture of the media library a new file (PUT …/media/{id}/file; docs/media.md, "Replacing a picture"),
 * sent as the raw body with a progress bar as uploads are. The picture keeps its id and alt texts, so the items
 * that show it show the new file; editions published before keep the renditions they were published with, which
 * the help says before anything is sent. A file larger than the library's limit is refused here; the server's
 * refusals (an upload's, and 409 media-already-in-library with a link to the picture made from that file) show
 * the problem's title and detail. Fires "picture-replaced" with the picture the server answered.
 */
class PictureReplacement extends LightElement {

  static properties = {
    publicationId: {},
    picture: { attribute: false },
    limits: { attribute: false },
    sending: { state: true },
  };

  render() {
    const max = this.limits?.maxUploadBytes;
    return html`
      <form class="picture-replacement" @submit=${(event) => this.submit(event)}>
        <fieldset>
          <legend>${t('media.replaceHeading')}</legend>
          <p class="help" id="replace-file-help">${t('media.replaceHelp')}</p>
          <label for="replace-file">${t('media.replaceFile')}</label>
          <input id="replace-file" type="file" aria-describedby="replace-file-help replace-file-limits"
                 accept="image/jpeg,image/png,image/webp,image/gif,.jpg,.jpeg,.png,.webp,.gif">
          <p class="help" id="replace-file-limits">${t('media.replaceLimits', {
            max: max ? fileSize(max) : '…',
            formats: (this.limits?.formats ?? ['JPEG', 'PNG', 'WebP', 'GIF']).join(', ') })}</p>
        </fieldset>
        <button type="submit" ?disabled=${this.sending?.state === 'sending'}>${t('media.replace')}</button>
      </form>
      ${this.sending ? this.row(this.sending) : nothing}`;
  }

  row(sending) {
    return html`<div class="upload upload-${sending.state}" data-testid="replacement" data-file=${sending.file.name}>
      <span class="upload-name">${sending.file.name}</span> <span class="size">${fileSize(sending.file.size)}</span>
      <progress max="100" value=${Math.round(sending.sent * 100)}
                aria-label=${t('media.uploadProgress', { name: sending.file.name })}></progress>
      <span class="upload-state" role=${sending.state === 'refused' ? 'alert' : 'status'}>${this.stateText(sending)}</span>
    </div>`;
  }

  stateText(sending) {
    switch (sending.state) {
      case 'sending': return t('media.sending', { percent: Math.round(sending.sent * 100) });
      case 'unchanged': return t('media.replacedBySame');
      case 'replaced': return t('media.replaced', { renditions: sizes(sending.picture.renditions) });
      case 'refused': return html`${refusalText(sending)}${sending.existing ? html` <a
        href="#/publications/${this.publicationId}/media/${sending.existing}">${t('media.openExisting')}</a>` : nothing}`;
      default: return nothing;
    }
  }

  async submit(event) {
    event.preventDefault();
    const input = this.querySelector('#replace-file');
    const file = input.files[0];
    if (!file) {
      return;
    }
    input.value = '';
    const sending = { file, state: 'sending', sent: 0 };
    const update = (changes) => {
      Object.assign(sending, changes);
      this.sending = { ...sending };
    };
    const max = this.limits?.maxUploadBytes;
    if (max && file.size > max) {
      update({ state: 'refused', title: t('media.tooLarge', { max: fileSize(max) }) });
      return;
    }
    update({});
    const before = this.picture.src;
    try {
      const picture = await api.replaceFile(mediaPath(this.publicationId, `/${this.picture.id}/file`), file,
        (sent) => update({ sent }));
      // The picture's own file again changes nothing: the server answers the picture as it was.
      update({ state: picture.src === before ? 'unchanged' : 'replaced', sent: 1, picture });
      this.dispatchEvent(new CustomEvent('picture-replaced', { detail: picture, bubbles: true }));
    } catch (problem) {
      update({ state: 'refused', ...refusal(problem), existing: problem.problem?.existing });
    }
  }
}

function sizes(renditions) {
  return (renditions ?? []).map((rendition) => `${rendition.width} × ${rendition.height}`).join(', ');
}

customElements.define('picture-replacement', PictureReplacement);
