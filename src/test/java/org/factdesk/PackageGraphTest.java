package org.factdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The picture of the package graph in {@code docs/package-graph.md}, drawn from the compiled
 * classes: an arrow from one feature package to another when a class of the first uses a class of
 * the second. The test fails when the picture no longer shows the code (with the command that draws
 * it again) and when the graph has a cycle.
 */
class PackageGraphTest {

  static final Path PICTURE = Path.of("docs/package-graph.md");

  private static final String PREFIX = "org.factdesk.";

  @Test
  void thePictureShowsTheCodeAndHasNoCycle() throws IOException {
    Map<String, Set<String>> graph = graph();
    List<String> cycle = cycle(graph);
    assertTrue(cycle.isEmpty(), "the package graph has a cycle: " + String.join(" -> ", cycle));
    String drawn = picture(graph);
    if (Boolean.getBoolean("package-graph.write")) {
      Files.writeString(PICTURE, drawn, StandardCharsets.UTF_8);
    }
    String kept = Files.exists(PICTURE) ? Files.readString(PICTURE, StandardCharsets.UTF_8) : "";
    assertEquals(
        drawn,
        kept,
        PICTURE
            + " no longer shows the code; draw it again with: mvn -o test -pl webapp-pom.xml -am"
            + " -Dtest=PackageGraphTest -Dsurefire.failIfNoSpecifiedTests=false"
            + " -Dpackage-graph.write=true");
  }

  @Test
  void aCycleIsFound() {
    Map<String, Set<String>> graph = new TreeMap<>();
    graph.put("article", new TreeSet<>(Set.of("audit")));
    graph.put("audit", new TreeSet<>(Set.of("platform", "article")));
    graph.put("platform", new TreeSet<>());
    assertEquals(List.of("article", "audit", "article"), cycle(graph));
    graph.get("audit").remove("article");
    assertEquals(List.of(), cycle(graph));
  }

  /** Feature package to the feature packages its classes use, the engine as one. */
  static Map<String, Set<String>> graph() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.factdesk");
    Map<String, Set<String>> graph = new TreeMap<>();
    for (JavaClass c : classes) {
      String from = feature(c.getPackageName());
      if (from == null) {
        continue;
      }
      Set<String> uses = graph.computeIfAbsent(from, k -> new TreeSet<>());
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        String to = feature(d.getTargetClass().getPackageName());
        if (to != null && !to.equals(from)) {
          uses.add(to);
          graph.computeIfAbsent(to, k -> new TreeSet<>());
        }
      }
    }
    return graph;
  }

  private static String feature(String packageName) {
    if (!packageName.startsWith(PREFIX)) {
      return null;
    }
    String rest = packageName.substring(PREFIX.length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  /** A cycle of the graph as the packages along it (the first again at the end), or empty. */
  static List<String> cycle(Map<String, Set<String>> graph) {
    Map<String, Integer> state = new HashMap<>(); // 1 on the path, 2 done
    for (String start : graph.keySet()) {
      List<String> path = new ArrayList<>();
      if (visit(start, graph, state, path)) {
        return path;
      }
    }
    return List.of();
  }

  private static boolean visit(
      String node, Map<String, Set<String>> graph, Map<String, Integer> state, List<String> path) {
    Integer s = state.get(node);
    if (s != null && s == 2) {
      return false;
    }
    if (s != null && s == 1) {
      path.subList(0, path.indexOf(node)).clear();
      path.add(node);
      return true;
    }
    state.put(node, 1);
    path.add(node);
    for (String next : graph.getOrDefault(node, Set.of())) {
      if (visit(next, graph, state, path)) {
        return true;
      }
    }
    path.remove(path.size() - 1);
    state.put(node, 2);
    return false;
  }

  static String picture(Map<String, Set<String>> graph) {
    StringBuilder sb = new StringBuilder();
    sb.append("# The package graph\n\n")
        .append(
            "Drawn from the compiled classes by `PackageGraphTest` (`src/test/java/org/factdesk/`),")
        .append(
            " which fails when\nthis picture no longer shows the code or the graph has a cycle.")
        .append(" An arrow `a --> b`: a class of\n`org.factdesk.a` uses a class of")
        .append(" `org.factdesk.b`; `analysis` is the engine with all its packages.\n\n")
        .append("```mermaid\ngraph TD\n");
    graph.forEach(
        (from, uses) -> {
          if (uses.isEmpty()) {
            sb.append("  ").append(from).append('\n');
          }
          for (String to : uses) {
            sb.append("  ").append(from).append(" --> ").append(to).append('\n');
          }
        });
    return sb.append("```\n").toString();
  }
}
