/**
 * Whether the server lists {@code action} among what the signed-in user may do to the issue now
 * ({@code allowedActions} of every issue answer). The rules (which role, at which stage) are the server's alone:
 * the screens show a button or a form only when its action is listed.
 */
export function allows(issue, action) {
  return issue?.allowedActions?.includes(action) ?? false;
}
