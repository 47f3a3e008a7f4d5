package org.factdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Everything a view- or session-scoped bean keeps between requests must survive Java serialization:
 * with {@code <distributable/>} Payara replicates the session (and the view-scoped beans in it) to
 * the other instances, and a bean that cannot be serialized is silently lost there (a filtered list
 * on instance A shows unfiltered on B). See docs/decisions/0026.
 *
 * <p>Checked from the declared types of the fields, recursively through the project's own types and
 * the type arguments of collections, so that a new non-serializable field fails here and not in a
 * cluster; then each bean is filled with sample values and sent through serialization.
 */
class SessionStateTest {

  private static final List<Class<? extends Annotation>> PASSIVATING =
      List.of(ViewScoped.class, SessionScoped.class, ConversationScoped.class);

  /** Injected as a container proxy, which the container serializes as a reference. */
  private static final List<Class<? extends Annotation>> PROXIED =
      List.of(
          ApplicationScoped.class,
          RequestScoped.class,
          SessionScoped.class,
          ViewScoped.class,
          ConversationScoped.class,
          Stateless.class,
          Singleton.class);

  /**
   * Container types that may be injected as dependent instances: Weld passivates them itself. Not
   * {@link SecurityContext}: Soteria's is a dependent bean holding resolvers that do not serialize,
   * which lost every view of a session on the other instance (docs/decisions/0035); beans ask
   * {@link Caller} instead.
   */
  private static final Set<Class<?>> CONTAINER_SERIALIZED =
      Set.of(jakarta.enterprise.inject.Instance.class, jakarta.enterprise.event.Event.class);

  /** Declared interfaces whose usual implementations (List.of, ArrayList, HashMap …) serialize. */
  private static final Set<Class<?>> COLLECTIONS =
      Set.of(
          List.class,
          Set.class,
          Map.class,
          Collection.class,
          SortedMap.class,
          SortedSet.class,
          java.util.Deque.class);

  private static final List<Class<?>> SCOPED =
      new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .importPackages("org.factdesk")
              .stream()
              .filter(c -> PASSIVATING.stream().anyMatch(c::isAnnotatedWith))
              .map(JavaClass::reflect)
              .<Class<?>>map(c -> c)
              .sorted((a, b) -> a.getName().compareTo(b.getName()))
              .toList();

  @Test
  void theScanFindsTheViewBeans() {
    assertTrue(SCOPED.contains(ArticleListView.class), "scan found " + SCOPED);
    assertTrue(SCOPED.contains(DashboardView.class), "scan found " + SCOPED);
    assertTrue(SCOPED.size() >= 19, "only " + SCOPED.size() + " scoped beans found: " + SCOPED);
  }

  @Test
  void everythingAScopedBeanKeepsIsSerializable() {
    Set<String> problems = new java.util.LinkedHashSet<>();
    for (Class<?> bean : SCOPED) {
      new Walk(problems).bean(bean);
    }
    assertEquals("", String.join("\n", problems), "state that would be lost on another instance");
  }

  @Test
  void theWalkNoticesANonSerializableField() {
    List<String> problems = new ArrayList<>();
    new Walk(problems).bean(Leaky.class);
    assertEquals(4, problems.size(), String.join("\n", problems));
    assertTrue(problems.get(0).contains("Leaky.rows"), problems.get(0));
  }

  @Test
  void theWalkRefusesTheContainersSecurityContextInAViewBean() {
    List<String> problems = new ArrayList<>();
    new Walk(problems).bean(HoldsTheSecurityContext.class);
    assertEquals(1, problems.size(), String.join("\n", problems));
    assertTrue(problems.get(0).contains("SecurityContext"), problems.get(0));
  }

  @Test
  void everyScopedBeanRoundTripsWithItsStateFilledIn() throws Exception {
    for (Class<?> bean : SCOPED) {
      Object original = new Samples().bean(bean);
      Object copy = roundTrip(original);
      for (Field field : stateFields(bean)) {
        field.setAccessible(true);
        Object before = field.get(original);
        Object after = field.get(copy);
        if (before != null && hasValueEquality(before)) {
          assertTrue(
              Objects.deepEquals(before, after),
              bean.getSimpleName() + "." + field.getName() + ": " + before + " became " + after);
        } else if (before != null) {
          assertFalse(after == null, bean.getSimpleName() + "." + field.getName() + " was lost");
        }
      }
    }
  }

  @Test
  void theRoundTripNoticesANonSerializableValue() {
    Leaky leaky = new Leaky();
    leaky.rows = List.of(new Plain());
    assertThrowsNotSerializable(leaky);
  }

  private static void assertThrowsNotSerializable(Object value) {
    try {
      roundTrip(value);
    } catch (java.io.NotSerializableException expected) {
      return;
    } catch (Exception other) {
      throw new AssertionError(other);
    }
    throw new AssertionError("serialized although it holds a non-serializable value");
  }

  private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  private static boolean hasValueEquality(Object value) {
    Class<?> type = value.getClass();
    return type.isRecord()
        || type.isEnum()
        || type.isArray()
        || value instanceof CharSequence
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof Collection<?>
        || value instanceof Map<?, ?>
        || type.getName().startsWith("java.time.");
  }

  /** The fields serialization writes: not static, not transient, down to Object. */
  private static List<Field> stateFields(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)) {
          fields.add(field);
        }
      }
    }
    return fields;
  }

  /** Follows the declared types of a bean's fields and collects what would not serialize. */
  private static final class Walk {
    private final java.util.Collection<String> problems;
    private final Set<Class<?>> seen = new HashSet<>();

    Walk(java.util.Collection<String> problems) {
      this.problems = problems;
    }

    void bean(Class<?> bean) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        problems.add(bean.getName() + " is not Serializable");
      }
      seen.add(bean);
      fieldsOf(bean);
    }

    private void fieldsOf(Class<?> owner) {
      for (Field field : stateFields(owner)) {
        if (!field.getDeclaringClass().getName().startsWith("org.factdesk.")) {
          continue; // a library's own fields (LazyDataModel's) are the library's business
        }
        String where = owner.getSimpleName() + "." + field.getName();
        if (field.isAnnotationPresent(Inject.class)) {
          injected(field.getType(), where);
        } else if (!field.isSynthetic()) {
          type(field.getGenericType(), where);
        }
      }
      Type parent = owner.getGenericSuperclass();
      if (parent instanceof ParameterizedType parameterized) {
        // e.g. a LazyDataModel<ArticleRow> keeps the rows of the current page
        for (Type argument : parameterized.getActualTypeArguments()) {
          type(argument, owner.getSimpleName() + " (data of " + parameterized.getRawType() + ")");
        }
      }
    }

    /**
     * A normal-scoped bean or EJB is injected as a proxy, which serializes as a reference. Anything
     * else is a dependent instance kept in the bean: one of ours is walked as state; one of the
     * container's is refused unless known to passivate, since its implementation is not ours to
     * check (an interface such as SecurityContext says nothing about what its instance holds).
     */
    private void injected(Class<?> type, String where) {
      if (PROXIED.stream().anyMatch(type::isAnnotationPresent)
          || CONTAINER_SERIALIZED.contains(type)) {
        return;
      }
      if (type.getName().startsWith("org.factdesk.")) {
        plain(type, where);
        return;
      }
      problems.add(
          where
              + ": injected "
              + type.getName()
              + " is a dependent instance of the container's, kept in the bean and not known to"
              + " serialize: inject a normal-scoped bean that uses it (e.g. Caller)");
    }

    private void type(Type type, String where) {
      if (type instanceof ParameterizedType parameterized) {
        type(parameterized.getRawType(), where);
        for (Type argument : parameterized.getActualTypeArguments()) {
          type(argument, where);
        }
      } else if (type instanceof GenericArrayType array) {
        type(array.getGenericComponentType(), where);
      } else if (type instanceof WildcardType wildcard) {
        for (Type bound : wildcard.getUpperBounds()) {
          if (bound != Object.class) {
            type(bound, where);
          }
        }
      } else if (type instanceof TypeVariable<?> variable) {
        for (Type bound : variable.getBounds()) {
          if (bound != Object.class) {
            type(bound, where);
          }
        }
      } else if (type instanceof Class<?> c) {
        plain(c, where);
      }
    }

    private void plain(Class<?> c, String where) {
      if (c.isPrimitive() || COLLECTIONS.contains(c)) {
        return;
      }
      if (c.isArray()) {
        plain(c.getComponentType(), where);
        return;
      }
      if (!Serializable.class.isAssignableFrom(c)) {
        problems.add(where + ": " + c.getName() + " is not Serializable");
        return;
      }
      if (c.getName().startsWith("org.factdesk.") && seen.add(c)) {
        fieldsOf(c);
        if (c.isRecord()) {
          return; // a record's components are its fields, walked above
        }
      }
    }
  }

  /** Builds instances with every state field filled, so that serialization has work to do. */
  private static final class Samples {
    private int depth;

    Object bean(Class<?> bean) throws ReflectiveOperationException {
      Constructor<?> constructor = bean.getDeclaredConstructor();
      constructor.setAccessible(true);
      Object instance = constructor.newInstance();
      fill(instance);
      return instance;
    }

    private void fill(Object instance) throws ReflectiveOperationException {
      for (Field field : stateFields(instance.getClass())) {
        if (field.isAnnotationPresent(Inject.class)
            || field.isSynthetic()
            || Modifier.isFinal(field.getModifiers())) {
          continue;
        }
        field.setAccessible(true);
        Object value = of(field.getGenericType());
        if (value != null) {
          field.set(instance, value);
        }
      }
    }

    /** A sample of the type, or null where none can be built without a container. */
    Object of(Type type) throws ReflectiveOperationException {
      if (depth > 6) {
        return null;
      }
      depth++;
      try {
        return build(type);
      } finally {
        depth--;
      }
    }

    private Object build(Type type) throws ReflectiveOperationException {
      if (type instanceof ParameterizedType parameterized) {
        Class<?> raw = (Class<?>) parameterized.getRawType();
        Type[] arguments = parameterized.getActualTypeArguments();
        if (raw == List.class || raw == Collection.class) {
          Object element = of(arguments[0]);
          return element == null ? List.of() : new ArrayList<>(List.of(element));
        }
        if (raw == Set.class || raw == SortedSet.class) {
          Object element = of(arguments[0]);
          return element == null ? Set.of() : new TreeSet<>(Set.of(element));
        }
        if (raw == Map.class || raw == SortedMap.class) {
          Object key = of(arguments[0]);
          Object value = of(arguments[1]);
          Map<Object, Object> map = raw == Map.class ? new LinkedHashMap<>() : new TreeMap<>();
          if (key != null && value != null) {
            map.put(key, value);
          }
          return map;
        }
        return of(raw);
      }
      if (!(type instanceof Class<?> c)) {
        return null;
      }
      if (c == String.class) {
        return "sample";
      }
      if (c == long.class || c == Long.class) {
        return 7L;
      }
      if (c == int.class || c == Integer.class) {
        return 3;
      }
      if (c == double.class || c == Double.class) {
        return 0.5;
      }
      if (c == float.class || c == Float.class) {
        return 0.25f;
      }
      if (c == boolean.class || c == Boolean.class) {
        return true;
      }
      if (c == BigDecimal.class) {
        return new BigDecimal("1.5");
      }
      if (c == LocalDate.class) {
        return LocalDate.of(2026, 12, 5);
      }
      if (c == Instant.class) {
        return Instant.parse("2026-12-05T09:00:00Z");
      }
      if (c == LocalDateTime.class) {
        return LocalDateTime.of(2026, 12, 5, 9, 0);
      }
      if (c == OffsetDateTime.class) {
        return OffsetDateTime.parse("2026-12-05T09:00:00Z");
      }
      if (c.isEnum()) {
        return c.getEnumConstants()[0];
      }
      if (c.isArray()) {
        Object element = of(c.getComponentType());
        Object array = Array.newInstance(c.getComponentType(), element == null ? 0 : 1);
        if (element != null) {
          Array.set(array, 0, element);
        }
        return array;
      }
      if (c.isRecord()) {
        RecordComponent[] components = c.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
          types[i] = components[i].getType();
          values[i] = of(components[i].getGenericType());
          if (values[i] == null && types[i].isPrimitive()) {
            return null;
          }
        }
        Constructor<?> canonical = c.getDeclaredConstructor(types);
        canonical.setAccessible(true);
        try {
          return canonical.newInstance(values);
        } catch (java.lang.reflect.InvocationTargetException guarded) {
          return null; // the record refuses sample values; the declared-type check still covers it
        }
      }
      if (c.getName().startsWith("org.factdesk.")
          && !c.isInterface()
          && !Modifier.isAbstract(c.getModifiers())
          && c.getEnclosingClass() == null
          && Serializable.class.isAssignableFrom(c)) {
        try {
          Constructor<?> constructor = c.getDeclaredConstructor();
          constructor.setAccessible(true);
          Object instance = constructor.newInstance();
          fill(instance);
          return instance;
        } catch (NoSuchMethodException noPlainConstructor) {
          return null;
        }
      }
      return null;
    }
  }

  /** What 7 view beans did until 0035: Soteria's SecurityContext does not serialize. */
  static class HoldsTheSecurityContext implements Serializable {
    private static final long serialVersionUID = 1L;
    @Inject SecurityContext security;
    @Inject Caller caller;
  }

  /** A bean as someone might add it: a list of rows that do not serialize, and worse. */
  static class Leaky implements Serializable {
    private static final long serialVersionUID = 1L;
    List<Plain> rows;
    Map<String, Plain> byName;
    java.util.Optional<String> maybe;
    @Inject Plain helper;
    transient Plain cache;
  }

  static class Plain {
    String name = "x";
  }
}
