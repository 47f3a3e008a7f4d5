package org.factdesk.audit;

import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.platform.BaseEntity;
import org.hibernate.envers.NotAudited;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;

/**
 * The audited fields of an entity as text, field by field in declaration order: what {@link
 * FieldChange#between} compares. A relation shows as the id it points to (never loaded), a
 * collection of values as its sorted values, a moment in UTC to the second.
 */
public final class Snapshot {

  /** Bookkeeping every entity has; the revision itself says when and by whom. */
  private static final Set<String> SKIPPED = Set.of("id", "version", "createdAt", "modifiedAt");

  private static final DateTimeFormatter SECOND =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private Snapshot() {}

  /** Field name (as words: "editedBy" is "edited by") to value; null values are left out. */
  public static Map<String, String> of(Object entity) {
    Map<String, String> values = new LinkedHashMap<>();
    if (entity == null) {
      return values;
    }
    Object target = unproxied(entity);
    for (Field field : auditedFields(target.getClass())) {
      try {
        field.setAccessible(true);
        String value = text(field, field.get(target));
        if (value != null) {
          values.put(words(field.getName()), value);
        }
      } catch (IllegalAccessException | RuntimeException e) {
        values.put(words(field.getName()), "(unreadable)");
      }
    }
    return values;
  }

  /** The entity's id, without loading it when it is a proxy. */
  public static Object idOf(Object entity) {
    if (entity instanceof HibernateProxy proxy) {
      return proxy.getHibernateLazyInitializer().getIdentifier();
    }
    if (entity instanceof BaseEntity base) {
      return base.getId();
    }
    for (Field field : fieldsOf(entity.getClass())) {
      if (field.isAnnotationPresent(Id.class)) {
        try {
          field.setAccessible(true);
          return field.get(entity);
        } catch (IllegalAccessException e) {
          return null;
        }
      }
    }
    return null;
  }

  static List<Field> auditedFields(Class<?> type) {
    List<Field> audited = new ArrayList<>();
    for (Field field : fieldsOf(type)) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers)
          || Modifier.isTransient(modifiers)
          || field.isAnnotationPresent(Transient.class)
          || field.isAnnotationPresent(NotAudited.class)
          || field.isAnnotationPresent(OneToMany.class)
          || field.isAnnotationPresent(ManyToMany.class)
          || field.isAnnotationPresent(Id.class)
          || SKIPPED.contains(field.getName())
          || field.getName().startsWith("$$_hibernate")) {
        continue;
      }
      audited.add(field);
    }
    return audited;
  }

  /** Fields of the class and its superclasses, the superclass's first. */
  private static List<Field> fieldsOf(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      fields.addAll(0, List.of(c.getDeclaredFields()));
    }
    return fields;
  }

  private static String text(Field field, Object value) {
    if (value == null) {
      return null;
    }
    if (field.isAnnotationPresent(ManyToOne.class) || field.isAnnotationPresent(OneToOne.class)) {
      Object id = idOf(value);
      return id == null ? null : id.toString();
    }
    if (value instanceof Collection<?> collection) {
      return collection.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }
    if (value instanceof Instant instant) {
      return SECOND.format(instant);
    }
    if (value instanceof TemporalAccessor) {
      return value.toString();
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof byte[] bytes) {
      return bytes.length + " bytes";
    }
    return value.toString();
  }

  private static Object unproxied(Object entity) {
    if (entity instanceof HibernateProxy proxy) {
      LazyInitializer lazy = proxy.getHibernateLazyInitializer();
      return lazy.getImplementation();
    }
    return entity;
  }

  /** "editedBy" as "edited by". */
  static String words(String camel) {
    StringBuilder out = new StringBuilder(camel.length() + 4);
    for (char c : camel.toCharArray()) {
      if (Character.isUpperCase(c)) {
        out.append(' ').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
