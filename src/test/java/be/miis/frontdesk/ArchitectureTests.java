package be.miis.frontdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The code conventions of docs/architecture.md that the compiler and Spring Modulith do not check by themselves.
 */
class ArchitectureTests {

    private static final String BASE = "be.miis.frontdesk";

    private final JavaClasses main = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    private final JavaClasses tests = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void controllersLiveInWebPackagesAndArePackagePrivate() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .resideInAPackage("..web..")
                .andShould()
                .notBePublic()
                .check(main);
    }

    @Test
    void entitiesStayInsideTheirModule() {
        classes().that().areAnnotatedWith(Entity.class).should().notBePublic().check(main);
    }

    @Test
    void noFieldInjection() {
        fields().should().notBeAnnotatedWith(Autowired.class).check(main);
    }

    @Test
    void singleFindsReturnOptional() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAssignableTo(Repository.class)
                .and()
                .haveNameStartingWith("find")
                .should(returnOptionalOrSeveral())
                .check(main);
    }

    @Test
    void testsUseTheMetaAnnotationsThatChooseTheTestDatabase() {
        noClasses()
                .that()
                .resideOutsideOfPackage(BASE + ".test")
                .should()
                .beAnnotatedWith(SpringBootTest.class)
                .orShould()
                .beAnnotatedWith(DataJpaTest.class)
                .because("@FrontdeskIntegrationTest and @FrontdeskDataJpaTest pick the real test PostgreSQL")
                .check(tests);
    }

    @Test
    void testsAreNamedAfterWhatTheyTest() {
        classes()
                .that()
                .containAnyMethodsThat(isTestMethod())
                .should()
                .haveSimpleNameEndingWith("Tests")
                .orShould()
                .haveSimpleNameEndingWith("IT")
                .check(tests);
    }

    private static DescribedPredicate<JavaMethod> isTestMethod() {
        return DescribedPredicate.describe(
                "a JUnit test",
                method -> method.isAnnotatedWith(Test.class)
                        || method.isAnnotatedWith("org.junit.jupiter.params.ParameterizedTest"));
    }

    private static ArchCondition<JavaMethod> returnOptionalOrSeveral() {
        return new ArchCondition<>("return Optional for a single result") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                JavaClass type = method.getRawReturnType();
                boolean ok = type.isAssignableTo(Optional.class)
                        || type.isAssignableTo(Collection.class)
                        || type.isAssignableTo(Stream.class)
                        || type.isAssignableTo(Iterable.class)
                        || type.isArray();
                if (!ok) {
                    events.add(SimpleConditionEvent.violated(
                            method, method.getFullName() + " returns " + type.getName() + " instead of Optional"));
                }
            }
        };
    }
}
