/**
 * The database as something that can go away: how to tell that a failure means the database is unavailable
 * ({@link org.bulletincms.database.DatabaseUnavailable}), the node's one record of an outage, logged once when it
 * begins and once when it ends ({@link org.bulletincms.database.DatabaseOutage}), and the back-off of background
 * loops while it lasts ({@link org.bulletincms.database.BackOff}).
 */
package org.bulletincms.database;
