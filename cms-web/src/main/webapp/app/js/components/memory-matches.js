import { html, nothing } from 'lit';
import { t } from '../i18n.js';
import { memoryEntryTools } from './memory-entry.js';

/**
 * What the translation memory offers one field (GET …/translations/{locale}/matches): its exact match and near
 * matches with their similarity in per cent, and for a rich text of several paragraphs each paragraph's. Nothing is
 * filled in by itself: an exact match of the whole field has a button, and only the translator's click fills it.
 *
 * @param unit    the memory's unit for the field (id, matches, paragraphs)
 * @param label   the field's label, for the button's and the list's accessible names
 * @param lang    the target locale, for the lang attribute of the offered translations
 * @param onUse   called with the match to fill in; absent when the field cannot take one (read-only, a list)
 * @param editsEntries for editors and admins: {@code { confirm, onChanged }}, and each match gets "Correct" and
 *                "Delete" for its memory entry ({@link memoryEntryTools}); absent for translators
 */
export function memoryMatches({ unit, label, lang, onUse, editsEntries }) {
  if (!unit || (!unit.matches.length && !unit.paragraphs.length)) {
    return nothing;
  }
  return html`
    <div class="memory-matches" role="group" data-unit=${unit.id} aria-label=${t('memory.forField', { field: label })}>
      <h5>${t('memory.heading')}</h5>
      <ul>${unit.matches.map((match) => matchRow(match, { label, lang, onUse, editsEntries }))}</ul>
      ${unit.paragraphs.map((paragraph) => html`
        <div class="memory-paragraph" data-paragraph=${paragraph.paragraph}>
          <h6>${t('memory.paragraph', { n: paragraph.paragraph })}</h6>
          <ul>${paragraph.matches.map((match) => matchRow(match, {
            label: `${label} ${t('memory.paragraph', { n: paragraph.paragraph })}`, lang, editsEntries }))}</ul>
        </div>`)}
    </div>`;
}

function matchRow(match, { label, lang, onUse, editsEntries }) {
  const exact = match.similarity === 100;
  return html`<li class="memory-match ${exact ? 'exact' : 'near'}" data-similarity=${match.similarity}
    data-entry=${match.entry}>
    <span class="match-score">${t(exact ? 'memory.exact' : 'memory.near', { percent: match.similarity })}</span>
    <span class="match-target" lang=${lang}>${match.target}</span>
    <span class="match-source">${t('memory.source', { text: match.source })}</span>
    ${exact && onUse ? html`<button type="button" class="secondary" @click=${() => onUse(match)}>${t('memory.use')}<span
      class="visually-hidden">: ${label}</span></button>` : nothing}
    ${memoryEntryTools(match, { label, lang, editsEntries })}
  </li>`;
}
