/**
 * IP addresses and ranges as settings write them ({@link org.bulletincms.network.AddressRange}): the webhook
 * allow-list and the proxies whose forwarded headers a node believes read them the same way.
 */
package org.bulletincms.network;
