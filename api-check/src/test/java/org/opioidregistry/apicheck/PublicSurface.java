package org.opioidregistry.apicheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The public surface of one module's compiled classes as text: one header line per type that code
 * outside the module can use (public, in a package that is not {@code ...internal}), followed by
 * its public and protected members, each as {@code toGenericString()} writes it, sorted. The text
 * is stable across builds, so a change to it is a change to the API.
 *
 * <p>Stateless and thread-safe.
 */
final class PublicSurface {

  private PublicSurface() {}

  /** The surface of the classes in a directory or jar, as lines. */
  static List<String> of(Path classes, ClassLoader loader) {
    List<String> lines = new ArrayList<>();
    for (String name : classNames(classes)) {
      Class<?> type;
      try {
        type = Class.forName(name, false, loader);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("listed but not loadable: " + name, e);
      }
      if (isVisible(type)) {
        lines.addAll(describe(type));
      }
    }
    return lines;
  }

  /** Types outside {@code .internal} packages that code in another module can name. */
  static boolean isVisible(Class<?> type) {
    if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
      return false;
    }
    String pkg = type.getPackageName();
    if (pkg.endsWith(".internal") || pkg.contains(".internal.")) {
      return false;
    }
    for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
      int m = c.getModifiers();
      boolean nested = c.getDeclaringClass() != null;
      if (!(Modifier.isPublic(m) || nested && Modifier.isProtected(m))) {
        return false;
      }
    }
    return true;
  }

  static List<String> describe(Class<?> type) {
    StringBuilder header = new StringBuilder(type.toGenericString());
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
      header.append(" extends ").append(superclass.getTypeName());
    }
    Type[] interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0) {
      header.append(type.isInterface() ? " extends " : " implements ");
      header.append(String.join(", ", Arrays.stream(interfaces).map(Type::getTypeName).toList()));
    }
    List<String> members = new ArrayList<>();
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (isExposed(c, type)) {
        members.add("  " + c.toGenericString());
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (isExposed(m, type) && !m.isBridge()) {
        members.add("  " + unqualified(m.toGenericString(), type, m.getName() + "("));
      }
    }
    for (Field f : type.getDeclaredFields()) {
      if (isExposed(f, type)) {
        members.add("  " + unqualified(f.toGenericString(), type, f.getName()));
      }
    }
    members.sort(null);
    List<String> lines = new ArrayList<>();
    lines.add(header.toString());
    lines.addAll(members);
    return lines;
  }

  /** The member's own name without its type's, which the header line already gives. */
  private static String unqualified(String signature, Class<?> owner, String name) {
    return signature.replace(" " + owner.getTypeName() + "." + name, " " + name);
  }

  private static boolean isExposed(Member member, Class<?> owner) {
    int m = member.getModifiers();
    if (member.isSynthetic()) {
      return false;
    }
    // A protected member of a final class cannot be reached from outside its package.
    return Modifier.isPublic(m)
        || Modifier.isProtected(m) && !Modifier.isFinal(owner.getModifiers());
  }

  /** Binary names of the classes in a directory or jar, sorted. */
  static List<String> classNames(Path classes) {
    try {
      List<String> names = new ArrayList<>();
      if (Files.isDirectory(classes)) {
        try (Stream<Path> files = Files.walk(classes)) {
          files
              .filter(f -> f.toString().endsWith(".class"))
              .map(
                  f ->
                      classes
                          .relativize(f)
                          .toString()
                          .replace(classes.getFileSystem().getSeparator(), "/"))
              .forEach(names::add);
        }
      } else {
        try (ZipFile jar = new ZipFile(classes.toFile())) {
          jar.stream()
              .map(ZipEntry::getName)
              .filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/"))
              .forEach(names::add);
        }
      }
      return names.stream()
          .filter(n -> !n.endsWith("module-info.class") && !n.endsWith("package-info.class"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the classes in " + classes, e);
    }
  }
}
