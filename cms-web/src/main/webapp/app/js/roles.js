/** Whether the signed-in user acts in a role; admins act in every role, as on the server. */
export function may(me, role) {
  return me.roles.includes(role) || me.roles.includes('admin');
}

/** Editors change content while an issue is a draft or in translation; under review it is locked. */
export function editorMayWrite(me, stage) {
  return may(me, 'editor') && (stage === 'draft' || stage === 'in-translation');
}
