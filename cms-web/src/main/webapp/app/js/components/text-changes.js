import { html } from 'lit';
import { t } from '../i18n.js';

/**
 * What changed between an old and a new text, as the server compared them (word by word, character by character
 * in Chinese: the `textChanges` of the API): the runs in reading order, removed ones in `<del>`, added ones in
 * `<ins>`. Built with DOM APIs from text nodes, so a run is never read as markup. Screen readers are told where a
 * removal or an addition starts through the `data-label` the stylesheet shows to them alone.
 */
export function textChanges(segments) {
  const shown = document.createElement('span');
  shown.className = 'text-changes';
  for (const segment of segments) {
    if (segment.kind === 'same') {
      shown.append(document.createTextNode(segment.text));
      continue;
    }
    const run = document.createElement(segment.kind === 'removed' ? 'del' : 'ins');
    run.dataset.label = t(`changes.${segment.kind}`);
    run.textContent = segment.text;
    shown.append(run);
  }
  return shown;
}

/**
 * What changed inside a list field or a picture's words, entry by entry (the `entryChanges` of the API): one line
 * per entry or member that changed, named by the entry's number from 1 and the member's column name ("Speakers,
 * entry 2 · Organisation"), with its {@link textChanges}.
 *
 * @param entries the API's entry changes ({ path, textChanges })
 * @param field   the field's label, to name the entries by
 */
export function entryChanges(entries, field) {
  return html`<ul class="entry-changes">${entries.map((entry) => html`<li data-path=${entry.path}>
    <span class="entry-path">${entryName(entry.path, field)}</span>: ${textChanges(entry.textChanges)}</li>`)}</ul>`;
}

function entryName(path, field) {
  const steps = path.split('.');
  const member = /^\d+$/.test(steps[0]) ? steps.slice(1) : steps;
  const entry = /^\d+$/.test(steps[0]) ? t('field.entry', { field, n: Number(steps[0]) + 1 }) : field;
  return [entry, ...member.map((name) => t(`column.${name}`))].join(' · ');
}
