/**
 * What the editorial web application (served as static ES modules under {@code /app/}) needs from the server
 * before anyone has signed in: where to sign in. Everything else it reads from the management API.
 */
package org.bulletincms.web.editorialui;
