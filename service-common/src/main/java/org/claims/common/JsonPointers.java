package org.claims.common;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

/** RFC 6901 pointers to the value a Jackson or Bean Validation error is about. */
public final class JsonPointers {
    private JsonPointers() {
    }

    public static String of(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            sb.append('/').append(r.getFieldName() != null ? escape(r.getFieldName()) : Integer.toString(Math.max(0, r.getIndex())));
        }
        return sb.toString();
    }

    /** The property path of a violation found by {@code Validator.validate(bean)}. */
    public static String of(ConstraintViolation<?> v) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node n : v.getPropertyPath()) {
            if (n.getName() != null) {
                sb.append('/').append(escape(n.getName()));
            }
        }
        return sb.toString();
    }

    /** The last segment (the field's name), or null for the whole body. */
    static String fieldOf(String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return null;
        }
        return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
