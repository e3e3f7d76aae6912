/**
 * The application's meters for operators, registered in the {@code MeterRegistry} WildFly's Micrometer subsystem
 * gives each deployment and scraped in Prometheus format at {@code /metrics} on the management port: what waits
 * in the database (extraction queue, webhook backlog), what failed, how long publishing takes, and how often the
 * delivery API answers from memory. WildFly adds its own subsystems' meters there (the database pool's among them).
 */
package org.bulletincms.web.metrics;
