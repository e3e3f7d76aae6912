/** The database schema: Flyway migrations at start-up and what the database reports about itself. */
package org.bulletincms.web.database;
