package org.peersupport.supervision.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What each role may call on the engine's REST surface (Camunda's own operations, reached through
 * {@code /engine-rest} and through the webapps' {@code /camunda/api/engine/engine/{name}}) and on the
 * webapps' own APIs under {@code /camunda/api}. Everything the list does not name for a caller is
 * refused to them; administrators may call everything. The list is one file,
 * {@code src/main/resources/security/edge-allow-list.txt}, one line per operation:
 *
 * <pre>
 * engine  GET   /task/{id}/form   specialist supervisor program-lead
 * engine  POST  /job/{id}/execute -
 * </pre>
 *
 * A line names the surface, the HTTP method, the path template as Camunda's OpenAPI description writes
 * it (a {@code {name}} matches one path segment), and who besides administrators may call it: roles
 * ({@code specialist}, {@code supervisor}, {@code program-lead}), {@code signed-in} (anyone signed in,
 * also someone in no group), {@code anonymous} (not signed in), {@code people} (the three roles), or
 * {@code -} (administrators only). Every operation of Camunda's REST API has a line, so a generated test
 * can tell an operation the list forgot (after an engine upgrade) from one it refuses on purpose.
 */
public final class EdgeAllowList {

  /** Who calls. A person in several groups is all of those callers at once. */
  public enum Caller { ANONYMOUS, SIGNED_IN, SPECIALIST, SUPERVISOR, PROGRAM_LEAD, ADMIN }

  /** Camunda's engine REST API (either mount), or the webapps' own APIs under /camunda/api. */
  public enum Surface { ENGINE, WEBAPP }

  /** One line of the list. */
  public record Rule(Surface surface, String method, String template, Set<Caller> callers) {

    /** Whether any of the callers may call this operation (administrators always may). */
    public boolean permits(Collection<Caller> who) {
      return who.contains(Caller.ADMIN) || who.stream().anyMatch(callers::contains);
    }

    boolean matches(String path) {
      String[] want = segments(template);
      String[] have = segments(path);
      if (want.length != have.length) {
        return false;
      }
      for (int i = 0; i < want.length; i++) {
        // a parameter stands for one segment, never for an empty one
        if (isParameter(want[i]) ? have[i].isEmpty() : !want[i].equals(have[i])) {
          return false;
        }
      }
      return true;
    }

    /** Literal segments count before parameters: {@code /task/count} is more specific than {@code /task/{id}}. */
    String specificity() {
      StringBuilder key = new StringBuilder();
      for (String segment : segments(template)) {
        key.append(isParameter(segment) ? '0' : '1');
      }
      return key.toString();
    }
  }

  public static final String RESOURCE = "security/edge-allow-list.txt";

  private static final EdgeAllowList STANDARD = load(RESOURCE);

  private final List<Rule> rules;

  EdgeAllowList(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The product's list, as shipped. */
  public static EdgeAllowList standard() {
    return STANDARD;
  }

  public List<Rule> rules() {
    return rules;
  }

  /** The line for a concrete, normalized path on a surface (the most specific one), if any. */
  public Optional<Rule> find(Surface surface, String method, String path) {
    return rules.stream()
        .filter(rule -> rule.surface() == surface && rule.method().equals(method) && rule.matches(path))
        .max(Comparator.comparing(Rule::specificity));
  }

  /** Whether the callers may call the operation: administrators always, others only where a line names them. */
  public boolean permits(Set<Caller> callers, Surface surface, String method, String path) {
    if (callers.contains(Caller.ADMIN)) {
      return true;
    }
    return find(surface, method, path).map(rule -> rule.permits(callers)).orElse(false);
  }

  static EdgeAllowList load(String resource) {
    try (InputStream in = EdgeAllowList.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the edge allow-list " + resource + " is missing");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static EdgeAllowList parse(List<String> lines) {
    List<Rule> rules = new ArrayList<>();
    int number = 0;
    for (String raw : lines) {
      number++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] words = line.split("\\s+");
      if (words.length < 4) {
        throw new IllegalStateException("edge allow-list line " + number + ": surface, method, path and callers expected");
      }
      Surface surface = Surface.valueOf(words[0].toUpperCase(Locale.ROOT));
      String method = words[1];
      if (!method.equals(method.toUpperCase(Locale.ROOT))) {
        throw new IllegalStateException("edge allow-list line " + number + ": method in capitals expected");
      }
      Set<Caller> callers = EnumSet.noneOf(Caller.class);
      for (int i = 3; i < words.length; i++) {
        callers.addAll(callers(words[i], number));
      }
      Rule rule = new Rule(surface, method, words[2], callers);
      for (Rule other : rules) {
        if (other.surface() == surface && other.method().equals(method) && other.template().equals(rule.template())) {
          throw new IllegalStateException("edge allow-list line " + number + ": " + method + " " + rule.template()
              + " is listed twice");
        }
      }
      rules.add(rule);
    }
    return new EdgeAllowList(rules);
  }

  private static Set<Caller> callers(String word, int line) {
    return switch (word) {
      case "-" -> EnumSet.noneOf(Caller.class);
      case "anonymous" -> EnumSet.of(Caller.ANONYMOUS);
      case "signed-in" -> EnumSet.of(Caller.SIGNED_IN, Caller.SPECIALIST, Caller.SUPERVISOR, Caller.PROGRAM_LEAD);
      case "people" -> EnumSet.of(Caller.SPECIALIST, Caller.SUPERVISOR, Caller.PROGRAM_LEAD);
      case "specialist" -> EnumSet.of(Caller.SPECIALIST);
      case "supervisor" -> EnumSet.of(Caller.SUPERVISOR);
      case "program-lead" -> EnumSet.of(Caller.PROGRAM_LEAD);
      default -> throw new IllegalStateException("edge allow-list line " + line + ": unknown caller '" + word + "'");
    };
  }

  private static String[] segments(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
  }

  private static boolean isParameter(String segment) {
    return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
  }
}
