package dk.kompetence.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web module is distributable: on a cluster's node the state of view- and session-scoped beans
 * is written to the other nodes with every request, and a type that cannot be serialized there
 * makes the request fail. Walks every such bean's non-transient fields, through collections and
 * record components, and names the types that are not Serializable, and the injected fields marked
 * transient (null once the session is read on another node).
 */
class SessionStateSerializableTest {

    @Test
    void everythingKeptInTheSessionIsSerializable() throws Exception {
        List<Class<?>> beans = webClasses().filter(c -> c.isAnnotationPresent(ViewScoped.class)
                || c.isAnnotationPresent(SessionScoped.class)).toList();
        assertFalse(beans.isEmpty(), "found the beans");
        Set<String> offenders = new TreeSet<>();
        Set<Type> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                offenders.add(bean.getName());
            }
            check(bean, bean.getName(), offenders, seen);
        }
        assertEquals(Set.of(), offenders);
    }

    private static void check(Class<?> owner, String path, Set<String> offenders, Set<Type> seen) {
        for (Field field : owner.getDeclaredFields()) {
            boolean injected = field.isAnnotationPresent(jakarta.inject.Inject.class);
            if (injected && Modifier.isTransient(field.getModifiers())) {
                // CDI injects once: after the session moved to another node the field stays null.
                // Weld's proxies (normal-scoped beans, EJBs, the request) are Serializable themselves.
                offenders.add("transient injected " + path + "." + field.getName());
            }
            if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers()) || injected) {
                continue;
            }
            checkType(field.getGenericType(), path + "." + field.getName(), offenders, seen);
        }
    }

    private static void checkType(Type type, String path, Set<String> offenders, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            checkType(parameterized.getRawType(), path, offenders, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, path + "<>", offenders, seen);
            }
            return;
        }
        if (!(type instanceof Class<?> type1) || type1.isPrimitive() || type1.isEnum() || type1.isInterface()) {
            // Interfaces (List, Map …) are checked through their type arguments; the JDK's
            // implementations of them are Serializable.
            return;
        }
        if (type1.isArray()) {
            checkType(type1.getComponentType(), path + "[]", offenders, seen);
            return;
        }
        if (!Serializable.class.isAssignableFrom(type1)) {
            offenders.add(type1.getName() + " (" + path + ")");
            return;
        }
        if (type1.getName().startsWith("dk.kompetence.")) {
            if (type1.isRecord()) {
                for (RecordComponent component : type1.getRecordComponents()) {
                    checkType(component.getGenericType(), path + "." + component.getName(), offenders, seen);
                }
            } else {
                check(type1, path, offenders, seen);
            }
        }
    }

    private static Stream<Class<?>> webClasses() throws IOException, URISyntaxException {
        Path root = Path.of(SessionStateSerializableTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    classes.add(Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException(name, e);
                }
            }
        }
        return classes.stream();
    }
}
