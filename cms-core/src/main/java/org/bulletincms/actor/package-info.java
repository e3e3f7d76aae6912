/**
 * Who is acting and what their roles let them do: an {@link org.bulletincms.actor.Actor} carries the realm
 * {@link org.bulletincms.actor.Role}s of the caller's token, and {@link org.bulletincms.actor.NotPermitted} is the
 * refusal when they do not suffice. The life cycle and the workflow both ask these questions; neither owns
 * them, so they live below both.
 */
package org.bulletincms.actor;
