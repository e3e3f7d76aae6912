import { html, nothing } from 'lit';
import { formatInstant, t } from '../i18n.js';

/** A stage as a short coloured label: "草稿", "In review". */
export function stageBadge(stage) {
  return html`<span class="stage stage-${stage}" data-stage=${stage}>${t(`stage.${stage}`)}</span>`;
}

/**
 * What the server said went wrong, read out to screen readers as soon as it appears; {@code listed} are the
 * field errors not already shown at a field of the screen.
 */
export function problemAlert(problem, listed = problem?.errors ?? []) {
  if (!problem) {
    return nothing;
  }
  const general = listed;
  return html`<div class="problem" role="alert">
    <p>${problem.message}</p>
    ${general.length ? html`<ul>${general.map((error) => html`<li>${error.message}</li>`)}</ul>` : nothing}
  </div>`;
}

/** A short confirmation ("Saved"), announced politely. */
export function statusNote(text) {
  return html`<p class="status-note" role="status">${text ?? ''}</p>`;
}

/** When an approved issue will be published by itself, if someone scheduled it; the instant as the server has it. */
export function scheduledPublication(publishAt) {
  return publishAt ? html`<p class="scheduled" data-testid="scheduled-publication" data-publish-at=${publishAt}>
    ${t('review.scheduledFor', { at: formatInstant(publishAt) })}</p>` : nothing;
}
