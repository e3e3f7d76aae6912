package org.example.bulletin.tender;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class TenderPluginDependenciesTest {

    @Test
    void theJarNeedsNothingButTheSpiSoThatDroppingItInInstallsIt() {
        classes()
                .that()
                .resideInAPackage("org.example.bulletin.tender..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..", "jakarta.json..", "org.bulletincms.spi..", "org.example.bulletin.tender..")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.example.bulletin.tender"));
    }
}
