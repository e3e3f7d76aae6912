package org.bulletincms.web;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link LayeringTest} fails once a deliberately bad class (test sources, packages named
 * {@code layeringviolation}) joins the module's classes: a rule whose package pattern matched nothing would pass.
 */
class LayeringRulesBiteTest {

    private static final JavaClasses WEB_AND_VIOLATIONS = new ClassFileImporter()
            .withImportOption(
                    location -> !location.contains("/test-classes/") || location.contains("/layeringviolation/"))
            .importPackages("org.bulletincms.web");

    @Test
    void aPackageThatReachesBackIntoOneDependingOnItIsACycle() {
        assertCaught(LayeringTest.FEATURE_PACKAGES_ARE_FREE_OF_CYCLES, "SecurityThatAnswersProblems");
    }

    @Test
    void aResourceWithAnEntityManagerIsRefused() {
        assertCaught(LayeringTest.RESOURCES_DO_NOT_USE_THE_ENTITY_MANAGER, "QueryingResource");
    }

    @Test
    void aResourceUsingARepositoryIsRefused() {
        assertCaught(LayeringTest.RESOURCES_DO_NOT_USE_REPOSITORIES, "RepositoryReadingResource");
    }

    @Test
    void aWebClassMappingAnEntityIsRefused() {
        assertCaught(LayeringTest.THE_WEB_SEES_NO_ENTITY, "EntityShowingResource");
    }

    @Test
    void aTransactionalResourceIsRefused() {
        assertCaught(LayeringTest.RESOURCES_BEGIN_NO_TRANSACTION, "TransactionalResource ");
    }

    @Test
    void aResourceWithATransactionalMethodIsRefused() {
        assertCaught(LayeringTest.RESOURCES_BEGIN_NO_TRANSACTION, "TransactionalMethodResource.write()");
    }

    @Test
    void aResourceReadingItsBodyAsJsonValueIsRefused() {
        assertCaught(LayeringTest.REQUEST_BODIES_ARE_RECORDS, "LenientBodyResource");
    }

    @Test
    void anyJsonWithoutTheAnyJsonSchemaIsRefused() {
        assertCaught(LayeringTest.ANY_JSON_IS_DOCUMENTED_AS_ANY_JSON, "UndocumentedValue");
    }

    @Test
    void aUtilsClassIsRefused() {
        assertCaught(LayeringTest.NAMES_COME_FROM_THE_DOMAIN, "ProblemUtils");
    }

    private static void assertCaught(ArchRule rule, String violatingClass) {
        AssertionError failure = assertThrows(AssertionError.class, () -> rule.check(WEB_AND_VIOLATIONS));
        assertTrue(failure.getMessage().contains(violatingClass), failure::getMessage);
    }
}
