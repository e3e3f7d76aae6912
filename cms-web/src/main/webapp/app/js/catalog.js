import { api } from './api.js';

/**
 * What rarely changes during a session, read once: the installed section types (with the field specs forms
 * are drawn from) and the publications (with their source and target locales).
 */
let sectionTypes;
const publications = new Map();

export async function installedSectionTypes() {
  sectionTypes ??= api.get('section-types');
  return sectionTypes;
}

export async function sectionType(id) {
  return (await installedSectionTypes()).find((type) => type.id === id);
}

export async function publication(id) {
  if (!publications.has(id)) {
    publications.set(id, api.get(`publications/${id}`));
  }
  return publications.get(id);
}

export async function allPublications() {
  const all = await api.get('publications');
  all.forEach((one) => publications.set(one.id, Promise.resolve(one)));
  return all;
}
