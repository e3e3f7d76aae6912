package org.bulletincms.plugins.standard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.bulletincms.testing.StyleRules;
import org.junit.jupiter.api.Test;

class PluginDependenciesTest {

    private static final ArchRule PLUGINS_SEE_ONLY_THE_SPI = classes()
            .that()
            .resideInAPackage("org.bulletincms.plugins..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "jakarta.json..", "org.bulletincms.spi..", "org.bulletincms.plugins..")
            .because("a plugin sees only the SPI; anything else of the core may change under it");

    private final JavaClasses plugins = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.bulletincms.plugins");

    @Test
    void pluginsDependOnlyOnJavaJsonPAndTheSpi() {
        PLUGINS_SEE_ONLY_THE_SPI.check(plugins);
    }

    @Test
    void namesComeFromTheDomain() {
        StyleRules.NAMES_COME_FROM_THE_DOMAIN.check(plugins);
    }

    @Test
    void jsonPThroughOneProvider() {
        StyleRules.JSON_P_THROUGH_ONE_PROVIDER.check(plugins);
    }

    /** The rule is not vacuous: a plugin class reaching into the core (test sources, layeringviolation) fails it. */
    @Test
    void aPluginUsingACoreClassBeyondTheSpiIsRefused() {
        JavaClasses withViolation = new ClassFileImporter()
                .withImportOption(
                        location -> !location.contains("/test-classes/") || location.contains("/layeringviolation/"))
                .importPackages("org.bulletincms.plugins");
        AssertionError failure =
                assertThrows(AssertionError.class, () -> PLUGINS_SEE_ONLY_THE_SPI.check(withViolation));
        assertTrue(failure.getMessage().contains("PluginThatReadsStages"), failure::getMessage);
    }
}
