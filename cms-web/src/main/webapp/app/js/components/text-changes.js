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
