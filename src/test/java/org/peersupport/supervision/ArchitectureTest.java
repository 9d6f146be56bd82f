package org.peersupport.supervision;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The house: every package under {@code org.peersupport.supervision} is a room (a Spring Modulith
 * application module); its {@code package-info.java} names the rooms it may use, and nothing else. A new
 * arrow (a back-import, a loop, a capability reaching into another) fails here until someone decides it
 * belongs and writes it down, in the room's package-info and in docs/architecture.md.
 */
class ArchitectureTest {

  private static final String BASE = "org.peersupport.supervision";

  private static ApplicationModules modules;

  @BeforeAll
  static void readTheHouse() {
    modules = ApplicationModules.of(PeerSupervisionApplication.class);
  }

  /** No cycle between rooms; no room uses another beyond what its package-info allows, or its internals. */
  @Test
  void theRoomsKeepTheirArrows() {
    modules.verify();
  }

  /** Each room names what it may use, and that list is exactly what it uses: no allowance stays unused. */
  @Test
  void eachRoomNamesExactlyTheRoomsItUses() {
    Map<String, Set<String>> declared = new TreeMap<>();
    Map<String, Set<String>> used = new TreeMap<>();
    modules.forEach(module -> {
      ApplicationModule annotation = declaration(module.getBasePackage().getName());
      assertThat(annotation).as("package-info.java of %s with @ApplicationModule(allowedDependencies = ...)",
          module.getBasePackage().getName()).isNotNull();
      declared.put(module.getName(), new TreeSet<>(Arrays.asList(annotation.allowedDependencies())));
      used.put(module.getName(), module.getDirectDependencies(modules).stream()
          .map(ApplicationModuleDependency::getTargetModule).map(m -> m.getName())
          .collect(Collectors.toCollection(TreeSet::new)));
    });
    assertThat(declared).isEqualTo(used);
  }

  /** The ground floor imports no product package. */
  @Test
  void theGroundFloorUsesNoRoom() {
    assertThat(modules.getModuleByName("system").orElseThrow().getDirectDependencies(modules).stream()
        .map(d -> d.getTargetModule().getName()).toList()).isEmpty();
  }

  /** docs/architecture.md draws the same house as the code: each room and the rooms it uses. */
  @Test
  void theArchitectureDocumentShowsTheRoomsAndTheirArrows() throws IOException {
    String doc = Files.readString(Path.of("docs/architecture.md"));
    Pattern row = Pattern.compile("^\\| `([a-z]+)` \\|[^|]*\\| ([^|]*) \\|$", Pattern.MULTILINE);
    Map<String, Set<String>> documented = new TreeMap<>();
    Matcher matcher = row.matcher(doc.substring(doc.indexOf("## Rooms")));
    while (matcher.find()) {
      Set<String> uses = new TreeSet<>();
      Matcher name = Pattern.compile("`([a-z]+)`").matcher(matcher.group(2));
      while (name.find()) {
        uses.add(name.group(1));
      }
      documented.put(matcher.group(1), uses);
    }
    Map<String, Set<String>> used = new TreeMap<>();
    modules.forEach(module -> used.put(module.getName(), module.getDirectDependencies(modules).stream()
        .map(d -> d.getTargetModule().getName()).collect(Collectors.toCollection(TreeSet::new))));
    assertThat(documented).isEqualTo(used);
  }

  /** The servlet filter chain is assembled in one place, web/HttpFilterChain, with its named order. */
  @Test
  void theFilterChainIsAssembledInOnePlace() {
    JavaClasses classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
        .importPackages(BASE);
    noClasses().that().doNotHaveFullyQualifiedName(BASE + ".web.HttpFilterChain")
        .should().dependOnClassesThat().areAssignableTo(FilterRegistrationBean.class)
        .because("the filters' order is read in one place").check(classes);
  }

  /** The room's own words in its package-info.java; javac keeps a package's annotations on that class. */
  private static ApplicationModule declaration(String packageName) {
    try {
      return Class.forName(packageName + ".package-info").getAnnotation(ApplicationModule.class);
    } catch (ClassNotFoundException e) {
      return null;
    }
  }
}
