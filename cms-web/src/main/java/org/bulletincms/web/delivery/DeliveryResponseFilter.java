package org.bulletincms.web.delivery;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Answers repeated delivery requests from {@link DeliveryResponses}: 304 when the client's ETag matches,
 * otherwise the kept bytes. Everything else (first requests, other methods, errors) goes on to JAX-RS.
 */
@WebFilter(urlPatterns = "/api/delivery/v1/publications/*")
public class DeliveryResponseFilter extends HttpFilter {

    @Inject
    DeliveryResponses responses;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<DeliveryResponses.Response> kept = responses.find(DeliveryResponses.key(request.getRequestURI(),
                request.getQueryString(), request.getHeader("Accept-Language")));
        if (kept.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        DeliveryResponses.Response hit = kept.get();
        response.setHeader("ETag", hit.etag());
        response.setHeader("Cache-Control", hit.cacheControl());
        response.setHeader("Vary", "Accept-Language");
        response.setHeader("Content-Language", hit.contentLanguage());
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.equals(hit.etag()) || ifNoneMatch.equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(hit.body().length);
        response.getOutputStream().write(hit.body());
    }
}
