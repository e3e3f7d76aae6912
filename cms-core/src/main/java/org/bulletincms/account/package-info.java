/**
 * Who the people in the stored data are. A person is identified by their Keycloak subject ({@code sub}), which
 * Keycloak never gives to anyone else; their user name ({@code preferred_username}) is only what they are called
 * now, and an administrator may give it to someone else later. Every column that stores a person
 * ({@link org.bulletincms.account.UserColumns}) holds a subject; {@link org.bulletincms.account.Accounts} records
 * the name each subject signed in with last, so the API can show people by name.
 *
 * <p>Rows written before subjects were stored hold user names. Each such name is a
 * {@link org.bulletincms.account.LegacyUserName}: the first person who signs in under it claims it, and every
 * user column is rewritten from the name to their subject in one transaction. A claimed name is never claimed
 * again, so a later holder of the same user name does not inherit the earlier person's history. The window that
 * remains: a name given to someone else before its first holder ever signed in after the upgrade goes to that
 * someone else (docs/identity.md).
 */
package org.bulletincms.account;
