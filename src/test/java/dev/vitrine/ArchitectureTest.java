package dev.vitrine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of the house style, kept true by the build. */
@AnalyzeClasses(packages = "dev.vitrine", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule servicesNeverUseWeb = noClasses().that().resideInAPackage("..service..")
            .should().dependOnClassesThat().resideInAPackage("..web..");

    @ArchTest
    static final ArchRule entitiesUseNeitherServicesNorWeb = noClasses().that().resideInAPackage("..entity..")
            .should().dependOnClassesThat().resideInAnyPackage("..service..", "..web..");

    @ArchTest
    static final ArchRule noFeatureReachesIntoAnothersWeb = noClasses()
            .that().resideOutsideOfPackages("dev.vitrine.catalog.web..", "dev.vitrine.shared..")
            .should().dependOnClassesThat().resideInAPackage("dev.vitrine.catalog.web..")
            .because("a feature's web package is its own");

    @ArchTest
    static final ArchRule newsWebIsNewsOwn = noClasses()
            .that().resideOutsideOfPackage("dev.vitrine.news.web..")
            .should().dependOnClassesThat().resideInAPackage("dev.vitrine.news.web..");

    @ArchTest
    static final ArchRule siteWebIsSiteOwn = noClasses()
            .that().resideOutsideOfPackage("dev.vitrine.site.web..")
            .should().dependOnClassesThat().resideInAPackage("dev.vitrine.site.web..");

    @ArchTest
    static final ArchRule sharedDependsOnNoFeature = noClasses().that().resideInAPackage("dev.vitrine.shared..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.vitrine.catalog..", "dev.vitrine.news..", "dev.vitrine.views..", "dev.vitrine.site..");
}
