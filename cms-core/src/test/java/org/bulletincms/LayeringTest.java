package org.bulletincms;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.bulletincms.testing.StyleRules;

/**
 * The layering of cms-core, checked on every build. {@link LayeringRulesBiteTest} shows each rule failing on a
 * deliberately bad class, so none of them passes because its package pattern matches nothing.
 */
@AnalyzeClasses(packages = "org.bulletincms", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    /** Two packages that import each other are one package in two places: the owner of the concept is unclear. */
    @ArchTest
    static final ArchRule FEATURE_PACKAGES_ARE_FREE_OF_CYCLES = slices().matching("org.bulletincms.(*)..")
            .namingSlices("$1")
            .should()
            .beFreeOfCycles()
            .because("a concept shared by two features belongs to the one that owns it, or below both");

    @ArchTest
    static final ArchRule THE_SPI_DEPENDS_ONLY_ON_JAVA_AND_JSON_P = classes()
            .that()
            .resideInAPackage("org.bulletincms.spi..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "jakarta.json..", "org.bulletincms.spi..")
            .because("plugins compile against the SPI alone; no JPA, JAX-RS, CDI or core type may leak into it");

    @ArchTest
    static final ArchRule THE_CORE_KNOWS_NOTHING_OF_HTTP = noClasses()
            .that()
            .resideInAPackage("org.bulletincms..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.ws.rs..", "org.bulletincms.web..")
            .because("the core states domain facts; cms-web alone turns them into HTTP");

    @ArchTest
    static final ArchRule NAMES_COME_FROM_THE_DOMAIN = StyleRules.NAMES_COME_FROM_THE_DOMAIN;

    @ArchTest
    static final ArchRule JSON_P_THROUGH_ONE_PROVIDER = StyleRules.JSON_P_THROUGH_ONE_PROVIDER;

    @ArchTest
    static final ArchRule ONE_LIMITED_INPUT = StyleRules.ONE_LIMITED_INPUT;
}
