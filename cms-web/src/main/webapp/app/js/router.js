/**
 * Screens are addressed by the URL's fragment, so the server serves one page and a reload keeps the screen:
 * #/ (home), #/issues/{id}, #/issues/{id}/items/{item}, #/issues/{id}/rubrics/{rubric}/new/{type},
 * #/issues/{id}/translate/{locale}, #/issues/{id}/review, #/issues/{id}/preview, #/sources, #/sources/{id}?page=n,
 * #/publications/{id}/media?q=…, #/publications/{id}/media/{picture}.
 * What follows a "?" is given to the screen as parameters too.
 */
const ROUTES = [
  { screen: 'home', pattern: /^\/?$/ },
  { screen: 'issue', pattern: /^\/issues\/([^/]+)$/, names: ['issue'] },
  { screen: 'item', pattern: /^\/issues\/([^/]+)\/items\/([^/]+)$/, names: ['issue', 'item'] },
  { screen: 'new-item', pattern: /^\/issues\/([^/]+)\/rubrics\/([^/]+)\/new\/([^/]+)$/, names: ['issue', 'rubric', 'type'] },
  { screen: 'translate', pattern: /^\/issues\/([^/]+)\/translate\/([^/]+)$/, names: ['issue', 'locale'] },
  { screen: 'review', pattern: /^\/issues\/([^/]+)\/review$/, names: ['issue'] },
  { screen: 'preview', pattern: /^\/issues\/([^/]+)\/preview$/, names: ['issue'] },
  { screen: 'sources', pattern: /^\/sources$/ },
  { screen: 'source', pattern: /^\/sources\/([^/]+)$/, names: ['source'] },
  { screen: 'media', pattern: /^\/publications\/([^/]+)\/media$/, names: ['publication'] },
  { screen: 'picture', pattern: /^\/publications\/([^/]+)\/media\/([^/]+)$/, names: ['publication', 'media'] },
];

export function currentRoute() {
  const [path, query] = decodeURIComponent(location.hash.replace(/^#/, '') || '/').split('?');
  for (const route of ROUTES) {
    const match = route.pattern.exec(path);
    if (match) {
      const params = Object.fromEntries(new URLSearchParams(query ?? ''));
      (route.names ?? []).forEach((name, i) => { params[name] = match[i + 1]; });
      return { screen: route.screen, params };
    }
  }
  return { screen: 'not-found', params: {} };
}

export function go(path) {
  location.hash = `#${path}`;
}
