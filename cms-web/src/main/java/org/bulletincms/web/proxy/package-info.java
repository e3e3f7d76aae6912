/**
 * Behind a balancer: the {@code X-Forwarded-For}, {@code -Proto}, {@code -Host} and {@code -Port} headers are
 * believed only when the peer that sent them is a configured proxy ({@code cms.trusted-proxies}); from anyone else
 * they are removed before anything reads them.
 */
package org.bulletincms.web.proxy;
