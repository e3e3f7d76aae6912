package org.bulletincms;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link LayeringTest} fails once a deliberately bad class (test sources, packages named
 * {@code layeringviolation}) joins the product's classes: a rule whose package pattern matched nothing would pass.
 */
class LayeringRulesBiteTest {

    private static final JavaClasses PRODUCT_AND_VIOLATIONS = new ClassFileImporter()
            .withImportOption(
                    location -> !location.contains("/test-classes/") || location.contains("/layeringviolation/"))
            .importPackages("org.bulletincms");

    @Test
    void aPackageThatReachesBackIntoOneDependingOnItIsACycle() {
        assertCaught(LayeringTest.FEATURE_PACKAGES_ARE_FREE_OF_CYCLES, "LocaleThatKnowsIssues");
    }

    @Test
    void aJpaTypeInTheSpiIsRefused() {
        assertCaught(LayeringTest.THE_SPI_DEPENDS_ONLY_ON_JAVA_AND_JSON_P, "SpiThatKnowsJpa");
    }

    @Test
    void aJaxRsTypeInTheCoreIsRefused() {
        assertCaught(LayeringTest.THE_CORE_KNOWS_NOTHING_OF_HTTP, "PublicationThatAnswersHttp");
    }

    @Test
    void aHelperIsRefused() {
        assertCaught(LayeringTest.NAMES_COME_FROM_THE_DOMAIN, "IssueHelper");
    }

    @Test
    void jsonPerCallIsRefused() {
        assertCaught(LayeringTest.JSON_P_THROUGH_ONE_PROVIDER, "JsonPerCall");
    }

    @Test
    void aCountingStreamOfItsOwnIsRefused() {
        assertCaught(LayeringTest.ONE_LIMITED_INPUT, "CountingStream");
    }

    private static void assertCaught(ArchRule rule, String violatingClass) {
        AssertionError failure = assertThrows(AssertionError.class, () -> rule.check(PRODUCT_AND_VIOLATIONS));
        assertTrue(failure.getMessage().contains(violatingClass), failure::getMessage);
    }
}
