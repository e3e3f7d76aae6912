package org.bulletincms.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import org.bulletincms.testing.StyleRules;

/**
 * The layering of cms-web, checked on every build. {@link LayeringRulesBiteTest} shows each rule failing on a
 * deliberately bad class, so none of them passes because its package pattern matches nothing.
 */
@AnalyzeClasses(packages = "org.bulletincms.web", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule FEATURE_PACKAGES_ARE_FREE_OF_CYCLES = slices().matching("org.bulletincms.web.(*)..")
            .namingSlices("$1")
            .should()
            .beFreeOfCycles()
            .because("a concept shared by two features belongs to the one that owns it, or below both");

    @ArchTest
    static final ArchRule RESOURCES_DO_NOT_USE_THE_ENTITY_MANAGER = noClasses()
            .that()
            .haveSimpleNameEndingWith("Resource")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .because("a resource parses, makes one call into the core and maps the answer; queries belong in the core");

    /**
     * Frozen: the resources that use repositories today are recorded in src/test/resources/archunit-store, and
     * only a new use fails. Moving a use case into an application service removes its lines from the store (commit
     * the store with it), so the number can only shrink.
     */
    @ArchTest
    static final ArchRule RESOURCES_DO_NOT_USE_REPOSITORIES = FreezingArchRule.freeze(noClasses()
            .that()
            .haveSimpleNameEndingWith("Resource")
            .should()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Repository")
            .because("the use case, with its transaction, belongs to an application service in the core"));

    @ArchTest
    static final ArchRule NAMES_COME_FROM_THE_DOMAIN = StyleRules.NAMES_COME_FROM_THE_DOMAIN;

    @ArchTest
    static final ArchRule JSON_P_THROUGH_ONE_PROVIDER = StyleRules.JSON_P_THROUGH_ONE_PROVIDER;
}
