/**
 * Whether the signed-in user acts in a role; admins act in every role, as on the server. Only for what depends on
 * the role alone (which task lists and menus to show); what may be done to an issue comes from its
 * {@code allowedActions} ({@link allows} in allowed-actions.js).
 */
export function may(me, role) {
  return me.roles.includes(role) || me.roles.includes('admin');
}

/**
 * Whether the signed-in user may open an issue's preview, which makes a preview link: editors and approvers (the
 * approver signs off the web page readers will get), as {@code PreviewLinkResource} allows on the server.
 */
export function mayPreview(me) {
  return may(me, 'editor') || may(me, 'approver');
}
