package no.traineemonitor;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of DESIGN.md: views talk to services, services to the warehouse, features form no cycles. */
@AnalyzeClasses(packages = "no.traineemonitor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule views_do_not_read_the_database = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.springframework.jdbc..",
                    "org.duckdb..", "no.traineemonitor.base.sql..", "no.traineemonitor.warehouse..")
            .because("a view gets its data from its feature's service, never from the warehouse directly");

    @ArchTest
    static final ArchRule views_do_not_use_repositories = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository");

    @ArchTest
    static final ArchRule no_value_from_data_becomes_a_formula = noClasses()
            .should().callMethodWhere(target(name("setCellFormula")))
            .because("report cells hold values and text, never formulas (a text from data starting with = stays text)");

    @ArchTest
    static final ArchRule feature_packages_have_no_cycles = slices()
            .matching("no.traineemonitor.(*)..")
            .should().beFreeOfCycles();
}
