/**
 * Item content as the section-type SPI shapes it: {"shared": {field: value}, "localized": {locale: {field: value}}}.
 * Where a field's value lives follows from its spec: translatable fields per locale, the others shared.
 */

export function valueOf(content, field, locale) {
  return field.translatable ? content?.localized?.[locale]?.[field.name] : content?.shared?.[field.name];
}

/** A copy of the content with one field's value set (or removed when empty). */
export function withValue(content, field, locale, value) {
  const copy = structuredClone(content ?? {});
  copy.shared ??= {};
  copy.localized ??= {};
  const values = field.translatable ? (copy.localized[locale] ??= {}) : copy.shared;
  if (isEmpty(value)) {
    delete values[field.name];
  } else {
    values[field.name] = value;
  }
  return copy;
}

export function isEmpty(value) {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** The JSON pointer of a field inside the content, as the API reports errors (after its own prefix). */
export function pointerOf(field, locale) {
  return field.translatable ? `/localized/${locale}/${field.name}` : `/shared/${field.name}`;
}

/**
 * The item's title in a locale, else in any locale; for items without titles (a colophon) the beginning of
 * their first text in the locale. For lists and headings.
 */
export function titleOf(item, locale) {
  const localized = item.content?.localized ?? {};
  const title = localized[locale]?.title || item.content?.shared?.title
    || Object.values(localized).map((values) => values.title).find(Boolean);
  if (title) {
    return title;
  }
  const firstText = Object.values(localized[locale] ?? {}).find((value) => typeof value === 'string' && value.trim());
  return firstText ? truncate(textOf(firstText), 40) : '';
}

function truncate(text, length) {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

/** The visible text of sanitised rich text, for showing it read-only without interpreting markup. */
export function textOf(html) {
  if (typeof html !== 'string') {
    return html ?? '';
  }
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}

/** A value as one line of text: lists joined, records by their parts. */
export function displayValue(value) {
  if (Array.isArray(value)) {
    return value.map(displayValue).join(' · ');
  }
  if (value && typeof value === 'object') {
    return Object.values(value).filter((part) => !isEmpty(part)).join(', ');
  }
  return textOf(value);
}

/** The fields whose values differ between two contents, as [{field, locale, before, after}]. */
export function changedFields(fields, before, after, locales) {
  const changes = [];
  for (const field of fields) {
    for (const locale of field.translatable ? locales : [null]) {
      const was = valueOf(before, field, locale);
      const now = valueOf(after, field, locale);
      if (JSON.stringify(was ?? null) !== JSON.stringify(now ?? null)) {
        changes.push({ field, locale, before: was, after: now });
      }
    }
  }
  return changes;
}
