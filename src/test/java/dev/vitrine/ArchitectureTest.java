package dev.vitrine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The package and security rules of the house style, kept true by the build. */
@AnalyzeClasses(packages = "dev.vitrine", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * Every feature package, found among the application's classes (a new one is under the rules at once);
     * {@code shared} is not one.
     */
    static final List<String> FEATURES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.vitrine").stream()
                    .map(type -> type.getPackageName().split("\\."))
                    .filter(parts -> parts.length > 2)
                    .map(parts -> parts[2])
                    .filter(feature -> !feature.equals("shared"))
                    .distinct()
                    .sorted()
                    .toList();

    /** The kinds of published item, whose pages build on {@code content.web}'s page beans. */
    static final List<String> ITEM_KINDS = List.of("catalog", "news", "cases", "pages");

    @Test
    void theFeaturesAreFound() {
        assertTrue(FEATURES.containsAll(List.of("account", "catalog", "cluster", "views")), FEATURES::toString);
        assertFalse(FEATURES.contains("shared"));
    }

    @ArchTest
    static final ArchRule servicesNeverUseWeb = noClasses()
            .that()
            .resideInAPackage("..service..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..web..");

    @ArchTest
    static final ArchRule entitiesUseNeitherServicesNorWeb = noClasses()
            .that()
            .resideInAPackage("..entity..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..service..", "..web..");

    @ArchTest
    static final ArchRule noFeatureReachesIntoAnothersWeb = CompositeArchRule.of(
                    FEATURES.stream().map(ArchitectureTest::webIsOwnedBy).toList())
            .because("a feature's web package is its own");

    private static ArchRule webIsOwnedBy(String feature) {
        String web = "dev.vitrine." + feature + ".web..";
        List<String> allowed = feature.equals("content")
                ? ITEM_KINDS.stream()
                        .map(kind -> "dev.vitrine." + kind + ".web..")
                        .toList()
                : List.of();
        String[] owners = Stream.concat(Stream.of(web), allowed.stream()).toArray(String[]::new);
        return noClasses()
                .that()
                .resideOutsideOfPackages(owners)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(web);
    }

    @ArchTest
    static final ArchRule sharedDependsOnNoFeature = noClasses()
            .that()
            .resideInAPackage("dev.vitrine.shared..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FEATURES.stream()
                    .map(feature -> "dev.vitrine." + feature + "..")
                    .toArray(String[]::new));

    /**
     * Every public method of every EJB, and of the bases its methods come from, says who may call it: a
     * method without a rule is denied by some servers (WildFly) and allowed by others.
     */
    @ArchTest
    static final ArchRule everyServiceMethodStatesItsRoleRule = methods()
            .that()
            .arePublic()
            .and()
            .doNotHaveModifier(JavaModifier.STATIC)
            .and()
            .areDeclaredInClassesThat(areEjbsOrTheirBases())
            .should(stateARoleRule());

    private static DescribedPredicate<JavaClass> areEjbsOrTheirBases() {
        return DescribedPredicate.describe(
                "are EJBs or bases of EJBs",
                owner -> isEjb(owner) || owner.getAllSubclasses().stream().anyMatch(ArchitectureTest::isEjb));
    }

    private static boolean isEjb(JavaClass type) {
        return type.isAnnotatedWith(Stateless.class)
                || type.isAnnotatedWith(Singleton.class)
                || type.isAnnotatedWith(Stateful.class);
    }

    private static ArchCondition<JavaMethod> stateARoleRule() {
        return new ArchCondition<>("state a role rule (@RolesAllowed, @PermitAll or @DenyAll) on it or its class") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean stated = Arrays.asList(RolesAllowed.class, PermitAll.class, DenyAll.class).stream()
                        .anyMatch(rule -> method.isAnnotatedWith(rule)
                                || method.getOwner().isAnnotatedWith(rule));
                events.add(new SimpleConditionEvent(
                        method,
                        stated,
                        method.getFullName() + (stated ? " states" : " does not state") + " who may call it"));
            }
        };
    }
}
