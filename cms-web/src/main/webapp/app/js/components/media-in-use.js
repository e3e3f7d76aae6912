import { html, nothing } from 'lit';
import { t } from '../i18n.js';
import { problemAlert } from './notices.js';

/**
 * A refused delete: for 409 media-in-use, the problem's title and detail and where the picture is used (the
 * problem's usedBy: items of issues, published editions), each issue a link; any other problem as usual.
 */
export function inUseNotice(problem) {
  if (!problem) {
    return nothing;
  }
  const usedBy = problem.problem?.usedBy;
  if (problem.status !== 409 || !Array.isArray(usedBy)) {
    return problemAlert(problem);
  }
  return html`<div class="problem media-in-use" role="alert" data-testid="media-in-use">
    <p><strong>${problem.problem.title}</strong></p>
    ${problem.problem.detail ? html`<p>${problem.problem.detail}</p>` : nothing}
    <ul>${usedBy.map((use) => html`<li><a href="#/issues/${use.issue}">${use.edition
      ? t('media.usedByEdition', { edition: use.edition }) : t('media.usedByItem')}</a></li>`)}</ul>
  </div>`;
}
