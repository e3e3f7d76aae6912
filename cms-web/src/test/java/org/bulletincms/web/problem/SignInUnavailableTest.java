package org.bulletincms.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignInUnavailableTest {

    private final SignInUnavailable outage = new SignInUnavailable(Duration.ofSeconds(5));

    @Test
    void isA503OfItsOwnTypeThatSaysWhenToTryAgain() {
        JsonObject problem = ProblemDescriptions.inLanguages(List.of(Locale.ENGLISH))
                .forException(outage, "GET", "/api/v1/me")
                .toJson();

        assertEquals(503, problem.getInt("status"));
        assertEquals("urn:bulletin-cms:problem:sign-in-unavailable", problem.getString("type"));
        assertEquals("Sign-in service unavailable", problem.getString("title"));
        assertTrue(problem.getString("detail").contains("Try again in 5 seconds"), problem.getString("detail"));
        assertEquals(Map.of("Retry-After", "5"), outage.responseHeaders());
    }

    @Test
    void speaksChineseToChineseCallers() {
        JsonObject problem = ProblemDescriptions.inLanguages(List.of(Locale.forLanguageTag("zh-CN")))
                .forException(outage, "GET", "/api/v1/me")
                .toJson();

        assertEquals("登录服务不可用", problem.getString("title"));
        assertTrue(problem.getString("detail").contains("5 秒后重试"), problem.getString("detail"));
    }
}
